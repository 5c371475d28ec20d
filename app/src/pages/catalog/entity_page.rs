//! /catalog/{namespace}/{kind}/{name}: one entity. A header with its facts, star and actions,
//! warnings for processing errors and orphans, and tabs (in the URL) for the overview and
//! the views its kind calls for.

use leptos::{prelude::*, task::spawn_local};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    about_card::{spec_link, AboutCard, LinksCard},
    entity_lists::EntityListCard,
    relations_graph::RelationsGraph,
    star::EntityStar,
    unregister_dialog::UnregisterDialog,
};
use crate::{
    api::catalog::{load_entity_view, refresh_entity},
    model::{
        entity::{annotations, PROCESSING_STATUS_TYPE},
        AppError, CatalogQuery, EntitySummary, EntityView,
    },
    ui::{
        badge::{Badge, LifecycleBadge, Tag, Tone},
        breadcrumbs::Breadcrumbs,
        code_snippet::CodeSnippet,
        empty_state::EmptyState,
        error_panel::ErrorPanel,
        icon::IconName,
        info_card::InfoCard,
        menu::{Menu, MenuItem},
        progress::Spinner,
        tabs::{TabItem, Tabs},
        toast::Toasts,
        warning_panel::WarningPanel,
    },
};

#[component]
pub fn EntityPage() -> impl IntoView {
    let params = use_params_map();
    let key = Memo::new(move |_| {
        params.with(|p| {
            (
                p.get("namespace").unwrap_or_default(),
                p.get("kind").unwrap_or_default(),
                p.get("name").unwrap_or_default(),
            )
        })
    });
    // Bumped after a refresh so the page shows what the catalog holds now.
    let version = RwSignal::new(0u32);
    let data = Resource::new(
        move || (key.get(), version.get()),
        |((namespace, kind, name), _)| load_entity_view(namespace, kind, name),
    );
    view! {
        <Transition fallback=|| view! { <Spinner label="Loading entity" /> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(entity) => view! { <EntityContent data=entity version=version /> }.into_any(),
                    Err(AppError::NotFound(message)) => {
                        let (_, _, name) = key.get_untracked();
                        view! { <EntityNotFound message=message name=name /> }.into_any()
                    }
                    Err(error) => view! {
                        <ErrorPanel title=error.title() message=error.to_string() />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The tabs an entity of this kind has.
fn tabs_for(kind: &str) -> Vec<(&'static str, &'static str)> {
    match kind {
        "component" => vec![
            ("overview", "Overview"),
            ("apis", "APIs"),
            ("dependencies", "Dependencies"),
        ],
        "api" => vec![("overview", "Overview"), ("definition", "Definition")],
        _ => vec![("overview", "Overview")],
    }
}

#[component]
fn EntityContent(data: EntityView, version: RwSignal<u32>) -> impl IntoView {
    let query = use_query_map();
    let entity = data.entity.clone();
    let entity_ref = entity.entity_ref();
    let kind = entity.kind.to_lowercase();
    let base = entity_ref_href(&data);
    let tab_list = tabs_for(&kind);
    let known: Vec<&'static str> = tab_list.iter().map(|(id, _)| *id).collect();
    let tab = Memo::new(move |_| {
        query
            .with(|q| q.get("tab"))
            .filter(|t| known.contains(&t.as_str()))
            .unwrap_or_else(|| "overview".to_string())
    });
    let tabs: Vec<TabItem> = tab_list
        .iter()
        .map(|(id, label)| {
            let href = if *id == "overview" {
                base.clone()
            } else {
                format!("{base}?tab={id}")
            };
            TabItem::new(id, label, href)
        })
        .collect();

    let toasts = use_context::<Toasts>();
    let refresh_ref = entity_ref.to_string();
    let refresh = Callback::new(move |_: ()| {
        let key = refresh_ref.clone();
        spawn_local(async move {
            match refresh_entity(key).await {
                Ok(()) => {
                    version.update(|v| *v += 1);
                    if let Some(t) = toasts {
                        t.push("Refreshed from its location", Tone::Success);
                    }
                }
                Err(error) => {
                    if let Some(t) = toasts {
                        t.push(format!("Refresh failed: {error}"), Tone::Danger);
                    }
                }
            }
        });
    });
    let unregister_open = RwSignal::new(false);
    let source_href = entity
        .annotation(annotations::VIEW_URL)
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "/api/catalog/entities/by-name/{}/{}/{}",
                entity_ref.kind, entity_ref.namespace, entity_ref.name
            )
        });
    let menu = vec![
        MenuItem::run("Refresh", IconName::Refresh, refresh),
        MenuItem::link("View source", IconName::Code, source_href),
        MenuItem::run(
            "Unregister entity",
            IconName::Trash,
            Callback::new(move |_: ()| unregister_open.set(true)),
        )
        .danger(),
    ];

    let owner = spec_link(&data, "owner", "group");
    let explorer = CatalogQuery {
        kind: Some(kind.clone()),
        ..CatalogQuery::default()
    };
    let title = entity.display_name().to_string();
    let errors: Vec<String> = entity
        .status
        .as_ref()
        .map(|s| {
            s.items
                .iter()
                .filter(|i| i.item_type == PROCESSING_STATUS_TYPE || i.level == "error")
                .map(|i| i.message.clone())
                .collect()
        })
        .unwrap_or_default();
    let tags = entity
        .metadata
        .tags
        .iter()
        .map(|t| view! { <Tag label=t.clone() /> })
        .collect_view();
    let panel_data = data.clone();
    view! {
        <Title text=title.clone() />
        <div class="entity-page" data-entity=entity_ref.to_string()>
            <Breadcrumbs
                trail=vec![
                    ("Catalog".to_string(), "/catalog".to_string()),
                    (super::explorer::kind_plural(Some(&kind)), explorer.href()),
                ]
                current=title.clone()
            />
            <header class="entity-header">
                <div class="entity-header__text">
                    <div class="entity-header__title-row">
                        <h1 class="entity-header__title">{title.clone()}</h1>
                        <EntityStar entity_ref=entity_ref.clone() name=title.clone() starred=data.starred />
                    </div>
                    <div class="entity-header__facts">
                        <Badge label=entity.kind.clone() />
                        {entity.spec_str("type").map(|t| view! { <Badge tone=Tone::Info label=t.to_string() /> })}
                        {entity.spec_str("lifecycle").map(|l| view! { <LifecycleBadge lifecycle=l.to_string() /> })}
                        {owner.map(|o| { let href = o.href(); view! {
                            <span class="entity-header__owner">
                                "Owner "
                                <a href=href data-testid="entity-owner">{o.label}</a>
                            </span>
                        }})}
                        {tags}
                    </div>
                </div>
                <Menu label="More actions" items=menu id="entity-actions" />
            </header>
            {entity.is_orphan().then(|| view! {
                <WarningPanel title="This entity is orphaned">
                    <p>
                        "The location that registered it no longer contains it. It stays in the catalog until you unregister it."
                    </p>
                </WarningPanel>
            })}
            {(!errors.is_empty()).then(|| {
                let items = errors.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view();
                view! {
                    <div data-testid="entity-errors">
                        <WarningPanel title="This entity has processing errors">
                            <p>"The catalog could not read the latest version of its file; it shows the last good one."</p>
                            <ul class="warning-panel__list">{items}</ul>
                        </WarningPanel>
                    </div>
                }
            })}
            <Tabs items=tabs active=tab label="Entity views" />
            <div class="entity-page__panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", tab.get())>
                {move || tab_panel(&tab.get(), &panel_data)}
            </div>
            <UnregisterDialog open=unregister_open entity_ref=entity_ref.clone() />
        </div>
    }
}

