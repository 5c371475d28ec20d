//! Shown when a page's data could not be loaded: says what failed and offers a way on.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{model::AppError, ui::error_panel::ErrorPanel};

#[component]
pub fn ServerErrorPage(errors: ArcRwSignal<Errors>) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let status = errors.with_untracked(|errors| {
            let not_found = errors
                .iter()
                .any(|(_, e)| matches!(e.downcast_ref::<AppError>(), Some(AppError::NotFound(_))));
            if not_found {
                http::StatusCode::NOT_FOUND
            } else {
                http::StatusCode::INTERNAL_SERVER_ERROR
            }
        });
        response.set_status(status);
    }
    let messages = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, error)| match error.downcast_ref::<AppError>() {
                    Some(app) => (app.title().to_string(), app.to_string()),
                    None => ("Something went wrong".to_string(), error.to_string()),
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Title text="Error" />
        <div class="server-error" data-testid="server-error">
            <For each=messages key=|(title, message)| format!("{title}{message}") let:item>
                <ErrorPanel title=item.0 message=item.1 />
            </For>
            <p class="server-error__hint">
                "Try again in a moment. If it keeps happening, the server log has the details. "
                <A href="/">"Go to Home"</A>
            </p>
        </div>
    }
}
