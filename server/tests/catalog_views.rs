//! The catalog as the UI's pages see it, through the same server functions the browser calls
//! (`/_portico/...`, JSON in and out): the explorer page with filters, text, sort, paging and
//! stars; entity pages; import preview and import; unregister. SQLite, and PostgreSQL when
//! PORTICO_TEST_DATABASE_URL is set.

mod common;

use common::{catalog_config, copy_fixture_dir, postgres_database, start_on, TestServer};
use serde_json::{json, Value};

/// Calls a server function with a JSON body, keeping the cookie jar (the guest identity).
async fn call(
    client: &reqwest::Client,
    server: &TestServer,
    name: &str,
    body: Value,
) -> (u16, Value) {
    let response = client
        .post(format!("{}/_portico/{name}", server.base))
        .json(&body)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Server functions other than the explorer take form-encoded arguments (Leptos' default).
async fn call_form(
    client: &reqwest::Client,
    server: &TestServer,
    name: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let response = client
        .post(format!("{}/_portico/{name}", server.base))
        .form(form)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn query(overrides: Value) -> Value {
    let mut base = json!({
        "kind": "component", "types": [], "owners": [], "lifecycles": [], "namespaces": [],
        "tags": [], "starred": false, "text": "", "sort": "Name", "descending": false, "page": 1
    });
    for (key, value) in overrides.as_object().expect("object") {
        base[key] = value.clone();
    }
    json!({ "query": base })
}

fn row_refs(page: &Value) -> Vec<String> {
    page["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            let e = &r["entity_ref"];
            format!(
                "{}:{}/{}",
                e["kind"].as_str().unwrap_or(""),
                e["namespace"].as_str().unwrap_or(""),
                e["name"].as_str().unwrap_or("")
            )
        })
        .collect()
}

async fn scenario(database_url: Option<String>) {
    let dir = copy_fixture_dir("catalog");
    let config = catalog_config(dir.path(), &[dir.path().join("tree/all.yaml")]);
    let server = start_on(vec![config], database_url).await;
    server.catalog.refresh_all().await.expect("refresh");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");

    // The explorer: components by default, sorted by name, with facets for the side panel.
    let (status, page) = call(&client, &server, "catalog_page", query(json!({}))).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(
        row_refs(&page),
        ["component:default/billing", "component:default/shop-web"]
    );
    assert_eq!(page["total"], 2);
    let owners: Vec<&str> = page["facets"]["owners"]
        .as_array()
        .expect("owners")
        .iter()
        .filter_map(|o| o["value"].as_str())
        .collect();
    assert_eq!(owners.len(), 2, "{owners:?}");
    assert!(owners.contains(&"group:default/team-a") && owners.contains(&"user:default/jane"));
    let kinds = page["facets"]["kinds"].to_string();
    assert!(
        kinds.contains("\"Component\"") && kinds.contains("\"API\""),
        "{kinds}"
    );

    // Owner filter (a relation), lifecycle, tags, text, sort direction.
    let (_, by_owner) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"owners": ["user:default/jane"]})),
    )
    .await;
    assert_eq!(row_refs(&by_owner), ["component:default/billing"]);
    let (_, by_tag) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"tags": ["web"]})),
    )
    .await;
    assert_eq!(row_refs(&by_tag), ["component:default/shop-web"]);
    let (_, by_text) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"text": "SHOP"})),
    )
    .await;
    assert_eq!(row_refs(&by_text), ["component:default/shop-web"]);
    let (_, descending) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"descending": true})),
    )
    .await;
    assert_eq!(
        row_refs(&descending),
        ["component:default/shop-web", "component:default/billing"]
    );
    let (_, all_kinds) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"kind": null})),
    )
    .await;
    assert!(all_kinds["total"].as_u64().unwrap_or(0) >= 5, "{all_kinds}");
    // A page past the end is empty, not an error.
    let (status, far) = call(&client, &server, "catalog_page", query(json!({"page": 99}))).await;
    assert_eq!(status, 200);
    assert_eq!(far["rows"], json!([]));

    // Stars: a guest gets a cookie on the first star; the starred filter and the row marks follow it.
    let (status, _) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"starred": true})),
    )
    .await;
    assert_eq!(status, 200);
    let (status, starred) = call_form(
        &client,
        &server,
        "set_star",
        &[
            ("entity_ref", "component:default/billing"),
            ("starred", "true"),
        ],
    )
    .await;
    assert_eq!((status, starred), (200, json!(true)));
    let (_, mine) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"starred": true})),
    )
    .await;
    assert_eq!(row_refs(&mine), ["component:default/billing"]);
    assert_eq!(mine["rows"][0]["starred"], true);
    // Someone else (no cookie) has starred nothing.
    let stranger = reqwest::Client::new();
    let (_, theirs) = call(
        &stranger,
        &server,
        "catalog_page",
        query(json!({"starred": true})),
    )
    .await;
    assert_eq!(theirs["rows"], json!([]));
    let (status, _) = call_form(
        &client,
        &server,
        "set_star",
        &[
            ("entity_ref", "component:default/nope"),
            ("starred", "true"),
        ],
    )
    .await;
    assert_eq!(status, 500, "starring nothing is refused");
    call_form(
        &client,
        &server,
        "set_star",
        &[
            ("entity_ref", "component:default/billing"),
            ("starred", "false"),
        ],
    )
    .await;
    let (_, none) = call(
        &client,
        &server,
        "catalog_page",
        query(json!({"starred": true})),
    )
    .await;
    assert_eq!(none["rows"], json!([]));

    // An entity page: the entity, summaries of what it relates to, its location.
    let (status, view) = call_form(
        &client,
        &server,
        "entity_view",
        &[
            ("namespace", "default"),
            ("kind", "api"),
            ("name", "orders-api"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["entity"]["metadata"]["name"], "orders-api");
    let related = view["related"].to_string();
    assert!(related.contains("team-a"), "{related}");
    assert!(view["location"]["from_config"].as_bool().unwrap_or(false));
    let (status, missing) = call_form(
        &client,
        &server,
        "entity_view",
        &[
            ("namespace", "default"),
            ("kind", "component"),
            ("name", "ghost"),
        ],
    )
    .await;
    assert_eq!(status, 500);
    assert!(
        missing["NotFound"].as_str().unwrap_or("").contains("ghost"),
        "{missing}"
    );

    // Import: the preview lists the valid entities and every problem with its line.
    let broken = dir.path().join("broken.yaml");
    let broken = broken.to_string_lossy();
    let (status, preview) =
        call_form(&client, &server, "preview_import", &[("target", &broken)]).await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!(preview["exists"], false);
    let found: Vec<&str> = preview["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(found, ["good-one"]);
    let problems: Vec<&str> = preview["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    assert!(
        problems.iter().any(|p| p.contains("broken.yaml:13")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("spec.owner")),
        "{problems:?}"
    );
    let (status, _) = call_form(&client, &server, "preview_import", &[("target", "  ")]).await;
    assert_eq!(status, 500);

    let registered = dir.path().join("registered.yaml");
    let registered = registered.to_string_lossy();
    let (status, done) = call_form(
        &client,
        &server,
        "import_location",
        &[("target", &registered)],
    )
    .await;
    assert_eq!(status, 200, "{done}");
    let added: Vec<String> = done["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(|e| e["name"].as_str().map(str::to_string))
        .collect();
    assert!(!added.is_empty());
    let first = added[0].clone();
    let kind = done["entities"][0]["entity_ref"]["kind"]
        .as_str()
        .unwrap_or("")
        .to_string();

    // Unregister: the plan names the location and its entities; then everything goes.
    let entity_ref = format!("{kind}:default/{first}");
    let (status, plan) = call_form(
        &client,
        &server,
        "unregister_plan",
        &[("entity_ref", &entity_ref)],
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(plan["location"]["from_config"], false);
    assert_eq!(plan["entities"].as_array().map(Vec::len), Some(added.len()));
    let id = plan["location"]["id"].as_str().expect("id").to_string();
    let (status, _) = call_form(
        &client,
        &server,
        "unregister_location",
        &[("location_id", &id)],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = call_form(
        &client,
        &server,
        "entity_view",
        &[("namespace", "default"), ("kind", &kind), ("name", &first)],
    )
    .await;
    assert_eq!(status, 500, "the entity is gone");

    // Config locations cannot be unregistered from the UI: the reason says where to change it.
    let (_, plan) = call_form(
        &client,
        &server,
        "unregister_plan",
        &[("entity_ref", "component:default/billing")],
    )
    .await;
    let config_id = plan["location"]["id"].as_str().expect("id").to_string();
    let (status, refused) = call_form(
        &client,
        &server,
        "unregister_location",
        &[("location_id", &config_id)],
    )
    .await;
    assert_eq!(status, 500);
    assert!(refused.to_string().contains("app-config.yaml"), "{refused}");
}

#[tokio::test]
async fn the_catalog_pages_server_functions_on_sqlite() {
    scenario(None).await;
}

#[tokio::test]
async fn the_catalog_pages_server_functions_on_postgres() {
    match postgres_database("views").await {
        Some(url) => scenario(Some(url)).await,
        None => println!("SKIPPED the_catalog_pages_server_functions_on_postgres: PORTICO_TEST_DATABASE_URL is not set"),
    }
}
