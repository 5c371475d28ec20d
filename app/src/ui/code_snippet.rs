//! A block of code with a copy button. Highlighting happens on the server (the HTML holds only
//! `hl-` classed spans); plain text is escaped by the view.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A code block with a language label and a copy button.
#[component]
pub fn CodeSnippet(
    /// The code as text: what the copy button copies.
    #[prop(into)]
    text: String,
    /// Highlighted HTML of the same text, made by the server's highlighter.
    #[prop(optional, into)]
    highlighted: Option<String>,
    /// Shown in the header, e.g. `yaml`.
    #[prop(optional, into)]
    language: Option<String>,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = text.clone();
    let copy = move |_| {
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&to_copy);
            copied.set(true);
        }
    };
    let body = match highlighted {
        Some(html) => view! { <code inner_html=html></code> }.into_any(),
        None => view! { <code>{text}</code> }.into_any(),
    };
    view! {
        <figure class="code-snippet">
            <figcaption class="code-snippet__header">
                <span class="code-snippet__language">{language}</span>
                <button
                    type="button"
                    class="code-snippet__copy"
                    aria-label=move || if copied.get() { "Copied" } else { "Copy code" }
                    on:click=copy
                >
                    {move || {
                        let name = if copied.get() { IconName::Check } else { IconName::Copy };
                        view! { <Icon name=name size=16 /> }
                    }}
                    <span>{move || if copied.get() { "Copied" } else { "Copy" }}</span>
                </button>
            </figcaption>
            // Focusable so keyboard users can scroll long code (axe: scrollable-region-focusable).
            <pre class="code-snippet__body" tabindex="0">{body}</pre>
        </figure>
    }
}
