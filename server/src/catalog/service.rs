//! The catalog service: the one implementation behind the REST API, the UI's server functions
//! and the refresh loop. It owns the root locations (from config and registered), refreshes
//! them, and answers queries from the store.

use std::{
    collections::HashSet,
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use app::model::{entity::annotations, EntityRef};
use serde_json::{json, Value};

use super::{
    location::{LocationError, LocationSpec},
    process::FileProblem,
    reader::Reader,
    store::{CatalogStore, EntityInput, StoreError, StoredError, StoredLocation, WriteOutcome},
    validate::{self, KindRules, Problem},
    walk::{TreeWalk, WalkStep},
};
use crate::config::Config;

/// The default refresh interval: Backstage refreshes every 100-150 s.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    NotAllowed(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<LocationError> for CatalogError {
    fn from(error: LocationError) -> Self {
        CatalogError::Input(error.to_string())
    }
}

/// A root location: where a tree of catalog files starts.
#[derive(Clone, Debug)]
pub struct RootLocation {
    pub spec: LocationSpec,
    /// Kinds this location may emit beyond the catalog-wide rules.
    pub extra_kinds: Vec<String>,
    /// Registered through the API (deletable), as opposed to from config.
    pub id: Option<String>,
}

impl RootLocation {
    pub fn key(&self) -> String {
        self.spec.reference()
    }
}

/// What one refresh of one root location did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    pub files: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub orphaned: usize,
    pub errors: usize,
}

/// The entities a location holds, processed but not stored (dry runs, analysis).
pub struct Preview {
    pub entities: Vec<Value>,
    pub problems: Vec<StoredError>,
}

pub struct CatalogService {
    store: CatalogStore,
    reader: Reader,
    rules: KindRules,
    config_locations: Vec<RootLocation>,
    readonly: bool,
    interval: Option<Duration>,
    /// One refresh at a time: runs write whole trees, and interleaving them gains nothing.
    refresh_lock: tokio::sync::Mutex<()>,
    /// The explorer's facet counts per kind, with the change number they were counted at:
    /// counting them takes most of an explorer request on a large catalog, and they only
    /// change when the catalog does.
    pub(crate) facet_cache: std::sync::Mutex<
        std::collections::HashMap<Option<String>, (i64, app::model::CatalogFacets)>,
    >,
}

pub type CatalogHandle = Arc<CatalogService>;

/// `catalog.rules` as kind rules: the union of every `allow` list, or all built-in kinds.
pub fn kind_rules(config: &Config) -> KindRules {
    match &config.catalog.rules {
        Some(rules) => KindRules::allow(rules.iter().flat_map(|r| r.allow.iter().cloned())),
        None => KindRules::default(),
    }
}

