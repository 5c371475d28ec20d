//! The home page: where the day starts. Widgets arrive with the home-page issue; until then it
//! points to each area of the portal.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    shell::PortalInfoResource,
    ui::{icon::IconName, link_card::LinkCard, page_header::PageHeader},
};

#[component]
pub fn HomePage() -> impl IntoView {
    let info = expect_context::<PortalInfoResource>();
    view! {
        <Title text="" />
        <Suspense>
            {move || Suspend::new(async move {
                let title = info.title().await;
                view! {
                    <PageHeader
                        title=format!("Welcome to {title}")
                        subtitle="Everything your organisation builds: the software, its owners, its docs."
                    />
                }
            })}
        </Suspense>
        <div class="link-card-grid">
            <LinkCard
                href="/catalog"
                icon=IconName::Catalog
                title="Software catalog"
                description="Every service, API, library, website and team, and who owns what."
            />
            <LinkCard
                href="/docs"
                icon=IconName::Docs
                title="Documentation"
                description="Docs written next to the code, read next to the entity they describe."
            />
            <LinkCard
                href="/search"
                icon=IconName::Search
                title="Search"
                description="Find any entity, API or page of documentation."
            />
            <LinkCard
                href="/design"
                icon=IconName::Palette
                title="Design system"
                description="The components this portal is built from, live and documented."
            />
        </div>
    }
}
