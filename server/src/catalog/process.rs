//! Turns the text of one catalog file into entities: parse documents, resolve `$text`/`$json`/
//! `$yaml` placeholders, validate, fill defaults and the catalog's annotations, derive relations,
//! and collect the targets of `kind: Location` entities. Pure apart from placeholder reads.

use app::model::{entity::annotations, Entity, EntityRef};
use serde_json::Value;

use super::{
    location::{LocationSpec, Target},
    reader::Reader,
    relations::{self, Edge},
    validate::{self, KindRules, Problem},
    yaml::{self, FieldLines},
};

/// What a file is being read for: where it is, which root location it belongs to, and which
/// Location entity led to it.
#[derive(Clone, Debug)]
pub struct FileContext {
    pub target: Target,
    /// The root location (config or registered) this file was reached from.
    pub origin: LocationSpec,
    /// The Location entity that named this file (ancestry parent of its entities).
    pub parent_ref: String,
    pub rules: KindRules,
}

#[derive(Clone, Debug)]
pub struct ProcessedEntity {
    pub entity: Entity,
    pub edges: Vec<Edge>,
    pub doc_index: usize,
    pub line: usize,
}

/// A problem found in a file, placed as precisely as the file allows.
#[derive(Clone, Debug, PartialEq)]
pub struct FileProblem {
    pub doc_index: Option<usize>,
    pub line: Option<usize>,
    /// The entity the broken document describes, when its kind and name could be read.
    pub entity_ref: Option<String>,
    pub message: String,
}

/// A file named by a Location entity in this file.
#[derive(Clone, Debug)]
pub struct ChildLocation {
    pub target: Target,
    pub parent_ref: String,
    /// `presence: optional` lets the file be missing without an error.
    pub optional: bool,
}

#[derive(Debug, Default)]
pub struct FileOutcome {
    pub entities: Vec<ProcessedEntity>,
    pub problems: Vec<FileProblem>,
    pub children: Vec<ChildLocation>,
}

pub async fn process_file(context: &FileContext, text: &str, reader: &Reader) -> FileOutcome {
    let mut outcome = FileOutcome::default();
    for document in yaml::parse_documents(text) {
        let document = match document {
            Ok(document) => document,
            Err(error) => {
                outcome.problems.push(FileProblem {
                    doc_index: Some(error.index),
                    line: Some(error.line),
                    entity_ref: None,
                    message: error.message,
                });
                continue;
            }
        };
        let mut value = document.value;
        let mut problems = resolve_placeholders(&mut value, &context.target, reader).await;
        if problems.is_empty() {
            if let Err(found) = validate::validate_document(&value, &context.rules) {
                problems = found;
            }
        }
        let entity = if problems.is_empty() {
            match build_entity(value.clone(), context) {
                Ok(entity) => Some(entity),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            }
        } else {
            None
        };
        // Names the entity a broken document describes, so its errors can be shown on it.
        let entity_ref = EntityRef::of_json(&value).map(|r| r.to_string());
        let report = |problems: Vec<Problem>, outcome: &mut FileOutcome, lines: &FieldLines| {
            for problem in problems {
                outcome.problems.push(FileProblem {
                    doc_index: Some(document.index),
                    line: lines.line_of(&problem.path).or(Some(document.line)),
                    entity_ref: entity_ref.clone(),
                    message: problem.message,
                });
            }
        };
        let Some(entity) = entity else {
            report(problems, &mut outcome, &document.lines);
            continue;
        };
        let (edges, relation_problems) = relations::derive(&entity);
        if !relation_problems.is_empty() {
            report(relation_problems, &mut outcome, &document.lines);
            continue;
        }
        if entity.kind == "Location" {
            collect_children(
                &entity,
                context,
                &mut outcome,
                document.index,
                document.line,
            );
        }
        outcome.entities.push(ProcessedEntity {
            entity,
            edges,
            doc_index: document.index,
            line: document.line,
        });
    }
    outcome
}

fn build_entity(value: Value, context: &FileContext) -> Result<Entity, Problem> {
    let mut entity: Entity = serde_json::from_value(value)
        .map_err(|e| Problem::new("", format!("Invalid entity: {e}")))?;
    // DefaultNamespacePolicy: an entity without a namespace lives in `default`.
    if entity.metadata.namespace.is_none() {
        entity.metadata.namespace = Some(app::model::entity_ref::DEFAULT_NAMESPACE.to_string());
    }
    // The catalog owns these; values in the file are not trusted.
    for key in ["uid", "etag", "generation"] {
        entity.metadata.extra.remove(key);
    }
    entity.metadata.uid = None;
    entity.metadata.etag = None;
    entity.metadata.generation = None;
    annotate(&mut entity, context);
    Ok(entity)
}

