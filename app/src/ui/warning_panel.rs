//! A panel for something that needs attention but did not fail the page: processing errors,
//! an orphaned entity, a deprecated API.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// An amber panel for something that needs attention: a title and details.
#[component]
pub fn WarningPanel(
    /// What needs attention, in one line.
    #[prop(into)]
    title: String,
    /// The details: a message, a list of problems, a next step.
    children: Children,
) -> impl IntoView {
    view! {
        <section class="warning-panel" role="status">
            <div class="warning-panel__icon">
                <Icon name=IconName::Alert size=20 />
            </div>
            <div class="warning-panel__body">
                <h2 class="warning-panel__title">{title}</h2>
                {children()}
            </div>
        </section>
    }
}
