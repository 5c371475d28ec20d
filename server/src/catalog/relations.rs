//! Relations derived from spec fields, as Backstage's BuiltinKindsEntityProcessor emits them.
//! Each edge is produced in both directions, so either end can be read without a second query.

use app::model::{
    relation::{self, inverse},
    Entity, EntityRef, RefContext,
};
use serde_json::Value;

use super::validate::Problem;

/// One directed edge between two entity references.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Edge {
    pub source: EntityRef,
    pub relation_type: &'static str,
    pub target: EntityRef,
}

/// (spec field, relation type, default target kind) for every built-in kind.
fn rules_for(kind: &str) -> &'static [(&'static str, &'static str, Option<&'static str>)] {
    use relation::*;
    match kind {
        "Component" => &[
            ("owner", OWNED_BY, Some("Group")),
            ("system", PART_OF, Some("System")),
            ("subcomponentOf", PART_OF, Some("Component")),
            ("providesApis", PROVIDES_API, Some("API")),
            ("consumesApis", CONSUMES_API, Some("API")),
            ("dependsOn", DEPENDS_ON, None),
            ("dependencyOf", DEPENDENCY_OF, None),
        ],
        "API" => &[
            ("owner", OWNED_BY, Some("Group")),
            ("system", PART_OF, Some("System")),
        ],
        "Resource" => &[
            ("owner", OWNED_BY, Some("Group")),
            ("system", PART_OF, Some("System")),
            ("dependsOn", DEPENDS_ON, None),
            ("dependencyOf", DEPENDENCY_OF, None),
        ],
        "System" => &[
            ("owner", OWNED_BY, Some("Group")),
            ("domain", PART_OF, Some("Domain")),
        ],
        "Domain" => &[
            ("owner", OWNED_BY, Some("Group")),
            ("subdomainOf", PART_OF, Some("Domain")),
        ],
        "Group" => &[
            ("parent", CHILD_OF, Some("Group")),
            ("children", PARENT_OF, Some("Group")),
            ("members", HAS_MEMBER, Some("User")),
        ],
        "User" => &[("memberOf", MEMBER_OF, Some("Group"))],
        "Template" => &[("owner", OWNED_BY, Some("Group"))],
        _ => &[],
    }
}

/// The edges an entity's spec implies, both directions, and the references that did not parse.
pub fn derive(entity: &Entity) -> (Vec<Edge>, Vec<Problem>) {
    let mut edges = Vec::new();
    let mut problems = Vec::new();
    let Some(spec) = entity.spec.as_ref() else {
        return (edges, problems);
    };
    let me = entity.entity_ref();
    for (field, relation_type, default_kind) in rules_for(&entity.kind) {
        let targets: Vec<&str> = match spec.get(*field) {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => continue,
        };
        let context = RefContext {
            default_kind: *default_kind,
            default_namespace: Some(entity.namespace()),
        };
        for (i, raw) in targets.into_iter().enumerate() {
            match EntityRef::parse(raw, context) {
                Ok(target) => {
                    if let Some(reverse) = inverse(relation_type) {
                        edges.push(Edge {
                            source: target.clone(),
                            relation_type: reverse,
                            target: me.clone(),
                        });
                    }
                    edges.push(Edge {
                        source: me.clone(),
                        relation_type,
                        target,
                    });
                }
                Err(error) => {
                    let path = match spec.get(*field) {
                        Some(Value::Array(_)) => format!("spec.{field}.{i}"),
                        _ => format!("spec.{field}"),
                    };
                    problems.push(Problem::new(path, error.to_string()));
                }
            }
        }
    }
    edges.sort();
    edges.dedup();
    (edges, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entity(value: Value) -> Entity {
        serde_json::from_value(value).expect("entity")
    }

    fn strings(edges: &[Edge]) -> Vec<String> {
        edges
            .iter()
            .map(|e| format!("{} {} {}", e.source, e.relation_type, e.target))
            .collect()
    }

    #[test]
    fn a_component_relates_to_owner_system_apis_and_dependencies() {
        let component = entity(json!({
            "apiVersion": "backstage.io/v1alpha1", "kind": "Component",
            "metadata": {"name": "checkout", "namespace": "shop"},
            "spec": {"type": "service", "lifecycle": "production", "owner": "team-a",
                     "system": "default/payments", "providesApis": ["checkout-api"],
                     "consumesApis": ["api:billing/invoices"], "dependsOn": ["resource:orders-db"]}
        }));
        let (edges, problems) = derive(&component);
        assert!(problems.is_empty());
        let found = strings(&edges);
        for expected in [
            "component:shop/checkout ownedBy group:shop/team-a",
            "group:shop/team-a ownerOf component:shop/checkout",
            "component:shop/checkout partOf system:default/payments",
            "system:default/payments hasPart component:shop/checkout",
            "component:shop/checkout providesApi api:shop/checkout-api",
            "api:shop/checkout-api apiProvidedBy component:shop/checkout",
            "component:shop/checkout consumesApi api:billing/invoices",
            "component:shop/checkout dependsOn resource:shop/orders-db",
            "resource:shop/orders-db dependencyOf component:shop/checkout",
        ] {
            assert!(
                found.contains(&expected.to_string()),
                "missing {expected}: {found:#?}"
            );
        }
        assert_eq!(found.len(), 10);
    }

    #[test]
    fn owner_may_be_a_user_and_depends_on_needs_a_kind() {
        let component = entity(json!({
            "apiVersion": "backstage.io/v1alpha1", "kind": "Component", "metadata": {"name": "x"},
            "spec": {"type": "a", "lifecycle": "b", "owner": "user:jane", "dependsOn": ["orders-db"]}
        }));
        let (edges, problems) = derive(&component);
        assert!(
            strings(&edges).contains(&"component:default/x ownedBy user:default/jane".to_string())
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "spec.dependsOn.0");
        assert!(problems[0].message.contains("missing or empty kind"));
    }

    #[test]
    fn groups_and_users_form_a_hierarchy() {
        let group = entity(json!({
            "apiVersion": "backstage.io/v1alpha1", "kind": "Group", "metadata": {"name": "team-a"},
            "spec": {"type": "team", "parent": "eng", "children": ["team-a-web"], "members": ["jane"]}
        }));
        let found = strings(&derive(&group).0);
        for expected in [
            "group:default/team-a childOf group:default/eng",
            "group:default/eng parentOf group:default/team-a",
            "group:default/team-a parentOf group:default/team-a-web",
            "group:default/team-a hasMember user:default/jane",
            "user:default/jane memberOf group:default/team-a",
        ] {
            assert!(found.contains(&expected.to_string()), "missing {expected}");
        }
        let user = entity(json!({
            "apiVersion": "backstage.io/v1alpha1", "kind": "User", "metadata": {"name": "jane"},
            "spec": {"memberOf": ["team-a"]}
        }));
        let found = strings(&derive(&user).0);
        assert!(found.contains(&"group:default/team-a hasMember user:default/jane".to_string()));
    }
}
