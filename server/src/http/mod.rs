//! HTTP plumbing shared by every feature: the router, embedded site assets, health, metrics,
//! the panic page and graceful shutdown.

pub mod assets;
mod fallback;
mod health;
pub mod metrics;
mod panic_page;
mod router;
pub mod shutdown;

pub use router::router;
