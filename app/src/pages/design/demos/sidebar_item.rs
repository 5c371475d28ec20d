//! An entry of the portal's main navigation: icon and label, marked when its area is open.

use leptos::prelude::*;

use crate::ui::{icon::IconName, sidebar_item::SidebarItem};

pub const TITLE: &str = "Sidebar item";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["SidebarItem"];
pub const A11Y: &str = "Links in a <nav aria-label=Main> list; the router marks the current area with aria-current=page, which the style shows with a bar and a tint, not colour alone.";

/// On the sidebar's dark surface (the current page's item is marked)
pub fn items() -> impl IntoView {
    view! {
        <nav class="sidebar sidebar--demo" aria-label="Demo navigation">
            <ul class="sidebar__items">
                <SidebarItem href="/catalog" icon=IconName::Catalog label="Catalog" />
                <SidebarItem href="/design/sidebar_item" icon=IconName::Palette label="This page" />
            </ul>
        </nav>
    }
}
