//! `fields=`: keep only the named subtrees of each entity (parseEntityTransformParams.ts).

use serde_json::{Map, Value};

pub fn prune(entity: Value, fields: &[String]) -> Value {
    if fields.is_empty() {
        return entity;
    }
    let mut out = Value::Object(Map::new());
    for field in fields {
        let parts: Vec<&str> = field.split('.').collect();
        if let Some(value) = lookup(&entity, &parts) {
            insert(&mut out, &parts, value.clone());
        }
    }
    out
}

fn lookup<'a>(value: &'a Value, parts: &[&str]) -> Option<&'a Value> {
    parts.iter().try_fold(value, |v, key| v.get(*key))
}

fn insert(out: &mut Value, parts: &[&str], value: Value) {
    let Some((last, parents)) = parts.split_last() else {
        return;
    };
    let mut node = out;
    for key in parents {
        let Some(map) = node.as_object_mut() else {
            return;
        };
        node = map
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Some(map) = node.as_object_mut() {
        map.insert(last.to_string(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_only_named_paths() {
        let entity = json!({"kind": "Component", "metadata": {"name": "a", "tags": ["x"], "uid": "1"}, "spec": {"type": "service"}});
        let fields = vec![
            "kind".to_string(),
            "metadata.name".to_string(),
            "spec.missing".to_string(),
        ];
        assert_eq!(
            prune(entity, &fields),
            json!({"kind": "Component", "metadata": {"name": "a"}})
        );
    }
}
