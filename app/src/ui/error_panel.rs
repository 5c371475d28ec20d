//! A panel that says what went wrong, in words for people, with the detail underneath.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

#[component]
pub fn ErrorPanel(
    #[prop(into)] title: String,
    #[prop(into)] message: String,
    #[prop(optional)] children: Option<Children>,
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
