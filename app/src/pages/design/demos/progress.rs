//! Progress: a spinner when the wait has no known length, a bar when it does.

use leptos::prelude::*;

use crate::ui::progress::{ProgressBar, Spinner};

pub const TITLE: &str = "Progress";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["Spinner", "ProgressBar"];
pub const A11Y: &str = "The spinner is role=status with a visually hidden label. The bar is role=progressbar with aria-valuenow/min/max and a label. Both stop moving under prefers-reduced-motion (the motion tokens become 0).";

/// Spinner and bar
pub fn both() -> impl IntoView {
    let value = RwSignal::new(40.0);
    view! {
        <div class="demo-row">
            <Spinner label="Loading entities" />
            <div style="flex: 1; max-width: 320px">
                <ProgressBar value=value label="Ingest progress" />
            </div>
            <input
                type="range"
                min="0"
                max="100"
                aria-label="Progress value"
                prop:value=move || value.get().to_string()
                on:input=move |e| value.set(event_target_value(&e).parse().unwrap_or(0.0))
            />
        </div>
    }
}
