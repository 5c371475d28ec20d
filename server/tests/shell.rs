//! The shell over real HTTP: server-rendered pages, theme cookie, 404s, server functions.

mod common;

use common::{fixture, raw_client, start};
use reqwest::{header, StatusCode};

#[tokio::test]
async fn home_page_is_complete_html_from_the_server() {
    let server = start(vec![fixture("config/app-config.yaml")]).await;
    let response = raw_client().get(&server.base).send().await.expect("GET /");
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()[header::CONTENT_TYPE]
        .to_str()
        .expect("ascii");
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let html = response.text().await.expect("body");
    // The configured title, the sidebar and the page content are in the first response.
    assert!(html.contains("Welcome to Acme Developer Portal"), "{html}");
    for label in ["Home", "Catalog", "Docs", "Search", "Design system"] {
        assert!(
            html.contains(&format!("sidebar-item__label\">{label}<")),
            "sidebar lacks {label}"
        );
    }
    assert!(
        html.contains("<title>Acme Developer Portal</title>"),
        "{html}"
    );
}

#[tokio::test]
async fn the_current_area_is_marked_in_the_sidebar() {
    let server = start(vec![]).await;
    let html = raw_client()
        .get(format!("{}/catalog", server.base))
        .send()
        .await
        .expect("GET /catalog")
        .text()
        .await
        .expect("body");
    let marked: Vec<&str> = html
        .split("<a ")
        .filter(|tag| tag.contains("aria-current=\"page\""))
        .collect();
    assert_eq!(marked.len(), 1, "exactly one current link: {marked:?}");
    assert!(marked[0].contains("href=\"/catalog\""), "{}", marked[0]);
    assert!(html.contains("Software catalog"));
    assert!(html.contains("<title>Catalog · Portico</title>"), "{html}");
}

#[tokio::test]
async fn the_theme_cookie_is_rendered_into_the_document() {
    let server = start(vec![]).await;
    let dark = raw_client()
        .get(&server.base)
        .header(header::COOKIE, "other=1; portico-theme=dark")
        .send()
        .await
        .expect("GET /")
        .text()
        .await
        .expect("body");
    assert!(
        dark.contains("<html lang=\"en\" data-theme=\"dark\""),
        "{}",
        &dark[..200.min(dark.len())]
    );

    let system = raw_client()
        .get(&server.base)
        .send()
        .await
        .expect("GET /")
        .text()
        .await
        .expect("body");
    assert!(
        !system.contains("data-theme="),
        "no cookie follows the system"
    );
}

#[tokio::test]
async fn an_unknown_page_is_a_real_404_inside_the_shell() {
    let server = start(vec![]).await;
    let response = raw_client()
        .get(format!("{}/no/such/page", server.base))
        .send()
        .await
        .expect("GET unknown");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = response.text().await.expect("body");
    assert!(html.contains("Page not found"));
    assert!(html.contains("/no/such/page"), "names the missing path");
    assert!(html.contains("sidebar"), "rendered inside the shell");
}

#[tokio::test]
async fn an_unknown_api_route_answers_backstage_error_json() {
    let server = start(vec![]).await;
    let response = raw_client()
        .get(format!("{}/api/catalog/nope", server.base))
        .send()
        .await
        .expect("GET unknown api");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["error"]["name"], "NotFoundError");
    assert_eq!(body["response"]["statusCode"], 404);
}

#[tokio::test]
async fn server_functions_live_outside_the_rest_api_prefix() {
    let server = start(vec![fixture("config/app-config.yaml")]).await;
    let response = raw_client()
        .post(format!("{}/_portico/portal_info", server.base))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .expect("POST server fn");
    assert_eq!(response.status(), StatusCode::OK);
    let info: serde_json::Value = response.json().await.expect("json");
    assert_eq!(info["title"], "Acme Developer Portal");
    assert_eq!(info["organization"], "Acme");
}

#[tokio::test]
async fn html_is_compressed_for_clients_that_accept_it() {
    let server = start(vec![]).await;
    for encoding in ["br", "gzip"] {
        let response = raw_client()
            .get(&server.base)
            .header(header::ACCEPT_ENCODING, encoding)
            .send()
            .await
            .expect("GET /");
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_ENCODING)
                .map(|v| v.as_bytes()),
            Some(encoding.as_bytes()),
        );
    }
}
