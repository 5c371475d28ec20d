//! The built-in kinds' spec schemas (catalog-model src/schema/kinds/*.schema.json and the
//! scaffolder's Template.v1beta3 schema), and which kinds a catalog accepts at all.

use serde_json::Value;

use super::Problem;

const CORE_API_VERSIONS: [&str; 2] = ["backstage.io/v1alpha1", "backstage.io/v1beta1"];
const TEMPLATE_API_VERSIONS: [&str; 1] = ["scaffolder.backstage.io/v1beta3"];

pub const BUILTIN_KINDS: [&str; 9] = [
    "Component",
    "API",
    "Resource",
    "System",
    "Domain",
    "Group",
    "User",
    "Location",
    "Template",
];

/// Which kinds the catalog takes in. Built-in kinds are accepted by default; `catalog.rules`
/// (Backstage's `[{allow: [Kind, ...]}]`) replaces that list and may name custom kinds, which
/// then get envelope validation only.
#[derive(Clone, Debug)]
pub struct KindRules {
    allowed: Vec<String>,
}

impl Default for KindRules {
    fn default() -> KindRules {
        KindRules::allow(BUILTIN_KINDS.iter().map(|k| k.to_string()))
    }
}

impl KindRules {
    pub fn allow(kinds: impl IntoIterator<Item = String>) -> KindRules {
        KindRules {
            allowed: kinds.into_iter().map(|k| k.to_lowercase()).collect(),
        }
    }

    /// These rules plus the kinds a single location allows (`catalog.locations[].rules`).
    pub fn with(&self, extra: &[String]) -> KindRules {
        let mut allowed = self.allowed.clone();
        allowed.extend(extra.iter().map(|k| k.to_lowercase()));
        KindRules { allowed }
    }

    pub fn allows(&self, kind: &str) -> bool {
        self.allowed.iter().any(|k| k.eq_ignore_ascii_case(kind))
    }

    pub fn allowed_kinds(&self) -> &[String] {
        &self.allowed
    }
}

#[derive(Clone, Copy)]
enum Field {
    /// A non-empty string.
    Text,
    /// An array of non-empty strings.
    List,
    /// Any JSON object.
    Object,
    /// An object, or an array of objects (Template parameters).
    ObjectOrList,
}

struct KindSchema {
    api_versions: &'static [&'static str],
    required: &'static [(&'static str, Field)],
    optional: &'static [(&'static str, Field)],
}

fn schema(kind: &str) -> Option<KindSchema> {
    use Field::*;
    let core = &CORE_API_VERSIONS[..];
    let schema = match kind {
        "Component" => KindSchema {
            api_versions: core,
            required: &[("type", Text), ("lifecycle", Text), ("owner", Text)],
            optional: &[
                ("system", Text),
                ("subcomponentOf", Text),
                ("providesApis", List),
                ("consumesApis", List),
                ("dependsOn", List),
                ("dependencyOf", List),
            ],
        },
        "API" => KindSchema {
            api_versions: core,
            required: &[
                ("type", Text),
                ("lifecycle", Text),
                ("owner", Text),
                ("definition", Text),
            ],
            optional: &[("system", Text)],
        },
        "Resource" => KindSchema {
            api_versions: core,
            required: &[("type", Text), ("owner", Text)],
            optional: &[
                ("dependsOn", List),
                ("dependencyOf", List),
                ("system", Text),
            ],
        },
        "System" => KindSchema {
            api_versions: core,
            required: &[("owner", Text)],
            optional: &[("domain", Text), ("type", Text)],
        },
        "Domain" => KindSchema {
            api_versions: core,
            required: &[("owner", Text)],
            optional: &[("subdomainOf", Text), ("type", Text)],
        },
        "Group" => KindSchema {
            api_versions: core,
            required: &[("type", Text), ("children", List)],
            optional: &[("profile", Object), ("parent", Text), ("members", List)],
        },
        "User" => KindSchema {
            api_versions: core,
            required: &[("memberOf", List)],
            optional: &[("profile", Object)],
        },
        "Location" => KindSchema {
            api_versions: core,
            required: &[],
            optional: &[
                ("type", Text),
                ("target", Text),
                ("targets", List),
                ("presence", Text),
            ],
        },
        "Template" => KindSchema {
            api_versions: &TEMPLATE_API_VERSIONS,
            required: &[("type", Text), ("steps", List)],
            optional: &[
                ("owner", Text),
                ("parameters", ObjectOrList),
                ("output", Object),
            ],
        },
        _ => return None,
    };
    Some(schema)
}

