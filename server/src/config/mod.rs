//! app-config.yaml: Backstage-style keys, `${ENV_VAR}` substitution, defaults that make `serve`
//! work with no file at all. Read once at start-up into the typed `Config`.

mod env_subst;
mod error;
mod load;
mod types;

pub use error::ConfigError;
pub use load::{load, load_str};
pub use types::{
    AppSection, BackendSection, CatalogLocation, CatalogRule, CatalogSection, Config, Connection,
    DatabaseSection, DatabaseTarget, Listen, OrganizationSection, ProcessingInterval,
};
