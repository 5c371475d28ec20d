//! What a place with nothing to show says, and the next step it offers.

use leptos::prelude::*;

use crate::ui::{empty_state::EmptyState, icon::IconName};

pub const TITLE: &str = "Empty state";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["EmptyState"];
pub const A11Y: &str = "An h2 title and a sentence; the icon is decorative. Actions are ordinary links or buttons after the text.";

/// No results, with a way out
pub fn no_results() -> impl IntoView {
    view! {
        <EmptyState icon=IconName::Search title="No matching entities" description="Clear a filter or change the text.">
            <a href="/catalog" class="button button--secondary">"Clear filters"</a>
        </EmptyState>
    }
}
