//! What the explorer and the entity pages show about entities: short summaries with links,
//! one page of explorer rows, and the facet values for the filter panel.

use serde::{Deserialize, Serialize};

use super::{
    catalog_query::FacetKey,
    entity::Entity,
    entity_ref::{EntityRef, RefContext, DEFAULT_NAMESPACE},
};

/// A link to another entity, labelled for people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefLink {
    pub entity_ref: EntityRef,
    /// The entity's title where the catalog knows it, else its short ref.
    pub label: String,
}

impl RefLink {
    /// A link whose label is the short ref (`payments`, `api:orders`), for targets whose
    /// entity has not been looked up.
    pub fn bare(entity_ref: EntityRef, context_kind: Option<&str>) -> RefLink {
        let label = short_ref(&entity_ref, context_kind);
        RefLink { entity_ref, label }
    }

    pub fn href(&self) -> String {
        entity_href(&self.entity_ref)
    }
}

/// The entity page of a ref: /catalog/{namespace}/{kind}/{name}.
pub fn entity_href(entity_ref: &EntityRef) -> String {
    format!(
        "/catalog/{}/{}/{}",
        entity_ref.namespace, entity_ref.kind, entity_ref.name
    )
}

/// The shortest unambiguous form of a ref: the namespace goes when it is `default`, the kind
/// when it is the one the reader expects here.
pub fn short_ref(entity_ref: &EntityRef, expected_kind: Option<&str>) -> String {
    let kind = if expected_kind.is_some_and(|k| k.eq_ignore_ascii_case(&entity_ref.kind)) {
        String::new()
    } else {
        format!("{}:", entity_ref.kind)
    };
    if entity_ref.namespace == DEFAULT_NAMESPACE {
        format!("{kind}{}", entity_ref.name)
    } else {
        format!("{kind}{}/{}", entity_ref.namespace, entity_ref.name)
    }
}

/// One entity as a row or a card shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    pub entity_ref: EntityRef,
    /// The kind as written (`Component`), for display.
    pub kind: String,
    pub name: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub spec_type: Option<String>,
    pub lifecycle: Option<String>,
    pub owner: Option<RefLink>,
    pub system: Option<RefLink>,
    pub tags: Vec<String>,
    pub starred: bool,
    pub orphan: bool,
    pub has_errors: bool,
}

impl EntitySummary {
    pub fn of(entity: &Entity) -> EntitySummary {
        let namespace = entity.namespace().to_string();
        let refer = |field: &str, kind: &str| {
            entity.spec_str(field).and_then(|text| {
                EntityRef::parse(
                    text,
                    RefContext {
                        default_kind: Some(kind),
                        default_namespace: Some(&namespace),
                    },
                )
                .ok()
                .map(|r| RefLink::bare(r, Some(kind)))
            })
        };
        EntitySummary {
            entity_ref: entity.entity_ref(),
            kind: entity.kind.clone(),
            name: entity.metadata.name.clone(),
            title: entity.metadata.title.clone(),
            description: entity.metadata.description.clone(),
            spec_type: entity.spec_str("type").map(str::to_string),
            lifecycle: entity.spec_str("lifecycle").map(str::to_string),
            owner: refer("owner", "group"),
            system: refer("system", "system"),
            tags: entity.metadata.tags.clone(),
            starred: false,
            orphan: entity.is_orphan(),
            has_errors: entity
                .status
                .as_ref()
                .is_some_and(|s| s.items.iter().any(|i| i.level == "error")),
        }
    }

    pub fn display_name(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.name)
    }

    pub fn href(&self) -> String {
        entity_href(&self.entity_ref)
    }

    pub fn link(&self) -> RefLink {
        RefLink {
            entity_ref: self.entity_ref.clone(),
            label: self.display_name().to_string(),
        }
    }
}

/// One value of a filter with how many entities have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// Lowercased, as it goes into the URL.
    pub value: String,
    /// As people read it (original case; owners as short refs).
    pub label: String,
    pub count: u64,
}

/// The values each filter offers, counted over the chosen kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogFacets {
    pub kinds: Vec<FacetValue>,
    pub types: Vec<FacetValue>,
    pub owners: Vec<FacetValue>,
    pub lifecycles: Vec<FacetValue>,
    pub namespaces: Vec<FacetValue>,
    pub tags: Vec<FacetValue>,
}

impl CatalogFacets {
    pub fn values(&self, facet: FacetKey) -> &[FacetValue] {
        match facet {
            FacetKey::Type => &self.types,
            FacetKey::Owner => &self.owners,
            FacetKey::Lifecycle => &self.lifecycles,
            FacetKey::Namespace => &self.namespaces,
            FacetKey::Tag => &self.tags,
        }
    }
}

/// One page of the explorer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CatalogPage {
    pub rows: Vec<EntitySummary>,
    /// Entities matching the whole query, over all pages.
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    pub facets: CatalogFacets,
}

impl CatalogPage {
    pub fn page_count(&self) -> u32 {
        let size = u64::from(self.page_size.max(1));
        u32::try_from(self.total.div_ceil(size))
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_refs_drop_the_default_namespace_and_the_expected_kind() {
        let payments = EntityRef::new("group", "default", "payments");
        assert_eq!(short_ref(&payments, Some("Group")), "payments");
        assert_eq!(short_ref(&payments, None), "group:payments");
        let other = EntityRef::new("api", "ops", "alerts");
        assert_eq!(short_ref(&other, Some("api")), "ops/alerts");
        assert_eq!(entity_href(&other), "/catalog/ops/api/alerts");
    }
}
