//! An entry of the portal's main navigation: icon and label, marked by the router (aria-current)
//! when its area is open.

use leptos::prelude::*;
use leptos_router::components::A;

use super::icon::{Icon, IconName};

/// One entry of the sidebar: icon and label, marked when its area is open.
#[component]
pub fn SidebarItem(
    href: &'static str,
    icon: IconName,
    label: &'static str,
    /// Only mark the item on this exact path (for Home, which prefixes every path).
    #[prop(optional)]
    exact: bool,
) -> impl IntoView {
    view! {
        <li>
            <A href=href exact=exact attr:class="sidebar-item">
                <Icon name=icon class="sidebar-item__icon" />
                <span class="sidebar-item__label">{label}</span>
            </A>
        </li>
    }
}
