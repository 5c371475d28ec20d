//! The catalog over HTTP, as Backstage clients use it: ingest a tree of files, then query it
//! with Backstage's filter, fields, order and cursor syntax. Runs on SQLite, and on PostgreSQL
//! when PORTICO_TEST_DATABASE_URL is set.

mod common;

use common::{catalog_config, copy_fixture_dir, start_on, TestServer};
use serde_json::{json, Value};

async fn get(server: &TestServer, path: &str) -> (u16, Value) {
    let response = reqwest::get(format!("{}/api/catalog{path}", server.base))
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn post(server: &TestServer, path: &str, body: Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{}/api/catalog{path}", server.base))
        .json(&body)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn names(items: &Value) -> Vec<String> {
    let mut names: Vec<String> = items
        .as_array()
        .expect("array")
        .iter()
        .map(|e| {
            e["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    names.sort();
    names
}

async fn tree_server(database_url: Option<String>) -> (TestServer, tempfile::TempDir) {
    let dir = copy_fixture_dir("catalog");
    let config = catalog_config(dir.path(), &[dir.path().join("tree/all.yaml")]);
    let server = start_on(vec![config], database_url).await;
    let report = server.catalog.refresh_all().await.expect("refresh");
    assert_eq!(report.errors, 0, "{report:?}");
    (server, dir)
}

async fn query_scenario(server: &TestServer) {
    // by-name: case-insensitive, with relations both ways and the catalog's annotations.
    let (status, shop) = get(server, "/entities/by-name/component/default/shop-web").await;
    assert_eq!(status, 200);
    assert_eq!(shop["metadata"]["name"], "Shop-Web");
    assert_eq!(shop["metadata"]["generation"], 1);
    let managed = shop["metadata"]["annotations"]["backstage.io/managed-by-location"]
        .as_str()
        .expect("managed-by-location");
    assert!(
        managed.starts_with("file:") && managed.ends_with("services/shop.yaml"),
        "{managed}"
    );
    let relations = shop["relations"].as_array().expect("relations");
    assert!(relations.contains(
        &json!({"type": "ownedBy", "targetRef": "group:default/team-a",
        "target": {"kind": "group", "namespace": "default", "name": "team-a"}})
    ));
    let (_, team) = get(server, "/entities/by-name/group/default/team-a").await;
    let team_relations: Vec<String> = team["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["type"].as_str().unwrap_or(""),
                r["targetRef"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert!(team_relations.contains(&"ownerOf component:default/shop-web".to_string()));
    assert!(team_relations.contains(&"hasMember user:default/jane".to_string()));

    // $text placeholders are replaced by the file they name.
    let (_, api) = get(server, "/entities/by-name/api/default/orders-api").await;
    assert!(api["spec"]["definition"]
        .as_str()
        .expect("definition")
        .contains("\"openapi\""));

    // Not found: Backstage's message and error shape.
    let (status, missing) = get(server, "/entities/by-name/component/default/nope").await;
    assert_eq!(status, 404);
    assert_eq!(missing["error"]["name"], "NotFoundError");
    assert_eq!(
        missing["error"]["message"],
        "No entity named 'nope' found, with kind 'component' in namespace 'default'"
    );
    assert_eq!(
        missing["request"]["url"],
        "/api/catalog/entities/by-name/component/default/nope"
    );

    // Filters: AND within a parameter, OR across parameters, exists, arrays, relations.
    let (_, found) = get(
        server,
        "/entities?filter=kind=component,spec.lifecycle=PRODUCTION",
    )
    .await;
    assert_eq!(names(&found), vec!["Shop-Web"]);
    let (_, found) = get(server, "/entities?filter=kind=user&filter=kind=group").await;
    assert_eq!(names(&found), vec!["jane", "team-a"]);
    let (_, found) = get(server, "/entities?filter=spec.providesApis").await;
    assert_eq!(names(&found), vec!["billing"]);
    let (_, found) = get(server, "/entities?filter=metadata.tags=java").await;
    assert_eq!(names(&found), vec!["billing"]);
    let (_, found) = get(server, "/entities?filter=metadata.tags.web").await;
    assert_eq!(names(&found), vec!["Shop-Web"]);
    let (_, found) = get(
        server,
        "/entities?filter=relations.ownedBy=user:default/jane",
    )
    .await;
    assert_eq!(names(&found), vec!["billing"]);
    let (_, found) = get(server, "/entities?filter=kind=component,kind=api").await;
    assert_eq!(names(&found), vec!["Shop-Web", "billing", "orders-api"]);

    // fields and order.
    let (_, found) = get(
        server,
        "/entities?filter=kind=component&fields=metadata.name,kind&order=desc:metadata.name",
    )
    .await;
    assert_eq!(
        found,
        json!([{"kind": "Component", "metadata": {"name": "Shop-Web"}},
                             {"kind": "Component", "metadata": {"name": "billing"}}])
    );

    // by-query: page through everything with cursors; totalItems stays right.
    let mut seen = Vec::new();
    let mut path =
        "/entities/by-query?limit=2&orderField=metadata.name,asc&fields=metadata.name".to_string();
    loop {
        let (status, page) = get(server, &path).await;
        assert_eq!(status, 200, "{page}");
        assert_eq!(
            page["totalItems"], 7,
            "2 locations + group + user + 2 components + api"
        );
        for item in page["items"].as_array().expect("items") {
            seen.push(
                item["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
        }
        match page["pageInfo"]["nextCursor"].as_str() {
            Some(cursor) => path = format!("/entities/by-query?cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    assert_eq!(seen[0], "billing");
    assert!(seen[1].starts_with("generated-"), "{seen:?}");
    let lowered: Vec<String> = seen.iter().map(|s| s.to_lowercase()).collect();
    assert!(
        lowered.windows(2).all(|w| w[0] <= w[1]),
        "ordered by name: {seen:?}"
    );

    // Full-text filter.
    let (_, page) = get(
        server,
        "/entities/by-query?fullTextFilterTerm=SHOP&fullTextFilterFields=metadata.name",
    )
    .await;
    assert_eq!(page["totalItems"], 1);

    // Facets count entities, in the spelling they were written in.
    let (_, facets) = get(
        server,
        "/entity-facets?facet=kind&filter=kind=component,kind=api",
    )
    .await;
    assert_eq!(
        facets["facets"]["kind"],
        json!([{"value": "Component", "count": 2}, {"value": "API", "count": 1}])
    );

    // by-refs keeps request order and answers null for unknown refs.
    let (status, found) = post(server, "/entities/by-refs", json!({"entityRefs": ["user:jane", "component:default/nope", "group:team-a"], "fields": ["kind"]})).await;
    assert_eq!(status, 200);
    assert_eq!(
        found,
        json!({"items": [{"kind": "User"}, null, {"kind": "Group"}]})
    );

    // by-uid and ancestry up to the generated Location entity.
    let uid = shop["metadata"]["uid"].as_str().expect("uid");
    let (status, same) = get(server, &format!("/entities/by-uid/{uid}")).await;
    assert_eq!(
        (status, &same["metadata"]["name"]),
        (200, &json!("Shop-Web"))
    );
    let (_, ancestry) = get(
        server,
        "/entities/by-name/component/default/shop-web/ancestry",
    )
    .await;
    let chain: Vec<&str> = ancestry["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["entity"]["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(chain, vec!["Component", "Location", "Location"]);

    // Malformed input is a 400 InputError naming the problem.
    let (status, error) = get(server, "/entities?filter==x").await;
    assert_eq!(
        (status, error["error"]["name"].as_str()),
        (400, Some("InputError"))
    );
    let (status, _) = get(server, "/entities/by-query?cursor=garbage").await;
    assert_eq!(status, 400);
    let (status, error) = post(server, "/entities/by-refs", json!({"wrong": 1})).await;
    assert_eq!(status, 400);
    assert!(error["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("entityRefs"));
}

#[tokio::test]
async fn queries_answer_like_backstage_on_sqlite() {
    let (server, _dir) = tree_server(None).await;
    query_scenario(&server).await;
}

#[tokio::test]
async fn queries_answer_like_backstage_on_postgres() {
    let Some(url) = common::postgres_database("queries_answer_like_backstage_on_postgres").await
    else {
        return;
    };
    let (server, _dir) = tree_server(Some(url)).await;
    query_scenario(&server).await;
}

#[tokio::test]
async fn refresh_is_incremental_and_orphans_what_vanished() {
    let (server, dir) = tree_server(None).await;
    let (_, before) = get(&server, "/entities/by-name/component/default/billing").await;

    // Nothing changed: nothing is rewritten.
    let report = server.catalog.refresh_all().await.expect("refresh");
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (0, 0, 7)
    );
    let (_, same) = get(&server, "/entities/by-name/component/default/billing").await;
    assert_eq!(same["metadata"]["etag"], before["metadata"]["etag"]);

    // A spec change bumps generation and etag; a vanished entity becomes an orphan.
    let billing = dir.path().join("tree/services/billing.yaml");
    let text = std::fs::read_to_string(&billing).expect("read");
    std::fs::write(&billing, text.replace("experimental", "production")).expect("write");
    let shop = dir.path().join("tree/services/shop.yaml");
    let text = std::fs::read_to_string(&shop).expect("read");
    let first_doc = text.split("---").next().expect("first doc").to_string();
    std::fs::write(&shop, first_doc).expect("write");
    let report = server.catalog.refresh_all().await.expect("refresh");
    assert_eq!((report.updated, report.orphaned), (1, 1), "{report:?}");
    let (_, changed) = get(&server, "/entities/by-name/component/default/billing").await;
    assert_eq!(changed["metadata"]["generation"], 2);
    assert_ne!(changed["metadata"]["etag"], before["metadata"]["etag"]);
    assert_eq!(changed["metadata"]["uid"], before["metadata"]["uid"]);
    let (status, orphan) = get(&server, "/entities/by-name/api/default/orders-api").await;
    assert_eq!(status, 200, "orphans are kept");
    assert_eq!(
        orphan["metadata"]["annotations"]["backstage.io/orphan"],
        "true"
    );
    let (_, orphans) = get(
        &server,
        "/entities?filter=metadata.annotations.backstage.io/orphan=true",
    )
    .await;
    assert_eq!(names(&orphans), vec!["orders-api"]);

    // The change log recorded each real change, in order.
    let changes = server
        .catalog
        .store()
        .changes_after(0, 1000)
        .await
        .expect("changes");
    assert_eq!(changes.len(), 7 + 2);
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq));
}

#[tokio::test]
async fn broken_files_keep_valid_documents_and_report_each_problem() {
    let dir = copy_fixture_dir("catalog");
    let broken = dir.path().join("broken.yaml");
    let config = catalog_config(dir.path(), std::slice::from_ref(&broken));
    let server = start_on(vec![config], None).await;
    let report = server.catalog.refresh_all().await.expect("refresh");
    assert_eq!(report.errors, 3, "{report:?}");

    let (status, _) = get(&server, "/entities/by-name/component/default/good-one").await;
    assert_eq!(status, 200, "the valid document of a broken file is stored");
    let (_, errors) = get(&server, "/errors").await;
    let lines: Vec<(i64, String)> = errors["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|e| {
            (
                e["line"].as_i64().unwrap_or(0),
                e["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0].0, 13);
    assert!(
        lines[0].1.starts_with("\"metadata.name\" is not valid"),
        "{}",
        lines[0].1
    );
    assert_eq!(lines[1], (23, "spec.owner must have a value".to_string()));
    assert!(
        lines[2].1.starts_with("YAML error at line 28"),
        "{}",
        lines[2].1
    );

    // Breaking a stored entity keeps its last good version and shows the problem on it.
    let text = std::fs::read_to_string(&broken).expect("read");
    std::fs::write(&broken, text.replacen("  owner: team-a\n", "", 1)).expect("write");
    server.catalog.refresh_all().await.expect("refresh");
    let (status, good) = get(&server, "/entities/by-name/component/default/good-one").await;
    assert_eq!(status, 200);
    assert_eq!(
        good["spec"]["owner"], "team-a",
        "the last good version is kept"
    );
    assert_eq!(
        good["status"]["items"][0],
        json!({"type": "backstage.io/catalog-processing", "level": "error",
               "message": "spec.owner must have a value",
               "error": {"name": "InputError", "message": "spec.owner must have a value"}})
    );
    assert!(good["metadata"]["annotations"]
        .get("backstage.io/orphan")
        .is_none());

    // Fixing the file clears its errors; what was stored stays.
    std::fs::write(
        &broken,
        std::fs::read_to_string(dir.path().join("registered.yaml")).expect("read"),
    )
    .expect("write");
    let report = server.catalog.refresh_all().await.expect("refresh");
    assert_eq!(report.errors, 0);
    let (_, errors) = get(&server, "/errors").await;
    assert_eq!(errors["items"], json!([]));
}

#[tokio::test]
async fn locations_register_preview_conflict_and_unregister() {
    let (server, dir) = tree_server(None).await;
    let target = dir.path().join("registered.yaml").display().to_string();
    let location = json!({"type": "file", "target": target});

    let (status, preview) = post(&server, "/locations?dryRun=true", location.clone()).await;
    assert_eq!(status, 201);
    assert_eq!(preview["exists"], false);
    assert_eq!(
        preview["entities"].as_array().map(Vec::len),
        Some(3),
        "location + 2 entities"
    );
    let (status, _) = get(
        &server,
        "/entities/by-name/component/default/registered-service",
    )
    .await;
    assert_eq!(status, 404, "a dry run stores nothing");

    let (status, added) = post(&server, "/locations", location.clone()).await;
    assert_eq!(status, 201, "{added}");
    let id = added["location"]["id"].as_str().expect("id").to_string();
    let (status, _) = get(
        &server,
        "/entities/by-name/system/default/registered-system",
    )
    .await;
    assert_eq!(status, 200);
    let (status, conflict) = post(&server, "/locations", location.clone()).await;
    assert_eq!(
        (status, conflict["error"]["name"].as_str()),
        (409, Some("ConflictError"))
    );

    let (_, listed) = get(&server, "/locations").await;
    assert!(listed
        .as_array()
        .expect("array")
        .iter()
        .any(|l| l["data"]["id"] == id.as_str()));
    let (status, by_entity) = get(
        &server,
        "/locations/by-entity/component/default/registered-service",
    )
    .await;
    assert_eq!((status, by_entity["id"].as_str()), (200, Some(id.as_str())));

    let response = reqwest::Client::new()
        .delete(format!("{}/api/catalog/locations/{id}", server.base))
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status().as_u16(), 204);
    let (status, _) = get(
        &server,
        "/entities/by-name/component/default/registered-service",
    )
    .await;
    assert_eq!(status, 404, "unregistering removes the location's entities");
    let (status, _) = get(&server, &format!("/locations/{id}")).await;
    assert_eq!(status, 404);
    let (status, _) = post(&server, "/locations", json!({"type": "ftp", "target": "x"})).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_second_location_cannot_take_over_an_entity() {
    let (server, dir) = tree_server(None).await;
    let target = dir.path().join("conflict.yaml").display().to_string();
    let (status, _) = post(
        &server,
        "/locations",
        json!({"type": "file", "target": target}),
    )
    .await;
    assert_eq!(status, 201);
    let (_, billing) = get(&server, "/entities/by-name/component/default/billing").await;
    assert_eq!(
        billing["spec"]["owner"], "user:jane",
        "the first owner keeps it"
    );
    let (_, errors) = get(&server, "/errors").await;
    let messages: Vec<&str> = errors["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("ConflictError: component:default/billing")),
        "{messages:?}"
    );
}

#[tokio::test]
async fn validate_entity_and_analyze_location() {
    let (server, dir) = tree_server(None).await;
    let valid = json!({"apiVersion": "backstage.io/v1alpha1", "kind": "Component",
        "metadata": {"name": "x"}, "spec": {"type": "service", "lifecycle": "production", "owner": "a"}});
    let (status, _) = post(
        &server,
        "/validate-entity",
        json!({"entity": valid, "location": "url:https://example.com/x.yaml"}),
    )
    .await;
    assert_eq!(status, 200);
    let invalid = json!({"apiVersion": "backstage.io/v1alpha1", "kind": "Component", "metadata": {"name": "bad name"}, "spec": {}});
    let (status, body) = post(
        &server,
        "/validate-entity",
        json!({"entity": invalid, "location": "url:https://example.com/x.yaml"}),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["field"], "metadata.name", "{body}");

    let target = dir.path().join("tree/org.yaml").display().to_string();
    let (status, analysis) = post(
        &server,
        "/analyze-location",
        json!({"location": {"type": "file", "target": target}}),
    )
    .await;
    assert_eq!(status, 200, "{analysis}");
    let files = analysis["existingEntityFiles"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    assert!(files.iter().all(|f| f["isRegistered"] == true));
}

#[tokio::test]
async fn url_locations_are_read_over_http_with_relative_targets() {
    // A tiny file server standing in for a Git host: it serves the fixture tree.
    let files = axum::Router::new().route(
        "/repo/{*path}",
        axum::routing::get(
            |axum::extract::Path(path): axum::extract::Path<String>| async move {
                let file = common::fixture("catalog/tree").join(&path);
                match std::fs::read_to_string(file) {
                    Ok(text) => (axum::http::StatusCode::OK, text),
                    Err(_) => (axum::http::StatusCode::NOT_FOUND, String::new()),
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let host = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, files).await;
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let config = catalog_config(dir.path(), &[]);
    let server = start_on(vec![config], None).await;
    let target = format!("http://{host}/repo/url-all.yaml");
    let (status, added) = post(
        &server,
        "/locations",
        json!({"type": "url", "target": target}),
    )
    .await;
    assert_eq!(status, 201, "{added}");
    let (status, shop) = get(&server, "/entities/by-name/component/default/shop-web").await;
    assert_eq!(
        status, 200,
        "reached through url-all.yaml's relative targets"
    );
    let annotations = &shop["metadata"]["annotations"];
    let file = format!("http://{host}/repo/services/shop.yaml");
    assert_eq!(
        annotations["backstage.io/managed-by-location"],
        format!("url:{file}")
    );
    assert_eq!(
        annotations["backstage.io/managed-by-origin-location"],
        format!("url:{target}")
    );
    assert_eq!(annotations["backstage.io/view-url"], file);
    assert_eq!(
        annotations["backstage.io/source-location"],
        format!("url:http://{host}/repo/services/")
    );
    let (_, api) = get(&server, "/entities/by-name/api/default/orders-api").await;
    assert!(
        api["spec"]["definition"]
            .as_str()
            .unwrap_or_default()
            .contains("openapi"),
        "$text over HTTP"
    );

    // An unreachable URL is a recorded error, not a crash.
    let missing = format!("http://{host}/repo/missing.yaml");
    let (status, error) = post(
        &server,
        "/locations?dryRun=true",
        json!({"type": "url", "target": missing}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("not found"),
        "{error}"
    );
}
