//! The explorer's results: a count, a table whose columns suit the kind, and page links.

use leptos::prelude::*;

use super::{explorer::kind_plural, star::EntityStar};
use crate::{
    model::{catalog_query::FacetKey, CatalogPage, CatalogQuery, EntitySummary, RefLink, SortKey},
    ui::{
        badge::{LifecycleBadge, Tag},
        empty_state::EmptyState,
        icon::IconName,
        pagination::Pagination,
        table::{ColumnSort, Table, TableColumn},
    },
};

/// A column of the explorer table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Kind,
    System,
    Owner,
    Type,
    Lifecycle,
    Description,
    Tags,
    Star,
}

impl Col {
    fn label(self) -> &'static str {
        match self {
            Col::Name => "Name",
            Col::Kind => "Kind",
            Col::System => "System",
            Col::Owner => "Owner",
            Col::Type => "Type",
            Col::Lifecycle => "Lifecycle",
            Col::Description => "Description",
            Col::Tags => "Tags",
            Col::Star => "Star",
        }
    }

    fn sort(self) -> Option<SortKey> {
        match self {
            Col::Name => Some(SortKey::Name),
            Col::Kind => Some(SortKey::Kind),
            Col::System => Some(SortKey::System),
            Col::Owner => Some(SortKey::Owner),
            Col::Type => Some(SortKey::Type),
            Col::Lifecycle => Some(SortKey::Lifecycle),
            _ => None,
        }
    }
}

/// The columns that mean something for a kind.
fn columns_for(kind: Option<&str>) -> Vec<Col> {
    use Col::*;
    match kind {
        Some("component" | "api" | "resource") => {
            vec![
                Name,
                System,
                Owner,
                Type,
                Lifecycle,
                Description,
                Tags,
                Star,
            ]
        }
        Some("system" | "domain") => vec![Name, Owner, Description, Tags, Star],
        Some("group") => vec![Name, Type, Description, Star],
        Some("user") => vec![Name, Description, Star],
        Some("template") => vec![Name, Owner, Type, Description, Tags, Star],
        _ => vec![Name, Kind, Owner, Type, Lifecycle, Description, Tags, Star],
    }
}

#[component]
pub fn ExplorerTable(query: CatalogQuery, page: CatalogPage) -> impl IntoView {
    let cols = columns_for(query.kind.as_deref());
    let columns: Vec<TableColumn> = cols
        .iter()
        .map(|col| TableColumn {
            label: col.label(),
            sort: col.sort().map(|key| ColumnSort {
                href: query.sorted_by(key).href(),
                active: query.sort == key,
                descending: query.descending,
            }),
            class: match col {
                Col::Description => "table__cell--wide",
                Col::Star => "table__cell--icon",
                _ => "",
            },
        })
        .collect();
    let heading = kind_plural(query.kind.as_deref());
    let caption = format!("{heading}, sorted by {}", query.sort.as_str());
    let row_count = page.rows.len();
    let page_count = page.page_count();
    let rows = page
        .rows
        .iter()
        .map(|row| row_view(row, &cols, &query))
        .collect_view();
    let pager_query = query.clone();
    let href = Callback::new(move |n: u32| pager_query.on_page(n).href());
    let empty_text = if query.is_narrowed() {
        "Nothing matches these filters. Clear a filter or change the text."
    } else {
        "The catalog holds no entities of this kind yet. Register a catalog-info.yaml to add some."
    };
    let empty = ViewFn::from(move || {
        view! {
            <EmptyState icon=IconName::Search title="No matching entities" description=empty_text />
        }
    });
    view! {
        <div class="explorer__summary">
            <h2 class="explorer__count" data-testid="catalog-count">
                {heading}
                <span class="explorer__count-number">{format!("({})", page.total)}</span>
            </h2>
        </div>
        <Table columns=columns caption=caption row_count=row_count empty=empty>
            {rows}
        </Table>
        <Pagination current=page.page count=page_count href=href />
    }
}

/// A cell linking to another entity, empty when there is none.
fn ref_cell(link: Option<&RefLink>) -> AnyView {
    link.cloned()
        .map(|l| {
            let href = l.href();
            view! { <a href=href>{l.label}</a> }
        })
        .into_any()
}

fn row_view(row: &EntitySummary, cols: &[Col], query: &CatalogQuery) -> impl IntoView {
    let cells = cols
        .iter()
        .map(|col| {
            let content = match col {
                Col::Name => {
                    let (href, name) = (row.href(), row.display_name().to_string());
                    view! {
                        <a href=href class="table__primary-link">
                            {name}
                        </a>
                    }
                    .into_any()
                }
                Col::Kind => row.kind.clone().into_any(),
                Col::System => ref_cell(row.system.as_ref()),
                Col::Owner => ref_cell(row.owner.as_ref()),
                Col::Type => row.spec_type.clone().into_any(),
                Col::Lifecycle => row
                    .lifecycle
                    .clone()
                    .map(|l| view! { <LifecycleBadge lifecycle=l /> })
                    .into_any(),
                Col::Description => view! {
                    <span class="table__clamp">{row.description.clone()}</span>
                }
                .into_any(),
                Col::Tags => row
                    .tags
                    .iter()
                    .map(|tag| {
                        let href = query.toggled(FacetKey::Tag, tag).href();
                        let href = if query.tags.contains(&tag.to_lowercase()) {
                            query.href()
                        } else {
                            href
                        };
                        view! { <Tag label=tag.clone() href=href /> }
                    })
                    .collect_view()
                    .into_any(),
                Col::Star => view! {
                    <EntityStar
                        entity_ref=row.entity_ref.clone()
                        name=row.display_name().to_string()
                        starred=row.starred
                    />
                }
                .into_any(),
            };
            view! { <td>{content}</td> }
        })
        .collect_view();
    view! { <tr data-entity=row.entity_ref.to_string()>{cells}</tr> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_show_system_owner_type_and_lifecycle() {
        let cols = columns_for(Some("component"));
        assert!(cols.contains(&Col::Lifecycle) && cols.contains(&Col::System));
        assert!(!columns_for(Some("group")).contains(&Col::Lifecycle));
        assert!(columns_for(None).contains(&Col::Kind));
        assert_eq!(kind_plural(Some("api")), "APIs");
        assert_eq!(kind_plural(Some("component")), "Components");
    }
}
