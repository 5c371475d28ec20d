//! The frame of a content page: its header, the main content, and an optional side panel
//! (filters, table of contents) that stacks above the content on narrow screens.

use leptos::prelude::*;

/// Header, content and an optional side panel in a responsive grid.
#[component]
pub fn PageLayout(
    /// The page's header, usually a PageHeader.
    header: ViewFn,
    /// The side panel; the content takes the full width without one.
    #[prop(optional, into)]
    side: Option<ViewFn>,
    /// Which side the panel sits on: left (default, for filters) or right (for a TOC).
    #[prop(optional)]
    side_right: bool,
    /// The main content.
    children: Children,
) -> impl IntoView {
    let has_side = side.is_some();
    view! {
        <div class="page-layout">
            {header.run()}
            <div
                class="page-layout__body"
                class:page-layout__body--with-side=has_side
                class:page-layout__body--side-right=side_right
            >
                {side.map(|s| view! { <aside class="page-layout__side">{s.run()}</aside> })}
                <div class="page-layout__content">{children()}</div>
            </div>
        </div>
    }
}
