//! Entity routes: list, query with cursors, by uid/name/refs, ancestry, facets, refresh.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::{
    cursor::Cursor,
    error::ApiError,
    fields::prune,
    params::{parse_fields, parse_order, parse_order_field, QueryPairs},
    parse_body,
};
use crate::{
    app_state::AppState,
    catalog::{
        filter::EntityFilter,
        store::{OrderField, PageQuery},
    },
};
use app::model::{EntityRef, RefContext};

/// Backstage's default page size for `/entities/by-query`.
const DEFAULT_QUERY_LIMIT: i64 = 20;

fn to_query(cursor: &Cursor, limit: Option<i64>) -> Result<PageQuery, ApiError> {
    Ok(PageQuery {
        filter: EntityFilter::parse(&cursor.filter)?,
        order: cursor
            .order
            .iter()
            .map(|(field, descending)| OrderField {
                field: field.clone(),
                descending: *descending,
            })
            .collect(),
        full_text_term: cursor.term.clone(),
        full_text_fields: cursor.text_fields.clone(),
        starred_by: None,
        offset: cursor.offset,
        limit,
    })
}

/// GET /entities
pub async fn list(State(state): State<AppState>, pairs: QueryPairs) -> Result<Response, ApiError> {
    let fields = parse_fields(&pairs)?;
    let limit = pairs.number("limit")?;
    if limit == Some(0) {
        return Err(ApiError::input("Invalid limit, must be greater than 0"));
    }
    let cursor = match pairs.one("after") {
        Some(after) => Cursor::decode(&after)?,
        None => Cursor {
            filter: pairs.all("filter"),
            order: parse_order(&pairs)?
                .into_iter()
                .map(|o| (o.field, o.descending))
                .collect(),
            offset: pairs.number("offset")?.unwrap_or(0),
            ..Cursor::default()
        },
    };
    // One extra row tells whether a next page exists.
    let query = to_query(&cursor, limit.map(|l| l + 1))?;
    let mut items = state.catalog.store().query(&query).await?.items;
    let mut headers = HeaderMap::new();
    if let Some(limit) = limit {
        if items.len() as i64 > limit {
            items.truncate(limit as usize);
            let next = Cursor {
                offset: cursor.offset + limit,
                ..cursor.clone()
            };
            let link = format!(
                "</entities?limit={limit}&after={}>; rel=\"next\"",
                next.encode()
            );
            if let Ok(value) = HeaderValue::from_str(&link) {
                headers.insert(header::LINK, value);
            }
        }
    }
    let items: Vec<Value> = items.into_iter().map(|e| prune(e, &fields)).collect();
    Ok((headers, Json(items)).into_response())
}

/// GET /entities/by-query
pub async fn by_query(
    State(state): State<AppState>,
    pairs: QueryPairs,
) -> Result<Json<Value>, ApiError> {
    let fields = parse_fields(&pairs)?;
    let limit = pairs.number("limit")?.unwrap_or(DEFAULT_QUERY_LIMIT);
    let cursor = match pairs.one("cursor") {
        Some(raw) => Cursor::decode(&raw)?,
        None => Cursor {
            filter: pairs.all("filter"),
            order: parse_order_field(&pairs)?
                .into_iter()
                .map(|o| (o.field, o.descending))
                .collect(),
            term: pairs
                .one("fullTextFilterTerm")
                .filter(|t| !t.trim().is_empty()),
            text_fields: pairs.list("fullTextFilterFields"),
            offset: pairs.number("offset")?.unwrap_or(0),
            total: None,
        },
    };
    let query = to_query(&cursor, Some(limit))?;
    let store = state.catalog.store();
    let total = match cursor.total {
        Some(total) => total,
        None => store.count(&query).await?,
    };
    let items: Vec<Value> = store
        .query(&query)
        .await?
        .items
        .into_iter()
        .map(|e| prune(e, &fields))
        .collect();
    let mut page_info = Map::new();
    if cursor.offset + (items.len() as i64) < total && !items.is_empty() {
        let next = Cursor {
            offset: cursor.offset + limit,
            total: Some(total),
            ..cursor.clone()
        };
        page_info.insert("nextCursor".to_string(), Value::String(next.encode()));
    }
    if cursor.offset > 0 {
        let previous = Cursor {
            offset: (cursor.offset - limit).max(0),
            total: Some(total),
            ..cursor.clone()
        };
        page_info.insert("prevCursor".to_string(), Value::String(previous.encode()));
    }
    Ok(Json(
        json!({"items": items, "totalItems": total, "pageInfo": page_info}),
    ))
}

