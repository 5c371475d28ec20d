//! One entity page: the entity, summaries of everything it relates to, its location and, for
//! API entities, the definition with syntax highlighting.

use app::model::{EntityRef, EntityView, LocationInfo};

use super::{summary, typed};
use crate::{
    catalog::service::{CatalogError, CatalogService},
    highlight::Highlighter,
};

impl CatalogService {
    pub async fn entity_page(
        &self,
        entity_ref: &EntityRef,
        reader: Option<&str>,
        highlighter: &Highlighter,
    ) -> Result<Option<EntityView>, CatalogError> {
        let store = self.store();
        let key = entity_ref.to_string();
        let Some(entity) = store.get_by_ref(&key).await?.and_then(typed) else {
            return Ok(None);
        };
        let mut targets: Vec<String> = entity
            .relations
            .iter()
            .map(|r| r.target_ref.clone())
            .collect();
        targets.sort();
        targets.dedup();
        let related = store
            .get_by_refs(&targets)
            .await?
            .into_iter()
            .flatten()
            .filter_map(summary)
            .collect();
        let starred = match reader {
            Some(reader) => !store
                .starred_among(reader, std::slice::from_ref(&key))
                .await?
                .is_empty(),
            None => false,
        };
        let location = match self.location_of_entity(entity_ref).await {
            Ok(location) => Some(LocationInfo {
                from_config: location.id.starts_with("config-"),
                id: location.id,
                location_type: location.location_type,
                target: location.target,
            }),
            Err(CatalogError::NotFound(_)) => None,
            Err(other) => return Err(other),
        };
        let definition = if entity.kind.eq_ignore_ascii_case("api") {
            entity.spec_str("definition").map(|text| {
                highlighter.highlight(text, definition_language(entity.spec_str("type"), text))
            })
        } else {
            None
        };
        Ok(Some(EntityView {
            entity,
            starred,
            related,
            location,
            definition,
        }))
    }
}

/// The language an API definition is written in: OpenAPI and AsyncAPI are YAML or JSON
/// (whichever the text is), the others are named by their type.
fn definition_language(api_type: Option<&str>, text: &str) -> &'static str {
    match api_type.map(str::to_lowercase).as_deref() {
        Some("graphql") => "graphql",
        Some("grpc") => "protobuf",
        _ if text.trim_start().starts_with('{') => "json",
        _ => "yaml",
    }
}

#[cfg(test)]
mod tests {
    use super::definition_language;

    #[test]
    fn definitions_are_highlighted_in_the_language_they_are_written_in() {
        assert_eq!(
            definition_language(Some("openapi"), "openapi: 3.0.0"),
            "yaml"
        );
        assert_eq!(
            definition_language(Some("openapi"), "  {\"openapi\": 1}"),
            "json"
        );
        assert_eq!(
            definition_language(Some("graphql"), "type Query {}"),
            "graphql"
        );
        assert_eq!(
            definition_language(Some("grpc"), "syntax = \"proto3\";"),
            "protobuf"
        );
    }
}
