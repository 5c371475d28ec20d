//! Server functions: the only door from the UI to the backend. Each one asks the `Portal`
//! the server put into the Leptos context; the REST handlers call the same services.

pub mod catalog;
pub mod content;
#[cfg(feature = "ssr")]
pub mod portal;
pub mod portal_info;
pub mod reader;

/// Server functions live under their own prefix so they never collide with the
/// Backstage-compatible REST API under `/api`.
pub const SERVER_FN_PREFIX: &str = "/_portico";
