//! Grey placeholder shapes shown where content is loading, so the layout does not jump.

use leptos::prelude::*;

/// Lines of placeholder text, the last one shorter; hidden from screen readers.
#[component]
pub fn Skeleton(
    /// How many lines.
    #[prop(default = 3)]
    lines: u32,
) -> impl IntoView {
    let bars = (0..lines)
        .map(|i| {
            let width = if i + 1 == lines && lines > 1 {
                "60%"
            } else {
                "100%"
            };
            view! { <span class="skeleton__line" style:width=width></span> }
        })
        .collect_view();
    view! { <span class="skeleton" aria-hidden="true">{bars}</span> }
}
