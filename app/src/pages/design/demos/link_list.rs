//! A list of links with icons: an entity's runbooks, dashboards and repositories.

use leptos::prelude::*;

use crate::ui::{
    icon::IconName,
    link::{LinkItem, LinkList},
};

pub const TITLE: &str = "Link list";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["LinkList"];
pub const A11Y: &str = "A <ul> of links, each named by its text; icons are decorative. With external=true every link opens a new tab with rel=noopener.";

/// An entity's links
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
