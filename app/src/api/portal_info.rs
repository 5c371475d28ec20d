//! The portal's name and version for the shell.

use leptos::prelude::*;

use crate::model::{AppError, PortalInfo};

#[server(prefix = "/_portico", endpoint = "portal_info")]
pub async fn get_portal_info() -> Result<PortalInfo, AppError> {
    crate::api::portal::portal()?.portal_info().await
}
