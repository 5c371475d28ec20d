//! Reading the catalog: single entities, pages under a filter and order, facets, locations,
//! errors. Entities are assembled here from their body, their edges and their recorded errors.

use std::collections::HashMap;

use app::model::{entity::PROCESSING_STATUS_TYPE, EntityRef, RefContext};
use serde_json::{json, Value};
use sqlx::Row;

use super::{Arg, CatalogStore, Sql, StoreError, StoredError, StoredLocation};
use crate::catalog::filter::{Condition, EntityFilter};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderField {
    /// A lowercased dotted path, e.g. `metadata.name`.
    pub field: String,
    pub descending: bool,
}

#[derive(Clone, Debug, Default)]
pub struct PageQuery {
    pub filter: EntityFilter,
    pub order: Vec<OrderField>,
    pub full_text_term: Option<String>,
    pub full_text_fields: Vec<String>,
    /// Only entities this reader starred (the explorer's "starred" filter).
    pub starred_by: Option<String>,
    pub offset: i64,
    pub limit: Option<i64>,
}

#[derive(Debug, Default)]
pub struct EntityPage {
    pub items: Vec<Value>,
}

impl CatalogStore {
    pub async fn get_by_ref(&self, entity_ref: &str) -> Result<Option<Value>, StoreError> {
        let mut found = self
            .load("entity_ref", &[entity_ref.to_lowercase()])
            .await?;
        Ok(found.pop())
    }

    pub async fn get_by_uid(&self, uid: &str) -> Result<Option<Value>, StoreError> {
        let mut found = self.load("uid", &[uid.to_string()]).await?;
        Ok(found.pop())
    }

    /// Entities in the order of `refs`, `None` where a ref names nothing.
    pub async fn get_by_refs(&self, refs: &[String]) -> Result<Vec<Option<Value>>, StoreError> {
        let lowered: Vec<String> = refs.iter().map(|r| r.to_lowercase()).collect();
        let mut by_ref: HashMap<String, Value> = HashMap::new();
        for chunk in lowered.chunks(400) {
            for entity in self.load("entity_ref", chunk).await? {
                if let Some(key) = EntityRef::of_json(&entity).map(|r| r.to_string()) {
                    by_ref.insert(key, entity);
                }
            }
        }
        Ok(lowered.iter().map(|r| by_ref.get(r).cloned()).collect())
    }

