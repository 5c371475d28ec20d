//! The catalog's server functions: the explorer page, entity pages, stars, refresh, import and
//! unregister. Each parses its input into typed values and asks the `Portal`.

use leptos::{prelude::*, server_fn::codec::Json};

use crate::model::{
    AppError, CatalogPage, CatalogQuery, EntityView, ImportPreview, UnregisterPlan,
};
#[cfg(feature = "ssr")]
use crate::model::{EntityRef, RefContext};

#[cfg(feature = "ssr")]
fn parse_ref(text: &str) -> Result<EntityRef, AppError> {
    EntityRef::parse(text, RefContext::default()).map_err(|e| AppError::Input(e.to_string()))
}

// JSON, not the default form encoding: the query holds lists, which form encoding drops when
// they are empty.
#[server(prefix = "/_portico", endpoint = "catalog_page", input = Json)]
pub async fn load_catalog_page(query: CatalogQuery) -> Result<CatalogPage, AppError> {
    let reader = crate::api::reader::current();
    crate::api::portal::portal()?
        .catalog_page(query, reader)
        .await
}

#[server(prefix = "/_portico", endpoint = "entity_view")]
pub async fn load_entity_view(
    namespace: String,
    kind: String,
    name: String,
) -> Result<EntityView, AppError> {
    let entity_ref = EntityRef::new(&kind, &namespace, &name);
    let reader = crate::api::reader::current();
    let view = crate::api::portal::portal()?
        .entity_view(entity_ref.clone(), reader)
        .await?;
    view.ok_or_else(|| AppError::NotFound(format!("No entity named {entity_ref} in the catalog")))
}

/// Stars or unstars an entity for the current reader; answers the new state.
#[server(prefix = "/_portico", endpoint = "set_star")]
pub async fn set_star(entity_ref: String, starred: bool) -> Result<bool, AppError> {
    let entity_ref = parse_ref(&entity_ref)?;
    let reader = crate::api::reader::current_or_issue();
    crate::api::portal::portal()?
        .set_star(reader, entity_ref, starred)
        .await
}

#[server(prefix = "/_portico", endpoint = "refresh_entity")]
pub async fn refresh_entity(entity_ref: String) -> Result<(), AppError> {
    let entity_ref = parse_ref(&entity_ref)?;
    crate::api::portal::portal()?
        .refresh_entity(entity_ref)
        .await
}

/// A dry run: what registering `target` (a URL or a file path) would add.
#[server(prefix = "/_portico", endpoint = "preview_import")]
pub async fn preview_import(target: String) -> Result<ImportPreview, AppError> {
    let target = target.trim().to_string();
    if target.is_empty() {
        return Err(AppError::Input(
            "Enter the URL or file path of a catalog-info.yaml".into(),
        ));
    }
    crate::api::portal::portal()?.import(target, true).await
}

#[server(prefix = "/_portico", endpoint = "import_location")]
pub async fn import_location(target: String) -> Result<ImportPreview, AppError> {
    crate::api::portal::portal()?
        .import(target.trim().to_string(), false)
        .await
}

#[server(prefix = "/_portico", endpoint = "unregister_plan")]
pub async fn load_unregister_plan(entity_ref: String) -> Result<UnregisterPlan, AppError> {
    let entity_ref = parse_ref(&entity_ref)?;
    crate::api::portal::portal()?
        .unregister_plan(entity_ref)
        .await
}

/// Removes a registered location and every entity it emitted.
#[server(prefix = "/_portico", endpoint = "unregister_location")]
pub async fn unregister_location(location_id: String) -> Result<(), AppError> {
    crate::api::portal::portal()?
        .unregister_location(location_id)
        .await
}

/// Removes one entity (it comes back if its location still emits it).
#[server(prefix = "/_portico", endpoint = "delete_entity")]
pub async fn delete_entity(uid: String) -> Result<(), AppError> {
    crate::api::portal::portal()?.delete_entity(uid).await
}
