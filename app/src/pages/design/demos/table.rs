//! Tables list many things of one kind; headers sort by link, so the order lives in the URL.

use leptos::prelude::*;

use crate::ui::{
    badge::LifecycleBadge,
    empty_state::EmptyState,
    icon::IconName,
    table::{ColumnSort, CompactTable, Table, TableColumn},
};

pub const TITLE: &str = "Table";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Table", "CompactTable"];
pub const A11Y: &str = "A real <table> with a caption for screen readers and scope=col headers; the sorted column carries aria-sort. Sort controls are links (keyboard and middle-click work). Rows link through their name cell.";

/// Sortable headers and row links
pub fn sortable() -> impl IntoView {
    let columns = vec![
        TableColumn {
            label: "Name",
            sort: Some(ColumnSort {
                href: "/design/table?dir=desc".into(),
                active: true,
                descending: false,
            }),
            class: "",
        },
        TableColumn {
            label: "Owner",
            sort: Some(ColumnSort {
                href: "/design/table?sort=owner".into(),
                active: false,
                descending: false,
            }),
            class: "",
        },
        TableColumn::plain("Lifecycle"),
    ];
    view! {
        <Table columns=columns caption="Components, sorted by name" row_count=2>
            <tr>
                <td><a href="/catalog/default/component/ledger" class="table__primary-link">"Ledger"</a></td>
                <td>"team-payments"</td>
                <td><LifecycleBadge lifecycle="production" /></td>
            </tr>
            <tr>
                <td><a href="/catalog/default/component/fraud-detector" class="table__primary-link">"Fraud Detector"</a></td>
                <td>"team-payments"</td>
                <td><LifecycleBadge lifecycle="experimental" /></td>
            </tr>
        </Table>
    }
}

/// Empty state
pub fn empty() -> impl IntoView {
    let columns = vec![TableColumn::plain("Name"), TableColumn::plain("Owner")];
    let empty = ViewFn::from(|| {
        view! {
            <EmptyState icon=IconName::Search title="No matching entities" description="Clear a filter or change the text." />
        }
    });
    view! { <Table columns=columns caption="No rows" row_count=0 empty=empty>""</Table> }
}

/// Compact table inside a card
pub fn compact() -> impl IntoView {
    view! {
        <CompactTable headers=vec!["Name", "Kind", "Lifecycle"] label="Owned entities">
            <tr>
                <td><a href="/catalog/default/component/ledger" class="table__primary-link">"Ledger"</a></td>
                <td>"Component"</td>
                <td><LifecycleBadge lifecycle="production" /></td>
            </tr>
        </CompactTable>
    }
}
