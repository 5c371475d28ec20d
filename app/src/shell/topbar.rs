//! The bar above every page: menu button (phones), portal title, quick search, theme toggle.

use leptos::prelude::*;

use super::{theme::ThemeToggle, PortalInfoResource};
use crate::ui::icon::{Icon, IconName};

#[component]
pub fn Topbar(menu_open: RwSignal<bool>) -> impl IntoView {
    let info = expect_context::<PortalInfoResource>();
    view! {
        <header class="topbar">
            <button
                type="button"
                class="icon-button topbar__menu"
                aria-label="Open navigation"
                aria-expanded=move || menu_open.get().to_string()
                data-testid="menu-button"
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                <Icon name=IconName::Menu />
            </button>
            <span class="topbar__title" data-testid="portal-title">
                <Suspense fallback=|| "Portico">
                    {move || Suspend::new(async move { info.title().await })}
                </Suspense>
            </span>
            // A plain GET form: it works before the wasm loads and lands on the search page.
            <form class="topbar__search" action="/search" method="get" role="search">
                <Icon name=IconName::Search class="topbar__search-icon" />
                <input
                    type="search"
                    name="q"
                    placeholder="Search the portal"
                    aria-label="Search the portal"
                    autocomplete="off"
                />
            </form>
            <ThemeToggle />
        </header>
    }
}
