//! All catalog SQL: entities with their search rows and relations, registered locations,
//! processing errors and the change log. Plain sqlx queries with binds, on SQLite or PostgreSQL.

mod bulk;
mod read;
mod sql;
mod stars;
mod write;

pub use read::{EntityPage, OrderField, PageQuery};
pub use sql::{Arg, Sql};
pub use write::{EntityInput, StoredError, WriteOutcome};

use crate::db::Db;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("catalog database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("catalog database holds a broken entity {entity_ref}: {reason}")]
    Corrupt { entity_ref: String, reason: String },
}

/// A location registered through the API.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct StoredLocation {
    pub id: String,
    #[serde(rename = "type")]
    pub location_type: String,
    pub target: String,
}

/// One entry of the change log.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub seq: i64,
    pub entity_ref: String,
    pub uid: String,
    pub op: String,
}

#[derive(Clone)]
pub struct CatalogStore {
    db: Db,
}

impl CatalogStore {
    pub fn new(db: Db) -> CatalogStore {
        CatalogStore { db }
    }

    fn sql(&self) -> Sql {
        Sql::new(self.db.backend())
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

pub(crate) fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub(crate) fn sha1_hex(parts: &[&str]) -> String {
    let mut hasher = sha1_smol::Sha1::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update(&[0]);
    }
    hasher.digest().to_string()
}
