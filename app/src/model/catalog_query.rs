//! What the catalog explorer asks for: filters, text, order and page, as they appear in the
//! URL query of /catalog (so a filtered view can be shared, reloaded and rendered by the server).

use serde::{Deserialize, Serialize};

/// Rows per explorer page.
pub const PAGE_SIZE: u32 = 25;

/// A column the explorer can sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortKey {
    #[default]
    Name,
    Kind,
    System,
    Owner,
    Type,
    Lifecycle,
}

impl SortKey {
    pub const ALL: [SortKey; 6] = [
        SortKey::Name,
        SortKey::Kind,
        SortKey::System,
        SortKey::Owner,
        SortKey::Type,
        SortKey::Lifecycle,
    ];

    /// The word used in the URL (`sort=owner`).
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Kind => "kind",
            SortKey::System => "system",
            SortKey::Owner => "owner",
            SortKey::Type => "type",
            SortKey::Lifecycle => "lifecycle",
        }
    }

    pub fn parse(text: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|key| key.as_str() == text)
    }

    /// The entity field the catalog orders by.
    pub fn field(self) -> &'static str {
        match self {
            SortKey::Name => "metadata.name",
            SortKey::Kind => "kind",
            SortKey::System => "spec.system",
            SortKey::Owner => "spec.owner",
            SortKey::Type => "spec.type",
            SortKey::Lifecycle => "spec.lifecycle",
        }
    }
}

/// One explorer view. Every multi-valued filter means "any of these"; different filters must
/// all hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogQuery {
    /// Lowercased kind; `None` shows every kind.
    pub kind: Option<String>,
    pub types: Vec<String>,
    /// Owner entity refs, canonical (`group:default/payments`).
    pub owners: Vec<String>,
    pub lifecycles: Vec<String>,
    pub namespaces: Vec<String>,
    pub tags: Vec<String>,
    /// Only entities the current reader starred.
    pub starred: bool,
    /// Narrows by name, title, description, owner and tags.
    pub text: String,
    pub sort: SortKey,
    pub descending: bool,
    /// 1-based page number.
    pub page: u32,
}

impl Default for CatalogQuery {
    /// Like Backstage, the explorer opens on components.
    fn default() -> Self {
        CatalogQuery {
            kind: Some("component".to_string()),
            types: Vec::new(),
            owners: Vec::new(),
            lifecycles: Vec::new(),
            namespaces: Vec::new(),
            tags: Vec::new(),
            starred: false,
            text: String::new(),
            sort: SortKey::Name,
            descending: false,
            page: 1,
        }
    }
}

/// A named multi-valued filter of the explorer, for building and reading URLs generically.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacetKey {
    Type,
    Owner,
    Lifecycle,
    Namespace,
    Tag,
}

impl FacetKey {
    pub const ALL: [FacetKey; 5] = [
        FacetKey::Type,
        FacetKey::Owner,
        FacetKey::Lifecycle,
        FacetKey::Namespace,
        FacetKey::Tag,
    ];

    /// The URL parameter (`owner=group:default/payments,group:default/search`).
    pub fn param(self) -> &'static str {
        match self {
            FacetKey::Type => "type",
            FacetKey::Owner => "owner",
            FacetKey::Lifecycle => "lifecycle",
            FacetKey::Namespace => "namespace",
            FacetKey::Tag => "tag",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FacetKey::Type => "Type",
            FacetKey::Owner => "Owner",
            FacetKey::Lifecycle => "Lifecycle",
            FacetKey::Namespace => "Namespace",
            FacetKey::Tag => "Tags",
        }
    }
}

