//! Validation of one entity document with Backstage's policies: no foreign root fields, the
//! field formats of FieldFormatEntityPolicy, and the built-in kind schemas. Unlike Backstage,
//! which stops at the first failure, every problem is reported, so an author fixes a file in
//! one pass; each message keeps Backstage's wording.

mod formats;
mod kinds;

pub use formats::*;
pub use kinds::KindRules;

use serde_json::Value;

/// One problem with a document: the dotted field path it concerns and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

const FORMAT_DOCS: &str = "To learn more about catalog file format, visit: https://github.com/backstage/backstage/blob/master/docs/architecture-decisions/adr002-default-catalog-file-format.md";

const NAME_EXPECTATION: &str =
    "a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total";
const DNS_EXPECTATION: &str =
    "a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total";
const TAG_EXPECTATION: &str =
    "a string that is sequences of [a-z0-9+#:] separated by [-], at most 63 characters in total";

fn invalid(field: &str, expectation: &str, found: &Value) -> String {
    let found = match found {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    format!("\"{field}\" is not valid; expected {expectation} but found \"{found}\". {FORMAT_DOCS}")
}

/// The root fields a catalog file may set; `relations` and `status` belong to the catalog.
const ROOT_FIELDS: [&str; 4] = ["apiVersion", "kind", "metadata", "spec"];

/// Checks a document as read from a file. `Ok` means the catalog accepts it.
pub fn validate_document(doc: &Value, rules: &KindRules) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(root) = doc.as_object() else {
        return Err(vec![Problem::new("", "Expected object at root")]);
    };
    for key in root.keys() {
        if !ROOT_FIELDS.contains(&key.as_str()) {
            problems.push(Problem::new(key.clone(), format!("Unknown field {key}")));
        }
    }
    validate_envelope(doc, &mut problems);
    if problems.is_empty() {
        kinds::validate_kind(doc, rules, &mut problems);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Like `validate_document`, for an entity the catalog produced itself (it may carry
/// `relations` and `status`), as `POST /validate-entity` receives it.
pub fn validate_entity(doc: &Value, rules: &KindRules) -> Result<(), Vec<Problem>> {
    let mut stripped = doc.clone();
    if let Some(root) = stripped.as_object_mut() {
        root.remove("relations");
        root.remove("status");
    }
    validate_document(&stripped, rules)
}

fn require_string<'a>(doc: &'a Value, field: &str, problems: &mut Vec<Problem>) -> Option<&'a str> {
    match lookup(doc, field) {
        None | Some(Value::Null) => {
            problems.push(Problem::new(field, format!("{field} must have a value")));
            None
        }
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            problems.push(Problem::new(
                field,
                format!(
                    "\"{field}\" is not valid; expected a string but found {other}. {FORMAT_DOCS}"
                ),
            ));
            None
        }
    }
}

fn lookup<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |value, key| value.get(key))
}

fn check(field: &str, value: &Value, ok: bool, expectation: &str, problems: &mut Vec<Problem>) {
    if !ok {
        problems.push(Problem::new(field, invalid(field, expectation, value)));
    }
}

fn validate_envelope(doc: &Value, problems: &mut Vec<Problem>) {
    if let Some(api_version) = require_string(doc, "apiVersion", problems) {
        check(
            "apiVersion",
            &doc["apiVersion"],
            is_valid_api_version(api_version),
            "a valid prefix and/or suffix",
            problems,
        );
    }
    if let Some(kind) = require_string(doc, "kind", problems) {
        check(
            "kind",
            &doc["kind"],
            is_valid_kind(kind),
            "a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total",
            problems,
        );
    }
    let Some(metadata) = doc.get("metadata").filter(|m| !m.is_null()) else {
        problems.push(Problem::new("metadata", "metadata must have a value"));
        return;
    };
    if !metadata.is_object() {
        problems.push(Problem::new("metadata", "metadata must be an object"));
        return;
    }
    validate_metadata(doc, metadata, problems);
}

