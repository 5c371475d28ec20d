//! Small labels: badges (chips) state something, tags name a topic.

use leptos::prelude::*;

use crate::ui::badge::{Badge, Tag, Tone};

pub const TITLE: &str = "Badge, Chip, Tag";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Badge", "Tag"];
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

/// Tags, plain and linked
pub fn tags() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Tag label="rust" />
            <Tag label="kotlin" href="/catalog?tag=kotlin" />
        </div>
    }
}
