//! A card that is one big link: icon, title, one line of description.

use leptos::prelude::*;
use leptos_router::components::A;

use super::icon::{Icon, IconName};

/// A card that is one link: icon, title, a line of description and an arrow.
#[component]
pub fn LinkCard(
    /// Where the card leads.
    href: &'static str,
    icon: IconName,
    title: &'static str,
    /// One line under the title.
    description: &'static str,
) -> impl IntoView {
    view! {
        <A href=href attr:class="link-card">
            <span class="link-card__icon">
                <Icon name=icon size=22 />
            </span>
            <span class="link-card__text">
                <span class="link-card__title">{title}</span>
                <span class="link-card__description">{description}</span>
            </span>
            <Icon name=IconName::ArrowRight class="link-card__arrow" size=18 />
        </A>
    }
}
