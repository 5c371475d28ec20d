//! Server functions that turn text into safe, highlighted HTML: markdown for MarkdownContent,
//! code for CodeSnippet. Rendering happens on the server, so the browser ships no parser.

use leptos::{prelude::*, server_fn::codec::Json};

use crate::model::AppError;

/// Markdown to sanitised HTML (tables, task lists, footnotes, highlighted code).
#[server(prefix = "/_portico", endpoint = "render_markdown")]
pub async fn render_markdown(markdown: String) -> Result<String, AppError> {
    crate::api::portal::portal()?
        .render_markdown(markdown)
        .await
}

/// Highlights several pieces of code in one language; answers their HTML in the same order.
#[server(prefix = "/_portico", endpoint = "highlight_snippets", input = Json)]
pub async fn highlight_snippets(
    snippets: Vec<String>,
    language: String,
) -> Result<Vec<String>, AppError> {
    crate::api::portal::portal()?
        .highlight(snippets, language)
        .await
}
