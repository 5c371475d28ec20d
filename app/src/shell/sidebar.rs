//! The main navigation. The router marks the current area with `aria-current="page"`.

use leptos::prelude::*;
use leptos_router::components::A;

use super::PortalInfoResource;
use crate::ui::icon::{Icon, IconName};

#[component]
pub fn Sidebar(menu_open: RwSignal<bool>) -> impl IntoView {
    let info = expect_context::<PortalInfoResource>();
    view! {
        <nav class="sidebar" aria-label="Main">
            // A plain anchor (the router still navigates client-side): an `A` to "/" would be
            // marked current on every page.
            <a href="/" class="sidebar__brand">
                <img src="/logo.svg" alt="" width="28" height="28" />
                <span class="sidebar__brand-name">"Portico"</span>
            </a>
            // On a phone the sidebar is a drawer: choosing an item closes it.
            <ul class="sidebar__items" on:click=move |_| menu_open.set(false)>
                <SidebarItem href="/" icon=IconName::Home label="Home" exact=true />
                <SidebarItem href="/catalog" icon=IconName::Catalog label="Catalog" />
                <SidebarItem href="/docs" icon=IconName::Docs label="Docs" />
                <SidebarItem href="/search" icon=IconName::Search label="Search" />
                <SidebarItem href="/design" icon=IconName::Palette label="Design system" />
            </ul>
            <div class="sidebar__footer">
                <Suspense>
                    {move || Suspend::new(async move {
                        info.0.await.ok().map(|info| format!("Portico {}", info.version))
                    })}
                </Suspense>
            </div>
        </nav>
    }
}

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
