//! Backstage's catalog REST API under /api/catalog: same paths, query syntax, response and error
//! shapes, so `@backstage/catalog-client` and existing scripts work unchanged. Handlers parse
//! the request and call the catalog service; nothing else.

mod cursor;
mod entities;
mod error;
mod fields;
mod locations;
mod params;

pub use error::ApiError;

use axum::{
    middleware,
    routing::{get, post},
    Router,
};
use serde::de::DeserializeOwned;

use crate::app_state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/entities", get(entities::list))
        .route("/entities/by-query", get(entities::by_query))
        .route(
            "/entities/by-uid/{uid}",
            get(entities::by_uid).delete(entities::delete_by_uid),
        )
        .route(
            "/entities/by-name/{kind}/{namespace}/{name}",
            get(entities::by_name),
        )
        .route(
            "/entities/by-name/{kind}/{namespace}/{name}/ancestry",
            get(entities::ancestry),
        )
        .route("/entities/by-refs", post(entities::by_refs))
        .route("/entity-facets", get(entities::facets))
        .route("/refresh", post(entities::refresh))
        .route("/locations", get(locations::list).post(locations::add))
        .route(
            "/locations/{id}",
            get(locations::get).delete(locations::delete),
        )
        .route(
            "/locations/by-entity/{kind}/{namespace}/{name}",
            get(locations::by_entity),
        )
        .route("/validate-entity", post(locations::validate_entity))
        .route("/analyze-location", post(locations::analyze))
        .route("/errors", get(locations::errors))
        .layer(middleware::from_fn(error::add_request_info))
}

/// JSON bodies are parsed here so a malformed one is an InputError naming the problem.
fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::input(format!("Malformed request body: {e}")))
}
