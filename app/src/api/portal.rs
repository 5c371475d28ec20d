//! The backend as the UI sees it. `server` implements this trait on its services and provides it
//! as Leptos context; server functions reach the backend only through it.

use std::sync::Arc;

use leptos::prelude::use_context;

use crate::model::{AppError, PortalInfo};

#[async_trait::async_trait]
pub trait Portal: Send + Sync + 'static {
    /// The portal's name and version, from configuration.
    async fn portal_info(&self) -> Result<PortalInfo, AppError>;
}

/// The shared handle the server provides.
pub type PortalHandle = Arc<dyn Portal>;

/// The portal from context, or an error that says the server was wired without one.
pub fn portal() -> Result<PortalHandle, AppError> {
    use_context::<PortalHandle>()
        .ok_or_else(|| AppError::Internal("no portal backend in the request context".into()))
}
