//! A native select with a label: the browser's own keyboard and screen-reader support.

use leptos::prelude::*;

use crate::ui::select::Select;

pub const TITLE: &str = "Select";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["Select"];
pub const A11Y: &str = "A native <select> with a <label>: arrow keys, type-ahead and screen readers work as everywhere else on the platform.";

/// Choosing a kind
pub fn kinds() -> impl IntoView {
    let chosen = RwSignal::new("component".to_string());
    let options = vec![
        ("component".to_string(), "Component".to_string()),
        ("api".to_string(), "API".to_string()),
        ("group".to_string(), "Group".to_string()),
    ];
    view! {
        <Select
            id="demo-kind"
            label="Kind"
            options=options
            selected="component"
            on_change=Callback::new(move |value| chosen.set(value))
        />
        <p class="muted">"Selected: " {move || chosen.get()}</p>
    }
}
