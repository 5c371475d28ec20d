//! The design system's living gallery under /design: the tokens, and a page per component
//! generated from the components' source and their demos (gallery.rs).

pub mod component_page;
pub mod demos;
pub mod gallery;
pub mod gallery_nav;
pub mod token_table;
pub mod tokens_page;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use self::{
    gallery::{pages, GROUPS},
    gallery_nav::GalleryNav,
};
use crate::ui::{icon::IconName, link_card::LinkCard, page_header::PageHeader};

#[component]
pub fn DesignHome() -> impl IntoView {
    let all = pages();
    let groups = GROUPS
        .iter()
        .map(|group| {
            let cards = all
                .iter()
                .filter(|p| p.group == *group)
                .map(|p| (p.slug, p.title, p.summary))
                .map(|(slug, title, summary)| {
                    view! {
                        <A href=format!("/design/{slug}") attr:class="gallery-card">
                            <span class="gallery-card__title">{title}</span>
                            <span class="gallery-card__summary">{summary}</span>
                        </A>
                    }
                })
                .collect_view();
            view! {
                <section class="gallery-group">
                    <h2 class="gallery-group__title">{*group}</h2>
                    <div class="gallery-grid">{cards}</div>
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text="Design system" />
        <div class="design-page gallery">
            <GalleryNav />
            <div class="gallery__main">
                <PageHeader
                    title="Design system"
                    subtitle="The portal's own component library, live, with the code and props of every component."
                />
                <div class="link-card-grid">
                    <LinkCard
                        href="/design/tokens"
                        icon=IconName::Palette
                        title="Tokens"
                        description="Colours with their contrast, spacing, type scale, radii, shadows and motion, in light and dark."
                    />
                </div>
                {groups}
            </div>
        </div>
    }
}
