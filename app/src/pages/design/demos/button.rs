//! Buttons start actions; button links go somewhere. One primary action per view.

use leptos::prelude::*;

use crate::ui::{
    button::{Button, ButtonLink, ButtonSize, ButtonVariant},
    icon::IconName,
};

pub const TITLE: &str = "Button";
pub const GROUP: &str = "Actions";
pub const COMPONENTS: &[&str] = &["Button", "ButtonLink"];
pub const A11Y: &str = "Real <button> elements (Enter and Space work, focus ring from the tokens). A loading button sets aria-busy and is disabled so a second click cannot send twice. Icons are decorative; the label names the action. Use ButtonLink, an <a>, when the action navigates.";

/// Variants
pub fn variants() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Button variant=ButtonVariant::Primary>"Register component"</Button>
            <Button>"Cancel"</Button>
            <Button variant=ButtonVariant::Ghost>"Show more"</Button>
            <Button variant=ButtonVariant::Danger>"Unregister"</Button>
        </div>
    }
}

/// Sizes, icons and states
pub fn states() -> impl IntoView {
    let loading = RwSignal::new(false);
    view! {
        <div class="demo-row">
            <Button size=ButtonSize::Small icon=IconName::Refresh>"Refresh"</Button>
            <Button icon=IconName::Plus>"Add"</Button>
            <Button disabled=Signal::stored(true)>"Disabled"</Button>
            <Button
                variant=ButtonVariant::Primary
                loading=loading
                on_click=Callback::new(move |_| loading.update(|l| *l = !*l))
            >
                "Click to toggle loading"
            </Button>
        </div>
    }
}

/// A link styled as a button
pub fn link() -> impl IntoView {
    view! {
        <ButtonLink href="/catalog" variant=ButtonVariant::Primary icon=IconName::Catalog>
            "Open the catalog"
        </ButtonLink>
    }
}
