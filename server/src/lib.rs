//! The Portico server: one binary that owns all state (database, index) and serves the UI,
//! the Backstage-compatible REST API and the site assets.

pub mod app_state;
pub mod catalog;
pub mod config;
pub mod db;
pub mod highlight;
pub mod http;
pub mod markdown;
pub mod portal;
pub mod serve;
