//! An entity's lifecycle as a badge: production, experimental and deprecated get their own tones.

use leptos::prelude::*;

use crate::ui::badge::LifecycleBadge;

pub const TITLE: &str = "Lifecycle badge";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["LifecycleBadge"];
pub const A11Y: &str = "The lifecycle is written out; the tone (green, amber, red) only repeats it, and every tone passes AA on its tint in both themes.";

/// Lifecycles
pub fn lifecycles() -> impl IntoView {
    view! {
        <div class="demo-row">
            <LifecycleBadge lifecycle="production" />
            <LifecycleBadge lifecycle="experimental" />
            <LifecycleBadge lifecycle="deprecated" />
            <LifecycleBadge lifecycle="beta" />
        </div>
    }
}
