//! Whatever no route claims: a file from `public/`, a JSON 404 under `/api`, or the portal's
//! own 404 page, rendered by the app so it has the sidebar and the reader's theme.

use app::shell;
use axum::{
    body::Body,
    extract::State,
    http::{Request, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

use super::assets;
use crate::app_state::AppState;

pub async fn handler(State(state): State<AppState>, request: Request<Body>) -> Response {
    let path = request.uri().path().to_owned();
    if let Some(file) = assets::public_file(&path, request.headers()) {
        return file;
    }
    if path == "/api" || path.starts_with("/api/") {
        // Backstage's error body, so API clients parse our 404 like theirs.
        let body = json!({
            "error": { "name": "NotFoundError", "message": format!("No route matches {path}") },
            "request": { "method": request.method().as_str(), "url": request.uri().to_string() },
            "response": { "statusCode": 404 },
        });
        return (StatusCode::NOT_FOUND, Json(body)).into_response();
    }

    let options = state.leptos_options.clone();
    let context = state.leptos_context();
    let state_for_context = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            leptos::prelude::provide_context(state_for_context.clone());
            context();
        },
        move || shell(options.clone()),
    );
    let mut response = render(request).await;
    // The app's NotFound page sets 404 itself; keep a redirect or error status if one was set.
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}
