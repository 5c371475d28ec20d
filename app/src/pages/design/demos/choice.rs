//! Checkbox, switch and radio group: native inputs with their labels.

use leptos::prelude::*;

use crate::ui::choice::{Checkbox, RadioGroup, Switch};

pub const TITLE: &str = "Checkbox, switch, radio";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["Checkbox", "Switch", "RadioGroup"];
pub const A11Y: &str = "Native inputs inside their <label>, so the text is clickable and Space toggles. The switch is role=switch with aria-checked. Radio buttons sit in a fieldset whose legend asks the question; arrow keys move between them.";

/// Checkbox and switch
pub fn toggles() -> impl IntoView {
    let orphans = RwSignal::new(false);
    let compact = RwSignal::new(true);
    view! {
        <div class="demo-row">
            <Checkbox id="demo-orphans" label="Show orphaned entities" checked=orphans />
            <Switch id="demo-compact" label="Compact tables" on=compact />
        </div>
        <p class="muted">
            {move || format!("orphans: {}, compact: {}", orphans.get(), compact.get())}
        </p>
    }
}

/// Radio group
pub fn radios() -> impl IntoView {
    let lifecycle = RwSignal::new("production".to_string());
    let options = vec![
        ("production".to_string(), "Production".to_string()),
        ("experimental".to_string(), "Experimental".to_string()),
        ("deprecated".to_string(), "Deprecated".to_string()),
    ];
    view! {
        <RadioGroup name="demo-lifecycle" legend="Lifecycle" options=options selected=lifecycle />
        <p class="muted">"Chosen: " {move || lifecycle.get()}</p>
    }
}
