//! The main navigation. The router marks the current area with `aria-current="page"`.

use leptos::prelude::*;

use super::PortalInfoResource;
use crate::ui::{icon::IconName, sidebar_item::SidebarItem};

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
