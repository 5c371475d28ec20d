//! A panel for something that needs attention but did not fail: processing errors, an orphan.

use leptos::prelude::*;

use crate::ui::warning_panel::WarningPanel;

pub const TITLE: &str = "Warning panel";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["WarningPanel"];
pub const A11Y: &str = "role=status, so screen readers announce it politely; an icon and a written title carry the meaning, the amber only repeats it.";

/// Processing errors on an entity
pub fn processing() -> impl IntoView {
    view! {
        <WarningPanel title="This entity has processing errors">
            <p>"catalog-info.yaml:8: spec.owner must have a value"</p>
        </WarningPanel>
    }
}
