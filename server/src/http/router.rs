//! Every route of the server in one place, and the layers every request passes through.

use app::{shell, App};
use axum::{middleware, routing::get, Router};
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{CompressionLayer, CompressionLevel},
    trace::{DefaultOnResponse, TraceLayer},
    LatencyUnit,
};
use tracing::Level;

use super::{assets, fallback, health, metrics, panic_page};
use crate::app_state::AppState;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let context = state.leptos_context();

    Router::new()
        .route("/healthcheck", get(health::healthcheck))
        .route("/metrics", get(metrics::render))
        .route("/pkg/{version}/{*path}", get(assets::serve_pkg))
        .nest("/api/catalog", crate::catalog::api::routes())
        .leptos_routes_with_context(&state, routes, context, move || shell(options.clone()))
        .fallback(fallback::handler)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        // Dynamic responses are compressed on the fly at a level that costs little CPU;
        // bundle files arrive precompressed and carry Content-Encoding, so they are skipped.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &axum::http::Request<_>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %request.uri().path(),
                    )
                })
                .on_request(())
                .on_response(
                    DefaultOnResponse::new()
                        .level(Level::INFO)
                        .latency_unit(LatencyUnit::Micros),
                ),
        )
        .layer(CatchPanicLayer::custom(panic_page::respond))
        .with_state(state)
}
