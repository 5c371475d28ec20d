//! Catalog benchmark: generates N synthetic entities in catalog files, ingests them through a
//! real portico (SQLite, the embedded default) and prints seconds until fully queryable,
//! entities per second, peak RSS, and p50/p99 latency of by-name and by-query over HTTP.
//!
//! `cargo bench -p server --bench catalog_ingest` runs N = 10,000 and 100,000;
//! `cargo bench -p server --bench catalog_ingest -- 5000` runs the sizes given.

use std::{
    fmt::Write as _,
    net::SocketAddr,
    path::Path,
    time::{Duration, Instant},
};

use portico::serve::{prepare, ServeOptions};

/// Entities per generated file: a large monorepo-style catalog file.
const PER_FILE: usize = 500;
const TEAMS: usize = 50;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    println!(
        "portico catalog benchmark (SQLite, {} cores)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    for n in sizes {
        runtime.block_on(run(n));
    }
}

async fn run(n: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = generate(dir.path(), n);
    let config = dir.path().join("app-config.yaml");
    std::fs::write(
        &config,
        format!(
            "catalog:\n  processingInterval: false\n  locations:\n    - type: file\n      target: {}\n",
            root.display()
        ),
    )
    .expect("write config");
    let options = ServeOptions {
        config_files: vec![config],
        data_dir: dir.path().join("data"),
        addr: Some(SocketAddr::from(([127, 0, 0, 1], 0))),
        database_url: None,
    };
    let prepared = prepare(&options).await.expect("portico prepares");
    let catalog = prepared.state.catalog.clone();

    let started = Instant::now();
    let report = catalog.refresh_all().await.expect("ingest");
    let ingest = started.elapsed();
    assert_eq!(report.errors, 0, "generated files are valid: {report:?}");
    let stored = report.created;
    let started = Instant::now();
    let again = catalog.refresh_all().await.expect("refresh");
    let refresh = started.elapsed();
    assert_eq!(
        again.unchanged, stored,
        "nothing changed, nothing is written"
    );

    let router = portico::http::router(prepared.state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    let base = format!("http://{addr}/api/catalog");
    let client = reqwest::Client::new();

    let by_name = measure(2_000, |i| {
        let url = format!(
            "{base}/entities/by-name/component/default/service-{}",
            (i * 7919) % component_count(n)
        );
        let client = client.clone();
        async move {
            client
                .get(url)
                .send()
                .await
                .map(|r| r.status().is_success())
                .unwrap_or(false)
        }
    })
    .await;
    let by_query = measure(200, |i| {
        let url = format!(
            "{base}/entities/by-query?filter=kind=component,spec.owner=team-{}&orderField=metadata.name,asc&limit=20",
            i % TEAMS
        );
        let client = client.clone();
        async move { client.get(url).send().await.map(|r| r.status().is_success()).unwrap_or(false) }
    })
    .await;

    // The explorer page as the browser asks for it (/_portico/catalog_page): a page of rows, the
    // total and every facet, for the opening view, a text filter, and owner + lifecycle filters.
    let explorer_url = format!("http://{addr}/_portico/catalog_page");
    let explorer = |body: serde_json::Value| {
        let client = client.clone();
        let url = explorer_url.clone();
        move |_: usize| {
            let (client, url, body) = (client.clone(), url.clone(), body.clone());
            async move {
                client
                    .post(url)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().is_success())
                    .unwrap_or(false)
            }
        }
    };
    let query = |overrides: serde_json::Value| {
        let mut base = serde_json::json!({
            "kind": "component", "types": [], "owners": [], "lifecycles": [], "namespaces": [],
            "tags": [], "starred": false, "text": "", "sort": "Name", "descending": false, "page": 1
        });
        if let (Some(base), Some(extra)) = (base.as_object_mut(), overrides.as_object()) {
            for (key, value) in extra {
                base.insert(key.clone(), value.clone());
            }
        }
        serde_json::json!({ "query": base })
    };
    let explorer_open = measure(50, explorer(query(serde_json::json!({})))).await;
    let explorer_text = measure(
        50,
        explorer(query(serde_json::json!({"text": "service-12"}))),
    )
    .await;
    let explorer_owner = measure(
        50,
        explorer(query(serde_json::json!({
            "owners": ["group:default/team-3"], "lifecycles": ["production"]
        }))),
    )
    .await;

    let mut out = String::new();
    let _ = writeln!(out, "\nN = {n} entities ({stored} stored incl. locations)");
    let _ = writeln!(
        out,
        "  ingest to fully queryable: {:.2} s",
        ingest.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "  throughput:                {:.0} entities/s",
        stored as f64 / ingest.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "  refresh, nothing changed:  {:.2} s (every file re-read and compared)",
        refresh.as_secs_f64()
    );
    let _ = writeln!(out, "  peak RSS:                  {} MB", peak_rss_mb());
    let _ = writeln!(
        out,
        "  by-name  p50 {:.2} ms  p99 {:.2} ms",
        by_name.0, by_name.1
    );
    let _ = writeln!(
        out,
        "  by-query p50 {:.2} ms  p99 {:.2} ms (filter kind+owner, ordered, limit 20)",
        by_query.0, by_query.1
    );
    for (label, (p50, p99)) in [
        ("explorer, opening view", explorer_open),
        ("explorer, text filter  ", explorer_text),
        ("explorer, owner+lifecycle", explorer_owner),
    ] {
        let _ = writeln!(
            out,
            "  {label} p50 {p50:.1} ms  p99 {p99:.1} ms (page of 25, total, all facets)"
        );
    }
    print!("{out}");
}

