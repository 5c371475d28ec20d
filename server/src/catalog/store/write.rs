//! Writing the catalog: upserts that skip unchanged entities, orphan marking, deletes,
//! processing errors, registered locations, and the change log entry for every real change.

use std::collections::HashMap;

use app::model::entity::annotations;
use serde_json::Value;
use sqlx::{Any, Row, Transaction};

use super::{now_millis, sha1_hex, Arg, CatalogStore, Change, StoreError, StoredLocation};
use crate::catalog::{
    relations::Edge,
    search_rows::{search_rows, SearchKey},
};

type SearchRow = (String, SearchKey);

/// A processed entity ready to store.
#[derive(Clone, Debug)]
pub struct EntityInput {
    pub entity_ref: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
    /// The processed entity without uid, etag and generation.
    pub body: Value,
    pub edges: Vec<Edge>,
    /// `backstage.io/managed-by-location` of the entity: the file it came from.
    pub source: String,
    pub parent_ref: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    Created,
    Updated,
    Unchanged,
    /// Another root location owns this entity reference; it stays theirs.
    Conflict {
        owner: String,
    },
}

/// A processing problem to record against a root location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredError {
    pub source: String,
    pub doc_index: Option<i64>,
    pub line: Option<i64>,
    pub entity_ref: Option<String>,
    pub message: String,
}

struct Existing {
    uid: String,
    hash: String,
    spec_hash: String,
    generation: i64,
    location_key: String,
    orphan: bool,
}

/// Rows per multi-row INSERT: fewer, larger statements, still well under both backends' bind
/// limits (SQLite 32766, PostgreSQL 65535) at 5 binds per row.
const ROWS_PER_INSERT: usize = 1000;

impl CatalogStore {
    /// Stores entities emitted by one root location, in one transaction.
    pub async fn write_entities(
        &self,
        location_key: &str,
        inputs: Vec<EntityInput>,
    ) -> Result<Vec<(String, WriteOutcome)>, StoreError> {
        let refs: Vec<&str> = inputs.iter().map(|i| i.entity_ref.as_str()).collect();
        let existing = self.existing(&refs).await?;
        let now = now_millis();
        let mut tx = self.db.writer().begin().await?;
        let mut outcomes = Vec::with_capacity(inputs.len());
        let mut search: Vec<SearchRow> = Vec::new();
        let mut edges = Vec::new();
        let mut changes = Vec::new();
        let mut created = Vec::new();
        for input in inputs {
            let body_text = input.body.to_string();
            let parent = input.parent_ref.clone().unwrap_or_default();
            let hash = sha1_hex(&[&body_text, &parent]);
            let spec_text = input
                .body
                .get("spec")
                .map(Value::to_string)
                .unwrap_or_default();
            let spec_hash = sha1_hex(&[&spec_text]);
            let previous = existing.get(&input.entity_ref);
            if let Some(previous) = previous {
                if previous.location_key != location_key {
                    outcomes.push((
                        input.entity_ref.clone(),
                        WriteOutcome::Conflict {
                            owner: previous.location_key.clone(),
                        },
                    ));
                    continue;
                }
                if previous.hash == hash && !previous.orphan {
                    outcomes.push((input.entity_ref.clone(), WriteOutcome::Unchanged));
                    continue;
                }
            }
            // Time-ordered uids: new rows land at the right edge of every uid-led index
            // instead of at random pages, which is most of the cost of a bulk ingest.
            let uid = previous
                .map(|p| p.uid.clone())
                .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
            let generation = match previous {
                Some(p) if p.spec_hash == spec_hash => p.generation,
                Some(p) => p.generation + 1,
                None => 1,
            };
            let body = finalize(input.body.clone(), &uid, &hash, generation);
            for row in search_rows(&body) {
                search.push((uid.clone(), row));
            }
            for edge in &input.edges {
                edges.push((edge.clone(), uid.clone()));
            }
            changes.push((input.entity_ref.clone(), uid.clone(), "upsert"));
            let row = Row7 {
                uid: uid.clone(),
                input,
                body: body.to_string(),
                hash,
                spec_hash,
                generation,
            };
            if previous.is_some() {
                self.update_row(&mut tx, &row, now).await?;
                outcomes.push((row.input.entity_ref.clone(), WriteOutcome::Updated));
            } else {
                outcomes.push((row.input.entity_ref.clone(), WriteOutcome::Created));
                created.push(row);
            }
        }
        self.insert_rows(&mut tx, &created, location_key, now)
            .await?;
        self.insert_search(&mut tx, &search).await?;
        self.insert_edges(&mut tx, &edges).await?;
        self.log_changes(&mut tx, &changes, now).await?;
        tx.commit().await?;
        Ok(outcomes)
    }