fn validate_metadata(doc: &Value, metadata: &Value, problems: &mut Vec<Problem>) {
    if let Some(name) = require_string(doc, "metadata.name", problems) {
        let ok = is_valid_object_name(name);
        check(
            "metadata.name",
            &metadata["name"],
            ok,
            NAME_EXPECTATION,
            problems,
        );
    }
    match metadata.get("namespace") {
        None => {}
        Some(Value::String(ns)) => check(
            "metadata.namespace",
            &metadata["namespace"],
            is_valid_dns_label(ns),
            DNS_EXPECTATION,
            problems,
        ),
        Some(other) => check(
            "metadata.namespace",
            other,
            false,
            DNS_EXPECTATION,
            problems,
        ),
    }
    for field in ["title", "description"] {
        if let Some(value) = metadata.get(field) {
            if !value.is_string() {
                problems.push(Problem::new(
                    format!("metadata.{field}"),
                    format!("metadata.{field} must be a string"),
                ));
            }
        }
    }
    validate_key_values(metadata, "labels", problems);
    validate_key_values(metadata, "annotations", problems);
    validate_tags(metadata, problems);
    validate_links(metadata, problems);
}

fn validate_key_values(metadata: &Value, section: &str, problems: &mut Vec<Problem>) {
    let Some(value) = metadata.get(section) else {
        return;
    };
    let Some(map) = value.as_object() else {
        problems.push(Problem::new(
            format!("metadata.{section}"),
            format!("metadata.{section} must be an object of strings"),
        ));
        return;
    };
    for (key, value) in map {
        let field = format!("{section}.{key}");
        let path = format!("metadata.{section}.{key}");
        if !is_valid_key(key) {
            let message = invalid(
                &field,
                "a valid prefix and/or suffix",
                &Value::from(key.as_str()),
            );
            problems.push(Problem::new(path.clone(), message));
        }
        let ok = match (section, value) {
            ("labels", Value::String(v)) => is_valid_label_value(v),
            ("annotations", Value::String(_)) => true,
            _ => false,
        };
        let expectation = if section == "labels" {
            NAME_EXPECTATION
        } else {
            "a string"
        };
        if !ok {
            problems.push(Problem::new(path, invalid(&field, expectation, value)));
        }
    }
}

fn validate_tags(metadata: &Value, problems: &mut Vec<Problem>) {
    let Some(tags) = metadata.get("tags") else {
        return;
    };
    let Some(tags) = tags.as_array() else {
        problems.push(Problem::new(
            "metadata.tags",
            "metadata.tags must be an array of strings",
        ));
        return;
    };
    for (i, tag) in tags.iter().enumerate() {
        let ok = tag.as_str().is_some_and(is_valid_tag);
        if !ok {
            let field = format!("tags.{i}");
            problems.push(Problem::new(
                format!("metadata.tags.{i}"),
                invalid(&field, TAG_EXPECTATION, tag),
            ));
        }
    }
}

fn validate_links(metadata: &Value, problems: &mut Vec<Problem>) {
    let Some(links) = metadata.get("links") else {
        return;
    };
    let Some(links) = links.as_array() else {
        problems.push(Problem::new(
            "metadata.links",
            "metadata.links must be an array",
        ));
        return;
    };
    for (i, link) in links.iter().enumerate() {
        let path = format!("metadata.links.{i}");
        match link.get("url") {
            None | Some(Value::Null) => problems.push(Problem::new(
                format!("{path}.url"),
                format!("links.{i}.url must have a value"),
            )),
            Some(url) => {
                let ok = url.as_str().is_some_and(is_valid_url);
                let field = format!("links.{i}.url");
                check_at(
                    &format!("{path}.url"),
                    &field,
                    url,
                    ok,
                    "a string that is a valid url",
                    problems,
                );
            }
        }
        if let Some(title) = link.get("title") {
            let ok = title.as_str().is_some_and(|t| !t.trim().is_empty());
            let field = format!("links.{i}.title");
            check_at(
                &format!("{path}.title"),
                &field,
                title,
                ok,
                "a non empty string",
                problems,
            );
        }
        if let Some(icon) = link.get("icon") {
            let ok = icon.as_str().is_some_and(is_valid_object_name);
            let field = format!("links.{i}.icon");
            check_at(
                &format!("{path}.icon"),
                &field,
                icon,
                ok,
                NAME_EXPECTATION,
                problems,
            );
        }
    }
}

