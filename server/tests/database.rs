//! Migrations on SQLite always, and on PostgreSQL when PORTICO_TEST_DATABASE_URL is set.

mod common;

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
    assert_eq!(
        db.applied_migrations().await.expect("versions"),
        vec![1, 2, 3]
    );
    db.ping().await.expect("ping");

    let mode: (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .expect("journal mode");
    assert_eq!(mode.0.to_lowercase(), "wal");
}

#[tokio::test]
async fn migrations_apply_on_postgres() {
    // A database of its own, so the test starts from an empty schema every time.
    let Some(url) = common::postgres_database("migrations_apply_on_postgres").await else {
        return;
    };
    let db = Db::connect(&DatabaseTarget::Postgres(url))
        .await
        .expect("connect to test database");
    db.migrate().await.expect("first migration run");
    db.migrate().await.expect("second run changes nothing");
    let applied = db.applied_migrations().await.expect("versions");
    db.close().await;
    assert_eq!(applied, vec![1, 2, 3]);
}
