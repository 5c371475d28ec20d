//! Text links; external ones say that they open a new tab.

use leptos::prelude::*;

use crate::ui::link::Link;

pub const TITLE: &str = "Link";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["Link"];
pub const A11Y: &str = "Links are underlined on hover and keep the focus ring. External links carry a visible icon and a visually hidden \"(opens in a new tab)\", and rel=noopener.";

/// Inside and outside the portal
pub fn links() -> impl IntoView {
    view! {
        <p>
            "Read the " <Link href="/catalog">"catalog"</Link> " or "
            <Link href="https://backstage.io/docs" external=true>"Backstage's docs"</Link> "."
        </p>
    }
}
