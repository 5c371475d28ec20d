//! Text links: inside the portal they navigate in place; external ones open a new tab and say
//! so with an icon.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A text link; `external` opens a new tab and marks it with an icon and a hidden note.
#[component]
pub fn Link(
    #[prop(into)] href: String,
    /// Opens in a new tab, with `rel="noopener"`.
    #[prop(optional)]
    external: bool,
    children: Children,
) -> impl IntoView {
    if external {
        view! {
            <a class="link link--external" href=href target="_blank" rel="noopener noreferrer">
                {children()}
                <Icon name=IconName::ExternalLink size=14 />
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        }
        .into_any()
    } else {
        view! { <a class="link" href=href>{children()}</a> }.into_any()
    }
}

/// One entry of a LinkList.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkItem {
    pub title: String,
    pub href: String,
    pub icon: IconName,
}

/// A vertical list of links with icons, e.g. an entity's runbooks and dashboards.
#[component]
pub fn LinkList(
    items: Vec<LinkItem>,
    /// Opens every link in a new tab.
    #[prop(optional)]
    external: bool,
) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|item| {
            let (target, rel) = if external {
                (Some("_blank"), Some("noopener noreferrer"))
            } else {
                (None, None)
            };
            view! {
                <li>
                    <a class="icon-link" href=item.href target=target rel=rel>
                        <Icon name=item.icon size=16 />
                        {item.title}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{rows}</ul> }
}
