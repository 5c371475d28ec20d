//! The search box that narrows a list as you type.

use leptos::prelude::*;

use crate::ui::text_field::SearchField;

pub const TITLE: &str = "Search field";
pub const GROUP: &str = "Inputs";
pub const COMPONENTS: &[&str] = &["SearchField"];
pub const A11Y: &str = "type=search with a visually hidden <label> (the placeholder is a hint, not a label) and a decorative icon; put it in a form with role=search when it filters a page.";

/// Filter as you type
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
