//! The About card: what the entity is, who owns it, where it sits and where its source lives.

use leptos::prelude::*;

use crate::{
    model::{
        catalog_page::short_ref, entity::annotations, CatalogQuery, EntityRef, EntityView,
        FacetKey, RefContext, RefLink,
    },
    ui::{
        badge::{LifecycleBadge, Tag},
        icon::{Icon, IconName},
        info_card::InfoCard,
    },
};

/// A spec field that refers to another entity, as a link labelled with its title if known.
pub fn spec_link(view: &EntityView, field: &str, kind: &str) -> Option<RefLink> {
    let entity = &view.entity;
    let text = entity.spec_str(field)?;
    let entity_ref = EntityRef::parse(
        text,
        RefContext {
            default_kind: Some(kind),
            default_namespace: Some(entity.namespace()),
        },
    )
    .ok()?;
    let label = view
        .related
        .iter()
        .find(|s| s.entity_ref == entity_ref)
        .map(|s| s.display_name().to_string())
        .unwrap_or_else(|| short_ref(&entity_ref, Some(kind)));
    Some(RefLink { entity_ref, label })
}

fn fact(label: &'static str, value: AnyView) -> impl IntoView {
    view! {
        <div class="about__fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

fn link_or_dash(link: Option<RefLink>) -> AnyView {
    match link {
        Some(link) => {
            let href = link.href();
            view! { <a href=href>{link.label}</a> }.into_any()
        }
        None => view! { <span class="muted">"—"</span> }.into_any(),
    }
}

#[component]
pub fn AboutCard(view: EntityView) -> impl IntoView {
    let owner = spec_link(&view, "owner", "group");
    let parent = spec_link(&view, "parent", "group");
    let system = spec_link(&view, "system", "system");
    let domain = spec_link(&view, "domain", "domain");
    let entity = view.entity;
    let kind = entity.kind.to_lowercase();
    let tags = entity
        .metadata
        .tags
        .iter()
        .map(|tag| {
            let query = CatalogQuery {
                kind: Some(kind.clone()),
                ..CatalogQuery::default()
            }
            .toggled(FacetKey::Tag, tag);
            view! { <Tag label=tag.clone() href=query.href() /> }
        })
        .collect_view();
    // The file the entity was read from (managed-by-location), not just its root location.
    let source = entity
        .annotation(annotations::SOURCE_LOCATION)
        .or_else(|| entity.annotation(annotations::MANAGED_BY_LOCATION))
        .map(|s| {
            s.trim_start_matches("url:")
                .trim_start_matches("file:")
                .to_string()
        })
        .or_else(|| view.location.as_ref().map(|l| l.target.clone()));
    let spec_type = entity.spec_str("type").map(str::to_string);
    let lifecycle = entity.spec_str("lifecycle").map(str::to_string);
    let view_url = entity.annotation(annotations::VIEW_URL).map(str::to_string);
    let edit_url = entity.annotation(annotations::EDIT_URL).map(str::to_string);
    let actions = ViewFn::from(move || {
        let view_url = view_url.clone();
        let edit_url = edit_url.clone();
        view! {
            {view_url.map(|href| view! {
                <a class="icon-link" href=href target="_blank" rel="noopener">
                    <Icon name=IconName::ExternalLink size=16 />
                    "View source"
                </a>
            })}
            {edit_url.map(|href| view! {
                <a class="icon-link" href=href target="_blank" rel="noopener">
                    <Icon name=IconName::Edit size=16 />
                    "Edit"
                </a>
            })}
        }
    });
    let description = entity
        .metadata
        .description
        .clone()
        .unwrap_or_else(|| "No description given.".to_string());
    view! {
        <InfoCard title="About" action=actions>
            <p class="about__description">{description}</p>
            <dl class="about__facts">
                // Groups and users own things rather than being owned: a group shows its parent.
                {match kind.as_str() {
                    "group" => Some(fact("Parent", link_or_dash(parent))),
                    "user" => None,
                    _ => Some(fact("Owner", link_or_dash(owner))),
                }}
                {(kind != "system" && kind != "domain" && kind != "group" && kind != "user")
                    .then(|| fact("System", link_or_dash(system)))}
                {(kind == "system").then(|| fact("Domain", link_or_dash(domain)))}
                {fact(
                    "Type",
                    spec_type
                        .map(|t| t.into_any())
                        .unwrap_or_else(|| view! { <span class="muted">"—"</span> }.into_any()),
                )}
                {lifecycle
                    .map(|l| fact("Lifecycle", view! { <LifecycleBadge lifecycle=l /> }.into_any()))}
                {fact("Tags", view! { <span class="about__tags">{tags}</span> }.into_any())}
                {source
                    .map(|s| fact("Source", view! { <code class="about__source">{s}</code> }.into_any()))}
            </dl>
        </InfoCard>
    }
}

/// The entity's links (runbooks, dashboards ...), or nothing when it has none.
#[component]
pub fn LinksCard(view: EntityView) -> impl IntoView {
    let links = view.entity.metadata.links.clone();
    if links.is_empty() {
        return ().into_any();
    }
    let items = links
        .into_iter()
        .map(|link| {
            let title = link.title.clone().unwrap_or_else(|| link.url.clone());
            view! {
                <li>
                    <a class="icon-link" href=link.url target="_blank" rel="noopener">
                        <Icon name=IconName::Link size=16 />
                        {title}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <InfoCard title="Links">
            <ul class="link-list">{items}</ul>
        </InfoCard>
    }
    .into_any()
}
