//! What the UI's catalog pages ask of the catalog: the explorer page, entity pages, stars,
//! import and unregister. Shaped into the `app::model` types the pages render.

pub mod entity_page;
pub mod explorer;
pub mod manage;

use app::model::{AppError, Entity, EntitySummary};
use serde_json::Value;

use super::service::CatalogError;
use super::store::StoreError;

impl From<CatalogError> for AppError {
    fn from(error: CatalogError) -> Self {
        match error {
            CatalogError::NotFound(message) => AppError::NotFound(message),
            CatalogError::Input(message) => AppError::Input(message),
            CatalogError::Conflict(message) => AppError::Conflict(message),
            CatalogError::NotAllowed(message) => AppError::Input(message),
            CatalogError::Store(error) => AppError::Internal(error.to_string()),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        AppError::Internal(error.to_string())
    }
}

/// A stored entity as the typed model; a body the model cannot read is skipped by callers
/// (it was validated on the way in, so this means a damaged row, which is logged).
pub(crate) fn typed(value: Value) -> Option<Entity> {
    match serde_json::from_value::<Entity>(value) {
        Ok(entity) => Some(entity),
        Err(error) => {
            tracing::warn!(%error, "catalog entity does not fit the model");
            None
        }
    }
}

pub(crate) fn summary(value: Value) -> Option<EntitySummary> {
    typed(value).map(|entity| EntitySummary::of(&entity))
}