fn component_count(n: usize) -> usize {
    // Of every 10 entities: 8 components, 2 APIs (plus the team groups).
    (n * 8 / 10).max(1)
}

/// Runs `count` requests one after another; returns (p50, p99) in milliseconds.
async fn measure<F, Fut>(count: usize, request: F) -> (f64, f64)
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let mut times: Vec<Duration> = Vec::with_capacity(count);
    for i in 0..count {
        let started = Instant::now();
        let ok = request(i).await;
        times.push(started.elapsed());
        assert!(ok, "request {i} failed");
    }
    times.sort();
    let pick = |q: f64| {
        times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1000.0
    };
    (pick(0.50), pick(0.99))
}

/// VmHWM from /proc: the most resident memory this process has had.
fn peak_rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map(|kb| kb / 1024)
        .unwrap_or(0)
}

/// Writes teams, then components and APIs in files of PER_FILE documents, and one Location
/// that reaches them all through a glob. Returns the Location file.
fn generate(dir: &Path, n: usize) -> std::path::PathBuf {
    let entities = dir.join("entities");
    std::fs::create_dir_all(&entities).expect("mkdir");
    let mut docs: Vec<String> = Vec::with_capacity(n);
    for t in 0..TEAMS {
        docs.push(format!(
            "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-{t}\n  title: Team {t}\nspec:\n  type: team\n  children: []\n"
        ));
    }
    let components = component_count(n);
    let apis = n.saturating_sub(TEAMS + components);
    for c in 0..components {
        let team = c % TEAMS;
        let api = if apis > 0 {
            format!("\n  providesApis: [api-{}]", c % apis)
        } else {
            String::new()
        };
        let lifecycle = ["production", "experimental", "deprecated"][c % 3];
        docs.push(format!(
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-{c}\n  description: Synthetic service number {c} for the benchmark\n  tags: [bench, lang-{}]\n  annotations:\n    github.com/project-slug: acme/service-{c}\nspec:\n  type: service\n  lifecycle: {lifecycle}\n  owner: team-{team}\n  system: system-{}{api}\n",
            c % 7,
            c % 100
        ));
    }
    for a in 0..apis {
        docs.push(format!(
            "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: api-{a}\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-{}\n  definition: |\n    openapi: 3.0.0\n    info: {{title: api-{a}, version: '1'}}\n    paths: {{}}\n",
            a % TEAMS
        ));
    }
    for (i, chunk) in docs.chunks(PER_FILE).enumerate() {
        std::fs::write(
            entities.join(format!("part-{i:05}.yaml")),
            chunk.join("---\n"),
        )
        .expect("write part");
    }
    let root = dir.join("catalog-info.yaml");
    std::fs::write(
        &root,
        "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: bench\nspec:\n  targets: [./entities/*.yaml]\n",
    )
    .expect("write root");
    root
}