    async fn existing(&self, refs: &[&str]) -> Result<HashMap<String, Existing>, StoreError> {
        let mut found = HashMap::new();
        for chunk in refs.chunks(ROWS_PER_INSERT / 2) {
            let mut sql = self.sql();
            sql.push(
                "SELECT entity_ref, uid, hash, spec_hash, generation, location_key, orphan \
                 FROM catalog_entities WHERE entity_ref IN ",
            )
            .text_list(chunk);
            for row in sql.query().fetch_all(self.db.pool()).await? {
                found.insert(
                    row.try_get::<String, _>("entity_ref")?,
                    Existing {
                        uid: row.try_get("uid")?,
                        hash: row.try_get("hash")?,
                        spec_hash: row.try_get("spec_hash")?,
                        generation: row.try_get("generation")?,
                        location_key: row.try_get("location_key")?,
                        orphan: row.try_get::<i64, _>("orphan")? != 0,
                    },
                );
            }
        }
        Ok(found)
    }

    async fn update_row(
        &self,
        tx: &mut Transaction<'_, Any>,
        row: &Row7,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut sql = self.sql();
        sql.push("UPDATE catalog_entities SET body = ")
            .text_arg(&row.body)
            .push(", hash = ")
            .text_arg(&row.hash)
            .push(", spec_hash = ")
            .text_arg(&row.spec_hash)
            .push(", generation = ")
            .bind(Arg::Int(row.generation))
            .push(", source = ")
            .text_arg(&row.input.source)
            .push(", parent_ref = ")
            .bind(Arg::OptText(row.input.parent_ref.clone()))
            .push(", orphan = 0, updated_at = ")
            .bind(Arg::Int(now))
            .push(" WHERE uid = ")
            .text_arg(&row.uid);
        sql.query().execute(&mut **tx).await?;
        for table in ["catalog_search", "catalog_relations"] {
            let column = if table == "catalog_search" {
                "uid"
            } else {
                "origin_uid"
            };
            let mut sql = self.sql();
            sql.push(&format!("DELETE FROM {table} WHERE {column} = "))
                .text_arg(&row.uid);
            sql.query().execute(&mut **tx).await?;
        }
        Ok(())
    }