/// The annotations Backstage's AnnotateLocationEntityProcessor sets; an author's own view,
/// edit and source values win, the managed-by pair never does.
fn annotate(entity: &mut Entity, context: &FileContext) {
    let own = &mut entity.metadata.annotations;
    let set = |own: &mut serde_json::Map<String, Value>, key: &str, value: String| {
        own.insert(key.to_string(), Value::String(value));
    };
    set(
        own,
        annotations::MANAGED_BY_LOCATION,
        context.target.spec().reference(),
    );
    set(
        own,
        annotations::MANAGED_BY_ORIGIN_LOCATION,
        context.origin.reference(),
    );
    own.remove(annotations::ORPHAN);
    if let Target::Url(url) = &context.target {
        let defaults = [
            (annotations::VIEW_URL, url.to_string()),
            (annotations::EDIT_URL, edit_url(url)),
            (
                annotations::SOURCE_LOCATION,
                context.target.folder_reference(),
            ),
        ];
        for (key, value) in defaults {
            own.entry(key.to_string()).or_insert(Value::String(value));
        }
    }
}

/// GitHub and GitLab open a file for editing at `/edit/` where they show it at `/blob/`.
fn edit_url(url: &url::Url) -> String {
    let text = url.to_string();
    if text.contains("/blob/")
        && url
            .host_str()
            .is_some_and(|h| h.contains("github") || h.contains("gitlab"))
    {
        text.replacen("/blob/", "/edit/", 1)
    } else {
        text
    }
}

fn collect_children(
    entity: &Entity,
    context: &FileContext,
    outcome: &mut FileOutcome,
    doc_index: usize,
    line: usize,
) {
    let spec = entity.spec.as_ref();
    let location_type = entity.spec_str("type");
    let optional = entity.spec_str("presence") == Some("optional");
    let mut targets: Vec<&str> = Vec::new();
    if let Some(target) = entity.spec_str("target") {
        targets.push(target);
    }
    if let Some(Value::Array(items)) = spec.and_then(|s| s.get("targets")) {
        targets.extend(items.iter().filter_map(Value::as_str));
    }
    let parent_ref = entity.entity_ref().to_string();
    for raw in targets {
        match context.target.join(location_type, raw) {
            Ok(target) => outcome.children.push(ChildLocation {
                target,
                parent_ref: parent_ref.clone(),
                optional,
            }),
            Err(error) => outcome.problems.push(FileProblem {
                doc_index: Some(doc_index),
                line: Some(line),
                entity_ref: Some(parent_ref.clone()),
                message: error.to_string(),
            }),
        }
    }
}

/// Replaces `{$text: path}`, `{$json: path}` and `{$yaml: path}` with the file they name.
async fn resolve_placeholders(value: &mut Value, base: &Target, reader: &Reader) -> Vec<Problem> {
    let mut found = Vec::new();
    find_placeholders(value, String::new(), &mut found);
    let mut problems = Vec::new();
    for (pointer, kind, target) in found {
        let resolved = match base.join(None, &target) {
            Ok(resolved) => resolved,
            Err(error) => {
                problems.push(Problem::new(dotted(&pointer), error.to_string()));
                continue;
            }
        };
        let text = match reader.read(&resolved).await {
            Ok(text) => text,
            Err(error) => {
                problems.push(Problem::new(
                    dotted(&pointer),
                    format!("Placeholder ${kind} could not read {error}"),
                ));
                continue;
            }
        };
        let replacement = match kind.as_str() {
            "text" => Ok(Value::String(text)),
            "json" => serde_json::from_str(&text).map_err(|e| e.to_string()),
            _ => match yaml::parse_documents(&text).into_iter().next() {
                Some(Ok(doc)) => Ok(doc.value),
                Some(Err(e)) => Err(e.message),
                None => Ok(Value::Null),
            },
        };
        match (replacement, value.pointer_mut(&pointer)) {
            (Ok(new), Some(slot)) => *slot = new,
            (Err(reason), _) => problems.push(Problem::new(
                dotted(&pointer),
                format!("Placeholder ${kind} failed to parse {target}: {reason}"),
            )),
            (Ok(_), None) => {}
        }
    }
    problems
}

fn dotted(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

fn find_placeholders(value: &Value, pointer: String, found: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) => {
            if map.len() == 1 {
                if let Some((key, Value::String(target))) = map.iter().next() {
                    if let Some(kind @ ("text" | "json" | "yaml")) = key.strip_prefix('$') {
                        found.push((pointer, kind.to_string(), target.clone()));
                        return;
                    }
                }
            }
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                find_placeholders(child, format!("{pointer}/{escaped}"), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                find_placeholders(child, format!("{pointer}/{i}"), found);
            }
        }
        _ => {}
    }
}
