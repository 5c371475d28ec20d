//! `GET /healthcheck`: 200 when the server and its database answer, 503 when the database
//! does not, so a load balancer can take a broken replica out.

use axum::{extract::State, http::StatusCode, Json};
use serde_json::{json, Value};

use crate::app_state::AppState;

pub async fn healthcheck(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let backend = state.db.backend().name();
    match state.db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({
                "status": "ok",
                "version": env!("CARGO_PKG_VERSION"),
                "database": { "status": "ok", "backend": backend },
            })),
        ),
        Err(error) => {
            tracing::warn!(%error, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({
                    "status": "error",
                    "version": env!("CARGO_PKG_VERSION"),
                    "database": { "status": "unreachable", "backend": backend, "message": error.to_string() },
                })),
            )
        }
    }
}
