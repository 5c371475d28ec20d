-- The software catalog. Entities are stored as their processed JSON (without relations, which
-- live in their own table so both ends of an edge read them); catalog_search is the flat
-- key/value index behind Backstage's filter syntax; catalog_changes is the log followers read.
CREATE TABLE catalog_entities (
    uid          TEXT   NOT NULL PRIMARY KEY,
    entity_ref   TEXT   NOT NULL UNIQUE,
    kind         TEXT   NOT NULL,
    namespace    TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    body         TEXT   NOT NULL,
    -- Hash of the processed entity before uid/etag/generation: unchanged input, no write.
    hash         TEXT   NOT NULL,
    spec_hash    TEXT   NOT NULL,
    generation   BIGINT NOT NULL,
    -- The root location (config or registered) whose tree emitted the entity.
    location_key TEXT   NOT NULL,
    -- The file the entity was read from (backstage.io/managed-by-location).
    source       TEXT   NOT NULL,
    parent_ref   TEXT,
    orphan       BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX catalog_entities_location ON catalog_entities (location_key);
CREATE INDEX catalog_entities_kind_name ON catalog_entities (kind, name);

CREATE TABLE catalog_search (
    uid   TEXT NOT NULL,
    key            TEXT NOT NULL,
    -- Lowercased for matching; original_value (facets show it) only when it differs.
    value          TEXT,
    original_value TEXT
);
CREATE INDEX catalog_search_key_value ON catalog_search (key, value);
-- (uid, key, value) serves both "rows of this entity" and the per-entity sort value lookup.
CREATE INDEX catalog_search_uid_key ON catalog_search (uid, key, value);

CREATE TABLE catalog_relations (
    source_ref TEXT NOT NULL,
    type       TEXT NOT NULL,
    type_key   TEXT NOT NULL,
    target_ref TEXT NOT NULL,
    -- The entity whose spec produced the edge; its next version replaces its edges.
    origin_uid TEXT NOT NULL
);
CREATE INDEX catalog_relations_source ON catalog_relations (source_ref);
CREATE INDEX catalog_relations_type_target ON catalog_relations (type_key, target_ref);
CREATE INDEX catalog_relations_origin ON catalog_relations (origin_uid);

-- Locations registered at run time (config locations are not stored).
CREATE TABLE catalog_locations (
    id         TEXT   NOT NULL PRIMARY KEY,
    type       TEXT   NOT NULL,
    target     TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (type, target)
);

-- Problems of the last refresh of each root location.
CREATE TABLE catalog_errors (
    location_key TEXT   NOT NULL,
    source       TEXT   NOT NULL,
    doc_index    BIGINT,
    line         BIGINT,
    entity_ref   TEXT,
    message      TEXT   NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX catalog_errors_location ON catalog_errors (location_key);
CREATE INDEX catalog_errors_entity ON catalog_errors (entity_ref);

CREATE TABLE catalog_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_ref TEXT   NOT NULL,
    uid        TEXT   NOT NULL,
    op         TEXT   NOT NULL,
    at         BIGINT NOT NULL
);