fn entity_ref_href(data: &EntityView) -> String {
    crate::model::entity_href(&data.entity.entity_ref())
}

fn of_kind(list: Vec<&EntitySummary>, kind: &str) -> Vec<EntitySummary> {
    list.into_iter()
        .filter(|s| s.kind.eq_ignore_ascii_case(kind))
        .cloned()
        .collect()
}

fn owned(list: Vec<&EntitySummary>) -> Vec<EntitySummary> {
    list.into_iter().cloned().collect()
}

fn tab_panel(tab: &str, data: &EntityView) -> AnyView {
    let kind = data.entity.kind.to_lowercase();
    match tab {
        "apis" => view! {
            <div class="entity-grid">
                <EntityListCard title="Provided APIs" entities=owned(data.related_by("providesApi")) empty="Provides no APIs." />
                <EntityListCard title="Consumed APIs" entities=owned(data.related_by("consumesApi")) empty="Consumes no APIs." />
            </div>
        }
        .into_any(),
        "dependencies" => view! {
            <div class="entity-grid">
                <EntityListCard title="Depends on" entities=owned(data.related_by("dependsOn")) empty="Depends on nothing in the catalog." />
                <EntityListCard title="Depended on by" entities=owned(data.related_by("dependencyOf")) empty="Nothing in the catalog depends on it." />
            </div>
        }
        .into_any(),
        "definition" => match data.definition.clone() {
            Some(code) => {
                let api_type = data.entity.spec_str("type").unwrap_or("api").to_string();
                view! {
                    <InfoCard title="Definition" subtitle=api_type>
                        <CodeSnippet text=code.text highlighted=code.html language=code.language />
                    </InfoCard>
                }
                .into_any()
            }
            None => view! {
                <EmptyState icon=IconName::Code title="No definition" description="This API names no definition in spec.definition." />
            }
            .into_any(),
        },
        _ => {
            let cards = kind_cards(&kind, data);
            let (about, links, graph) = (data.clone(), data.clone(), data.clone());
            view! {
                <div class="entity-grid">
                    <div class="entity-grid__main"><AboutCard view=about /></div>
                    <div class="entity-grid__side"><LinksCard view=links /></div>
                    <div class="entity-grid__full">
                        <InfoCard title="Relations" subtitle="Click an entity to open it">
                            <RelationsGraph view=graph />
                        </InfoCard>
                    </div>
                    {cards}
                </div>
            }
            .into_any()
        }
    }
}

