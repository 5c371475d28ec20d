//! Icon-only buttons for dense places: toolbars, card headers, table rows.

use leptos::prelude::*;

use crate::ui::{icon::IconName, icon_button::IconButton};

pub const TITLE: &str = "Icon button";
pub const GROUP: &str = "Actions";
pub const COMPONENTS: &[&str] = &["IconButton"];
pub const A11Y: &str = "The label prop is the accessible name (aria-label) and the hover title; the icon itself is hidden from screen readers. Use it only where the icon is well known; otherwise use a Button with a label.";

/// Bordered and ghost
pub fn both() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <div class="demo-row">
            <IconButton icon=IconName::Refresh label="Refresh" on_click=Callback::new(move |_| count.update(|c| *c += 1)) />
            <IconButton icon=IconName::Edit label="Edit" ghost=true />
            <IconButton icon=IconName::Trash label="Delete" ghost=true />
            <span>"Refreshed " {move || count.get()} " times"</span>
        </div>
    }
}
