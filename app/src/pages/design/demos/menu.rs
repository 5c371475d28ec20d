//! A menu of secondary actions behind one button, like an entity's "more actions".

use leptos::prelude::*;

use crate::ui::{
    icon::IconName,
    menu::{Menu, MenuItem},
};

pub const TITLE: &str = "Menu";
pub const GROUP: &str = "Actions";
pub const COMPONENTS: &[&str] = &["Menu"];
pub const A11Y: &str = "WAI-ARIA menu button: the button has aria-haspopup and aria-expanded; Enter, Space or ArrowDown opens the menu on its first item; ArrowUp/ArrowDown, Home and End move; Escape closes and returns focus to the button; Tab or a click outside closes it.";

/// Actions and a destructive item
pub fn actions() -> impl IntoView {
    let last = RwSignal::new("nothing yet".to_string());
    let items = vec![
        MenuItem::run(
            "Refresh",
            IconName::Refresh,
            Callback::new(move |_| last.set("Refresh".into())),
        ),
        MenuItem::link("Open the catalog", IconName::Catalog, "/catalog".into()),
        MenuItem::run(
            "Unregister",
            IconName::Trash,
            Callback::new(move |_| last.set("Unregister".into())),
        )
        .danger(),
    ];
    view! {
        <div class="demo-row">
            <Menu label="More actions" items=items id="demo-menu" />
            <span>"Chosen: " {move || last.get()}</span>
        </div>
    }
}
