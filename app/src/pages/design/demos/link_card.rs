//! A card that is one big link, for entry points such as the home page's areas.

use leptos::prelude::*;

use crate::ui::{icon::IconName, link_card::LinkCard};

pub const TITLE: &str = "Link card";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["LinkCard"];
pub const A11Y: &str = "One <a> wraps the whole card, so it is one Tab stop with the title and description as its name.";

/// Entry point
pub fn entry() -> impl IntoView {
    view! {
        <div class="link-card-grid">
            <LinkCard href="/catalog" icon=IconName::Catalog title="Software catalog" description="Every service, API and team." />
        </div>
    }
}
