//! A ring for a share out of 100, such as test coverage or a scorecard.

use leptos::prelude::*;

use crate::ui::gauge::Gauge;

pub const TITLE: &str = "Gauge";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Gauge"];
pub const A11Y: &str = "The SVG is role=img named \"label: value%\"; the number is also printed inside the ring and the label under it. The colour (good, fair, poor) only repeats the number.";

/// Good, fair and poor
pub fn tones() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Gauge value=92.0 label="Test coverage" />
            <Gauge value=64.0 label="Docs coverage" />
            <Gauge value=23.0 label="Scorecard" />
        </div>
    }
}
