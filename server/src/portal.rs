//! The server's implementation of the UI's `Portal` trait: one implementation behind both
//! doors (server functions here, REST handlers in each feature's module).

use std::sync::Arc;

use app::{
    api::portal::Portal,
    model::{
        AppError, CatalogPage, CatalogQuery, EntityRef, EntityView, ImportPreview, PortalInfo,
        UnregisterPlan,
    },
};

use crate::{catalog::service::CatalogHandle, config::Config, highlight::Highlighter};

pub struct PortalService {
    config: Arc<Config>,
    catalog: CatalogHandle,
    highlighter: Highlighter,
}

impl PortalService {
    pub fn new(config: Arc<Config>, catalog: CatalogHandle) -> PortalService {
        PortalService {
            config,
            catalog,
            highlighter: Highlighter::default(),
        }
    }
}

#[async_trait::async_trait]
impl Portal for PortalService {
    async fn portal_info(&self) -> Result<PortalInfo, AppError> {
        Ok(PortalInfo {
            title: self.config.title(),
            organization: self.config.organization(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        })
    }

    async fn catalog_page(
        &self,
        query: CatalogQuery,
        reader: Option<String>,
    ) -> Result<CatalogPage, AppError> {
        Ok(self
            .catalog
            .explorer_page(&query, reader.as_deref())
            .await?)
    }

    async fn entity_view(
        &self,
        entity_ref: EntityRef,
        reader: Option<String>,
    ) -> Result<Option<EntityView>, AppError> {
        Ok(self
            .catalog
            .entity_page(&entity_ref, reader.as_deref(), &self.highlighter)
            .await?)
    }

    async fn set_star(
        &self,
        reader: String,
        entity_ref: EntityRef,
        starred: bool,
    ) -> Result<bool, AppError> {
        let key = entity_ref.to_string();
        if starred && self.catalog.store().get_by_ref(&key).await?.is_none() {
            return Err(AppError::NotFound(format!("No entity named {key}")));
        }
        self.catalog
            .store()
            .set_star(&reader, &key, starred)
            .await?;
        Ok(starred)
    }

    async fn refresh_entity(&self, entity_ref: EntityRef) -> Result<(), AppError> {
        self.catalog.refresh_entity(&entity_ref).await?;
        Ok(())
    }

    async fn import(&self, target: String, dry_run: bool) -> Result<ImportPreview, AppError> {
        Ok(self.catalog.import(&target, dry_run).await?)
    }

    async fn unregister_plan(&self, entity_ref: EntityRef) -> Result<UnregisterPlan, AppError> {
        Ok(self.catalog.unregister_plan(&entity_ref).await?)
    }

    async fn unregister_location(&self, location_id: String) -> Result<(), AppError> {
        Ok(self.catalog.unregister_location(&location_id).await?)
    }

    async fn delete_entity(&self, uid: String) -> Result<(), AppError> {
        Ok(self.catalog.delete_entity(&uid).await?)
    }

    async fn render_markdown(&self, markdown: String) -> Result<String, AppError> {
        if markdown.len() > crate::markdown::MAX_MARKDOWN_BYTES {
            return Err(AppError::Input(format!(
                "The markdown is {} KB; at most {} KB can be rendered",
                markdown.len() / 1024,
                crate::markdown::MAX_MARKDOWN_BYTES / 1024
            )));
        }
        Ok(crate::markdown::render(&markdown, &self.highlighter))
    }

    async fn highlight(
        &self,
        snippets: Vec<String>,
        language: String,
    ) -> Result<Vec<String>, AppError> {
        let total: usize = snippets.iter().map(String::len).sum();
        if total > crate::markdown::MAX_MARKDOWN_BYTES {
            return Err(AppError::Input(format!(
                "{} KB of code; at most {} KB can be highlighted at once",
                total / 1024,
                crate::markdown::MAX_MARKDOWN_BYTES / 1024
            )));
        }
        Ok(snippets
            .iter()
            .map(|text| self.highlighter.highlight(text, &language).html)
            .collect())
    }
}