pub(super) fn validate_kind(doc: &Value, rules: &KindRules, problems: &mut Vec<Problem>) {
    let kind = doc["kind"].as_str().unwrap_or_default();
    let api_version = doc["apiVersion"].as_str().unwrap_or_default();
    if !rules.allows(kind) {
        problems.push(Problem::new(
            "kind",
            format!(
                "Kind \"{kind}\" is not allowed in this catalog (allowed: {}); add it to catalog.rules to accept it",
                rules.allowed_kinds().join(", ")
            ),
        ));
        return;
    }
    let Some(schema) = schema(kind) else {
        // A custom kind the rules allow: the envelope is all there is to check.
        return;
    };
    if !schema.api_versions.contains(&api_version) {
        problems.push(Problem::new(
            "apiVersion",
            format!(
                "No processor recognized the entity as valid, possibly caused by a foreign kind or apiVersion: kind {kind} needs apiVersion {}, found \"{api_version}\"",
                schema.api_versions.join(" or ")
            ),
        ));
        return;
    }
    let spec = match doc.get("spec") {
        None | Some(Value::Null) => {
            problems.push(Problem::new("spec", "spec must have a value"));
            return;
        }
        Some(Value::Object(spec)) => spec,
        Some(_) => {
            problems.push(Problem::new("spec", "spec must be an object"));
            return;
        }
    };
    for (name, field) in schema.required {
        match spec.get(*name) {
            None | Some(Value::Null) => problems.push(Problem::new(
                format!("spec.{name}"),
                format!("spec.{name} must have a value"),
            )),
            Some(value) => check_field(name, *field, value, problems),
        }
    }
    for (name, field) in schema.optional {
        if let Some(value) = spec.get(*name) {
            check_field(name, *field, value, problems);
        }
    }
    if kind == "Template" {
        check_template_steps(spec.get("steps"), problems);
    }
    if kind == "Location" {
        if let Some(presence) = spec.get("presence").and_then(Value::as_str) {
            if !matches!(presence, "required" | "optional") {
                problems.push(Problem::new(
                    "spec.presence",
                    format!(
                        "spec.presence must be \"required\" or \"optional\", found \"{presence}\""
                    ),
                ));
            }
        }
    }
}

fn check_field(name: &str, field: Field, value: &Value, problems: &mut Vec<Problem>) {
    let path = format!("spec.{name}");
    let non_empty = |v: &Value| v.as_str().is_some_and(|s| !s.is_empty());
    match field {
        Field::Text if !non_empty(value) => {
            problems.push(Problem::new(
                path.clone(),
                format!("{path} must be a non-empty string"),
            ));
        }
        Field::List => match value.as_array() {
            None => problems.push(Problem::new(
                path.clone(),
                format!("{path} must be an array"),
            )),
            Some(items) if name != "steps" => {
                for (i, item) in items.iter().enumerate() {
                    if !non_empty(item) {
                        problems.push(Problem::new(
                            format!("{path}.{i}"),
                            format!("{path}.{i} must be a non-empty string"),
                        ));
                    }
                }
            }
            Some(_) => {}
        },
        Field::Object if !value.is_object() => {
            problems.push(Problem::new(
                path.clone(),
                format!("{path} must be an object"),
            ));
        }
        Field::ObjectOrList
            if !(value.is_object()
                || value
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_object))) =>
        {
            problems.push(Problem::new(
                path.clone(),
                format!("{path} must be an object or an array of objects"),
            ));
        }
        _ => {}
    }
}

