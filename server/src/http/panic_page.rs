//! When a handler panics the reader still gets a page that says what happened, in the portal's
//! colours, and the server keeps serving.

use std::any::Any;

use axum::{
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Server error · Portico</title>
<style>
:root{color-scheme:light dark;--bg:#f6f7f9;--fg:#1b1f24;--muted:#57606a;--card:#fff;--line:#d8dee4;--accent:#4f46e5}
@media (prefers-color-scheme:dark){:root{--bg:#0f1117;--fg:#e6e8eb;--muted:#9aa4af;--card:#171a21;--line:#2a2f3a;--accent:#8b85ff}}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:32rem;margin:1rem;padding:2rem;background:var(--card);border:1px solid var(--line);border-radius:12px}
h1{margin:0 0 .5rem;font-size:1.4rem}p{color:var(--muted)}a{color:var(--accent)}
</style></head>
<body><main><h1>Something went wrong on our side</h1>
<p>The server hit an unexpected error while preparing this page. It has been logged, and the portal is still running.</p>
<p><a href="/">Go to Home</a></p></main></body></html>"#;

/// The `CatchPanicLayer` handler: logs the panic message and answers 500 with the page above.
pub fn respond(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(panic = message, "request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        PAGE,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_readable_500_page() {
        let response = respond(Box::new("database handle poisoned"));
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
    }
}
