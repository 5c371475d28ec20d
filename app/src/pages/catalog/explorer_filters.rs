//! The explorer's side panel: kind, starred, and a group of options per filter. Options are
//! links (each to the view with that value switched), so filtering works before scripts load.

use leptos::prelude::*;

use crate::{
    model::{catalog_query::FacetKey, CatalogFacets, CatalogQuery},
    ui::{
        icon::{Icon, IconName},
        select::Select,
    },
};

/// Options shown before a group folds the rest behind "Show all".
const FOLD_AFTER: usize = 8;

#[component]
pub fn ExplorerFilters(
    query: CatalogQuery,
    facets: CatalogFacets,
    go: Callback<CatalogQuery>,
) -> impl IntoView {
    let mut kinds: Vec<(String, String)> = vec![("all".into(), "All kinds".into())];
    kinds.extend(
        facets
            .kinds
            .iter()
            .map(|k| (k.value.clone(), format!("{} ({})", k.label, k.count))),
    );
    let selected_kind = query.kind.clone().unwrap_or_else(|| "all".into());
    let kind_query = query.clone();
    let on_kind = Callback::new(move |kind: String| {
        // Facet values belong to a kind; switching kind starts a fresh view.
        let next = CatalogQuery {
            kind: (kind != "all").then_some(kind),
            starred: kind_query.starred,
            text: kind_query.text.clone(),
            ..CatalogQuery::default()
        };
        go.run(next);
    });
    let all = CatalogQuery {
        starred: false,
        page: 1,
        ..query.clone()
    };
    let starred = CatalogQuery {
        starred: true,
        page: 1,
        ..query.clone()
    };
    let groups = FacetKey::ALL
        .into_iter()
        .filter(|facet| !facets.values(*facet).is_empty())
        .map(|facet| {
            let chosen = query.values(facet).to_vec();
            let options: Vec<_> = facets
                .values(facet)
                .iter()
                .cloned()
                .map(|value| {
                    let checked = chosen.contains(&value.value);
                    let href = query.toggled(facet, &value.value).href();
                    view! {
                        <li>
                            <a
                                href=href
                                class="facet-option"
                                role="checkbox"
                                aria-checked=if checked { "true" } else { "false" }
                                data-facet=facet.param()
                                data-value=value.value
                                data-noscroll=""
                            >
                                <span class="facet-option__box" aria-hidden="true">
                                    {checked.then(|| view! { <Icon name=IconName::Check size=12 /> })}
                                </span>
                                <span class="facet-option__label">{value.label}</span>
                                <span class="facet-option__count">{value.count}</span>
                            </a>
                        </li>
                    }
                })
                .collect();
            let (shown, folded): (Vec<_>, Vec<_>) = options
                .into_iter()
                .enumerate()
                .partition(|(i, _)| *i < FOLD_AFTER);
            let shown: Vec<_> = shown.into_iter().map(|(_, v)| v).collect();
            let folded: Vec<_> = folded.into_iter().map(|(_, v)| v).collect();
            let more = (!folded.is_empty()).then(|| {
                let count = folded.len();
                view! {
                    <details class="facet-group__more">
                        <summary>{format!("Show {count} more")}</summary>
                        <ul class="facet-group__options">{folded}</ul>
                    </details>
                }
            });
            let heading_id = format!("facet-{}", facet.param());
            let labelled_by = heading_id.clone();
            view! {
                <div class="facet-group" role="group" aria-labelledby=labelled_by>
                    <h3 class="facet-group__title" id=heading_id>
                        {facet.label()}
                    </h3>
                    <ul class="facet-group__options">{shown}</ul>
                    {more}
                </div>
            }
        })
        .collect_view();
    let clear = query.is_narrowed().then(|| {
        let cleared = CatalogQuery {
            kind: query.kind.clone(),
            ..CatalogQuery::default()
        };
        view! {
            <a href=cleared.href() class="explorer__clear" data-noscroll="">
                "Clear filters"
            </a>
        }
    });
    view! {
        <aside class="explorer__filters" aria-label="Filters">
            <div class="explorer__filters-head">
                <h2 class="explorer__filters-title">
                    <Icon name=IconName::Filter size=16 />
                    "Filters"
                </h2>
                {clear}
            </div>
            <Select
                id="catalog-kind"
                label="Kind"
                name="kind"
                options=kinds
                selected=selected_kind
                on_change=on_kind
            />
            <div class="segmented" role="group" aria-label="Show">
                <a
                    href=all.href()
                    class="segmented__option"
                    aria-current=(!query.starred).then_some("true")
                    data-noscroll=""
                >
                    "All"
                </a>
                <a
                    href=starred.href()
                    class="segmented__option"
                    aria-current=query.starred.then_some("true")
                    data-noscroll=""
                >
                    <Icon name=IconName::Star size=14 />
                    "Starred"
                </a>
            </div>
            {groups}
        </aside>
    }
}
