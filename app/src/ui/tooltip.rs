//! A short hint shown on hover and on keyboard focus, tied to its trigger by aria-describedby.

use leptos::prelude::*;

/// Wraps a focusable trigger and shows `text` above it on hover or focus.
#[component]
pub fn Tooltip(
    /// Unique on the page; the trigger is described by it.
    id: &'static str,
    /// The hint: a few words, never the only place information lives.
    #[prop(into)]
    text: String,
    /// The trigger: a button, link or other focusable element.
    children: Children,
) -> impl IntoView {
    view! {
        <span class="tooltip" aria-describedby=id>
            {children()}
            <span class="tooltip__bubble" role="tooltip" id=id>
                {text}
            </span>
        </span>
    }
}
