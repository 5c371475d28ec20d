//! Small labels: a Badge states something (a status, a lifecycle), a Tag names a topic and can
//! link to everything else that carries it.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
}

impl Tone {
    pub fn class(self) -> &'static str {
        match self {
            Tone::Neutral => "badge--neutral",
            Tone::Info => "badge--info",
            Tone::Success => "badge--success",
            Tone::Warning => "badge--warning",
            Tone::Danger => "badge--danger",
        }
    }
}

/// A short status label with a tone; the words carry the meaning, the colour repeats it.
#[component]
pub fn Badge(
    /// Neutral (default), Info, Success, Warning or Danger.
    #[prop(optional)]
    tone: Tone,
    #[prop(into)] label: String,
) -> impl IntoView {
    view! { <span class=format!("badge {}", tone.class())>{label}</span> }
}

/// A lifecycle as a badge: production is good news, experimental a caution, deprecated a
/// warning; any other value is shown as written.
#[component]
pub fn LifecycleBadge(#[prop(into)] lifecycle: String) -> impl IntoView {
    let tone = match lifecycle.to_lowercase().as_str() {
        "production" => Tone::Success,
        "experimental" => Tone::Warning,
        "deprecated" => Tone::Danger,
        _ => Tone::Neutral,
    };
    view! { <Badge tone=tone label=lifecycle /> }
}

/// A topic chip; with `href` it links to a view of everything carrying the tag.
#[component]
pub fn Tag(
    #[prop(into)] label: String,
    #[prop(optional, into)] href: Option<String>,
) -> impl IntoView {
    match href {
        Some(href) => view! { <a href=href class="tag tag--link">{label}</a> }.into_any(),
        None => view! { <span class="tag">{label}</span> }.into_any(),
    }
}
