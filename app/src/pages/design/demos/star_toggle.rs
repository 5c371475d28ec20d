//! The star marks a favourite. It saves at once; the caller persists the choice.

use leptos::prelude::*;

use crate::ui::star_toggle::StarToggle;

pub const TITLE: &str = "Star toggle";
pub const GROUP: &str = "Actions";
pub const COMPONENTS: &[&str] = &["StarToggle"];
pub const A11Y: &str = "A toggle button with aria-pressed; its name says what happens (\"Star payments-service\" / \"Unstar ...\"). The filled and outlined icons differ in shape, not only in colour.";

/// Off and on
pub fn toggle() -> impl IntoView {
    let starred = RwSignal::new(false);
    view! {
        <div class="demo-row">
            <StarToggle
                starred=starred
                name="payments-service"
                on_toggle=Callback::new(move |wanted| starred.set(wanted))
            />
            <span>{move || if starred.get() { "Starred" } else { "Not starred" }}</span>
        </div>
    }
}
