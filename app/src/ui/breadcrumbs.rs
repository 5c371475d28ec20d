//! Where a page sits: links to the pages above it, the current page last and not a link.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A trail of links to the pages above this one; the current page ends it.
#[component]
pub fn Breadcrumbs(
    /// `(label, href)` of each page above the current one.
    trail: Vec<(String, String)>,
    #[prop(into)] current: String,
) -> impl IntoView {
    let links = trail
        .into_iter()
        .map(|(label, href)| {
            view! {
                <li class="breadcrumbs__item">
                    <a href=href>{label}</a>
                    <Icon name=IconName::ChevronRight size=14 class="breadcrumbs__sep" />
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumbs">
            <ol>
                {links}
                <li class="breadcrumbs__item" aria-current="page">
                    {current}
                </li>
            </ol>
        </nav>
    }
}
