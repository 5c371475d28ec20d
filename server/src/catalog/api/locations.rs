//! Location routes, plus validate-entity, analyze-location and Portico's processing-errors list.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{
    error::ApiError,
    params::{is_truthy, QueryPairs},
    parse_body,
};
use crate::{
    app_state::AppState,
    catalog::{location::LocationSpec, store::StoredLocation},
};
use app::model::EntityRef;

/// POST /locations (`?dryRun=true` previews)
pub async fn add(
    State(state): State<AppState>,
    pairs: QueryPairs,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let spec: LocationSpec = parse_body(&body)?;
    let dry_run = is_truthy(pairs.one("dryRun"));
    let (location, entities, exists) = state.catalog.add_location(spec, dry_run).await?;
    let mut body = json!({"location": location, "entities": entities});
    if dry_run {
        body["exists"] = Value::Bool(exists);
    }
    Ok((StatusCode::CREATED, Json(body)))
}

/// GET /locations: each wrapped in `data`, as Backstage answers.
pub async fn list(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = state
        .catalog
        .locations()
        .await?
        .into_iter()
        .map(|l| json!({ "data": l }))
        .collect();
    Ok(Json(Value::Array(items)))
}

/// GET /locations/{id}
pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<StoredLocation>, ApiError> {
    Ok(Json(state.catalog.location(&id).await?))
}

/// DELETE /locations/{id}
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.catalog.delete_location(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// GET /locations/by-entity/{kind}/{namespace}/{name}
pub async fn by_entity(
    State(state): State<AppState>,
    Path((kind, namespace, name)): Path<(String, String, String)>,
) -> Result<Json<StoredLocation>, ApiError> {
    let entity_ref = EntityRef::new(&kind, &namespace, &name);
    Ok(Json(state.catalog.location_of_entity(&entity_ref).await?))
}

#[derive(Deserialize)]
struct ValidateBody {
    entity: Value,
    #[serde(default)]
    location: Option<String>,
}

/// POST /validate-entity: 200 empty, or 400 `{errors: [{name, message}]}`.
pub async fn validate_entity(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let body: ValidateBody = parse_body(&body)?;
    if let Some(location) = &body.location {
        if LocationSpec::from_reference(location).is_none() {
            return Err(ApiError::input(format!(
                "Invalid location ref \"{location}\", expected <type>:<target>"
            )));
        }
    }
    match state.catalog.validate_entity(&body.entity) {
        Ok(()) => Ok((StatusCode::OK, Json(json!({})))),
        Err(problems) => {
            let errors: Vec<Value> = problems
                .into_iter()
                .map(|p| json!({"name": "InputError", "message": p.message, "field": p.path}))
                .collect();
            Ok((StatusCode::BAD_REQUEST, Json(json!({ "errors": errors }))))
        }
    }
}

#[derive(Deserialize)]
struct AnalyzeBody {
    location: LocationSpec,
}

/// POST /analyze-location: the entities a location holds and whether each is registered.
pub async fn analyze(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let body: AnalyzeBody = parse_body(&body)?;
    let preview = state.catalog.preview(&body.location).await?;
    if let Some(problem) = preview.problems.first() {
        return Err(ApiError::input(format!(
            "{}: {}",
            problem.source, problem.message
        )));
    }
    let mut files = Vec::new();
    for entity in preview.entities.into_iter().filter(|e| {
        // The generated Location entity describes the registration itself, not a file.
        !(e["kind"] == "Location"
            && e["metadata"]["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("generated-")))
    }) {
        let Some(entity_ref) = EntityRef::of_json(&entity) else {
            continue;
        };
        let registered = state
            .catalog
            .store()
            .get_by_ref(&entity_ref.to_string())
            .await?
            .is_some();
        let location = entity["metadata"]["annotations"]["backstage.io/managed-by-location"]
            .as_str()
            .and_then(LocationSpec::from_reference)
            .unwrap_or_else(|| body.location.clone());
        files.push(json!({"entity": entity, "isRegistered": registered, "location": location}));
    }
    Ok(Json(
        json!({"existingEntityFiles": files, "generateEntities": []}),
    ))
}

/// GET /errors (Portico): every recorded processing problem, per location, with file and line.
pub async fn errors(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let mut items = Vec::new();
    for root in state.catalog.roots().await? {
        for error in state
            .catalog
            .store()
            .errors_of_location(&root.key())
            .await?
        {
            items.push(json!({
                "location": root.key(),
                "source": error.source,
                "docIndex": error.doc_index,
                "line": error.line,
                "entityRef": error.entity_ref,
                "message": error.message,
            }));
        }
    }
    Ok(Json(json!({ "items": items })))
}
