//! Registering and unregistering from the UI: a dry run that lists what a location would add
//! (with every problem, not just the first), the import itself, and what unregistering removes.

use app::model::{EntityRef, EntitySummary, ImportPreview, UnregisterPlan};

use super::summary;
use crate::catalog::{
    location::LocationSpec,
    service::{absolute_spec, CatalogError, CatalogService},
    store::StoredError,
};

impl CatalogService {
    /// Previews (`dry_run`) or registers the location at `target`: an http(s) URL or a path.
    pub async fn import(&self, target: &str, dry_run: bool) -> Result<ImportPreview, CatalogError> {
        let location_type = if target.starts_with("http://") || target.starts_with("https://") {
            "url"
        } else {
            "file"
        };
        let spec = absolute_spec(LocationSpec::new(location_type, target.to_string()));
        spec.parse_target()?;
        if dry_run {
            let exists = self.location_exists(&spec).await?;
            let preview = self.preview(&spec).await?;
            // The first entity is the Location the catalog generates for the registration
            // itself; people import their own entities, so it is not listed.
            let entities = preview
                .entities
                .into_iter()
                .skip(1)
                .filter_map(summary)
                .collect();
            return Ok(ImportPreview {
                location_type: spec.location_type.clone(),
                target: spec.target.clone(),
                exists,
                entities,
                problems: preview.problems.iter().map(problem_text).collect(),
            });
        }
        let (location, entities, _) = self.add_location(spec.clone(), false).await?;
        let problems = self
            .store()
            .errors_of_location(&spec.reference())
            .await?
            .iter()
            .map(problem_text)
            .collect();
        Ok(ImportPreview {
            location_type: location.location_type,
            target: location.target,
            exists: true,
            entities: entities
                .into_iter()
                .filter_map(summary)
                .filter(|s| !is_generated_location(s))
                .collect(),
            problems,
        })
    }

    pub async fn unregister_plan(
        &self,
        entity_ref: &EntityRef,
    ) -> Result<UnregisterPlan, CatalogError> {
        let store = self.store();
        let key = entity_ref.to_string();
        let body = store
            .get_by_ref(&key)
            .await?
            .ok_or_else(|| CatalogError::NotFound(format!("No entity named {key}")))?;
        let uid = body
            .pointer("/metadata/uid")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let entity = summary(body)
            .ok_or_else(|| CatalogError::Input(format!("Entity {key} cannot be read")))?;
        let location = match self.location_of_entity(entity_ref).await {
            Ok(location) => Some(location),
            Err(CatalogError::NotFound(_)) => None,
            Err(other) => return Err(other),
        };
        let mut entities: Vec<EntitySummary> = Vec::new();
        if let Some(location) = &location {
            let location_key =
                LocationSpec::new(&location.location_type, location.target.clone()).reference();
            let refs: Vec<String> = store
                .location_entities(&location_key)
                .await?
                .into_iter()
                .map(|(entity_ref, _, _, _)| entity_ref)
                .collect();
            entities = store
                .get_by_refs(&refs)
                .await?
                .into_iter()
                .flatten()
                .filter_map(summary)
                .filter(|s| !is_generated_location(s))
                .collect();
            entities.sort_by(|a, b| a.entity_ref.cmp(&b.entity_ref));
        }
        Ok(UnregisterPlan {
            entity,
            uid,
            location: location.map(|l| app::model::LocationInfo {
                from_config: l.id.starts_with("config-"),
                id: l.id,
                location_type: l.location_type,
                target: l.target,
            }),
            entities,
        })
    }

    /// Unregisters a registered location; config locations are refused with the reason.
    pub async fn unregister_location(&self, id: &str) -> Result<(), CatalogError> {
        if id.starts_with("config-") {
            return Err(CatalogError::Input(
                "This location comes from app-config.yaml (catalog.locations); remove it there"
                    .to_string(),
            ));
        }
        self.delete_location(id).await
    }

    pub async fn delete_entity(&self, uid: &str) -> Result<(), CatalogError> {
        let deleted = self.store().delete_entities(&[uid.to_string()]).await?;
        if deleted == 0 {
            return Err(CatalogError::NotFound(format!("No entity with uid {uid}")));
        }
        Ok(())
    }
}

fn is_generated_location(summary: &EntitySummary) -> bool {
    summary.kind == "Location" && summary.name.starts_with("generated-")
}

/// `file:line: message`, as `portico validate` prints it.
fn problem_text(problem: &StoredError) -> String {
    match problem.line {
        Some(line) => format!("{}:{line}: {}", problem.source, problem.message),
        None => format!("{}: {}", problem.source, problem.message),
    }
}
