//! Backstage's entity filter syntax (parseEntityFilterParams.ts): each `filter=` parameter is a
//! set of comma-separated conditions that must all hold; several `filter=` parameters are
//! alternatives. `key=value` matches a value, a bare `key` means the key exists; a key repeated
//! in one set means any of its values. Keys and values compare case-insensitively.

/// One condition: `key` and the values any of which may match (none: the key exists).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub key: String,
    pub values: Vec<String>,
}

/// Alternatives (OR) of condition sets (AND). No alternatives means "everything".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityFilter {
    pub any_of: Vec<Vec<Condition>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FilterError {
    #[error("Invalid filter, \"{0}\" has an empty key")]
    EmptyKey(String),
}

impl EntityFilter {
    pub fn parse<S: AsRef<str>>(params: &[S]) -> Result<EntityFilter, FilterError> {
        let mut any_of = Vec::new();
        for param in params {
            let param = param.as_ref();
            let mut set: Vec<Condition> = Vec::new();
            for part in param.split(',') {
                let part = part.trim();
                if part.is_empty() {
                    continue;
                }
                let (key, value) = match part.split_once('=') {
                    Some((k, v)) => (k.trim(), Some(v.trim())),
                    None => (part, None),
                };
                if key.is_empty() {
                    return Err(FilterError::EmptyKey(param.to_string()));
                }
                let key = key.to_lowercase();
                let existing = set.iter_mut().find(|c| c.key == key);
                match (existing, value) {
                    (Some(condition), Some(value)) => condition.values.push(value.to_lowercase()),
                    // `a, a=b`: the key must exist and equal b, which is just `a=b`.
                    (Some(_), None) => {}
                    (None, value) => set.push(Condition {
                        key,
                        values: value.map(|v| vec![v.to_lowercase()]).unwrap_or_default(),
                    }),
                }
            }
            if !set.is_empty() {
                any_of.push(set);
            }
        }
        Ok(EntityFilter { any_of })
    }

    pub fn is_empty(&self) -> bool {
        self.any_of.is_empty()
    }

    /// Both filters must hold (used when a request adds a filter to a stored query).
    pub fn and(&self, other: &EntityFilter) -> EntityFilter {
        if self.is_empty() {
            return other.clone();
        }
        if other.is_empty() {
            return self.clone();
        }
        let mut any_of = Vec::new();
        for a in &self.any_of {
            for b in &other.any_of {
                any_of.push(a.iter().chain(b.iter()).cloned().collect());
            }
        }
        EntityFilter { any_of }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(key: &str, values: &[&str]) -> Condition {
        Condition {
            key: key.to_string(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn commas_and_repeated_parameters() {
        let filter = EntityFilter::parse(&[
            "kind=User, metadata.namespace=default",
            "kind=group,spec.type",
        ])
        .expect("valid");
        assert_eq!(
            filter.any_of,
            vec![
                vec![
                    condition("kind", &["user"]),
                    condition("metadata.namespace", &["default"])
                ],
                vec![condition("kind", &["group"]), condition("spec.type", &[])],
            ]
        );
    }

    #[test]
    fn repeated_keys_mean_any_value_and_empty_values_are_kept() {
        let filter = EntityFilter::parse(&["kind=component,kind=API,spec.owner="]).expect("valid");
        assert_eq!(
            filter.any_of,
            vec![vec![
                condition("kind", &["component", "api"]),
                condition("spec.owner", &[""])
            ]]
        );
    }

    #[test]
    fn empty_keys_are_input_errors() {
        assert_eq!(
            EntityFilter::parse(&["=x"]),
            Err(FilterError::EmptyKey("=x".to_string()))
        );
        assert!(EntityFilter::parse(&["", " , "]).expect("valid").is_empty());
    }

    #[test]
    fn and_combines_every_alternative() {
        let a = EntityFilter::parse(&["kind=a", "kind=b"]).expect("valid");
        let b = EntityFilter::parse(&["spec.type=x"]).expect("valid");
        assert_eq!(a.and(&b).any_of.len(), 2);
        assert_eq!(a.and(&EntityFilter::default()), a);
    }
}
