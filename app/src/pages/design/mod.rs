//! The design system's living gallery under /design: tokens first; component pages join as the
//! components land in app/src/ui.

pub mod token_table;
pub mod tokens_page;

use leptos::prelude::*;

use crate::ui::{icon::IconName, link_card::LinkCard, page_header::PageHeader};

#[component]
pub fn DesignHome() -> impl IntoView {
    view! {
        <div class="design-page">
            <PageHeader
                title="Design system"
                subtitle="The portal's own component library and the tokens it is built from."
            />
            <div class="link-card-grid">
                <LinkCard
                    href="/design/tokens"
                    icon=IconName::Palette
                    title="Tokens"
                    description="Colours with their contrast, spacing, type scale, radii, shadows and motion, in light and dark."
                />
            </div>
        </div>
    }
}
