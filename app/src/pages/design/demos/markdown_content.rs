//! Markdown rendered by the server: the extensions people use, highlighted code, and nothing
//! unsafe.

use leptos::prelude::*;

use crate::{
    api::content::render_markdown,
    ui::{error_panel::ErrorPanel, markdown_content::MarkdownContent, skeleton::Skeleton},
};

pub const TITLE: &str = "Markdown content";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["MarkdownContent"];
pub const A11Y: &str = "Headings keep their levels, tables their header cells, task-list checkboxes are disabled inputs with their state. The server removes scripts, event handlers and javascript: links (ammonia) before anything reaches the page; links get rel=noopener.";

/// Rendered on the server (the script and the javascript: link in the source are removed)
pub fn rendered() -> impl IntoView {
    let source = "## Runbook\n\nRestart with `kubectl rollout restart`.\n\n| Alert | Action |\n|---|---|\n| High latency | Scale out |\n\n- [x] Page the on-call\n- [ ] Write the post-mortem\n\n```yaml\nkind: Component\nspec:\n  owner: team-payments\n```\n\n<script>alert('no')</script>[a hostile link](javascript:alert(1))\n";
    let html = Resource::new(|| (), move |_| render_markdown(source.to_string()));
    view! {
        <Suspense fallback=|| view! { <Skeleton lines=4 /> }>
            {move || Suspend::new(async move {
                match html.await {
                    Ok(html) => view! { <MarkdownContent html=html /> }.into_any(),
                    Err(error) => view! { <ErrorPanel title=error.title() message=error.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
