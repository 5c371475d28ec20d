//! What the UI needs to know about the running portal: its name and version.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalInfo {
    /// `app.title` from app-config.yaml.
    pub title: String,
    /// `organization.name` from app-config.yaml.
    pub organization: String,
    /// The Portico release serving the page.
    pub version: String,
}
