//! Text input with a label, a hint and an error.

use leptos::prelude::*;

use crate::ui::text_field::TextField;

pub const TITLE: &str = "Text field";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["TextField"];
pub const A11Y: &str = "Every input has a visible <label> (a placeholder is not a label). Hint and error are tied to the input with aria-describedby; an error sets aria-invalid and is announced (role=alert).";

/// Label, hint and validation
pub fn validated() -> impl IntoView {
    let value = RwSignal::new(String::new());
    let error = Signal::derive(move || {
        let text = value.get();
        (!text.is_empty() && !text.starts_with("https://"))
            .then(|| "Enter an https:// URL".to_string())
    });
    view! {
        <TextField
            id="demo-url"
            label="Repository URL"
            placeholder="https://github.com/acme/payments"
            hint="Type anything that is not an https URL to see the error."
            error=error
            value=value
        />
    }
}
