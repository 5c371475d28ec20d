//! Placeholder lines where content is loading, so the page does not jump when it arrives.

use leptos::prelude::*;

use crate::ui::{info_card::InfoCard, skeleton::Skeleton};

pub const TITLE: &str = "Skeleton";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["Skeleton"];
pub const A11Y: &str = "Skeletons are aria-hidden; pair them with a Spinner or a busy region that announces the wait. The shimmer stops under prefers-reduced-motion.";

/// A loading card
pub fn loading() -> impl IntoView {
    view! {
        <InfoCard title="About">
            <Skeleton lines=3 />
        </InfoCard>
    }
}
