//! Bulk-load mode for the first ingest into an empty catalog: the search and relation indexes
//! are dropped while rows stream in and built once at the end. Building an index from sorted
//! rows is far cheaper than keeping it sorted through millions of scattered inserts.

use super::{CatalogStore, StoreError};

/// The secondary indexes a bulk load rebuilds: (name, definition). The same on both backends.
const INDEXES: [(&str, &str); 7] = [
    (
        "catalog_entities_location",
        "catalog_entities (location_key)",
    ),
    (
        "catalog_entities_kind_name",
        "catalog_entities (kind, name)",
    ),
    ("catalog_search_key_value", "catalog_search (key, value)"),
    ("catalog_search_uid_key", "catalog_search (uid, key, value)"),
    ("catalog_relations_source", "catalog_relations (source_ref)"),
    (
        "catalog_relations_type_target",
        "catalog_relations (type_key, target_ref)",
    ),
    ("catalog_relations_origin", "catalog_relations (origin_uid)"),
];

impl CatalogStore {
    pub async fn drop_secondary_indexes(&self) -> Result<(), StoreError> {
        for (name, _) in INDEXES {
            sqlx::query(&format!("DROP INDEX IF EXISTS {name}"))
                .execute(self.db.writer())
                .await?;
        }
        Ok(())
    }

    /// Creates any missing index; also run at start-up, in case a bulk load was interrupted.
    pub async fn ensure_secondary_indexes(&self) -> Result<(), StoreError> {
        for (name, definition) in INDEXES {
            sqlx::query(&format!(
                "CREATE INDEX IF NOT EXISTS {name} ON {definition}"
            ))
            .execute(self.db.writer())
            .await?;
        }
        // Fresh statistics let SQLite's planner pick the selective condition first.
        if self.db.backend() == crate::db::Backend::Sqlite {
            sqlx::query("PRAGMA optimize")
                .execute(self.db.writer())
                .await?;
        } else {
            sqlx::query("ANALYZE catalog_search")
                .execute(self.db.writer())
                .await?;
        }
        Ok(())
    }
}
