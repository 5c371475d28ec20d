//! Stars: which entities each reader marked, for the explorer's filter and the star toggles.

use sqlx::Row;

use super::{now_millis, Arg, CatalogStore, StoreError};

impl CatalogStore {
    /// Stars or unstars `entity_ref` (canonical) for `user_ref`; doing it twice is harmless.
    pub async fn set_star(
        &self,
        user_ref: &str,
        entity_ref: &str,
        starred: bool,
    ) -> Result<(), StoreError> {
        let mut sql = self.sql();
        if starred {
            sql.push("INSERT INTO catalog_stars (user_ref, entity_ref, created_at) VALUES (")
                .text_arg(user_ref)
                .push(", ")
                .text_arg(entity_ref)
                .push(", ")
                .bind(Arg::Int(now_millis()))
                .push(") ON CONFLICT (user_ref, entity_ref) DO NOTHING");
        } else {
            sql.push("DELETE FROM catalog_stars WHERE user_ref = ")
                .text_arg(user_ref)
                .push(" AND entity_ref = ")
                .text_arg(entity_ref);
        }
        sql.query().execute(self.db.writer()).await?;
        Ok(())
    }

    /// Which of `entity_refs` the reader starred.
    pub async fn starred_among(
        &self,
        user_ref: &str,
        entity_refs: &[String],
    ) -> Result<Vec<String>, StoreError> {
        if entity_refs.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = self.sql();
        sql.push("SELECT entity_ref FROM catalog_stars WHERE user_ref = ")
            .text_arg(user_ref)
            .push(" AND entity_ref IN ")
            .text_list(entity_refs);
        let rows = sql.query().fetch_all(self.db.pool()).await?;
        rows.into_iter()
            .map(|row| row.try_get("entity_ref").map_err(StoreError::from))
            .collect()
    }
}
