//! Text input with a label, a hint and an error; the search field for filtering.

use leptos::prelude::*;

use crate::ui::text_field::{SearchField, TextField};

pub const TITLE: &str = "Text field";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["TextField", "SearchField"];
pub const A11Y: &str = "Every input has a <label> (the search field's is visually hidden; a placeholder is not a label). Hint and error are tied to the input with aria-describedby; an error sets aria-invalid and is announced (role=alert).";

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

/// Search
pub fn search() -> impl IntoView {
    let typed = RwSignal::new(String::new());
    view! {
        <SearchField
            id="demo-search"
            label="Filter the list"
            placeholder="Filter by name"
            on_input=Callback::new(move |text| typed.set(text))
        />
        <p class="muted">"You typed: " {move || typed.get()}</p>
    }
}
