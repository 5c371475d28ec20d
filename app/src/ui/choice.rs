//! Choices: a checkbox for yes/no in a form, a switch for a setting that applies at once, and a
//! radio group for one of a few options. All native inputs, styled.

use leptos::prelude::*;

/// A labelled checkbox.
#[component]
pub fn Checkbox(
    id: &'static str,
    #[prop(into)] label: String,
    /// Checked or not, kept in sync both ways.
    checked: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="choice" for=id>
            <input
                class="choice__box"
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |event| checked.set(event_target_checked(&event))
            />
            <span>{label}</span>
        </label>
    }
}

/// An on/off switch for a setting that takes effect at once (role=switch).
#[component]
pub fn Switch(
    id: &'static str,
    #[prop(into)] label: String,
    /// On or off, kept in sync both ways.
    on: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="choice choice--switch" for=id>
            <input
                class="switch__input"
                type="checkbox"
                role="switch"
                id=id
                prop:checked=move || on.get()
                aria-checked=move || if on.get() { "true" } else { "false" }
                on:change=move |event| on.set(event_target_checked(&event))
            />
            <span class="switch__track" aria-hidden="true">
                <span class="switch__thumb"></span>
            </span>
            <span>{label}</span>
        </label>
    }
}

/// One of a few options, as a fieldset of radio buttons.
#[component]
pub fn RadioGroup(
    /// The group's name (shared by its inputs) and the prefix of their ids.
    name: &'static str,
    /// The question the options answer; the fieldset's legend.
    #[prop(into)]
    legend: String,
    /// `(value, label)` pairs.
    options: Vec<(String, String)>,
    /// The chosen value, kept in sync both ways.
    selected: RwSignal<String>,
) -> impl IntoView {
    let radios = options
        .into_iter()
        .map(|(value, text)| {
            let id = format!("{name}-{value}");
            let label_for = id.clone();
            let this = value.clone();
            let mine = value.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        class="choice__box"
                        type="radio"
                        name=name
                        id=id
                        value=value
                        prop:checked=move || selected.get() == this
                        on:change=move |_| selected.set(mine.clone())
                    />
                    <span>{text}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="radio-group">
            <legend class="field__label">{legend}</legend>
            {radios}
        </fieldset>
    }
}
