//! Starts the real router on a real database (a SQLite file in a temporary data dir, or a
//! throwaway PostgreSQL database) on a free port.
// Each test binary uses a subset of these helpers.
#![allow(dead_code)]

use std::{net::SocketAddr, path::PathBuf};

use portico::{
    catalog::service::CatalogHandle,
    config::DatabaseTarget,
    db::Db,
    serve::{prepare, ServeOptions},
};

pub struct TestServer {
    pub base: String,
    pub catalog: CatalogHandle,
    // Held so the data dir outlives the server.
    _data: tempfile::TempDir,
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub async fn start(config_files: Vec<PathBuf>) -> TestServer {
    start_on(config_files, None).await
}

pub async fn start_on(config_files: Vec<PathBuf>, database_url: Option<String>) -> TestServer {
    let data = tempfile::tempdir().expect("temporary data dir");
    let options = ServeOptions {
        config_files,
        data_dir: data.path().to_path_buf(),
        addr: Some(SocketAddr::from(([127, 0, 0, 1], 0))),
        database_url,
    };
    let prepared = prepare(&options).await.expect("server prepares");
    let catalog = prepared.state.catalog.clone();
    let router = portico::http::router(prepared.state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("free port");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    TestServer {
        base: format!("http://{addr}"),
        catalog,
        _data: data,
    }
}

/// A fresh, empty PostgreSQL database when PORTICO_TEST_DATABASE_URL is set; `None` (and a
/// SKIPPED line naming the test) otherwise.
pub async fn postgres_database(test: &str) -> Option<String> {
    let Ok(url) = std::env::var("PORTICO_TEST_DATABASE_URL") else {
        println!("SKIPPED {test}: set PORTICO_TEST_DATABASE_URL to run it on PostgreSQL");
        return None;
    };
    let admin = Db::connect(&DatabaseTarget::Postgres(url.clone()))
        .await
        .expect("connect to PostgreSQL");
    // Test binaries run one after another, so databases left by other processes are done with.
    let mine = format!("portico_test_{}_", std::process::id());
    let old: Vec<(String,)> =
        sqlx::query_as("SELECT datname FROM pg_database WHERE datname LIKE 'portico_test_%'")
            .fetch_all(admin.pool())
            .await
            .unwrap_or_default();
    for (name,) in old.into_iter().filter(|(n,)| !n.starts_with(&mine)) {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(admin.pool())
            .await;
    }
    let name = format!(
        "{mine}{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    );
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(admin.pool())
        .await
        .expect("create test database");
    admin.close().await;
    let base = url.rsplit_once('/').map(|(base, _)| base).unwrap_or(&url);
    Some(format!("{base}/{name}"))
}

/// A client that leaves compression visible, so tests can see what the server sent.
pub fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .expect("http client")
}

/// Copies a fixture folder into a temporary one, so a test may edit the files.
pub fn copy_fixture_dir(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(name), dir.path());
    dir
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read fixture dir").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy fixture");
        }
    }
}

/// An app-config.yaml in `dir` that reads the given file locations and never refreshes by
/// itself (tests call refresh explicitly).
pub fn catalog_config(dir: &std::path::Path, targets: &[PathBuf]) -> PathBuf {
    let mut text = String::from("catalog:\n  processingInterval: false\n  locations:");
    text.push_str(if targets.is_empty() { " []\n" } else { "\n" });
    for target in targets {
        text.push_str(&format!(
            "    - type: file\n      target: {}\n",
            target.display()
        ));
    }
    let path = dir.join("app-config.yaml");
    std::fs::write(&path, text).expect("write config");
    path
}
