//! Tabs whose state is the URL: each tab is a link, so a tab can be shared and reloaded.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::ui::tabs::{TabItem, Tabs};

pub const TITLE: &str = "Tabs";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["Tabs"];
pub const A11Y: &str = "WAI-ARIA tabs: role=tablist/tab with aria-selected; only the selected tab is in the Tab order, ArrowLeft/ArrowRight, Home and End move between tabs and Enter opens one. The panel is labelled by its tab.";

/// URL-synced tabs (watch the address bar)
pub fn url_synced() -> impl IntoView {
    let query = use_query_map();
    let active = Signal::derive(move || {
        query
            .with(|q| q.get("tab"))
            .unwrap_or_else(|| "overview".into())
    });
    let items = vec![
        TabItem::new("overview", "Overview", "/design/tabs".into()),
        TabItem::new("apis", "APIs", "/design/tabs?tab=apis".into()),
        TabItem::new("docs", "Docs", "/design/tabs?tab=docs".into()),
    ];
    view! {
        <Tabs items=items active=active label="Demo tabs" />
        <p role="tabpanel" aria-labelledby=move || format!("tab-{}", active.get())>
            "Showing the " <strong>{move || active.get()}</strong> " tab."
        </p>
    }
}