/// The lists an entity's kind calls for on its overview.
fn kind_cards(kind: &str, data: &EntityView) -> AnyView {
    let card = |title: &'static str, entities: Vec<EntitySummary>, empty: &'static str| {
        view! { <div class="entity-grid__full"><EntityListCard title=title entities=entities empty=empty /></div> }
    };
    match kind {
        "component" => card("Subcomponents", of_kind(data.related_by("hasPart"), "component"), "Has no subcomponents.").into_any(),
        "api" => view! {
            {card("Provided by", owned(data.related_by("apiProvidedBy")), "No component provides it yet.")}
            {card("Consumed by", owned(data.related_by("apiConsumedBy")), "No component consumes it yet.")}
        }
        .into_any(),
        "system" => view! {
            {card("Components", of_kind(data.related_by("hasPart"), "component"), "Has no components.")}
            {card("APIs", of_kind(data.related_by("hasPart"), "api"), "Has no APIs.")}
            {card("Resources", of_kind(data.related_by("hasPart"), "resource"), "Has no resources.")}
        }
        .into_any(),
        "domain" => card("Systems", of_kind(data.related_by("hasPart"), "system"), "Has no systems.").into_any(),
        "group" => view! {
            {card("Members", owned(data.related_by("hasMember")), "Has no members.")}
            {card("Sub-groups", owned(data.related_by("parentOf")), "Has no sub-groups.")}
            {card("Owned entities", owned(data.related_by("ownerOf")), "Owns nothing yet.")}
        }
        .into_any(),
        "user" => view! {
            {card("Groups", owned(data.related_by("memberOf")), "Belongs to no group.")}
            {card("Owned entities", owned(data.related_by("ownerOf")), "Owns nothing directly.")}
        }
        .into_any(),
        "resource" => card("Depended on by", owned(data.related_by("dependencyOf")), "Nothing depends on it.").into_any(),
        _ => ().into_any(),
    }
}

/// A real 404 for an entity that does not exist, pointing to search and the catalog.
#[component]
fn EntityNotFound(message: String, name: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let search = format!(
        "/search?q={}",
        crate::model::catalog_query::encode_component(&name)
    );
    view! {
        <Title text="Entity not found" />
        <div class="not-found" data-testid="entity-not-found">
            <p class="not-found__code">"404"</p>
            <EmptyState icon=IconName::Compass title="No such entity" description=format!("{message}. It may have been renamed or unregistered.")>
                <a href=search class="button button--primary">
                    {format!("Search for “{name}”")}
                </a>
                <a href="/catalog" class="button button--secondary">
                    "Browse the catalog"
                </a>
            </EmptyState>
        </div>
    }
}
