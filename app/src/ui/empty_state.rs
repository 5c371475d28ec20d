//! A centred message for a place with nothing to show yet, with an optional next step.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// An icon, a title and a sentence for a place with nothing to show, with optional actions.
#[component]
pub fn EmptyState(
    /// The picture above the title.
    icon: IconName,
    /// What is empty ("No matching entities").
    title: &'static str,
    /// What to do about it.
    #[prop(into)]
    description: String,
    /// Actions (links or buttons) shown under the message.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="empty-state">
            <div class="empty-state__icon">
                <Icon name=icon size=32 />
            </div>
            <h2 class="empty-state__title">{title}</h2>
            <p class="empty-state__description">{description}</p>
            {children.map(|actions| view! { <div class="empty-state__actions">{actions()}</div> })}
        </section>
    }
}
