//! A panel that says what failed, in words for people, with the detail underneath.

use leptos::prelude::*;

use crate::ui::error_panel::ErrorPanel;

pub const TITLE: &str = "Error panel";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["ErrorPanel"];
pub const A11Y: &str = "role=alert, so the failure is announced at once; the title says what failed in plain words and the monospace message gives the detail to report.";

/// A failed request
pub fn failed() -> impl IntoView {
    view! { <ErrorPanel title="Something went wrong" message="the catalog database did not answer" /> }
}
