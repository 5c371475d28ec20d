//! A square button holding only an icon, for dense toolbars; its name comes from `label`.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A button with only an icon; `label` is its accessible name and tooltip.
#[component]
pub fn IconButton(
    icon: IconName,
    /// What the button does ("Refresh"); read by screen readers and shown on hover.
    #[prop(into)]
    label: String,
    /// Borderless, for use inside cards and headers.
    #[prop(optional)]
    ghost: bool,
    #[prop(optional)] on_click: Option<Callback<leptos::ev::MouseEvent>>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="icon-button"
            class:icon-button--ghost=ghost
            aria-label=label.clone()
            title=label
            on:click=move |event| {
                if let Some(handler) = on_click {
                    handler.run(event);
                }
            }
        >
            <Icon name=icon size=18 />
        </button>
    }
}
