//! Health, metrics and embedded assets.

mod common;

use common::{raw_client, start};
use reqwest::{header, StatusCode};

#[tokio::test]
async fn healthcheck_reports_the_database() {
    let server = start(vec![]).await;
    let response = raw_client()
        .get(format!("{}/healthcheck", server.base))
        .send()
        .await
        .expect("GET /healthcheck");
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"]["status"], "ok");
    assert_eq!(body["database"]["backend"], "sqlite");
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern() {
    let server = start(vec![]).await;
    let client = raw_client();
    for _ in 0..3 {
        client
            .get(format!("{}/healthcheck", server.base))
            .send()
            .await
            .expect("GET /healthcheck");
    }
    client
        .get(format!("{}/missing/thing", server.base))
        .send()
        .await
        .expect("GET missing");
    let response = client
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .expect("GET /metrics");
    assert!(response.headers()[header::CONTENT_TYPE]
        .to_str()
        .expect("ascii")
        .starts_with("text/plain"));
    let text = response.text().await.expect("body");
    assert!(
        text.contains(
            r#"portico_http_requests_total{method="GET",route="/healthcheck",status="200"} 3"#
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"route="unmatched",status="404"} 1"#),
        "unknown paths share one label: {text}"
    );
    assert!(
        text.contains("portico_http_request_duration_seconds_bucket"),
        "{text}"
    );
}

#[tokio::test]
async fn public_files_are_served_with_revalidation() {
    let server = start(vec![]).await;
    let client = raw_client();
    let response = client
        .get(format!("{}/favicon.svg", server.base))
        .send()
        .await
        .expect("GET favicon");
    if response.status() == StatusCode::NOT_FOUND {
        // rust-embed reads target/site, which `cargo leptos build` writes.
        println!("SKIPPED public_files_are_served_with_revalidation: site not built (run `cargo leptos build --release` first)");
        return;
    }
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "image/svg+xml");
    let etag = response.headers()[header::ETAG].clone();
    let again = client
        .get(format!("{}/favicon.svg", server.base))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .expect("GET favicon again");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn the_bundle_is_versioned_cached_forever_and_precompressed() {
    let server = start(vec![]).await;
    let client = raw_client();
    let html = client
        .get(&server.base)
        .send()
        .await
        .expect("GET /")
        .text()
        .await
        .expect("body");
    let css_path = html
        .split('"')
        .find(|part| part.starts_with("/pkg/") && part.ends_with("/portico.css"))
        .unwrap_or_else(|| panic!("no stylesheet link in {html}"));
    assert!(
        css_path.split('/').count() == 4,
        "versioned path: {css_path}"
    );
    let response = client
        .get(format!("{}{}", server.base, css_path))
        .header(header::ACCEPT_ENCODING, "br, gzip")
        .send()
        .await
        .expect("GET css");
    if response.status() == StatusCode::NOT_FOUND {
        println!("SKIPPED the_bundle_is_versioned_cached_forever_and_precompressed: site not built (run `cargo leptos build --release` first)");
        return;
    }
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(response.headers().contains_key(header::CONTENT_ENCODING));

    let stale = client
        .get(format!("{}/pkg/000000000000/portico.css", server.base))
        .send()
        .await
        .expect("GET stale");
    assert_eq!(
        stale.status(),
        StatusCode::NOT_FOUND,
        "an old version is not served"
    );
}