    /// Full entities (relations and status included) whose `column` is one of `keys`.
    async fn load(&self, column: &str, keys: &[String]) -> Result<Vec<Value>, StoreError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = self.sql();
        sql.push(&format!(
            "SELECT entity_ref, body FROM catalog_entities WHERE {column} IN "
        ))
        .text_list(keys);
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        let mut bodies = Vec::with_capacity(rows.len());
        for row in rows {
            let entity_ref: String = row.try_get("entity_ref")?;
            let text: String = row.try_get("body")?;
            let body: Value = serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
                entity_ref: entity_ref.clone(),
                reason: e.to_string(),
            })?;
            bodies.push((entity_ref, body));
        }
        self.assemble(bodies).await
    }

    /// Adds relations (with the legacy `target` triple) and processing errors as status items.
    async fn assemble(&self, bodies: Vec<(String, Value)>) -> Result<Vec<Value>, StoreError> {
        let refs: Vec<&str> = bodies.iter().map(|(r, _)| r.as_str()).collect();
        let mut relations: HashMap<String, Vec<(String, String)>> = HashMap::new();
        let mut errors: HashMap<String, Vec<String>> = HashMap::new();
        for chunk in refs.chunks(400) {
            let mut sql = self.sql();
            sql.push(
                "SELECT source_ref, type, target_ref FROM catalog_relations WHERE source_ref IN ",
            )
            .text_list(chunk);
            for row in sql.query().fetch_all(self.db.pool()).await? {
                relations
                    .entry(row.try_get("source_ref")?)
                    .or_default()
                    .push((row.try_get("type")?, row.try_get("target_ref")?));
            }
            let mut sql = self.sql();
            sql.push("SELECT entity_ref, message FROM catalog_errors WHERE entity_ref IN ")
                .text_list(chunk);
            for row in sql.query().fetch_all(self.db.pool()).await? {
                errors
                    .entry(row.try_get("entity_ref")?)
                    .or_default()
                    .push(row.try_get("message")?);
            }
        }
        let mut out = Vec::with_capacity(bodies.len());
        for (entity_ref, mut body) in bodies {
            let mut edges = relations.remove(&entity_ref).unwrap_or_default();
            edges.sort();
            edges.dedup();
            let items: Vec<Value> = edges
                .into_iter()
                .map(|(relation_type, target_ref)| {
                    let target = EntityRef::parse(&target_ref, RefContext::default()).ok();
                    json!({"type": relation_type, "targetRef": target_ref, "target": target})
                })
                .collect();
            if let Some(map) = body.as_object_mut() {
                map.insert("relations".to_string(), Value::Array(items));
                if let Some(messages) = errors.remove(&entity_ref) {
                    let items: Vec<Value> = messages
                        .into_iter()
                        .map(|message| {
                            json!({"type": PROCESSING_STATUS_TYPE, "level": "error", "message": message,
                                   "error": {"name": "InputError", "message": message}})
                        })
                        .collect();
                    map.insert("status".to_string(), json!({ "items": items }));
                }
            }
            out.push(body);
        }
        Ok(out)
    }

    /// The uids of a page under `query`, in order.
    async fn page_uids(&self, query: &PageQuery) -> Result<Vec<String>, StoreError> {
        let mut sql = self.sql();
        // The sort values are computed in an inner query: PostgreSQL cannot use output aliases
        // inside ORDER BY expressions.
        sql.push("SELECT uid FROM (SELECT e.uid");
        for (i, order) in query.order.iter().enumerate() {
            // Name and kind are columns of the entity row: sorting by them needs no lookup per
            // row (the common case: the explorer opens sorted by name). Names and kinds are
            // ASCII by validation, so LOWER matches the lowercased search values.
            match order.field.as_str() {
                "metadata.name" => sql.push(&format!(", LOWER(e.name) AS o{i}")),
                "kind" => sql.push(&format!(", LOWER(e.kind) AS o{i}")),
                field => sql
                    .push(
                        ", (SELECT MIN(s.value) FROM catalog_search s WHERE s.uid = e.uid AND s.key = ",
                    )
                    .text_arg(field)
                    .push(&format!(") AS o{i}")),
            };
        }
        sql.push(" FROM catalog_entities e WHERE ");
        self.push_conditions(&mut sql, query);
        sql.push(") page ORDER BY ");
        for (i, order) in query.order.iter().enumerate() {
            let direction = if order.descending { "DESC" } else { "ASC" };
            // Missing values sort last on both backends.
            sql.push(&format!("(o{i} IS NULL), o{i} {direction}, "));
        }
        sql.push("uid");
        if let Some(limit) = query.limit {
            sql.push(" LIMIT ").bind(Arg::Int(limit));
        } else if query.offset > 0 {
            sql.push(" LIMIT ").bind(Arg::Int(i64::MAX));
        }
        if query.offset > 0 {
            sql.push(" OFFSET ").bind(Arg::Int(query.offset));
        }
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter()
            .map(|row| row.try_get::<String, _>("uid").map_err(StoreError::from))
            .collect()
    }

    pub async fn query(&self, query: &PageQuery) -> Result<EntityPage, StoreError> {
        let uids = self.page_uids(query).await?;
        let mut by_uid: HashMap<String, Value> = HashMap::new();
        for chunk in uids.chunks(400) {
            for entity in self.load("uid", chunk).await? {
                if let Some(uid) = entity.pointer("/metadata/uid").and_then(Value::as_str) {
                    by_uid.insert(uid.to_string(), entity);
                }
            }
        }
        let items = uids.iter().filter_map(|u| by_uid.remove(u)).collect();
        Ok(EntityPage { items })
    }

    pub async fn count(&self, query: &PageQuery) -> Result<i64, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT COUNT(*) AS n FROM catalog_entities e WHERE ");
        self.push_conditions(&mut sql, query);
        let row = sql.query().fetch_one(self.db.pool()).await?;
        Ok(row.try_get("n")?)
    }

    fn push_conditions(&self, sql: &mut Sql, query: &PageQuery) {
        push_filter(sql, &query.filter);
        if let Some(user_ref) = &query.starred_by {
            sql.push(
                " AND e.entity_ref IN (SELECT entity_ref FROM catalog_stars WHERE user_ref = ",
            )
            .text_arg(user_ref)
            .push(")");
        }
        if let Some(term) = query
            .full_text_term
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            let fields: Vec<String> = if query.full_text_fields.is_empty() {
                vec![query
                    .order
                    .first()
                    .map(|o| o.field.clone())
                    .unwrap_or_else(|| "metadata.uid".to_string())]
            } else {
                query
                    .full_text_fields
                    .iter()
                    .map(|f| f.to_lowercase())
                    .collect()
            };
            let pattern = format!("%{}%", escape_like(&term.trim().to_lowercase()));
            sql.push(" AND e.uid IN (SELECT uid FROM catalog_search WHERE key IN ")
                .text_list(&fields)
                .push(" AND value LIKE ")
                .text_arg(pattern)
                .push(" ESCAPE '\\')");
        }
    }

    /// `{facet: [(value, count)]}` over the entities matching `filter`, most common first.
    pub async fn facets(
        &self,
        filter: &EntityFilter,
        facets: &[String],
    ) -> Result<Vec<(String, Vec<(String, i64)>)>, StoreError> {
        let mut out = Vec::new();
        for facet in facets {
            let mut sql = self.sql();
            sql.push(
                "SELECT COALESCE(s.original_value, s.value) AS v, COUNT(DISTINCT s.uid) AS n \
                 FROM catalog_search s JOIN catalog_entities e ON e.uid = s.uid WHERE s.key = ",
            )
            .text_arg(facet.to_lowercase())
            .push(" AND s.value IS NOT NULL AND ");
            push_filter(&mut sql, filter);
            sql.push(" GROUP BY COALESCE(s.original_value, s.value) ORDER BY n DESC, v");
            let rows = sql.query().fetch_all(self.db.pool()).await?;
            let mut values = Vec::with_capacity(rows.len());
            for row in rows {
                values.push((row.try_get("v")?, row.try_get("n")?));
            }
            out.push((facet.clone(), values));
        }
        Ok(out)
    }

    /// `[(target_ref, count)]` of one relation type (lowercased, e.g. `ownedby`) over the
    /// entities matching `filter`, most common first: the explorer's owner facet.
    pub async fn relation_facet(
        &self,
        filter: &EntityFilter,
        type_key: &str,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut sql = self.sql();
        sql.push(
            "SELECT r.target_ref AS v, COUNT(DISTINCT r.source_ref) AS n FROM catalog_relations r \
             JOIN catalog_entities e ON e.entity_ref = r.source_ref WHERE r.type_key = ",
        )
        .text_arg(type_key)
        .push(" AND ");
        push_filter(&mut sql, filter);
        sql.push(" GROUP BY r.target_ref ORDER BY n DESC, v");
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        let mut values = Vec::with_capacity(rows.len());
        for row in rows {
            values.push((row.try_get("v")?, row.try_get("n")?));
        }
        Ok(values)
    }

    /// The Location entity that emitted an entity, for ancestry.
    pub async fn parent_of(&self, entity_ref: &str) -> Result<Option<String>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT parent_ref FROM catalog_entities WHERE entity_ref = ")
            .text_arg(entity_ref.to_lowercase());
        let row = sql.query().fetch_optional(self.db.pool()).await?;
        Ok(match row {
            Some(row) => row
                .try_get::<Option<String>, _>("parent_ref")?
                .filter(|p| !p.is_empty()),
            None => None,
        })
    }

    /// The root location key that owns an entity.
    pub async fn location_key_of(&self, entity_ref: &str) -> Result<Option<String>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT location_key FROM catalog_entities WHERE entity_ref = ")
            .text_arg(entity_ref.to_lowercase());
        let row = sql.query().fetch_optional(self.db.pool()).await?;
        Ok(match row {
            Some(row) => Some(row.try_get("location_key")?),
            None => None,
        })
    }

    pub async fn errors_of_location(
        &self,
        location_key: &str,
    ) -> Result<Vec<StoredError>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT source, doc_index, line, entity_ref, message FROM catalog_errors WHERE location_key = ")
            .text_arg(location_key)
            .push(" ORDER BY source, doc_index, line");
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter()
            .map(|row| {
                Ok(StoredError {
                    source: row.try_get("source")?,
                    doc_index: row.try_get("doc_index")?,
                    line: row.try_get("line")?,
                    entity_ref: row.try_get("entity_ref")?,
                    message: row.try_get("message")?,
                })
            })
            .collect()
    }

    pub async fn locations(&self) -> Result<Vec<StoredLocation>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT id, type, target FROM catalog_locations ORDER BY created_at, id");
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter().map(location_row).collect()
    }

    pub async fn location(&self, id: &str) -> Result<Option<StoredLocation>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT id, type, target FROM catalog_locations WHERE id = ")
            .text_arg(id);
        sql.query()
            .fetch_optional(self.db.pool())
            .await?
            .map(location_row)
            .transpose()
    }

    pub async fn location_by_spec(
        &self,
        location_type: &str,
        target: &str,
    ) -> Result<Option<StoredLocation>, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT id, type, target FROM catalog_locations WHERE type = ")
            .text_arg(location_type)
            .push(" AND target = ")
            .text_arg(target);
        sql.query()
            .fetch_optional(self.db.pool())
            .await?
            .map(location_row)
            .transpose()
    }

    /// Number of stored entities (for logs and metrics).
    pub async fn entity_count(&self) -> Result<i64, StoreError> {
        let mut sql = self.sql();
        sql.push("SELECT COUNT(*) AS n FROM catalog_entities");
        Ok(sql.query().fetch_one(self.db.pool()).await?.try_get("n")?)
    }
}