/// GET /entities/by-uid/{uid}
pub async fn by_uid(
    State(state): State<AppState>,
    Path(uid): Path<String>,
) -> Result<Json<Value>, ApiError> {
    state
        .catalog
        .store()
        .get_by_uid(&uid)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("No entity with uid {uid}")))
}

/// DELETE /entities/by-uid/{uid}
pub async fn delete_by_uid(
    State(state): State<AppState>,
    Path(uid): Path<String>,
) -> Result<StatusCode, ApiError> {
    let deleted = state
        .catalog
        .store()
        .delete_entities(std::slice::from_ref(&uid))
        .await?;
    if deleted == 0 {
        return Err(ApiError::not_found(format!("No entity with uid {uid}")));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// GET /entities/by-name/{kind}/{namespace}/{name}
pub async fn by_name(
    State(state): State<AppState>,
    Path((kind, namespace, name)): Path<(String, String, String)>,
) -> Result<Json<Value>, ApiError> {
    let entity_ref = EntityRef::new(&kind, &namespace, &name);
    state
        .catalog
        .store()
        .get_by_ref(&entity_ref.to_string())
        .await?
        .map(Json)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "No entity named '{name}' found, with kind '{kind}' in namespace '{namespace}'"
            ))
        })
}

/// GET /entities/by-name/{kind}/{namespace}/{name}/ancestry
pub async fn ancestry(
    State(state): State<AppState>,
    Path((kind, namespace, name)): Path<(String, String, String)>,
) -> Result<Json<Value>, ApiError> {
    let entity_ref = EntityRef::new(&kind, &namespace, &name);
    Ok(Json(state.catalog.ancestry(&entity_ref).await?))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ByRefsBody {
    entity_refs: Vec<String>,
    #[serde(default)]
    fields: Vec<String>,
}

/// POST /entities/by-refs
pub async fn by_refs(
    State(state): State<AppState>,
    pairs: QueryPairs,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body: ByRefsBody = parse_body(&body)?;
    let filter = EntityFilter::parse(&pairs.all("filter"))?;
    let mut fields = body.fields;
    fields.extend(parse_fields(&pairs)?);
    let refs: Vec<String> = body
        .entity_refs
        .iter()
        .map(|raw| {
            EntityRef::parse(raw, RefContext::default())
                .map(|r| r.to_string())
                .map_err(|e| ApiError::input(e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    let store = state.catalog.store();
    let mut found = store.get_by_refs(&refs).await?;
    if !filter.is_empty() {
        // Entities outside the filter read as absent, as in Backstage.
        let query = PageQuery {
            filter: filter.and(&EntityFilter::default()),
            ..PageQuery::default()
        };
        let allowed: std::collections::HashSet<String> = store
            .query(&query)
            .await?
            .items
            .iter()
            .filter_map(|e| {
                e.pointer("/metadata/uid")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .collect();
        for slot in &mut found {
            let keep = slot
                .as_ref()
                .and_then(|e| e.pointer("/metadata/uid").and_then(Value::as_str))
                .is_some_and(|uid| allowed.contains(uid));
            if !keep {
                *slot = None;
            }
        }
    }
    let items: Vec<Value> = found
        .into_iter()
        .map(|e| e.map(|e| prune(e, &fields)).unwrap_or(Value::Null))
        .collect();
    Ok(Json(json!({ "items": items })))
}

/// GET /entity-facets
pub async fn facets(
    State(state): State<AppState>,
    pairs: QueryPairs,
) -> Result<Json<Value>, ApiError> {
    let facets = pairs.all("facet");
    if facets.is_empty() {
        return Err(ApiError::input("Missing facet parameter"));
    }
    let filter = EntityFilter::parse(&pairs.all("filter"))?;
    let mut out = Map::new();
    for (facet, values) in state.catalog.store().facets(&filter, &facets).await? {
        let values: Vec<Value> = values
            .into_iter()
            .map(|(value, count)| json!({"value": value, "count": count}))
            .collect();
        out.insert(facet, Value::Array(values));
    }
    Ok(Json(json!({ "facets": out })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefreshBody {
    entity_ref: String,
}

/// POST /refresh
pub async fn refresh(State(state): State<AppState>, body: Bytes) -> Result<StatusCode, ApiError> {
    let body: RefreshBody = parse_body(&body)?;
    let entity_ref = EntityRef::parse(&body.entity_ref, RefContext::default())
        .map_err(|e| ApiError::input(e.to_string()))?;
    state.catalog.refresh_entity(&entity_ref).await?;
    Ok(StatusCode::OK)
}
