//! Code with a copy button. The server highlights it; the browser only shows it.

use leptos::prelude::*;

use crate::ui::code_snippet::CodeSnippet;

pub const TITLE: &str = "Code snippet";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["CodeSnippet"];
pub const A11Y: &str = "A <figure> whose header names the language; the copy button says \"Copy code\" and then \"Copied\". Highlighted HTML comes from the server and holds only classed spans; plain text is escaped.";

/// Plain text with copy
pub fn plain() -> impl IntoView {
    view! {
        <CodeSnippet
            language="yaml"
            text="apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\nspec:\n  type: library\n  owner: team-payments\n"
        />
    }
}
