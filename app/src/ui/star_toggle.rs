//! The star that marks an entity as a favourite: a toggle button with `aria-pressed`.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A star button that toggles a favourite (aria-pressed).
#[component]
pub fn StarToggle(
    /// Whether the thing is starred now.
    starred: RwSignal<bool>,
    /// What is starred, for the accessible name ("Star payments-api").
    #[prop(into)]
    name: String,
    /// Called with the wanted state; the caller saves it and updates `starred`.
    on_toggle: Callback<bool>,
) -> impl IntoView {
    let label = move || {
        if starred.get() {
            format!("Unstar {name}")
        } else {
            format!("Star {name}")
        }
    };
    view! {
        <button
            type="button"
            class="star-toggle"
            class:star-toggle--on=move || starred.get()
            aria-pressed=move || if starred.get() { "true" } else { "false" }
            aria-label=label.clone()
            title=label
            on:click=move |_| on_toggle.run(!starred.get_untracked())
        >
            {move || {
                let name = if starred.get() { IconName::StarFilled } else { IconName::Star };
                view! { <Icon name=name size=18 /> }
            }}
        </button>
    }
}