fn check_at(
    path: &str,
    field: &str,
    value: &Value,
    ok: bool,
    expectation: &str,
    problems: &mut Vec<Problem>,
) {
    if !ok {
        problems.push(Problem::new(path, invalid(field, expectation, value)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn component() -> Value {
        json!({
            "apiVersion": "backstage.io/v1alpha1",
            "kind": "Component",
            "metadata": {
                "name": "checkout",
                "labels": {"tier": "gold"},
                "annotations": {"backstage.io/techdocs-ref": "dir:."},
                "tags": ["java", "c++"],
                "links": [{"url": "https://example.com", "title": "Home", "icon": "web"}],
                "customKey": {"kept": true}
            },
            "spec": {"type": "service", "lifecycle": "production", "owner": "team-a"}
        })
    }

    fn problems(doc: &Value) -> Vec<Problem> {
        validate_document(doc, &KindRules::default())
            .err()
            .unwrap_or_default()
    }

    fn paths(doc: &Value) -> Vec<String> {
        problems(doc).into_iter().map(|p| p.path).collect()
    }

    #[test]
    fn a_complete_component_is_valid() {
        assert_eq!(problems(&component()), vec![]);
    }

    #[test]
    fn bad_names_give_backstages_message() {
        let mut doc = component();
        doc["metadata"]["name"] = json!("My Service");
        let found = problems(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "metadata.name");
        assert!(found[0].message.starts_with(
            "\"metadata.name\" is not valid; expected a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total but found \"My Service\"."
        ), "{}", found[0].message);
    }

    #[test]
    fn missing_name_and_uppercase_namespace() {
        let mut doc = component();
        doc["metadata"] = json!({"namespace": "Prod"});
        let found = problems(&doc);
        assert_eq!(found[0].message, "metadata.name must have a value");
        assert_eq!(found[1].path, "metadata.namespace");
    }

    #[test]
    fn foreign_root_fields_are_rejected_but_allowed_for_api_entities() {
        let mut doc = component();
        doc["relations"] = json!([]);
        doc["status"] = json!({});
        let found = problems(&doc);
        let messages: Vec<_> = found.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            vec!["Unknown field relations", "Unknown field status"]
        );
        assert!(validate_entity(&doc, &KindRules::default()).is_ok());
    }

    #[test]
    fn labels_annotations_tags_and_links() {
        let mut doc = component();
        doc["metadata"]["labels"] = json!({"Bad Key": "x", "ok": "bad value!"});
        doc["metadata"]["annotations"] = json!({"flag": true, "ok/x": "1"});
        doc["metadata"]["tags"] = json!(["Java", "ok"]);
        doc["metadata"]["links"] = json!([{"title": " "}, {"url": "/relative"}]);
        assert_eq!(
            paths(&doc),
            vec![
                "metadata.labels.Bad Key",
                "metadata.labels.ok",
                "metadata.annotations.flag",
                "metadata.tags.0",
                "metadata.links.0.url",
                "metadata.links.0.title",
                "metadata.links.1.url",
            ]
        );
    }

    #[test]
    fn api_version_and_kind_formats() {
        let mut doc = component();
        doc["apiVersion"] = json!("a/b/c");
        doc["kind"] = json!("My-Kind");
        assert_eq!(paths(&doc), vec!["apiVersion", "kind"]);
    }
}
