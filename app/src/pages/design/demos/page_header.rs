//! The heading block at the top of every page: title, subtitle and the page's main actions.

use leptos::prelude::*;

use crate::ui::{
    button::{ButtonLink, ButtonVariant},
    icon::IconName,
    page_header::PageHeader,
};

pub const TITLE: &str = "Page header";
pub const GROUP: &str = "Layout";
pub const COMPONENTS: &[&str] = &["PageHeader"];
pub const A11Y: &str = "The title is the page's one <h1>; the document title follows it. Actions sit after the heading in reading order.";

/// Title, subtitle and an action
pub fn with_action() -> impl IntoView {
    view! {
        <PageHeader title="Software catalog" subtitle="Every service, API, library, website and team.">
            <ButtonLink href="/catalog-import" variant=ButtonVariant::Primary icon=IconName::Plus>
                "Register existing component"
            </ButtonLink>
        </PageHeader>
    }
}
