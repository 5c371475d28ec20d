//! The gallery's own sidebar: the tokens page and every component page, grouped.

use leptos::prelude::*;
use leptos_router::components::A;

use super::gallery::{pages, GROUPS};

#[component]
pub fn GalleryNav() -> impl IntoView {
    let all = pages();
    let link = move |href: String, label: &'static str| {
        view! {
            <li>
                // `exact`: /design must not count as current on /design/button.
                <A href=href attr:class="gallery-nav__link" exact=true>
                    {label}
                </A>
            </li>
        }
    };
    let groups = GROUPS
        .iter()
        .map(|group| {
            let items = all
                .iter()
                .filter(|p| p.group == *group)
                .map(|p| (p.slug, p.title))
                .map(|(slug, title)| link(format!("/design/{slug}"), title))
                .collect_view();
            view! {
                <li class="gallery-nav__group">
                    <span class="gallery-nav__heading">{*group}</span>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="gallery-nav" aria-label="Design system">
            <ul>
                {link("/design".to_string(), "Overview")}
                {link("/design/tokens".to_string(), "Tokens")}
                {groups}
            </ul>
        </nav>
    }
}
