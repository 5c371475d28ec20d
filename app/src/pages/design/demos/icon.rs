//! The icon set: inline SVG on a 24px grid with a 2px stroke, no icon font.

use leptos::prelude::*;

use crate::ui::icon::{Icon, IconName};

pub const TITLE: &str = "Icon";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Icon"];
pub const A11Y: &str = "Icons are aria-hidden and not focusable: the control around an icon carries the accessible name (a label or aria-label). They inherit the text colour, so they follow the theme.";

/// The set
pub fn set() -> impl IntoView {
    let names = [
        IconName::Home,
        IconName::Catalog,
        IconName::Docs,
        IconName::Search,
        IconName::Palette,
        IconName::Star,
        IconName::StarFilled,
        IconName::Refresh,
        IconName::ExternalLink,
        IconName::Edit,
        IconName::Trash,
        IconName::Copy,
        IconName::Check,
        IconName::Plus,
        IconName::Users,
        IconName::User,
        IconName::Code,
        IconName::Link,
        IconName::Info,
        IconName::Filter,
        IconName::Network,
        IconName::Alert,
        IconName::Compass,
        IconName::MoreVertical,
        IconName::ChevronDown,
    ];
    view! {
        <div class="demo-icons">
            {names
                .into_iter()
                .map(|name| view! {
                    <span class="demo-icons__item" title=format!("{name:?}")>
                        <Icon name=name size=22 />
                        <span>{format!("{name:?}")}</span>
                    </span>
                })
                .collect_view()}
        </div>
    }
}
