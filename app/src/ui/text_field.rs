//! Text inputs with their label, hint and error, and the search field with its icon.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A labelled text input. The error, when present, is announced and linked to the input.
#[component]
pub fn TextField(
    /// The input's id; the label and messages hang off it.
    id: &'static str,
    #[prop(into)] label: String,
    /// The input's name inside a form.
    #[prop(optional)]
    name: Option<&'static str>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// A line of help under the input.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Shown in red under the input and marks it invalid.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The value, kept in sync both ways.
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.get().is_some()>
            <label class="field__label" for=id>
                {label}
            </label>
            <input
                class="field__input"
                id=id
                name=name
                type="text"
                placeholder=placeholder
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            {hint.map(|text| view! { <p class="field__hint" id=hint_id>{text}</p> })}
            {move || {
                error
                    .get()
                    .map(|text| {
                        view! {
                            <p class="field__error" id=error_id.clone() role="alert">
                                {text}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A search box: `type=search`, a leading icon, and a visually hidden label.
#[component]
pub fn SearchField(
    id: &'static str,
    /// The accessible name (visually hidden; the placeholder is not a label).
    #[prop(into)]
    label: String,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// The starting text (the field then owns its value).
    #[prop(optional, into)]
    initial: String,
    /// Called with the text on every keystroke.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    view! {
        <div class="search-field">
            <label class="visually-hidden" for=id>
                {label}
            </label>
            <Icon name=IconName::Search size=16 class="search-field__icon" />
            <input
                class="search-field__input"
                id=id
                name=name
                type="search"
                autocomplete="off"
                placeholder=placeholder
                value=initial
                on:input=move |event| {
                    if let Some(handler) = on_input {
                        handler.run(event_target_value(&event));
                    }
                }
            />
        </div>
    }
}
