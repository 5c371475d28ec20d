//! Statuses of builds, checks and deployments: a dot and a word.

use leptos::prelude::*;

use crate::ui::status_indicator::{Status, StatusIndicator};

pub const TITLE: &str = "Status indicator";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["StatusIndicator"];
pub const A11Y: &str = "The word states the status; the dot repeats it in colour and in shape (a ring for pending, a pulse for running, a square for error), so colour is never the only signal.";

/// Every status
pub fn all() -> impl IntoView {
    view! {
        <div class="demo-row">
            <StatusIndicator status=Status::Ok />
            <StatusIndicator status=Status::Warning label="Degraded" />
            <StatusIndicator status=Status::Error label="Build failed" />
            <StatusIndicator status=Status::Pending />
            <StatusIndicator status=Status::Running label="Deploying" />
        </div>
    }
}
