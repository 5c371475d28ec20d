//! A checkbox for a yes/no choice inside a form or a filter.

use leptos::prelude::*;

use crate::ui::choice::Checkbox;

pub const TITLE: &str = "Checkbox";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["Checkbox"];
pub const A11Y: &str = "A native checkbox inside its <label>, so the text is clickable and Space toggles it; the focus ring comes from the tokens.";

/// Checked and unchecked
pub fn toggles() -> impl IntoView {
    let orphans = RwSignal::new(false);
    let errors = RwSignal::new(true);
    view! {
        <div class="demo-row">
            <Checkbox id="demo-orphans" label="Show orphaned entities" checked=orphans />
            <Checkbox id="demo-errors" label="Show entities with errors" checked=errors />
        </div>
        <p class="muted">{move || format!("orphans: {}, errors: {}", orphans.get(), errors.get())}</p>
    }
}
