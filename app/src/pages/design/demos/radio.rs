//! One of a few options, as a radio group.

use leptos::prelude::*;

use crate::ui::choice::RadioGroup;

pub const TITLE: &str = "Radio group";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["RadioGroup"];
pub const A11Y: &str = "Native radio buttons in a fieldset whose legend asks the question; Tab reaches the group, the arrow keys move between options.";

/// Choosing a lifecycle
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
