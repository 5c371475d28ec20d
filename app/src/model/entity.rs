//! The catalog entity as Backstage's catalog-model defines it (Entity.schema.json and
//! EntityMeta.schema.json): the envelope, metadata, relations and status. `spec` stays a JSON
//! value because every kind (and every custom kind) shapes it differently.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::entity_ref::EntityRef;

/// Annotations the catalog itself sets (backstage.io/ is reserved for core).
pub mod annotations {
    pub const MANAGED_BY_LOCATION: &str = "backstage.io/managed-by-location";
    pub const MANAGED_BY_ORIGIN_LOCATION: &str = "backstage.io/managed-by-origin-location";
    pub const ORPHAN: &str = "backstage.io/orphan";
    pub const SOURCE_LOCATION: &str = "backstage.io/source-location";
    pub const VIEW_URL: &str = "backstage.io/view-url";
    pub const EDIT_URL: &str = "backstage.io/edit-url";
    pub const TECHDOCS_REF: &str = "backstage.io/techdocs-ref";
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    pub api_version: String,
    pub kind: String,
    pub metadata: EntityMeta,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<EntityRelation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EntityStatus>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityMeta {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub labels: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub annotations: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<EntityLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation: Option<i64>,
    /// Metadata allows keys the schema does not name; they are kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityLink {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub link_type: Option<String>,
}

/// One edge as the API returns it: `targetRef` plus the legacy `target` triple.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityRelation {
    #[serde(rename = "type")]
    pub relation_type: String,
    pub target_ref: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<EntityRef>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityStatus {
    #[serde(default)]
    pub items: Vec<StatusItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusItem {
    #[serde(rename = "type")]
    pub item_type: String,
    pub level: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<StatusError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusError {
    pub name: String,
    pub message: String,
}

/// The status item type Backstage uses for catalog processing errors.
pub const PROCESSING_STATUS_TYPE: &str = "backstage.io/catalog-processing";

impl Entity {
    pub fn namespace(&self) -> &str {
        self.metadata
            .namespace
            .as_deref()
            .unwrap_or(super::entity_ref::DEFAULT_NAMESPACE)
    }

    pub fn entity_ref(&self) -> EntityRef {
        EntityRef::new(&self.kind, self.namespace(), &self.metadata.name)
    }

    /// The title if set, else the name: what a person should read.
    pub fn display_name(&self) -> &str {
        self.metadata
            .title
            .as_deref()
            .unwrap_or(&self.metadata.name)
    }

    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.metadata.annotations.get(key).and_then(Value::as_str)
    }

    /// A string field of `spec`, e.g. `spec_str("lifecycle")`.
    pub fn spec_str(&self, key: &str) -> Option<&str> {
        self.spec.as_ref()?.get(key)?.as_str()
    }

    pub fn is_orphan(&self) -> bool {
        self.annotation(annotations::ORPHAN) == Some("true")
    }

    /// Relations of one type, e.g. all `ownedBy` targets.
    pub fn relations_of<'a>(&'a self, relation_type: &'a str) -> impl Iterator<Item = &'a str> {
        self.relations
            .iter()
            .filter(move |r| r.relation_type == relation_type)
            .map(|r| r.target_ref.as_str())
    }
}
