//! The server's implementation of the UI's `Portal` trait: one implementation behind both
//! doors (server functions here, REST handlers in each feature's module).

use std::sync::Arc;

use app::{
    api::portal::Portal,
    model::{AppError, PortalInfo},
};

use crate::config::Config;

pub struct PortalService {
    config: Arc<Config>,
}

impl PortalService {
    pub fn new(config: Arc<Config>) -> PortalService {
        PortalService { config }
    }
}

#[async_trait::async_trait]
impl Portal for PortalService {
    async fn portal_info(&self) -> Result<PortalInfo, AppError> {
        Ok(PortalInfo {
            title: self.config.title(),
            organization: self.config.organization(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        })
    }
}
