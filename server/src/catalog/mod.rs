//! The software catalog: read locations, parse and validate Backstage entity files, derive
//! relations, store them, and answer Backstage's catalog REST API under /api/catalog.

pub mod api;
pub mod check_files;
pub mod demo;
pub mod filter;
pub mod location;
pub mod process;
pub mod reader;
pub mod relations;
pub mod search_rows;
pub mod service;
pub mod store;
pub mod validate;
pub mod views;
pub mod walk;
pub mod yaml;
