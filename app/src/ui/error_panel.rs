//! A panel that says what went wrong, in words for people, with the detail underneath.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A red panel that says what failed (title) and the detail (message).
#[component]
pub fn ErrorPanel(
    /// What failed, for people.
    #[prop(into)]
    title: String,
    /// The detail (shown in monospace).
    #[prop(into)]
    message: String,
    /// More: a retry button, a link.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="error-panel" role="alert">
            <div class="error-panel__icon">
                <Icon name=IconName::Alert size=24 />
            </div>
            <div class="error-panel__body">
                <h2 class="error-panel__title">{title}</h2>
                <p class="error-panel__message">{message}</p>
                {children.map(|extra| extra())}
            </div>
        </section>
    }
}
