//! Progress: a spinner for waits of unknown length, a bar when the share done is known.

use leptos::prelude::*;

/// An indeterminate wait, with a label for screen readers.
#[component]
pub fn Spinner(#[prop(default = "Loading")] label: &'static str) -> impl IntoView {
    view! {
        <span class="spinner" role="status">
            <span class="visually-hidden">{label}</span>
        </span>
    }
}

/// A determinate bar from 0 to 100.
#[component]
pub fn ProgressBar(#[prop(into)] value: Signal<f64>, #[prop(into)] label: String) -> impl IntoView {
    let clamped = move || value.get().clamp(0.0, 100.0);
    view! {
        <div
            class="progress-bar"
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || format!("{:.0}", clamped())
        >
            <div class="progress-bar__fill" style:width=move || format!("{}%", clamped())></div>
        </div>
    }
}
