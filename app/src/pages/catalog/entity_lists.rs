//! Cards listing related entities (members, owned entities, a system's parts ...), each a
//! compact table that links to the entities.

use leptos::prelude::*;

use crate::{
    model::EntitySummary,
    ui::{badge::LifecycleBadge, info_card::InfoCard, table::CompactTable},
};

#[component]
pub fn EntityListCard(
    #[prop(into)] title: String,
    entities: Vec<EntitySummary>,
    /// Said when the list is empty.
    empty: &'static str,
) -> impl IntoView {
    let count = entities.len();
    let list_label = title.clone();
    let body = if entities.is_empty() {
        view! { <p class="muted">{empty}</p> }.into_any()
    } else {
        let rows = entities
            .into_iter()
            .map(|e| {
                let (href, name) = (e.href(), e.display_name().to_string());
                view! {
                    <tr>
                        <td>
                            <a href=href class="table__primary-link">
                                {name}
                            </a>
                        </td>
                        <td>{e.kind}</td>
                        <td>{e.spec_type}</td>
                        <td>{e.lifecycle.map(|l| view! { <LifecycleBadge lifecycle=l /> })}</td>
                        <td class="table__cell--wide">
                            <span class="table__clamp">{e.description}</span>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <CompactTable
                headers=vec!["Name", "Kind", "Type", "Lifecycle", "Description"]
                label=list_label
            >
                {rows}
            </CompactTable>
        }
        .into_any()
    };
    view! {
        <InfoCard title=title subtitle=format!("{count} {}", if count == 1 { "entity" } else { "entities" })>
            {body}
        </InfoCard>
    }
}
