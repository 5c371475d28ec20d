//! Cards and panels: InfoCard groups facts, WarningPanel and ErrorPanel report problems,
//! EmptyState fills a place with nothing to show.

use leptos::prelude::*;

use crate::ui::{
    empty_state::EmptyState, error_panel::ErrorPanel, icon::IconName, info_card::InfoCard,
    warning_panel::WarningPanel,
};

pub const TITLE: &str = "Cards and panels";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["InfoCard", "WarningPanel", "ErrorPanel", "EmptyState"];
pub const A11Y: &str = "Cards are <section>s titled by a heading. The warning panel is role=status (announced politely), the error panel role=alert. Both pair an icon with a written title; colour is never the only signal.";

/// Info card with an action
pub fn info_card() -> impl IntoView {
    let action = ViewFn::from(|| view! { <a href="/catalog">"View all"</a> });
    view! {
        <InfoCard title="About" subtitle="From catalog-info.yaml" action=action>
            <p>"Double-entry bookkeeping library shared by the payment services."</p>
        </InfoCard>
    }
}

/// Warning and error
pub fn problems() -> impl IntoView {
    view! {
        <WarningPanel title="This entity has processing errors">
            <p>"catalog-info.yaml:8: spec.owner must have a value"</p>
        </WarningPanel>
        <ErrorPanel title="Something went wrong" message="the catalog database did not answer" />
    }
}

/// Empty state
pub fn empty() -> impl IntoView {
    view! {
        <EmptyState icon=IconName::Search title="No matching entities" description="Clear a filter or change the text.">
            <a href="/catalog" class="button button--secondary">"Clear filters"</a>
        </EmptyState>
    }
}
