//! A labelled native select: the browser's own keyboard and screen-reader behaviour, styled.

use leptos::prelude::*;

/// A labelled native select.
#[component]
pub fn Select(
    id: &'static str,
    #[prop(into)] label: String,
    /// The name inside a form.
    #[prop(optional)]
    name: Option<&'static str>,
    /// `(value, label)` pairs.
    options: Vec<(String, String)>,
    /// The value selected at first.
    #[prop(into)]
    selected: String,
    /// Called with the new value.
    #[prop(optional)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! {
                <option value=value selected=is_selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label class="field__label" for=id>
                {label}
            </label>
            <select
                class="field__select"
                id=id
                name=name
                on:change=move |event| {
                    if let Some(handler) = on_change {
                        handler.run(event_target_value(&event));
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
