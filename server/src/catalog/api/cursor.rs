//! Opaque paging cursors: the query that produced a page plus where the next page starts,
//! base64url-encoded JSON. A cursor replaces filter, order and text parameters, as in Backstage.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde::{Deserialize, Serialize};

use super::error::ApiError;

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Cursor {
    #[serde(default)]
    pub filter: Vec<String>,
    /// (field, descending)
    #[serde(default)]
    pub order: Vec<(String, bool)>,
    #[serde(default)]
    pub term: Option<String>,
    #[serde(default)]
    pub text_fields: Vec<String>,
    pub offset: i64,
    #[serde(default)]
    pub total: Option<i64>,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn decode(raw: &str) -> Result<Cursor, ApiError> {
        URL_SAFE_NO_PAD
            .decode(raw.trim())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or_else(|| ApiError::input(format!("Malformed cursor \"{raw}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let cursor = Cursor {
            filter: vec!["kind=component".to_string()],
            order: vec![("metadata.name".to_string(), false)],
            term: Some("pay".to_string()),
            text_fields: vec![],
            offset: 40,
            total: Some(90),
        };
        assert_eq!(Cursor::decode(&cursor.encode()).expect("valid"), cursor);
        assert!(Cursor::decode("not-a-cursor!").is_err());
    }
}
