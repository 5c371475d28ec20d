//! Starts the real router on a real SQLite file in a temporary data dir, on a free port.
// Each test binary uses a subset of these helpers.
#![allow(dead_code)]

use std::{net::SocketAddr, path::PathBuf};

use portico::serve::{prepare, ServeOptions};

pub struct TestServer {
    pub base: String,
    // Held so the data dir outlives the server.
    _data: tempfile::TempDir,
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub async fn start(config_files: Vec<PathBuf>) -> TestServer {
    let data = tempfile::tempdir().expect("temporary data dir");
    let options = ServeOptions {
        config_files,
        data_dir: data.path().to_path_buf(),
        addr: Some(SocketAddr::from(([127, 0, 0, 1], 0))),
        database_url: None,
    };
    let prepared = prepare(&options).await.expect("server prepares");
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
        _data: data,
    }
}

/// A client that leaves compression visible, so tests can see what the server sent.
pub fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .expect("http client")
}
