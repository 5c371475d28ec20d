//! Everything one entity page shows: the entity, the entities it relates to (so cards and the
//! graph can name them), where it came from and, for APIs, the highlighted definition.

use serde::{Deserialize, Serialize};

use super::{catalog_page::EntitySummary, entity::Entity};

/// The location that emitted an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationInfo {
    /// The registered location's id; config locations have one too.
    pub id: String,
    #[serde(rename = "type")]
    pub location_type: String,
    pub target: String,
    /// Config locations come back on the next refresh, so they cannot be unregistered.
    pub from_config: bool,
}

/// Source text turned into highlighted HTML by the server (spans with `hl-` classes only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HighlightedCode {
    pub language: String,
    pub html: String,
    /// The plain text, for the copy button.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityView {
    pub entity: Entity,
    pub starred: bool,
    /// Summaries of every entity this one has a relation to, and of its children (hasPart,
    /// hasMember, parentOf ...), that exist in the catalog.
    pub related: Vec<EntitySummary>,
    pub location: Option<LocationInfo>,
    pub definition: Option<HighlightedCode>,
}

impl EntityView {
    /// The related entities at the end of `relation_type` edges, in catalog order.
    pub fn related_by(&self, relation_type: &str) -> Vec<&EntitySummary> {
        let mut out: Vec<&EntitySummary> = self
            .entity
            .relations
            .iter()
            .filter(|r| r.relation_type == relation_type)
            .filter_map(|r| {
                self.related
                    .iter()
                    .find(|s| s.entity_ref.to_string() == r.target_ref)
            })
            .collect();
        out.sort_by(|a, b| a.display_name().cmp(b.display_name()));
        out
    }
}

/// What registering a location would add, from a dry run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub location_type: String,
    pub target: String,
    /// The location is registered already (importing again only refreshes it).
    pub exists: bool,
    pub entities: Vec<EntitySummary>,
    /// Problems found while reading, each naming its file and line.
    pub problems: Vec<String>,
}

/// What unregistering an entity's location removes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnregisterPlan {
    pub entity: EntitySummary,
    pub uid: String,
    pub location: Option<LocationInfo>,
    /// Every entity that location emitted (the entity itself included).
    pub entities: Vec<EntitySummary>,
}