impl CatalogQuery {
    /// Reads a query from URL parameters; anything unknown or malformed falls back to the
    /// default instead of failing the page.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> CatalogQuery {
        let list = |key: &str| -> Vec<String> {
            get(key)
                .map(|value| {
                    value
                        .split(',')
                        .map(|v| v.trim().to_lowercase())
                        .filter(|v| !v.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        };
        let defaults = CatalogQuery::default();
        let kind = match get("kind") {
            Some(kind) if kind.trim().is_empty() || kind == "all" => None,
            Some(kind) => Some(kind.trim().to_lowercase()),
            None => defaults.kind,
        };
        CatalogQuery {
            kind,
            types: list("type"),
            owners: list("owner"),
            lifecycles: list("lifecycle"),
            namespaces: list("namespace"),
            tags: list("tag"),
            starred: get("starred").is_some_and(|v| v == "1" || v == "true"),
            text: get("q").unwrap_or_default().trim().to_string(),
            sort: get("sort")
                .and_then(|s| SortKey::parse(&s))
                .unwrap_or_default(),
            descending: get("dir").is_some_and(|d| d == "desc"),
            page: get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    pub fn values(&self, facet: FacetKey) -> &[String] {
        match facet {
            FacetKey::Type => &self.types,
            FacetKey::Owner => &self.owners,
            FacetKey::Lifecycle => &self.lifecycles,
            FacetKey::Namespace => &self.namespaces,
            FacetKey::Tag => &self.tags,
        }
    }

    pub fn values_mut(&mut self, facet: FacetKey) -> &mut Vec<String> {
        match facet {
            FacetKey::Type => &mut self.types,
            FacetKey::Owner => &mut self.owners,
            FacetKey::Lifecycle => &mut self.lifecycles,
            FacetKey::Namespace => &mut self.namespaces,
            FacetKey::Tag => &mut self.tags,
        }
    }

    /// The same view with `value` switched on or off in `facet`, back on page 1.
    pub fn toggled(&self, facet: FacetKey, value: &str) -> CatalogQuery {
        let mut next = self.clone();
        let values = next.values_mut(facet);
        let value = value.to_lowercase();
        if let Some(at) = values.iter().position(|v| *v == value) {
            values.remove(at);
        } else {
            values.push(value);
        }
        next.page = 1;
        next
    }

    /// The same view sorted by `key`; sorting by the current key again flips the direction.
    pub fn sorted_by(&self, key: SortKey) -> CatalogQuery {
        let mut next = self.clone();
        next.descending = self.sort == key && !self.descending;
        next.sort = key;
        next.page = 1;
        next
    }

    /// The URL of this view, leaving out what equals the default so links stay short.
    pub fn href(&self) -> String {
        let defaults = CatalogQuery::default();
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.kind != defaults.kind {
            pairs.push(("kind", self.kind.clone().unwrap_or_else(|| "all".into())));
        }
        for facet in FacetKey::ALL {
            let values = self.values(facet);
            if !values.is_empty() {
                pairs.push((facet.param(), values.join(",")));
            }
        }
        if self.starred {
            pairs.push(("starred", "1".into()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if self.sort != SortKey::Name {
            pairs.push(("sort", self.sort.as_str().into()));
        }
        if self.descending {
            pairs.push(("dir", "desc".into()));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if pairs.is_empty() {
            return "/catalog".to_string();
        }
        let query: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode_component(&v)))
            .collect();
        format!("/catalog?{}", query.join("&"))
    }

    /// The same view on another page.
    pub fn on_page(&self, page: u32) -> CatalogQuery {
        CatalogQuery {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// True when any filter beyond the kind narrows the view.
    pub fn is_narrowed(&self) -> bool {
        FacetKey::ALL.iter().any(|f| !self.values(*f).is_empty())
            || self.starred
            || !self.text.is_empty()
    }
}

/// Percent-encodes a URL query value; `:`, `/` and `,` stay readable because refs and lists
/// are what people share.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b':'
            | b'/'
            | b',' => out.push(byte as char),
            b' ' => out.push_str("%20"),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> CatalogQuery {
        CatalogQuery::from_params(|key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn an_empty_url_shows_components_sorted_by_name() {
        let query = parse(&[]);
        assert_eq!(query.kind.as_deref(), Some("component"));
        assert_eq!(query.href(), "/catalog");
    }

    #[test]
    fn a_shared_url_reads_back_into_the_same_view() {
        let query = parse(&[
            ("kind", "API"),
            ("owner", "group:default/payments, group:default/search"),
            ("lifecycle", "production"),
            ("q", "check out"),
            ("sort", "owner"),
            ("dir", "desc"),
            ("page", "3"),
        ]);
        assert_eq!(query.kind.as_deref(), Some("api"));
        assert_eq!(
            query.owners,
            vec!["group:default/payments", "group:default/search"]
        );
        assert_eq!(query.sort, SortKey::Owner);
        assert!(query.descending);
        let href = query.href();
        assert_eq!(
            href,
            "/catalog?kind=api&owner=group:default/payments,group:default/search&lifecycle=production&q=check%20out&sort=owner&dir=desc&page=3"
        );
        let again = parse(&[
            ("kind", "api"),
            ("owner", "group:default/payments,group:default/search"),
            ("lifecycle", "production"),
            ("q", "check out"),
            ("sort", "owner"),
            ("dir", "desc"),
            ("page", "3"),
        ]);
        assert_eq!(again, query);
    }

    #[test]
    fn malformed_values_fall_back_instead_of_failing() {
        let query = parse(&[("page", "-4"), ("sort", "'; drop"), ("kind", "all")]);
        assert_eq!(query.page, 1);
        assert_eq!(query.sort, SortKey::Name);
        assert_eq!(query.kind, None);
        assert_eq!(query.href(), "/catalog?kind=all");
    }

    #[test]
    fn toggling_a_facet_value_adds_and_removes_it_and_resets_the_page() {
        let query = parse(&[("page", "2")]);
        let on = query.toggled(FacetKey::Tag, "Java");
        assert_eq!(on.tags, vec!["java"]);
        assert_eq!(on.page, 1);
        assert!(on.toggled(FacetKey::Tag, "java").tags.is_empty());
    }

    #[test]
    fn sorting_by_the_same_column_twice_flips_the_direction() {
        let query = CatalogQuery::default();
        let by_owner = query.sorted_by(SortKey::Owner);
        assert!(!by_owner.descending);
        assert!(by_owner.sorted_by(SortKey::Owner).descending);
        assert!(!by_owner.sorted_by(SortKey::Type).descending);
    }
}
