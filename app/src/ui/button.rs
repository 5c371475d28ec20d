//! Buttons and links that look like buttons: one primary action per view, secondary for the
//! rest, ghost for quiet actions in dense places, danger for what cannot be undone.

use leptos::prelude::*;
use leptos_router::components::A;

use super::icon::{Icon, IconName};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    Primary,
    #[default]
    Secondary,
    Ghost,
    Danger,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonSize {
    Small,
    #[default]
    Medium,
}

fn classes(variant: ButtonVariant, size: ButtonSize) -> String {
    let variant = match variant {
        ButtonVariant::Primary => "button--primary",
        ButtonVariant::Secondary => "button--secondary",
        ButtonVariant::Ghost => "button--ghost",
        ButtonVariant::Danger => "button--danger",
    };
    let size = match size {
        ButtonSize::Small => " button--small",
        ButtonSize::Medium => "",
    };
    format!("button {variant}{size}")
}

/// A button. While `loading` it shows a spinner, keeps its width and ignores clicks.
#[component]
pub fn Button(
    /// Primary, Secondary (default), Ghost or Danger.
    #[prop(optional)]
    variant: ButtonVariant,
    /// Small or Medium (default).
    #[prop(optional)]
    size: ButtonSize,
    /// An icon before the label.
    #[prop(optional)]
    icon: Option<IconName>,
    /// Shows a spinner and blocks clicks, e.g. while a request runs.
    #[prop(into, default = Signal::stored(false))]
    loading: Signal<bool>,
    #[prop(into, default = Signal::stored(false))] disabled: Signal<bool>,
    /// `button` (default) or `submit` inside forms.
    #[prop(default = "button")]
    kind: &'static str,
    #[prop(optional)] on_click: Option<Callback<leptos::ev::MouseEvent>>,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type=kind
            class=classes(variant, size)
            class:button--loading=move || loading.get()
            disabled=move || disabled.get() || loading.get()
            aria-busy=move || loading.get().then_some("true")
            on:click=move |event| {
                if let Some(handler) = on_click {
                    handler.run(event);
                }
            }
        >
            {move || {
                if loading.get() {
                    view! { <span class="spinner spinner--inline" aria-hidden="true"></span> }
                        .into_any()
                } else {
                    icon.map(|name| view! { <Icon name=name size=16 /> }).into_any()
                }
            }}
            <span class="button__label">{children()}</span>
        </button>
    }
}

/// A link styled as a button, for actions that go somewhere.
#[component]
pub fn ButtonLink(
    /// Where it goes.
    #[prop(into)]
    href: String,
    /// Primary, Secondary (default), Ghost or Danger.
    #[prop(optional)]
    variant: ButtonVariant,
    /// Small or Medium (default).
    #[prop(optional)]
    size: ButtonSize,
    /// An icon before the label.
    #[prop(optional)]
    icon: Option<IconName>,
    /// The label.
    children: Children,
) -> impl IntoView {
    view! {
        <A href=href attr:class=classes(variant, size)>
            {icon.map(|name| view! { <Icon name=name size=16 /> })}
            <span class="button__label">{children()}</span>
        </A>
    }
}