fn location_row(row: sqlx::any::AnyRow) -> Result<StoredLocation, StoreError> {
    Ok(StoredLocation {
        id: row.try_get("id")?,
        location_type: row.try_get("type")?,
        target: row.try_get("target")?,
    })
}

fn escape_like(term: &str) -> String {
    term.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// `(set AND set) OR (...)`; an empty filter is `1 = 1`.
fn push_filter(sql: &mut Sql, filter: &EntityFilter) {
    if filter.is_empty() {
        sql.push("1 = 1");
        return;
    }
    sql.push("(");
    for (i, set) in filter.any_of.iter().enumerate() {
        if i > 0 {
            sql.push(" OR ");
        }
        sql.push("(");
        // One selective condition drives the lookup from the (key, value) index; the others
        // are probed per candidate through the (uid, key, value) index. Low-cardinality keys
        // such as `kind` make poor drivers, so they go last.
        let (relations, mut plain): (Vec<&Condition>, Vec<&Condition>) =
            set.iter().partition(|c| c.key.starts_with("relations."));
        plain.sort_by_key(|c| driver_rank(c));
        if let Some((driver, probes)) = plain.split_first() {
            sql.push("e.uid IN (");
            push_uids(sql, driver);
            sql.push(")");
            for condition in probes {
                sql.push(
                    " AND EXISTS (SELECT 1 FROM catalog_search p WHERE p.uid = e.uid AND p.key = ",
                )
                .text_arg(&condition.key);
                if !condition.values.is_empty() {
                    sql.push(" AND p.value IN ").text_list(&condition.values);
                }
                sql.push(")");
            }
        }
        for (j, condition) in relations.iter().enumerate() {
            if j > 0 || !plain.is_empty() {
                sql.push(" AND ");
            }
            push_relation(sql, condition);
        }
        sql.push(")");
    }
    sql.push(")");
}

/// Lower is a better driver: a value beats a bare "exists", and a few keys hold the same value
/// for a large share of the catalog.
fn driver_rank(condition: &Condition) -> u8 {
    let broad = matches!(
        condition.key.as_str(),
        "kind" | "apiversion" | "metadata.namespace" | "spec.lifecycle" | "spec.type"
    );
    u8::from(condition.values.is_empty()) * 2 + u8::from(broad)
}

fn push_uids(sql: &mut Sql, condition: &Condition) {
    sql.push("SELECT uid FROM catalog_search WHERE key = ")
        .text_arg(&condition.key);
    if !condition.values.is_empty() {
        sql.push(" AND value IN ").text_list(&condition.values);
    }
}

fn push_relation(sql: &mut Sql, condition: &Condition) {
    let relation = condition.key.trim_start_matches("relations.");
    sql.push("e.entity_ref IN (SELECT source_ref FROM catalog_relations WHERE type_key = ")
        .text_arg(relation);
    if !condition.values.is_empty() {
        sql.push(" AND target_ref IN ").text_list(&condition.values);
    }
    sql.push(")");
}
