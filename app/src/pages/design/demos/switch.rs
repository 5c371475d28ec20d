//! A switch for a setting that takes effect at once.

use leptos::prelude::*;

use crate::ui::choice::Switch;

pub const TITLE: &str = "Switch";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["Switch"];
pub const A11Y: &str = "A native checkbox with role=switch and aria-checked inside its <label>; Space toggles it. On and off differ in the thumb's position as well as colour.";

/// On and off
pub fn setting() -> impl IntoView {
    let compact = RwSignal::new(true);
    view! {
        <Switch id="demo-compact" label="Compact tables" on=compact />
        <p class="muted">{move || if compact.get() { "Compact" } else { "Comfortable" }}</p>
    }
}