impl CatalogService {
    /// `demo` is the catalog to read when the configuration names no locations.
    pub fn new(store: CatalogStore, config: &Config, demo: Option<PathBuf>) -> CatalogService {
        let config_locations = match &config.catalog.locations {
            Some(locations) => locations
                .iter()
                .map(|l| {
                    let target = match l.location_type.as_str() {
                        // Backstage resolves config file targets against the working directory.
                        "file" => std::path::absolute(l.target.as_str())
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|_| l.target.as_str().to_string()),
                        _ => l.target.as_str().to_string(),
                    };
                    RootLocation {
                        spec: LocationSpec::new(l.location_type.as_str(), target),
                        extra_kinds: l
                            .rules
                            .iter()
                            .flat_map(|r| r.allow.iter().cloned())
                            .collect(),
                        id: None,
                    }
                })
                .collect(),
            None => demo
                .map(|path| RootLocation {
                    spec: LocationSpec::new("file", path.display().to_string()),
                    extra_kinds: Vec::new(),
                    id: None,
                })
                .into_iter()
                .collect(),
        };
        let interval = match config.catalog.processing_interval {
            Some(interval) => interval.0,
            None => Some(DEFAULT_INTERVAL),
        };
        CatalogService {
            store,
            reader: Reader::new(),
            rules: kind_rules(config),
            config_locations,
            readonly: config.catalog.readonly.unwrap_or(false),
            interval,
            refresh_lock: tokio::sync::Mutex::new(()),
            facet_cache: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    pub fn store(&self) -> &CatalogStore {
        &self.store
    }

    pub fn rules(&self) -> &KindRules {
        &self.rules
    }

    pub fn config_locations(&self) -> &[RootLocation] {
        &self.config_locations
    }

    /// Every root location: config first, then registered ones.
    pub async fn roots(&self) -> Result<Vec<RootLocation>, CatalogError> {
        let mut roots = self.config_locations.clone();
        for location in self.store.locations().await? {
            roots.push(RootLocation {
                spec: LocationSpec::new(&location.location_type, location.target.clone()),
                extra_kinds: Vec::new(),
                id: Some(location.id),
            });
        }
        Ok(roots)
    }

    /// Refreshes every root location once; problems are recorded, not returned.
    pub async fn refresh_all(&self) -> Result<RefreshReport, CatalogError> {
        let bulk = self.store.entity_count().await? == 0;
        if bulk {
            self.store.drop_secondary_indexes().await?;
        } else {
            // A bulk load cut short by a crash leaves indexes missing: put them back first.
            self.store.ensure_secondary_indexes().await?;
        }
        let result = self.refresh_roots().await;
        // Also after a failed run: the indexes must come back whatever happened.
        self.store.ensure_secondary_indexes().await?;
        result
    }

    async fn refresh_roots(&self) -> Result<RefreshReport, CatalogError> {
        let mut total = RefreshReport::default();
        for root in self.roots().await? {
            let report = self.refresh_root(&root).await?;
            total.files += report.files;
            total.created += report.created;
            total.updated += report.updated;
            total.unchanged += report.unchanged;
            total.orphaned += report.orphaned;
            total.errors += report.errors;
        }
        Ok(total)
    }

    /// Runs `refresh_all` now and then every interval, until the process ends.
    pub fn spawn_refresh_loop(self: &Arc<Self>) {
        let service = self.clone();
        tokio::spawn(async move {
            loop {
                let started = Instant::now();
                match service.refresh_all().await {
                    Ok(report) => tracing::info!(
                        files = report.files,
                        created = report.created,
                        updated = report.updated,
                        unchanged = report.unchanged,
                        orphaned = report.orphaned,
                        errors = report.errors,
                        took_ms = started.elapsed().as_millis() as u64,
                        "catalog refreshed"
                    ),
                    Err(error) => tracing::error!(%error, "catalog refresh failed"),
                }
                match service.interval {
                    Some(interval) => tokio::time::sleep(interval).await,
                    None => break,
                }
            }
        });
    }

    /// Reads a root location's whole tree and brings the store in line with it: changed
    /// entities are written, vanished ones become orphans, problems replace the last run's.
    #[tracing::instrument(skip(self, root), fields(location = %root.key()))]
    pub async fn refresh_root(&self, root: &RootLocation) -> Result<RefreshReport, CatalogError> {
        let _guard = self.refresh_lock.lock().await;
        let key = root.key();
        let rules = self.rules.with(&root.extra_kinds);
        let mut report = RefreshReport::default();
        let mut errors: Vec<StoredError> = Vec::new();
        let mut emitted: HashSet<String> = HashSet::new();
        let mut visited_clean: HashSet<String> = HashSet::new();

        let location_entity = generated_location_entity(&root.spec);
        let location_ref = entity_ref_of(&location_entity);
        let input = entity_input(location_entity, Vec::new(), key.clone(), None);
        self.write(&key, vec![input], &mut report, &mut errors, &mut emitted)
            .await?;

        let target = match root.spec.parse_target() {
            Ok(target) => target,
            Err(error) => {
                errors.push(location_error(&key, error.to_string()));
                report.errors = errors.len();
                self.store.replace_errors(&key, &errors).await?;
                return Ok(report);
            }
        };
        // Reading and parsing the next file overlaps with storing the previous one; the small
        // channel bounds how many parsed files wait in memory.
        let mut walk = TreeWalk::new(root.spec.clone(), target, location_ref, rules);
        let reader = self.reader.clone();
        let (sender, mut steps) = tokio::sync::mpsc::channel(2);
        let producer = tokio::spawn(async move {
            while let Some(step) = walk.next(&reader).await {
                if sender.send(step).await.is_err() {
                    break;
                }
            }
        });
        while let Some(step) = steps.recv().await {
            report.files += 1;
            match step {
                WalkStep::Failed { source, message } => errors.push(StoredError {
                    source,
                    doc_index: None,
                    line: None,
                    entity_ref: None,
                    message,
                }),
                WalkStep::File {
                    source,
                    parent_ref,
                    outcome,
                } => {
                    if outcome.problems.is_empty() {
                        visited_clean.insert(source.clone());
                    }
                    errors.extend(outcome.problems.iter().map(|p| stored_problem(&source, p)));
                    let inputs = outcome
                        .entities
                        .into_iter()
                        .filter_map(|processed| {
                            let body = serde_json::to_value(&processed.entity).ok()?;
                            let edges = processed.edges;
                            Some(entity_input(
                                body,
                                edges,
                                source.clone(),
                                Some(parent_ref.clone()),
                            ))
                        })
                        .collect();
                    self.write(&key, inputs, &mut report, &mut errors, &mut emitted)
                        .await?;
                }
            }
        }

        if let Err(error) = producer.await {
            errors.push(location_error(
                &key,
                format!("reading the location stopped: {error}"),
            ));
        }

        // An entity becomes an orphan when the file it came from was read cleanly and no longer
        // has it; when a run had errors, files it never reached keep their entities as they are.
        let run_clean = errors.is_empty();
        let orphans: Vec<String> = self
            .store
            .location_entities(&key)
            .await?
            .into_iter()
            .filter(|(entity_ref, _, source, orphan)| {
                !orphan
                    && !emitted.contains(entity_ref)
                    && (visited_clean.contains(source) || run_clean)
            })
            .map(|(_, uid, _, _)| uid)
            .collect();
        report.orphaned = self.store.mark_orphans(&orphans).await?;
        for error in &errors {
            tracing::warn!(source = %error.source, line = ?error.line, message = %error.message, "catalog problem");
        }
        report.errors = errors.len();
        self.store.replace_errors(&key, &errors).await?;
        Ok(report)
    }

    async fn write(
        &self,
        key: &str,
        inputs: Vec<EntityInput>,
        report: &mut RefreshReport,
        errors: &mut Vec<StoredError>,
        emitted: &mut HashSet<String>,
    ) -> Result<(), CatalogError> {
        // The same entity twice in one tree: the first file keeps it.
        let mut unique = Vec::with_capacity(inputs.len());
        for input in inputs {
            if emitted.contains(&input.entity_ref) {
                errors.push(StoredError {
                    source: input.source.clone(),
                    doc_index: None,
                    line: None,
                    entity_ref: Some(input.entity_ref.clone()),
                    message: format!(
                        "ConflictError: {} is defined more than once in this location; the first definition is kept",
                        input.entity_ref
                    ),
                });
                continue;
            }
            emitted.insert(input.entity_ref.clone());
            unique.push(input);
        }
        let sources: Vec<(String, String)> = unique
            .iter()
            .map(|i| (i.entity_ref.clone(), i.source.clone()))
            .collect();
        for ((entity_ref, outcome), (_, source)) in self
            .store
            .write_entities(key, unique)
            .await?
            .into_iter()
            .zip(sources)
        {
            match outcome {
                WriteOutcome::Created => report.created += 1,
                WriteOutcome::Updated => report.updated += 1,
                WriteOutcome::Unchanged => report.unchanged += 1,
                WriteOutcome::Conflict { owner } => {
                    emitted.remove(&entity_ref);
                    errors.push(StoredError {
                        source,
                        doc_index: None,
                        line: None,
                        // Not attached to the entity: its owner's version is the one shown.
                        entity_ref: None,
                        message: format!(
                            "ConflictError: {entity_ref} is already provided by location {owner}; it was not changed"
                        ),
                    });
                }
            }
        }
        Ok(())
    }

    /// Processes a location's tree without storing anything.
    pub async fn preview(&self, spec: &LocationSpec) -> Result<Preview, CatalogError> {
        let target = spec.parse_target()?;
        let location_entity = generated_location_entity(spec);
        let parent = entity_ref_of(&location_entity);
        let mut entities = vec![location_entity];
        let mut problems = Vec::new();
        let mut walk = TreeWalk::new(spec.clone(), target, parent, self.rules.clone());
        while let Some(step) = walk.next(&self.reader).await {
            match step {
                WalkStep::Failed { source, message } => {
                    problems.push(location_error(&source, message))
                }
                WalkStep::File {
                    source, outcome, ..
                } => {
                    problems.extend(outcome.problems.iter().map(|p| stored_problem(&source, p)));
                    entities.extend(
                        outcome
                            .entities
                            .into_iter()
                            .filter_map(|p| serde_json::to_value(&p.entity).ok()),
                    );
                }
            }
        }
        Ok(Preview { entities, problems })
    }

    /// `POST /locations`: registers a location (or previews it with `dry_run`).
    pub async fn add_location(
        &self,
        spec: LocationSpec,
        dry_run: bool,
    ) -> Result<(StoredLocation, Vec<Value>, bool), CatalogError> {
        let spec = absolute_spec(spec);
        spec.parse_target()?;
        let exists = self.location_exists(&spec).await?;
        if dry_run {
            let preview = self.preview(&spec).await?;
            if let Some(problem) = preview.problems.first() {
                return Err(CatalogError::Input(format!(
                    "{}: {}",
                    problem.source, problem.message
                )));
            }
            let location = StoredLocation {
                id: uuid::Uuid::new_v4().to_string(),
                location_type: spec.location_type.clone(),
                target: spec.target.clone(),
            };
            return Ok((location, preview.entities, exists));
        }
        if self.readonly {
            return Err(CatalogError::NotAllowed(
                "This operation not allowed in readonly mode".to_string(),
            ));
        }
        if exists {
            return Err(CatalogError::Conflict(format!(
                "Location {} already exists",
                spec.reference()
            )));
        }
        let location = StoredLocation {
            id: uuid::Uuid::new_v4().to_string(),
            location_type: spec.location_type.clone(),
            target: spec.target.clone(),
        };
        self.store.insert_location(&location).await?;
        let root = RootLocation {
            spec: spec.clone(),
            extra_kinds: Vec::new(),
            id: Some(location.id.clone()),
        };
        self.refresh_root(&root).await?;
        let key = root.key();
        let mut entities = Vec::new();
        for (entity_ref, _, _, _) in self.store.location_entities(&key).await? {
            if let Some(entity) = self.store.get_by_ref(&entity_ref).await? {
                entities.push(entity);
            }
        }
        Ok((location, entities, false))
    }

    pub(crate) async fn location_exists(&self, spec: &LocationSpec) -> Result<bool, CatalogError> {
        let in_config = self.config_locations.iter().any(|l| &l.spec == spec);
        let registered = self
            .store
            .location_by_spec(&spec.location_type, &spec.target)
            .await?
            .is_some();
        Ok(in_config || registered)
    }

    /// `DELETE /locations/{id}`: the location and every entity it provided.
    pub async fn delete_location(&self, id: &str) -> Result<(), CatalogError> {
        if self.readonly {
            return Err(CatalogError::NotAllowed(
                "This operation not allowed in readonly mode".to_string(),
            ));
        }
        let location = self
            .store
            .location(id)
            .await?
            .ok_or_else(|| CatalogError::NotFound(format!("Found no location with ID {id}")))?;
        let _guard = self.refresh_lock.lock().await;
        let key = LocationSpec::new(&location.location_type, location.target.clone()).reference();
        let uids: Vec<String> = self
            .store
            .location_entities(&key)
            .await?
            .into_iter()
            .map(|(_, uid, _, _)| uid)
            .collect();
        self.store.delete_entities(&uids).await?;
        self.store.replace_errors(&key, &[]).await?;
        self.store.delete_location(id).await?;
        Ok(())
    }

    /// All locations as the API lists them: registered ones with their ids, config ones with a
    /// stable id derived from their reference.
    pub async fn locations(&self) -> Result<Vec<StoredLocation>, CatalogError> {
        let mut out: Vec<StoredLocation> = self
            .config_locations
            .iter()
            .map(|l| StoredLocation {
                id: config_location_id(&l.spec),
                location_type: l.spec.location_type.clone(),
                target: l.spec.target.clone(),
            })
            .collect();
        out.extend(self.store.locations().await?);
        Ok(out)
    }

    pub async fn location(&self, id: &str) -> Result<StoredLocation, CatalogError> {
        self.locations()
            .await?
            .into_iter()
            .find(|l| l.id == id)
            .ok_or_else(|| CatalogError::NotFound(format!("Found no location with ID {id}")))
    }

    /// The root location that provides an entity.
    pub async fn location_of_entity(
        &self,
        entity_ref: &EntityRef,
    ) -> Result<StoredLocation, CatalogError> {
        let not_found =
            || CatalogError::NotFound(format!("No location found for entity {entity_ref}"));
        let key = self
            .store
            .location_key_of(&entity_ref.to_string())
            .await?
            .ok_or_else(not_found)?;
        self.locations()
            .await?
            .into_iter()
            .find(|l| LocationSpec::new(&l.location_type, l.target.clone()).reference() == key)
            .ok_or_else(not_found)
    }

    /// `POST /refresh`: re-reads the location that provides the entity, now.
    pub async fn refresh_entity(
        &self,
        entity_ref: &EntityRef,
    ) -> Result<RefreshReport, CatalogError> {
        let key = self
            .store
            .location_key_of(&entity_ref.to_string())
            .await?
            .ok_or_else(|| CatalogError::NotFound(format!("Entity {entity_ref} not found")))?;
        let root = self
            .roots()
            .await?
            .into_iter()
            .find(|r| r.key() == key)
            .ok_or_else(|| {
                CatalogError::NotFound(format!("The location of {entity_ref} is gone"))
            })?;
        self.refresh_root(&root).await
    }

    /// `POST /validate-entity`: the catalog's checks on one entity, nothing stored.
    pub fn validate_entity(&self, entity: &Value) -> Result<(), Vec<Problem>> {
        validate::validate_entity(entity, &self.rules)?;
        let typed: app::model::Entity = serde_json::from_value(entity.clone())
            .map_err(|e| vec![Problem::new("", format!("Invalid entity: {e}"))])?;
        let (_, problems) = super::relations::derive(&typed);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// `GET .../ancestry`: the entity and the chain of Location entities that led to it.
    pub async fn ancestry(&self, entity_ref: &EntityRef) -> Result<Value, CatalogError> {
        let root = entity_ref.to_string();
        let mut items = Vec::new();
        let mut current = Some(root.clone());
        let mut seen = HashSet::new();
        while let Some(entity_ref) = current.take() {
            if !seen.insert(entity_ref.clone()) {
                break;
            }
            let Some(entity) = self.store.get_by_ref(&entity_ref).await? else {
                if items.is_empty() {
                    return Err(CatalogError::NotFound(format!(
                        "No such entity {entity_ref}"
                    )));
                }
                break;
            };
            let parent = self.store.parent_of(&entity_ref).await?;
            let parents: Vec<String> = parent.iter().cloned().collect();
            items.push(json!({"entity": entity, "parentEntityRefs": parents}));
            current = parent;
        }
        Ok(json!({"rootEntityRef": root, "items": items}))
    }
}

/// A relative file path would mean whatever the server's working directory is, so registered
/// file locations are made absolute.
pub(crate) fn absolute_spec(spec: LocationSpec) -> LocationSpec {
    match spec.location_type.as_str() {
        "file" => LocationSpec::new(
            "file",
            std::path::absolute(&spec.target)
                .map(|p| p.display().to_string())
                .unwrap_or(spec.target),
        ),
        _ => spec,
    }
}

/// Config locations have no row; their id is derived from what they point at, so it is stable.
pub fn config_location_id(spec: &LocationSpec) -> String {
    let digest = sha1_smol::Sha1::from(spec.reference()).digest().to_string();
    format!("config-{}", &digest[..16])
}

/// The Location entity Backstage generates for every root location.
fn generated_location_entity(spec: &LocationSpec) -> Value {
    let reference = spec.reference();
    json!({
        "apiVersion": "backstage.io/v1alpha1",
        "kind": "Location",
        "metadata": {
            "name": spec.generated_entity_name(),
            "namespace": "default",
            "annotations": {
                annotations::MANAGED_BY_LOCATION: reference,
                annotations::MANAGED_BY_ORIGIN_LOCATION: reference,
            }
        },
        "spec": {"type": spec.location_type, "target": spec.target}
    })
}

fn entity_ref_of(entity: &Value) -> String {
    EntityRef::of_json(entity)
        .map(|r| r.to_string())
        .unwrap_or_default()
}

fn entity_input(
    body: Value,
    edges: Vec<super::relations::Edge>,
    source: String,
    parent_ref: Option<String>,
) -> EntityInput {
    // Bodies here passed validation, so kind and name are present.
    let parsed = EntityRef::of_json(&body)
        .unwrap_or_else(|| EntityRef::new("unknown", "default", "unknown"));
    EntityInput {
        entity_ref: parsed.to_string(),
        kind: parsed.kind,
        namespace: parsed.namespace,
        name: parsed.name,
        body,
        edges,
        source,
        parent_ref,
    }
}

fn stored_problem(source: &str, problem: &FileProblem) -> StoredError {
    StoredError {
        source: source.to_string(),
        doc_index: problem.doc_index.map(|i| i as i64),
        line: problem.line.map(|l| l as i64),
        entity_ref: problem.entity_ref.clone(),
        message: problem.message.clone(),
    }
}

fn location_error(source: &str, message: String) -> StoredError {
    StoredError {
        source: source.to_string(),
        doc_index: None,
        line: None,
        entity_ref: None,
        message,
    }
}
