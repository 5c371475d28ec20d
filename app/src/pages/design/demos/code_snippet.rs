//! Code with a copy button. The server highlights it; the browser only shows it.

use leptos::prelude::*;

use crate::{api::content::highlight_snippets, ui::code_snippet::CodeSnippet};

pub const TITLE: &str = "Code snippet";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["CodeSnippet"];
pub const A11Y: &str = "A <figure> whose header names the language; the copy button says \"Copy code\" and then \"Copied\". Highlighted HTML comes from the server and holds only classed spans; plain text is escaped.";

/// Highlighted by the server
pub fn highlighted() -> impl IntoView {
    let source = "openapi: 3.0.3\ninfo:\n  title: Payments API  # what clients see\n  version: 2.1.0\npaths:\n  /payments:\n    post:\n      operationId: authorise\n";
    let html = Resource::new(
        || (),
        move |_| highlight_snippets(vec![source.to_string()], "yaml".to_string()),
    );
    view! {
        <Suspense fallback=move || view! { <CodeSnippet text=source language="yaml" /> }>
            {move || Suspend::new(async move {
                match html.await.ok().and_then(|mut all| all.pop()) {
                    Some(html) => view! { <CodeSnippet text=source highlighted=html language="yaml" /> }.into_any(),
                    None => view! { <CodeSnippet text=source language="yaml" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Plain text with copy
pub fn plain() -> impl IntoView {
    view! {
        <CodeSnippet
            language="yaml"
            text="apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\nspec:\n  type: library\n  owner: team-payments\n"
        />
    }
}
