//! Plain serde types shared by the UI and the backend. No IO and no framework code lives here:
//! a type that crosses the wire is defined once, in this module.

pub mod app_error;
pub mod catalog_page;
pub mod catalog_query;
pub mod entity;
pub mod entity_ref;
pub mod entity_view;
pub mod portal_info;
pub mod relation;

pub use app_error::AppError;
pub use catalog_page::{
    entity_href, CatalogFacets, CatalogPage, EntitySummary, FacetValue, RefLink,
};
pub use catalog_query::{CatalogQuery, FacetKey, SortKey};
pub use entity::{Entity, EntityLink, EntityMeta, EntityRelation, EntityStatus, StatusItem};
pub use entity_ref::{EntityRef, EntityRefError, RefContext};
pub use entity_view::{EntityView, HighlightedCode, ImportPreview, LocationInfo, UnregisterPlan};
pub use portal_info::PortalInfo;
