//! Tabs whose state is the URL: each tab is a link, so a tab can be shared, reloaded and
//! rendered by the server. Arrow keys move between tabs (WAI-ARIA tabs pattern).

use leptos::prelude::*;

use super::roving_focus::{move_focus, Orientation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabItem {
    pub id: String,
    pub label: String,
    pub href: String,
}

impl TabItem {
    pub fn new(id: &str, label: &str, href: String) -> TabItem {
        TabItem {
            id: id.to_string(),
            label: label.to_string(),
            href,
        }
    }
}

/// A row of link tabs; the selected one is the URL's.
#[component]
pub fn Tabs(
    items: Vec<TabItem>,
    /// The id of the selected tab.
    #[prop(into)]
    active: Signal<String>,
    /// Names the tab list for screen readers.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let tabs = items
        .into_iter()
        .map(|item| {
            let id = item.id.clone();
            let selected = Signal::derive(move || active.get() == id);
            view! {
                <a
                    href=item.href
                    class="tabs__tab"
                    role="tab"
                    id=format!("tab-{}", item.id)
                    aria-selected=move || if selected.get() { "true" } else { "false" }
                    tabindex=move || if selected.get() { "0" } else { "-1" }
                    data-noscroll=""
                >
                    {item.label}
                </a>
            }
        })
        .collect_view();
    view! {
        <div
            class="tabs"
            role="tablist"
            aria-label=label
            on:keydown=|event| {
                if move_focus(&event, "[role=tab]", Orientation::Horizontal) {
                    event.prevent_default();
                }
            }
        >
            {tabs}
        </div>
    }
}
