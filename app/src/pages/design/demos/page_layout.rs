//! The frame of a content page: header, content and an optional side panel.

use leptos::prelude::*;

use crate::ui::{card::Card, page_header::PageHeader, page_layout::PageLayout};

pub const TITLE: &str = "Page layout";
pub const GROUP: &str = "Layout";
pub const COMPONENTS: &[&str] = &["PageLayout"];
pub const A11Y: &str = "The side panel is an <aside> after the header and before the content in reading order when on the left; on narrow screens it stacks above the content. Give it an aria-label when it holds filters.";

/// Header, side panel and content
pub fn with_side() -> impl IntoView {
    let header =
        ViewFn::from(|| view! { <PageHeader title="Docs" subtitle="Side panel on the left" /> });
    let side = ViewFn::from(|| view! { <Card>"Filters go here"</Card> });
    view! {
        <PageLayout header=header side=side>
            <Card>"The main content fills the rest of the width."</Card>
        </PageLayout>
    }
}
