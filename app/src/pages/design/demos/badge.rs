//! Small labels: badges state something, tags name a topic, lifecycles get their own colours.

use leptos::prelude::*;

use crate::ui::badge::{Badge, LifecycleBadge, Tag, Tone};

pub const TITLE: &str = "Badge, Tag, Lifecycle";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Badge", "LifecycleBadge", "Tag"];
pub const A11Y: &str = "The words carry the meaning; colour only repeats it. Every tone's text passes WCAG AA on its tinted background in both themes (checked by a unit test over the tokens). Linked tags are ordinary links.";

/// Tones
pub fn tones() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Badge label="Component" />
            <Badge tone=Tone::Info label="openapi" />
            <Badge tone=Tone::Success label="healthy" />
            <Badge tone=Tone::Warning label="degraded" />
            <Badge tone=Tone::Danger label="failing" />
        </div>
    }
}

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

/// Tags, plain and linked
pub fn tags() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Tag label="rust" />
            <Tag label="kotlin" href="/catalog?tag=kotlin" />
        </div>
    }
}
