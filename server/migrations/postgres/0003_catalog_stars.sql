-- Entities a reader starred. `user_ref` is a guest id (`guest:<hex>`) until sign-in exists, then
-- a user entity ref. Kept apart from user_settings so the explorer's "starred" filter is a join.
CREATE TABLE catalog_stars (
    user_ref   TEXT   NOT NULL,
    entity_ref TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_ref, entity_ref)
);
