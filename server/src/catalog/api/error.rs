//! The one place catalog errors become HTTP: Backstage's error names and status codes in its
//! body shape `{error: {name, message}, request: {method, url}, response: {statusCode}}`.
//! Handlers only know name and message; a middleware adds the request part.

use axum::{
    body::Body,
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

use crate::catalog::{filter::FilterError, service::CatalogError, store::StoreError};

#[derive(Debug, Clone)]
pub struct ApiError {
    pub name: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn input(message: impl Into<String>) -> ApiError {
        ApiError {
            name: "InputError",
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            name: "NotFoundError",
            message: message.into(),
        }
    }

    fn status(&self) -> StatusCode {
        match self.name {
            "InputError" => StatusCode::BAD_REQUEST,
            "NotAllowedError" => StatusCode::FORBIDDEN,
            "NotFoundError" => StatusCode::NOT_FOUND,
            "ConflictError" => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<CatalogError> for ApiError {
    fn from(error: CatalogError) -> Self {
        let name = match &error {
            CatalogError::NotFound(_) => "NotFoundError",
            CatalogError::Input(_) => "InputError",
            CatalogError::Conflict(_) => "ConflictError",
            CatalogError::NotAllowed(_) => "NotAllowedError",
            CatalogError::Store(_) => "Error",
        };
        if let CatalogError::Store(store) = &error {
            tracing::error!(error = %store, "catalog store failed");
        }
        ApiError {
            name,
            message: error.to_string(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        CatalogError::Store(error).into()
    }
}

impl From<FilterError> for ApiError {
    fn from(error: FilterError) -> Self {
        ApiError::input(error.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = json!({
            "error": {"name": self.name, "message": self.message},
            "response": {"statusCode": status.as_u16()},
        });
        let mut response = (status, Json(body)).into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Completes error bodies with the request's method and URL, as Backstage's middleware does.
pub async fn add_request_info(request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    // Nested routers see the path without /api/catalog; report what the client asked for.
    let url = request
        .extensions()
        .get::<axum::extract::OriginalUri>()
        .map(|uri| uri.0.to_string())
        .unwrap_or_else(|| request.uri().to_string());
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<ApiError>().cloned() else {
        return response;
    };
    let status = response.status();
    let body = json!({
        "error": {"name": error.name, "message": error.message},
        "request": {"method": method, "url": url},
        "response": {"statusCode": status.as_u16()},
    });
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let bytes = serde_json::to_vec(&body).unwrap_or_default();
    Response::from_parts(parts, Body::from(bytes))
}
