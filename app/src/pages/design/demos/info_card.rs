//! Cards: a plain bordered surface, and the InfoCard that gives a group of facts a title and an
//! action.

use leptos::prelude::*;

use crate::ui::{card::Card, info_card::InfoCard};

pub const TITLE: &str = "Card and InfoCard";
pub const GROUP: &str = "Layout";
pub const COMPONENTS: &[&str] = &["Card", "InfoCard"];
pub const A11Y: &str = "An InfoCard is a <section> titled by an h2, so it shows up in the heading outline; its action comes after the title in reading order. A Card is only a surface: give its content its own heading when it needs one.";

/// Info card with an action
pub fn info_card() -> impl IntoView {
    let action = ViewFn::from(|| view! { <a href="/catalog">"View all"</a> });
    view! {
        <InfoCard title="About" subtitle="From catalog-info.yaml" action=action>
            <p>"Double-entry bookkeeping library shared by the payment services."</p>
        </InfoCard>
    }
}

/// Plain card, padded and flush
pub fn cards() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Card>"A padded card"</Card>
            <Card padded=false>"A flush card"</Card>
        </div>
    }
}
