//! A hint on hover and focus for a control whose meaning is not obvious.

use leptos::prelude::*;

use crate::ui::{icon::IconName, icon_button::IconButton, tooltip::Tooltip};

pub const TITLE: &str = "Tooltip";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["Tooltip"];
pub const A11Y: &str = "The bubble is role=tooltip and describes its trigger (aria-describedby); it shows on keyboard focus as well as hover. Keep it short and never put the only copy of information in it.";

/// On an icon button
pub fn hint() -> impl IntoView {
    view! {
        <Tooltip id="demo-tooltip" text="Re-reads the entity's file now">
            <IconButton icon=IconName::Refresh label="Refresh" />
        </Tooltip>
    }
}
