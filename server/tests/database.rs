//! Migrations on SQLite always, and on PostgreSQL when PORTICO_TEST_DATABASE_URL is set.

use portico::{config::DatabaseTarget, db::Db};

#[tokio::test]
async fn migrations_apply_on_sqlite_and_are_idempotent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = DatabaseTarget::SqliteFile(dir.path().join("nested/portico.sqlite"));
    let db = Db::connect(&target)
        .await
        .expect("connect creates the folder and file");
    db.migrate().await.expect("first migration run");
    db.migrate().await.expect("second run changes nothing");
    assert_eq!(db.applied_migrations().await.expect("versions"), vec![1, 2]);
    db.ping().await.expect("ping");

    let mode: (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .expect("journal mode");
    assert_eq!(mode.0.to_lowercase(), "wal");
}

#[tokio::test]
async fn migrations_apply_on_postgres() {
    let Ok(url) = std::env::var("PORTICO_TEST_DATABASE_URL") else {
        println!("SKIPPED migrations_apply_on_postgres: set PORTICO_TEST_DATABASE_URL to run it");
        return;
    };
    // A database of its own, so the test starts from an empty schema every time.
    let admin = Db::connect(&DatabaseTarget::Postgres(url.clone()))
        .await
        .expect("connect to PostgreSQL");
    let name = format!(
        "portico_test_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    );
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(admin.pool())
        .await
        .expect("create test database");
    let base = url.rsplit_once('/').map(|(base, _)| base).unwrap_or(&url);
    let db = Db::connect(&DatabaseTarget::Postgres(format!("{base}/{name}")))
        .await
        .expect("connect to test database");
    db.migrate().await.expect("first migration run");
    db.migrate().await.expect("second run changes nothing");
    let applied = db.applied_migrations().await.expect("versions");
    db.close().await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(admin.pool())
        .await;
    assert_eq!(applied, vec![1, 2]);
}
