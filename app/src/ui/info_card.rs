//! A titled card that groups related facts on a page; the action (e.g. "View all") sits in
//! its header.

use leptos::prelude::*;

/// A titled card grouping related facts, with an optional action in its header.
#[component]
pub fn InfoCard(
    /// The card's heading.
    #[prop(into)]
    title: String,
    /// A line under the title.
    #[prop(optional, into)]
    subtitle: Option<String>,
    /// Something in the header's corner: a link or a small button.
    #[prop(optional, into)]
    action: Option<ViewFn>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="info-card">
            <header class="info-card__header">
                <div>
                    <h2 class="info-card__title">{title}</h2>
                    {subtitle.map(|text| view! { <p class="info-card__subtitle">{text}</p> })}
                </div>
                {action.map(|a| view! { <div class="info-card__action">{a.run()}</div> })}
            </header>
            <div class="info-card__body">{children()}</div>
        </section>
    }
}
