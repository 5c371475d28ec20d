//! Entity references, `[<kind>:][<namespace>/]<name>`, parsed exactly as Backstage's
//! catalog-model does (packages/catalog-model/src/entity/ref.ts): the first `:` and the first
//! `/` are located, and if the `/` comes first there is no kind part (`ns/a:b` is namespace
//! `ns`, name `a:b`). Canonical form is `kind:namespace/name`, all lowercase.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The namespace an entity lives in when it names none.
pub const DEFAULT_NAMESPACE: &str = "default";

/// A parsed, canonical (lowercased) reference to one entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRef {
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

/// Why a string is not an entity reference; the message follows Backstage's wording.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EntityRefError {
    #[error("Entity reference \"{0}\" was not on the form [<kind>:][<namespace>/]<name>")]
    Malformed(String),
    #[error("Entity reference \"{0}\" had missing or empty kind (e.g. did not start with \"component:\" or similar)")]
    MissingKind(String),
}

/// What fills in the parts a reference leaves out, e.g. `spec.owner` defaults to kind Group
/// and to the referring entity's namespace.
#[derive(Clone, Copy, Debug, Default)]
pub struct RefContext<'a> {
    pub default_kind: Option<&'a str>,
    pub default_namespace: Option<&'a str>,
}

impl EntityRef {
    pub fn new(kind: &str, namespace: &str, name: &str) -> EntityRef {
        EntityRef {
            kind: kind.to_lowercase(),
            namespace: namespace.to_lowercase(),
            name: name.to_lowercase(),
        }
    }

    /// Parses a reference, taking missing parts from `context`.
    pub fn parse(input: &str, context: RefContext<'_>) -> Result<EntityRef, EntityRefError> {
        let malformed = || EntityRefError::Malformed(input.to_string());
        let colon = input.find(':');
        let slash = input.find('/');
        // A `/` before the first `:` means the colon belongs to the name.
        let colon = match (colon, slash) {
            (Some(c), Some(s)) if s < c => None,
            (c, _) => c,
        };
        let (kind, rest) = match colon {
            Some(at) => (Some(&input[..at]), &input[at + 1..]),
            None => (None, input),
        };
        let (namespace, name) = match rest.find('/') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (None, rest),
        };
        if kind == Some("") || namespace == Some("") || name.is_empty() {
            return Err(malformed());
        }
        let kind = kind
            .or(context.default_kind)
            .filter(|k| !k.is_empty())
            .ok_or_else(|| EntityRefError::MissingKind(input.to_string()))?;
        let namespace = namespace
            .or(context.default_namespace)
            .unwrap_or(DEFAULT_NAMESPACE);
        Ok(EntityRef::new(kind, namespace, name))
    }
}

impl EntityRef {
    /// The reference of an entity given as JSON, when it names a kind and a name; a missing
    /// namespace is `default`.
    pub fn of_json(entity: &serde_json::Value) -> Option<EntityRef> {
        let kind = entity.get("kind")?.as_str()?;
        let metadata = entity.get("metadata")?;
        let name = metadata.get("name")?.as_str()?;
        let namespace = metadata
            .get("namespace")
            .and_then(serde_json::Value::as_str)
            .unwrap_or(DEFAULT_NAMESPACE);
        Some(EntityRef::new(kind, namespace, name))
    }
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}/{}", self.kind, self.namespace, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Result<EntityRef, EntityRefError> {
        EntityRef::parse(input, RefContext::default())
    }

    #[test]
    fn full_references_are_lowercased() {
        let parsed = parse("Component:Payments/Checkout-API").expect("valid");
        assert_eq!(parsed.to_string(), "component:payments/checkout-api");
    }

    #[test]
    fn namespace_defaults_to_default() {
        assert_eq!(
            parse("group:team-a").expect("valid").to_string(),
            "group:default/team-a"
        );
    }

    #[test]
    fn context_supplies_kind_and_namespace() {
        let context = RefContext {
            default_kind: Some("Group"),
            default_namespace: Some("payments"),
        };
        assert_eq!(
            EntityRef::parse("team-a", context)
                .expect("valid")
                .to_string(),
            "group:payments/team-a"
        );
        // Explicit parts win over the context.
        assert_eq!(
            EntityRef::parse("user:default/jane", context)
                .expect("valid")
                .to_string(),
            "user:default/jane"
        );
    }

    #[test]
    fn a_slash_before_the_colon_means_no_kind() {
        let context = RefContext {
            default_kind: Some("component"),
            default_namespace: None,
        };
        let parsed = EntityRef::parse("ns/a:b", context).expect("valid");
        assert_eq!(parsed.namespace, "ns");
        assert_eq!(parsed.name, "a:b");
    }

    #[test]
    fn missing_kind_without_context_is_an_error() {
        assert_eq!(
            parse("team-a"),
            Err(EntityRefError::MissingKind("team-a".to_string()))
        );
    }

    #[test]
    fn empty_parts_are_malformed() {
        for input in ["", ":x", "group:", "group:/x", "group:ns/", "/x"] {
            assert!(
                matches!(parse(input), Err(EntityRefError::Malformed(_))),
                "{input:?} should be malformed"
            );
        }
    }
}
