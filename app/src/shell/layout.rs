//! The page frame: sidebar, top bar and the routed content inside an error boundary.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{sidebar::Sidebar, topbar::Topbar};
use crate::{
    api::portal_info::get_portal_info,
    model::{AppError, PortalInfo},
    pages::server_error::ServerErrorPage,
    ui::toast::ToastHost,
};

/// The portal's name and version, loaded once per page and shared with every component.
#[derive(Clone, Copy)]
pub struct PortalInfoResource(pub OnceResource<Result<PortalInfo, AppError>>);

impl PortalInfoResource {
    /// The portal title, falling back to the product name while loading or on error.
    pub async fn title(self) -> String {
        self.0
            .await
            .map(|info| info.title)
            .unwrap_or_else(|_| "Portico".to_string())
    }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let info = PortalInfoResource(OnceResource::new(get_portal_info()));
    provide_context(info);
    crate::ui::toast::Toasts::provide();

    super::hydration::mark_when_hydrated();
    // On a phone the sidebar is a drawer, opened from the top bar.
    let menu_open = RwSignal::new(false);

    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let portal = info.title().await;
                view! {
                    <Title formatter=move |page: String| {
                        if page.is_empty() { portal.clone() } else { format!("{page} · {portal}") }
                    } />
                }
            })}
        </Suspense>
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
        <div class="app-shell" class:app-shell--menu-open=move || menu_open.get()>
            <Sidebar menu_open />
            <div class="app-shell__scrim" aria-hidden="true" on:click=move |_| menu_open.set(false)></div>
            <div class="app-shell__main">
                <Topbar menu_open />
                <main id="main" class="app-content" tabindex="-1">
                    <ErrorBoundary fallback=|errors| view! { <ServerErrorPage errors /> }>
                        {children()}
                    </ErrorBoundary>
                </main>
                <ToastHost />
            </div>
        </div>
    }
}
