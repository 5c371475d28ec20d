//! Pictures of people and teams, or their initials on a colour that stays the same for them.

use leptos::prelude::*;

use crate::ui::avatar::Avatar;

pub const TITLE: &str = "Avatar";
pub const GROUP: &str = "Data display";
pub const COMPONENTS: &[&str] = &["Avatar"];
pub const A11Y: &str = "A picture has the person's name as alt text; initials are role=img with the name as aria-label. Initials are dark text on light tints (and the reverse in dark), at AA contrast.";

/// Initials and sizes
pub fn initials() -> impl IntoView {
    view! {
        <div class="demo-row">
            <Avatar name="Alice Smith" />
            <Avatar name="Bob Jones" size=40 />
            <Avatar name="team-payments" size=48 />
            <Avatar name="Carol" size=24 />
        </div>
    }
}
