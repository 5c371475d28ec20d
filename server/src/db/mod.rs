//! The database: one sqlx pool over SQLite (embedded default, a file in the data dir) or
//! PostgreSQL (for several replicas), with numbered migrations for each under `migrations/`.

mod connect;
mod error;

pub use connect::{Backend, Db};
pub use error::DbError;
