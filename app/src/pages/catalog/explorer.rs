//! /catalog: every entity of a kind in a sortable, paged table, narrowed by the filters in the
//! side panel and by text. The whole view lives in the URL query, so the server renders a
//! shared link complete and the browser only swaps the results as filters change.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

use super::{explorer_filters::ExplorerFilters, explorer_table::ExplorerTable};
use crate::{
    api::catalog::load_catalog_page,
    model::{catalog_query::FacetKey, CatalogQuery},
    ui::{
        button::{ButtonLink, ButtonVariant},
        error_panel::ErrorPanel,
        icon::IconName,
        page_header::PageHeader,
        text_field::SearchField,
    },
};

/// The plural heading of a kind ("Components"); unknown kinds are capitalised as written.
pub fn kind_plural(kind: Option<&str>) -> String {
    match kind {
        None => "All entities".to_string(),
        Some("api") => "APIs".to_string(),
        Some(kind) => {
            let mut chars = kind.chars();
            let first: String = chars
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            format!("{first}{}s", chars.as_str())
        }
    }
}

#[component]
pub fn CatalogExplorer() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| CatalogQuery::from_params(|k| p.get(k))));
    let page = Resource::new(move || query.get(), load_catalog_page);
    let navigate = use_navigate();
    let go = Callback::new(move |next: CatalogQuery| {
        navigate(
            &next.href(),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let on_text = Callback::new(move |text: String| {
        let mut next = query.get_untracked();
        next.text = text.trim().to_string();
        next.page = 1;
        go.run(next);
    });
    // Hidden fields carry the rest of the view when the form is submitted without scripts.
    let hidden = move || {
        let q = query.get();
        let mut fields: Vec<(&'static str, String)> =
            vec![("kind", q.kind.clone().unwrap_or_else(|| "all".into()))];
        for facet in FacetKey::ALL {
            if !q.values(facet).is_empty() {
                fields.push((facet.param(), q.values(facet).join(",")));
            }
        }
        if q.starred {
            fields.push(("starred", "1".into()));
        }
        fields
            .into_iter()
            .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
            .collect_view()
    };
    view! {
        <Title text="Catalog" />
        <PageHeader
            title="Software catalog"
            subtitle="Every service, API, library, website and team, and who owns what."
        >
            <ButtonLink href="/catalog-import" variant=ButtonVariant::Primary icon=IconName::Plus>
                "Register existing component"
            </ButtonLink>
        </PageHeader>
        <div class="explorer">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let q = query.get();
                    page.await
                        .ok()
                        .map(|p| view! { <ExplorerFilters query=q facets=p.facets go=go /> })
                })}
            </Transition>
            <section class="explorer__results" aria-label="Entities">
                <form
                    class="explorer__search"
                    method="get"
                    action="/catalog"
                    role="search"
                    on:submit=|event| event.prevent_default()
                >
                    {hidden}
                    <SearchField
                        id="catalog-filter"
                        label="Filter the catalog"
                        name="q"
                        placeholder="Filter by name, description, owner or tag"
                        initial=query.get_untracked().text
                        on_input=on_text
                    />
                </form>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        let q = query.get();
                        match page.await {
                            Ok(result) => view! { <ExplorerTable query=q page=result /> }.into_any(),
                            Err(error) => view! {
                                <ErrorPanel title=error.title() message=error.to_string() />
                            }
                            .into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}