fn check_template_steps(steps: Option<&Value>, problems: &mut Vec<Problem>) {
    let Some(steps) = steps.and_then(Value::as_array) else {
        return;
    };
    for (i, step) in steps.iter().enumerate() {
        let has_action = step
            .get("action")
            .and_then(Value::as_str)
            .is_some_and(|a| !a.is_empty());
        if !has_action {
            problems.push(Problem::new(
                format!("spec.steps.{i}.action"),
                format!("spec.steps.{i}.action must have a value"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::validate_document;
    use super::*;
    use serde_json::json;

    fn entity(kind: &str, spec: Value) -> Value {
        let api_version = if kind == "Template" {
            "scaffolder.backstage.io/v1beta3"
        } else {
            "backstage.io/v1alpha1"
        };
        json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}, "spec": spec})
    }

    fn paths(doc: &Value, rules: &KindRules) -> Vec<String> {
        validate_document(doc, rules)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.path)
            .collect()
    }

    #[test]
    fn every_builtin_kind_accepts_its_minimal_spec() {
        let rules = KindRules::default();
        let minimal = [
            (
                "Component",
                json!({"type": "service", "lifecycle": "production", "owner": "a"}),
            ),
            (
                "API",
                json!({"type": "openapi", "lifecycle": "production", "owner": "a", "definition": "openapi: 3.0.0"}),
            ),
            ("Resource", json!({"type": "database", "owner": "a"})),
            ("System", json!({"owner": "a"})),
            ("Domain", json!({"owner": "a"})),
            ("Group", json!({"type": "team", "children": []})),
            ("User", json!({"memberOf": []})),
            ("Location", json!({"targets": ["./a.yaml"]})),
            (
                "Template",
                json!({"type": "service", "steps": [{"action": "fetch:template"}]}),
            ),
        ];
        for (kind, spec) in minimal {
            assert_eq!(
                paths(&entity(kind, spec), &rules),
                Vec::<String>::new(),
                "{kind}"
            );
        }
    }

    #[test]
    fn required_spec_fields_are_named() {
        let rules = KindRules::default();
        assert_eq!(
            paths(&entity("Component", json!({"type": ""})), &rules),
            vec!["spec.type", "spec.lifecycle", "spec.owner"]
        );
        assert_eq!(
            paths(
                &entity("API", json!({"type": "x", "lifecycle": "y", "owner": "z"})),
                &rules
            ),
            vec!["spec.definition"]
        );
        assert_eq!(
            paths(&entity("Group", json!({"type": "team"})), &rules),
            vec!["spec.children"]
        );
        assert_eq!(
            paths(&entity("User", json!({"memberOf": [1]})), &rules),
            vec!["spec.memberOf.0"]
        );
        assert_eq!(
            paths(
                &entity("Template", json!({"type": "x", "steps": [{}]})),
                &rules
            ),
            vec!["spec.steps.0.action"]
        );
        let mut no_spec = entity("System", json!(null));
        no_spec.as_object_mut().map(|o| o.remove("spec"));
        assert_eq!(paths(&no_spec, &rules), vec!["spec"]);
    }

    #[test]
    fn unknown_kinds_need_a_rule_and_wrong_api_versions_fail() {
        let custom = entity("Environment", json!({"anything": true}));
        assert_eq!(paths(&custom, &KindRules::default()), vec!["kind"]);
        let rules = KindRules::default().with(&["Environment".to_string()]);
        assert!(paths(&custom, &rules).is_empty());

        let mut wrong = entity(
            "Component",
            json!({"type": "a", "lifecycle": "b", "owner": "c"}),
        );
        wrong["apiVersion"] = json!("example.com/v1");
        assert_eq!(paths(&wrong, &KindRules::default()), vec!["apiVersion"]);

        let only_components = KindRules::allow(["Component".to_string()]);
        assert_eq!(
            paths(&entity("System", json!({"owner": "a"})), &only_components),
            vec!["kind"]
        );
    }
}
