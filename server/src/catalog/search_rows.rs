//! The flat key/value rows behind filter queries, built as Backstage's buildEntitySearch does:
//! every leaf as `dotted.path = value`, lowercased; string array items also as
//! `path.item = true` (so `metadata.tags.java` works); long keys and values not value-searchable.

use serde_json::Value;

/// Keys and values longer than this are stored without a value, as Backstage does.
const MAX_LENGTH: usize = 200;

/// One row: lowercased key, lowercased value (for matching), and the value as written when
/// that differs (for facets; most values are lowercase already, and storing them twice costs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchKey {
    pub key: String,
    pub value: Option<String>,
    pub original: Option<String>,
}

pub fn search_rows(entity: &Value) -> Vec<SearchKey> {
    let mut rows = Vec::new();
    if let Some(root) = entity.as_object() {
        for (key, value) in root {
            // Relations are matched from their own table; status is not filterable.
            if key == "relations" || key == "status" {
                continue;
            }
            walk(value, key, &mut rows);
        }
    }
    if !rows.iter().any(|r| r.key == "metadata.namespace") {
        push(&mut rows, "metadata.namespace", Some("default".to_string()));
    }
    rows
}

fn walk(value: &Value, path: &str, rows: &mut Vec<SearchKey>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                walk(child, &format!("{path}.{key}"), rows);
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Object(_) | Value::Array(_) => walk(item, path, rows),
                    leaf => {
                        if let Some(text) = leaf_text(leaf) {
                            let key = format!("{path}.{}", text.to_lowercase());
                            push(rows, &key, Some("true".to_string()));
                        }
                        push(rows, path, leaf_text(leaf));
                    }
                }
            }
        }
        leaf => push(rows, path, leaf_text(leaf)),
    }
}

fn leaf_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn push(rows: &mut Vec<SearchKey>, key: &str, value: Option<String>) {
    if key.len() > MAX_LENGTH {
        return;
    }
    let written = value.filter(|v| v.len() <= MAX_LENGTH);
    let lowered = written.as_ref().map(|v| v.to_lowercase());
    let original = written.filter(|w| Some(w) != lowered.as_ref());
    rows.push(SearchKey {
        key: key.to_lowercase(),
        value: lowered,
        original,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn leaves_arrays_and_defaults() {
        let rows = search_rows(&json!({
            "kind": "Component",
            "metadata": {"name": "Checkout", "tags": ["Java"], "annotations": {"backstage.io/orphan": "true"},
                         "links": [{"url": "https://x"}]},
            "spec": {"definition": "x".repeat(300), "replicas": 3},
            "relations": [{"type": "ownedBy"}]
        }));
        let has =
            |k: &str, v: Option<&str>| rows.iter().any(|r| r.key == k && r.value.as_deref() == v);
        assert!(has("kind", Some("component")));
        assert!(has("metadata.name", Some("checkout")));
        assert!(has("metadata.tags", Some("java")));
        assert!(has("metadata.tags.java", Some("true")));
        assert!(has(
            "metadata.annotations.backstage.io/orphan",
            Some("true")
        ));
        assert!(has("metadata.links.url", Some("https://x")));
        assert!(
            has("spec.definition", None),
            "long values keep only the key"
        );
        assert!(has("spec.replicas", Some("3")));
        assert!(has("metadata.namespace", Some("default")));
        assert!(!rows.iter().any(|r| r.key.starts_with("relations")));
        assert!(rows
            .iter()
            .any(|r| r.key == "kind" && r.original.as_deref() == Some("Component")));
    }
}
