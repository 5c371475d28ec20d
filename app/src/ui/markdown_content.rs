//! Rendered markdown in the portal's typography: headings, lists, tables, quotes, task lists
//! and highlighted code.

use leptos::prelude::*;

/// Shows HTML made by the server's markdown renderer (`render_markdown`), which sanitises it;
/// never pass HTML from anywhere else.
#[component]
pub fn MarkdownContent(
    /// Sanitised HTML from `render_markdown`.
    #[prop(into)]
    html: String,
) -> impl IntoView {
    view! { <div class="markdown" inner_html=html></div> }
}
