//! A data table: column headers that sort by link (so the sort is in the URL and works
//! before scripts load), caller-rendered rows, and an empty state when there are none.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// How a column sorts: where clicking its header leads, and whether it is the current order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnSort {
    pub href: String,
    pub active: bool,
    pub descending: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableColumn {
    pub label: &'static str,
    /// Sortable columns carry their sort link.
    pub sort: Option<ColumnSort>,
    /// Extra class for the column's cells, e.g. `table__cell--wide`.
    pub class: &'static str,
}

impl TableColumn {
    pub fn plain(label: &'static str) -> TableColumn {
        TableColumn {
            label,
            sort: None,
            class: "",
        }
    }
}

/// A table with sortable headers (links), caller-rendered rows and an empty state.
#[component]
pub fn Table(
    columns: Vec<TableColumn>,
    /// Read by screen readers before the table (e.g. "Components, sorted by name").
    #[prop(into)]
    caption: String,
    /// How many rows `children` renders; zero shows `empty`.
    row_count: usize,
    /// What to show when there are no rows.
    #[prop(optional, into)]
    empty: Option<ViewFn>,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let span = columns.len();
    let region_label = caption.clone();
    let headers = columns
        .into_iter()
        .map(|column| {
            let aria_sort = column.sort.as_ref().filter(|s| s.active).map(|s| {
                if s.descending {
                    "descending"
                } else {
                    "ascending"
                }
            });
            let content = match column.sort {
                Some(sort) => {
                    let icon = match (sort.active, sort.descending) {
                        (true, true) => IconName::ArrowDown,
                        _ => IconName::ArrowUp,
                    };
                    let class = if sort.active {
                        "table__sort table__sort--active"
                    } else {
                        "table__sort"
                    };
                    view! {
                        <a href=sort.href class=class>
                            {column.label}
                            <Icon name=icon size=14 class="table__sort-icon" />
                        </a>
                    }
                    .into_any()
                }
                None => column.label.into_any(),
            };
            view! {
                <th scope="col" class=column.class aria-sort=aria_sort>
                    {content}
                </th>
            }
        })
        .collect_view();
    view! {
        // A focusable region, so a table wider than the screen can be scrolled by keyboard.
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table class="table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>
                    {children()}
                    {(row_count == 0)
                        .then(|| {
                            view! {
                                <tr class="table__empty">
                                    <td colspan=span>{empty.map(|e| e.run())}</td>
                                </tr>
                            }
                        })}
                </tbody>
            </table>
        </div>
    }
}

/// A small table inside a card (related entities, props): plain headers, no sorting, flush
/// with the card's edges.
#[component]
pub fn CompactTable(
    /// The column headers.
    headers: Vec<&'static str>,
    /// Names the scrollable region for screen readers.
    #[prop(into)]
    label: String,
    /// Extra class on the `<table>`, e.g. `props-table`.
    #[prop(optional)]
    class: &'static str,
    /// A `data-testid` for the table.
    #[prop(optional, into)]
    test_id: Option<String>,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let headers = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    view! {
        <div class="table-wrap table-wrap--flush" tabindex="0" role="region" aria-label=label>
            <table class=format!("table table--compact {class}") data-testid=test_id>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
