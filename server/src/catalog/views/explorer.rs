//! The explorer page: one filtered, sorted page of entities, its total, and the values each
//! filter offers (counted over the chosen kind, so choosing a value never hides the others).

use app::model::{
    catalog_page::short_ref, catalog_query::PAGE_SIZE, CatalogFacets, CatalogPage, CatalogQuery,
    EntityRef, FacetValue, RefContext,
};

use super::summary;
use crate::catalog::{
    filter::{Condition, EntityFilter},
    service::{CatalogError, CatalogService},
    store::{OrderField, PageQuery},
};

/// The fields the text box searches: what people type to find something.
const TEXT_FIELDS: [&str; 5] = [
    "metadata.name",
    "metadata.title",
    "metadata.description",
    "spec.owner",
    "metadata.tags",
];

impl CatalogService {
    pub async fn explorer_page(
        &self,
        query: &CatalogQuery,
        reader: Option<&str>,
    ) -> Result<CatalogPage, CatalogError> {
        let filter = filter_of(query);
        let starred_by = match (query.starred, reader) {
            (false, _) => None,
            // A reader with no identity has starred nothing; match no user rather than all.
            (true, reader) => Some(reader.unwrap_or("").to_string()),
        };
        let page = query.page.max(1);
        let mut order = vec![OrderField {
            field: query.sort.field().to_string(),
            descending: query.descending,
        }];
        if query.sort.field() != "metadata.name" {
            order.push(OrderField {
                field: "metadata.name".to_string(),
                descending: false,
            });
        }
        let page_query = PageQuery {
            filter: filter.clone(),
            order,
            full_text_term: Some(query.text.clone()).filter(|t| !t.is_empty()),
            full_text_fields: TEXT_FIELDS.iter().map(|f| f.to_string()).collect(),
            starred_by,
            offset: i64::from(page - 1) * i64::from(PAGE_SIZE),
            limit: Some(i64::from(PAGE_SIZE)),
        };
        let store = self.store();
        let total = store.count(&page_query).await?;
        let items = store.query(&page_query).await?.items;
        let mut rows: Vec<_> = items.into_iter().filter_map(summary).collect();
        if let Some(reader) = reader {
            let refs: Vec<String> = rows.iter().map(|r| r.entity_ref.to_string()).collect();
            let starred = store.starred_among(reader, &refs).await?;
            for row in &mut rows {
                row.starred = starred.contains(&row.entity_ref.to_string());
            }
        }
        Ok(CatalogPage {
            rows,
            total: u64::try_from(total).unwrap_or(0),
            page,
            page_size: PAGE_SIZE,
            facets: self.facets_for(query).await?,
        })
    }

    async fn facets_for(&self, query: &CatalogQuery) -> Result<CatalogFacets, CatalogError> {
        let version = self.store().last_change().await?;
        let cached = self
            .facet_cache
            .lock()
            .ok()
            .and_then(|cache| cache.get(&query.kind).cloned())
            .filter(|(at, _)| *at == version)
            .map(|(_, facets)| facets);
        if let Some(facets) = cached {
            return Ok(facets);
        }
        let facets = self.count_facets(query).await?;
        if let Ok(mut cache) = self.facet_cache.lock() {
            cache.insert(query.kind.clone(), (version, facets.clone()));
        }
        Ok(facets)
    }

    async fn count_facets(&self, query: &CatalogQuery) -> Result<CatalogFacets, CatalogError> {
        let store = self.store();
        let kinds = store
            .facets(&EntityFilter::default(), &["kind".to_string()])
            .await?;
        let kind_filter = EntityFilter {
            any_of: query
                .kind
                .iter()
                .map(|kind| vec![condition("kind", std::slice::from_ref(kind))])
                .collect(),
        };
        let keys: Vec<String> = [
            "spec.type",
            "spec.lifecycle",
            "metadata.namespace",
            "metadata.tags",
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        let mut plain = store.facets(&kind_filter, &keys).await?.into_iter();
        let mut next = || values_of(plain.next().map(|(_, v)| v).unwrap_or_default());
        let (types, lifecycles, namespaces, tags) = (next(), next(), next(), next());
        let owners = store
            .relation_facet(&kind_filter, "ownedby")
            .await?
            .into_iter()
            .map(|(target, count)| {
                let label = EntityRef::parse(&target, RefContext::default())
                    .map(|r| short_ref(&r, Some("group")))
                    .unwrap_or_else(|_| target.clone());
                FacetValue {
                    value: target,
                    label,
                    count: u64::try_from(count).unwrap_or(0),
                }
            })
            .collect();
        Ok(CatalogFacets {
            kinds: values_of(kinds.into_iter().next().map(|(_, v)| v).unwrap_or_default()),
            types,
            owners,
            lifecycles,
            namespaces,
            tags,
        })
    }
}

fn values_of(pairs: Vec<(String, i64)>) -> Vec<FacetValue> {
    pairs
        .into_iter()
        .map(|(label, count)| FacetValue {
            value: label.to_lowercase(),
            label,
            count: u64::try_from(count).unwrap_or(0),
        })
        .collect()
}

fn condition(key: &str, values: &[String]) -> Condition {
    Condition {
        key: key.to_string(),
        values: values.iter().map(|v| v.to_lowercase()).collect(),
    }
}

/// The explorer's filters as one catalog filter set (all must hold; values within one filter
/// are alternatives).
fn filter_of(query: &CatalogQuery) -> EntityFilter {
    let mut set = Vec::new();
    if let Some(kind) = &query.kind {
        set.push(condition("kind", std::slice::from_ref(kind)));
    }
    for (key, values) in [
        ("spec.type", &query.types),
        ("relations.ownedby", &query.owners),
        ("spec.lifecycle", &query.lifecycles),
        ("metadata.namespace", &query.namespaces),
        ("metadata.tags", &query.tags),
    ] {
        if !values.is_empty() {
            set.push(condition(key, values));
        }
    }
    EntityFilter {
        any_of: if set.is_empty() {
            Vec::new()
        } else {
            vec![set]
        },
    }
}
