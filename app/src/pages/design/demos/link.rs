//! Text links and lists of links; external ones say that they open a new tab.

use leptos::prelude::*;

use crate::ui::{
    icon::IconName,
    link::{Link, LinkItem, LinkList},
};

pub const TITLE: &str = "Link and link list";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["Link", "LinkList"];
pub const A11Y: &str = "Links are underlined on hover and keep the focus ring. External links carry a visible icon and a visually hidden \"(opens in a new tab)\", and rel=noopener.";

/// Inside and outside the portal
pub fn links() -> impl IntoView {
    view! {
        <p>
            "Read the " <Link href="/catalog">"catalog"</Link> " or "
            <Link href="https://backstage.io/docs" external=true>"Backstage's docs"</Link> "."
        </p>
    }
}

/// A list of links
pub fn list() -> impl IntoView {
    let items = vec![
        LinkItem {
            title: "Runbook".into(),
            href: "https://runbooks.acme.example/ledger".into(),
            icon: IconName::Docs,
        },
        LinkItem {
            title: "Dashboard".into(),
            href: "https://grafana.acme.example/d/ledger".into(),
            icon: IconName::Network,
        },
    ];
    view! { <LinkList items=items external=true /> }
}
