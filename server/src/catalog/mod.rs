//! The software catalog: read locations, parse and validate Backstage entity files, derive
//! relations, store them, and answer Backstage's catalog REST API under /api/catalog.

pub mod relations;
pub mod validate;
pub mod yaml;
