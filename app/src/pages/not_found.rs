//! The page for an address that leads nowhere. It answers with HTTP 404, not a soft 200.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_location};

use crate::ui::{empty_state::EmptyState, icon::IconName};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let path = use_location().pathname;
    view! {
        <Title text="Page not found" />
        <div class="not-found" data-testid="not-found">
            <p class="not-found__code">"404"</p>
            <EmptyState
                icon=IconName::Compass
                title="Page not found"
                description=format!("Nothing lives at {}. It may have moved, or the link may be mistyped.", path.get_untracked())
            >
                <A href="/" attr:class="button button--primary">
                    "Go to Home"
                </A>
                <A href="/search" attr:class="button button--secondary">
                    "Search the portal"
                </A>
            </EmptyState>
        </div>
    }
}
