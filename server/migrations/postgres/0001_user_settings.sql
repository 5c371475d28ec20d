-- Per-user settings in Backstage's user-settings shape: a JSON value per (user, bucket, key).
-- The home page layout, starred entities and similar preferences live here.
CREATE TABLE user_settings (
    user_ref   TEXT   NOT NULL,
    bucket     TEXT   NOT NULL,
    key        TEXT   NOT NULL,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_ref, bucket, key)
);
