//! A plain surface with a border for grouping anything; InfoCard adds a titled header.

use leptos::prelude::*;

/// A bordered surface; `padded` (default) adds inner spacing.
#[component]
pub fn Card(#[prop(default = true)] padded: bool, children: Children) -> impl IntoView {
    view! { <div class="card" class:card--padded=padded>{children()}</div> }
}
