//! Query-string parsing for the catalog API. Parameters repeat (`filter=a&filter=b`), which
//! serde's usual query extractors flatten, so the raw pairs are read here.

use axum::{extract::FromRequestParts, http::request::Parts};

use super::error::ApiError;
use crate::catalog::store::OrderField;

/// All query pairs of a request, in order, percent-decoded.
pub struct QueryPairs(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for QueryPairs {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let pairs = url::form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        Ok(QueryPairs(pairs))
    }
}

impl QueryPairs {
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key || k.strip_suffix("[]") == Some(key))
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn one(&self, key: &str) -> Option<String> {
        self.all(key).into_iter().next()
    }

    /// A comma-separated or repeated list (`fields=a,b&fields=c`).
    pub fn list(&self, key: &str) -> Vec<String> {
        self.all(key)
            .iter()
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub fn number(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.one(key) {
            None => Ok(None),
            Some(raw) => raw
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .map(Some)
                .ok_or_else(|| {
                    ApiError::input(format!(
                        "Invalid {key}, \"{raw}\" is not a non-negative integer"
                    ))
                }),
        }
    }
}

/// `fields=metadata.name,kind`: paths with `[` are rejected, as Backstage does.
pub fn parse_fields(pairs: &QueryPairs) -> Result<Vec<String>, ApiError> {
    let fields = pairs.list("fields");
    if let Some(bad) = fields.iter().find(|f| f.contains('[')) {
        return Err(ApiError::input(format!(
            "Invalid field \"{bad}\", array type fields are not supported"
        )));
    }
    Ok(fields)
}

/// `/entities` ordering: `order=asc:metadata.name` (repeatable).
pub fn parse_order(pairs: &QueryPairs) -> Result<Vec<OrderField>, ApiError> {
    pairs
        .all("order")
        .iter()
        .map(|raw| {
            let (direction, field) = raw.split_once(':').ok_or_else(|| {
                ApiError::input(format!(
                    "Invalid order field \"{raw}\", expected asc:<field> or desc:<field>"
                ))
            })?;
            let descending = match direction {
                "asc" => false,
                "desc" => true,
                _ => {
                    return Err(ApiError::input(format!(
                        "Invalid order direction \"{direction}\", expected asc or desc"
                    )))
                }
            };
            order_field(field, descending)
        })
        .collect()
}

/// `/entities/by-query` ordering: `orderField=metadata.name,asc` (repeatable).
pub fn parse_order_field(pairs: &QueryPairs) -> Result<Vec<OrderField>, ApiError> {
    pairs
        .all("orderField")
        .iter()
        .map(|raw| {
            let (field, direction) = raw.split_once(',').unwrap_or((raw.as_str(), "asc"));
            let descending = match direction.trim() {
                "asc" => false,
                "desc" => true,
                other => {
                    return Err(ApiError::input(format!(
                        "Invalid order direction \"{other}\", expected asc or desc"
                    )))
                }
            };
            order_field(field, descending)
        })
        .collect()
}

fn order_field(field: &str, descending: bool) -> Result<OrderField, ApiError> {
    let field = field.trim();
    if field.is_empty() {
        return Err(ApiError::input("Invalid order field, the field is empty"));
    }
    Ok(OrderField {
        field: field.to_lowercase(),
        descending,
    })
}

/// `dryRun=yes|true|1`.
pub fn is_truthy(value: Option<String>) -> bool {
    matches!(value.as_deref(), Some("yes" | "true" | "1"))
}