    async fn insert_rows(
        &self,
        tx: &mut Transaction<'_, Any>,
        rows: &[Row7],
        location_key: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        // 14 binds per row.
        for chunk in rows.chunks(ROWS_PER_INSERT / 8) {
            let mut sql = self.sql();
            sql.push(
                "INSERT INTO catalog_entities (uid, entity_ref, kind, namespace, name, body, hash, \
                 spec_hash, generation, location_key, source, parent_ref, orphan, created_at, updated_at) VALUES ",
            );
            for (i, row) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.push("(")
                    .text_arg(&row.uid)
                    .push(", ")
                    .text_arg(&row.input.entity_ref)
                    .push(", ")
                    .text_arg(&row.input.kind)
                    .push(", ")
                    .text_arg(&row.input.namespace)
                    .push(", ")
                    .text_arg(&row.input.name)
                    .push(", ")
                    .text_arg(&row.body)
                    .push(", ")
                    .text_arg(&row.hash)
                    .push(", ")
                    .text_arg(&row.spec_hash)
                    .push(", ")
                    .bind(Arg::Int(row.generation))
                    .push(", ")
                    .text_arg(location_key)
                    .push(", ")
                    .text_arg(&row.input.source)
                    .push(", ")
                    .bind(Arg::OptText(row.input.parent_ref.clone()))
                    .push(", 0, ")
                    .bind(Arg::Int(now))
                    .push(", ")
                    .bind(Arg::Int(now))
                    .push(")");
            }
            sql.query().execute(&mut **tx).await?;
        }
        Ok(())
    }

    async fn insert_search(
        &self,
        tx: &mut Transaction<'_, Any>,
        rows: &[SearchRow],
    ) -> Result<(), StoreError> {
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let mut sql = self.sql();
            sql.push("INSERT INTO catalog_search (uid, key, value, original_value) VALUES ");
            for (i, (uid, row)) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.push("(")
                    .text_arg(uid)
                    .push(", ")
                    .text_arg(&row.key)
                    .push(", ")
                    .bind(Arg::OptText(row.value.clone()))
                    .push(", ")
                    .bind(Arg::OptText(row.original.clone()))
                    .push(")");
            }
            sql.query().execute(&mut **tx).await?;
        }
        Ok(())
    }

    async fn insert_edges(
        &self,
        tx: &mut Transaction<'_, Any>,
        edges: &[(Edge, String)],
    ) -> Result<(), StoreError> {
        for chunk in edges.chunks(ROWS_PER_INSERT) {
            let mut sql = self.sql();
            sql.push(
                "INSERT INTO catalog_relations (source_ref, type, type_key, target_ref, origin_uid) VALUES ",
            );
            for (i, (edge, origin)) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.push("(")
                    .text_arg(edge.source.to_string())
                    .push(", ")
                    .text_arg(edge.relation_type)
                    .push(", ")
                    .text_arg(edge.relation_type.to_lowercase())
                    .push(", ")
                    .text_arg(edge.target.to_string())
                    .push(", ")
                    .text_arg(origin)
                    .push(")");
            }
            sql.query().execute(&mut **tx).await?;
        }
        Ok(())
    }

    async fn log_changes(
        &self,
        tx: &mut Transaction<'_, Any>,
        changes: &[(String, String, &str)],
        now: i64,
    ) -> Result<(), StoreError> {
        for chunk in changes.chunks(ROWS_PER_INSERT) {
            let mut sql = self.sql();
            sql.push("INSERT INTO catalog_changes (entity_ref, uid, op, at) VALUES ");
            for (i, (entity_ref, uid, op)) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.push("(")
                    .text_arg(entity_ref)
                    .push(", ")
                    .text_arg(uid)
                    .push(", ")
                    .text_arg(*op)
                    .push(", ")
                    .bind(Arg::Int(now))
                    .push(")");
            }
            sql.query().execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Entities of a root location as (ref, uid, source, orphan).
    pub async fn location_entities(
        &self,
        location_key: &str,
    ) -> Result<Vec<(String, String, String, bool)>, StoreError> {
        let mut sql = self.sql();
        sql.push(
            "SELECT entity_ref, uid, source, orphan FROM catalog_entities WHERE location_key = ",
        )
        .text_arg(location_key);
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter()
            .map(|row| {
                Ok((
                    row.try_get("entity_ref")?,
                    row.try_get("uid")?,
                    row.try_get("source")?,
                    row.try_get::<i64, _>("orphan")? != 0,
                ))
            })
            .collect()
    }

    /// Marks entities as orphans: annotation `backstage.io/orphan: "true"`, kept until deleted.
    pub async fn mark_orphans(&self, uids: &[String]) -> Result<usize, StoreError> {
        let now = now_millis();
        let mut tx = self.db.writer().begin().await?;
        let mut marked = 0;
        for uid in uids {
            let mut sql = self.sql();
            sql.push(
                "SELECT entity_ref, body, hash, generation FROM catalog_entities WHERE uid = ",
            )
            .text_arg(uid);
            let Some(row) = sql.query().fetch_optional(&mut *tx).await? else {
                continue;
            };
            let entity_ref: String = row.try_get("entity_ref")?;
            let text: String = row.try_get("body")?;
            let hash: String = row.try_get("hash")?;
            let generation: i64 = row.try_get("generation")?;
            let mut body: Value = serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
                entity_ref: entity_ref.clone(),
                reason: e.to_string(),
            })?;
            if let Some(map) = body
                .pointer_mut("/metadata/annotations")
                .and_then(Value::as_object_mut)
            {
                map.insert(
                    annotations::ORPHAN.to_string(),
                    Value::String("true".to_string()),
                );
            } else if let Some(metadata) = body.get_mut("metadata").and_then(Value::as_object_mut) {
                metadata.insert(
                    "annotations".to_string(),
                    serde_json::json!({ annotations::ORPHAN: "true" }),
                );
            }
            if let Some(metadata) = body.get_mut("metadata").and_then(Value::as_object_mut) {
                let etag = sha1_hex(&[&hash, &generation.to_string(), "orphan"]);
                metadata.insert("etag".to_string(), Value::String(etag));
            }
            let mut sql = self.sql();
            sql.push("UPDATE catalog_entities SET orphan = 1, body = ")
                .text_arg(body.to_string())
                .push(", updated_at = ")
                .bind(Arg::Int(now))
                .push(" WHERE uid = ")
                .text_arg(uid);
            sql.query().execute(&mut *tx).await?;
            let mut sql = self.sql();
            sql.push("DELETE FROM catalog_search WHERE uid = ")
                .text_arg(uid);
            sql.query().execute(&mut *tx).await?;
            let rows: Vec<SearchRow> = search_rows(&body)
                .into_iter()
                .map(|row| (uid.clone(), row))
                .collect();
            self.insert_search(&mut tx, &rows).await?;
            self.log_changes(&mut tx, &[(entity_ref, uid.clone(), "upsert")], now)
                .await?;
            marked += 1;
        }
        tx.commit().await?;
        Ok(marked)
    }

    /// Deletes entities with their search rows, outgoing edges and errors.
    pub async fn delete_entities(&self, uids: &[String]) -> Result<usize, StoreError> {
        let now = now_millis();
        let mut tx = self.db.writer().begin().await?;
        let mut deleted = 0;
        for uid in uids {
            let mut sql = self.sql();
            sql.push("SELECT entity_ref FROM catalog_entities WHERE uid = ")
                .text_arg(uid);
            let Some(row) = sql.query().fetch_optional(&mut *tx).await? else {
                continue;
            };
            let entity_ref: String = row.try_get("entity_ref")?;
            for (table, column) in [
                ("catalog_entities", "uid"),
                ("catalog_search", "uid"),
                ("catalog_relations", "origin_uid"),
            ] {
                let mut sql = self.sql();
                sql.push(&format!("DELETE FROM {table} WHERE {column} = "))
                    .text_arg(uid);
                sql.query().execute(&mut *tx).await?;
            }
            self.log_changes(&mut tx, &[(entity_ref, uid.clone(), "delete")], now)
                .await?;
            deleted += 1;
        }
        tx.commit().await?;
        Ok(deleted)
    }

    /// Replaces the recorded problems of one root location with the latest run's.
    pub async fn replace_errors(
        &self,
        location_key: &str,
        errors: &[StoredError],
    ) -> Result<(), StoreError> {
        let now = now_millis();
        let mut tx = self.db.writer().begin().await?;
        let mut sql = self.sql();
        sql.push("DELETE FROM catalog_errors WHERE location_key = ")
            .text_arg(location_key);
        sql.query().execute(&mut *tx).await?;
        for error in errors {
            let mut sql = self.sql();
            sql.push(
                "INSERT INTO catalog_errors (location_key, source, doc_index, line, entity_ref, message, created_at) VALUES (",
            )
            .text_arg(location_key)
            .push(", ")
            .text_arg(&error.source)
            .push(", ")
            .bind(Arg::OptInt(error.doc_index))
            .push(", ")
            .bind(Arg::OptInt(error.line))
            .push(", ")
            .bind(Arg::OptText(error.entity_ref.clone()))
            .push(", ")
            .text_arg(&error.message)
            .push(", ")
            .bind(Arg::Int(now))
            .push(")");
            sql.query().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn insert_location(&self, location: &StoredLocation) -> Result<(), StoreError> {
        let mut sql = self.sql();
        sql.push("INSERT INTO catalog_locations (id, type, target, created_at) VALUES (")
            .text_arg(&location.id)
            .push(", ")
            .text_arg(&location.location_type)
            .push(", ")
            .text_arg(&location.target)
            .push(", ")
            .bind(Arg::Int(now_millis()))
            .push(")");
        sql.query().execute(self.db.writer()).await?;
        Ok(())
    }

    pub async fn delete_location(&self, id: &str) -> Result<bool, StoreError> {
        let mut sql = self.sql();
        sql.push("DELETE FROM catalog_locations WHERE id = ")
            .text_arg(id);
        Ok(sql.query().execute(self.db.writer()).await?.rows_affected() > 0)
    }

    /// The sequence number of the newest change (0 for none): whatever was computed from the
    /// catalog at this number is still true while it stays the same.
    pub async fn last_change(&self) -> Result<i64, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT COALESCE(MAX(seq), 0) AS n FROM catalog_changes");
        let row = sql.query().fetch_one(self.db.pool()).await?;
        Ok(row.try_get("n")?)
    }

    /// The change log after `after`, oldest first, for followers (search, docs, live UI).
    pub async fn changes_after(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT seq, entity_ref, uid, op FROM catalog_changes WHERE seq > ")
            .bind(Arg::Int(after))
            .push(" ORDER BY seq LIMIT ")
            .bind(Arg::Int(limit));
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter()
            .map(|row| {
                Ok(Change {
                    seq: row.try_get("seq")?,
                    entity_ref: row.try_get("entity_ref")?,
                    uid: row.try_get("uid")?,
                    op: row.try_get("op")?,
                })
            })
            .collect()
    }
}

/// The row being written; named for the table's main columns.
struct Row7 {
    uid: String,
    input: EntityInput,
    body: String,
    hash: String,
    spec_hash: String,
    generation: i64,
}

/// Adds the catalog's own metadata: uid, a content etag and the generation.
fn finalize(mut body: Value, uid: &str, hash: &str, generation: i64) -> Value {
    if let Some(metadata) = body.get_mut("metadata").and_then(Value::as_object_mut) {
        metadata.insert("uid".to_string(), Value::String(uid.to_string()));
        let etag = sha1_hex(&[hash, &generation.to_string()]);
        metadata.insert("etag".to_string(), Value::String(etag));
        metadata.insert("generation".to_string(), Value::from(generation));
    }
    body
}
