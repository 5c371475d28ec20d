//! Areas whose features are still being built say so plainly instead of showing an empty page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::ui::{empty_state::EmptyState, icon::IconName, page_header::PageHeader};

#[component]
fn ComingSoon(title: &'static str, description: &'static str) -> impl IntoView {
    view! {
        <Title text=title />
        <PageHeader title=title />
        <EmptyState icon=IconName::Hourglass title="Coming soon" description=description>
            <A href="/" attr:class="button button--secondary">
                "Back to Home"
            </A>
        </EmptyState>
    }
}

#[component]
pub fn DocsSoon() -> impl IntoView {
    view! {
        <ComingSoon
            title="Docs"
            description="Documentation written next to the code will be readable here."
        />
    }
}

#[component]
pub fn SearchSoon() -> impl IntoView {
    view! {
        <ComingSoon
            title="Search"
            description="Search across the catalog and documentation will live here."
        />
    }
}
