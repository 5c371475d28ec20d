//! The backend as the UI sees it. `server` implements this trait on its services and provides it
//! as Leptos context; server functions reach the backend only through it.

use std::sync::Arc;

use leptos::prelude::use_context;

use crate::model::{
    AppError, CatalogPage, CatalogQuery, EntityRef, EntityView, ImportPreview, PortalInfo,
    UnregisterPlan,
};

#[async_trait::async_trait]
pub trait Portal: Send + Sync + 'static {
    /// The portal's name and version, from configuration.
    async fn portal_info(&self) -> Result<PortalInfo, AppError>;

    /// One page of the catalog explorer, with the facet values of its filters. `reader`
    /// marks the reader's stars and serves the "starred" filter.
    async fn catalog_page(
        &self,
        query: CatalogQuery,
        reader: Option<String>,
    ) -> Result<CatalogPage, AppError>;

    /// Everything an entity page shows, or `None` when no such entity exists.
    async fn entity_view(
        &self,
        entity_ref: EntityRef,
        reader: Option<String>,
    ) -> Result<Option<EntityView>, AppError>;

    /// Stars or unstars; answers whether the entity is starred now.
    async fn set_star(
        &self,
        reader: String,
        entity_ref: EntityRef,
        starred: bool,
    ) -> Result<bool, AppError>;

    /// Re-reads the location that emitted the entity now, instead of at the next interval.
    async fn refresh_entity(&self, entity_ref: EntityRef) -> Result<(), AppError>;

    /// Registers `target` (an http(s) URL or a file path); with `dry_run` only reports what
    /// would be added.
    async fn import(&self, target: String, dry_run: bool) -> Result<ImportPreview, AppError>;

    /// What unregistering an entity's location would remove.
    async fn unregister_plan(&self, entity_ref: EntityRef) -> Result<UnregisterPlan, AppError>;

    async fn unregister_location(&self, location_id: String) -> Result<(), AppError>;

    async fn delete_entity(&self, uid: String) -> Result<(), AppError>;

    /// Markdown to sanitised HTML; refuses documents over the size limit.
    async fn render_markdown(&self, markdown: String) -> Result<String, AppError>;

    /// Highlighted HTML (classed spans only) of each snippet, in order.
    async fn highlight(
        &self,
        snippets: Vec<String>,
        language: String,
    ) -> Result<Vec<String>, AppError>;
}

/// The shared handle the server provides.
pub type PortalHandle = Arc<dyn Portal>;

/// The portal from context, or an error that says the server was wired without one.
pub fn portal() -> Result<PortalHandle, AppError> {
    use_context::<PortalHandle>()
        .ok_or_else(|| AppError::Internal("no portal backend in the request context".into()))
}
