//! Toasts confirm what just happened ("Refreshed") without interrupting.

use leptos::prelude::*;

use crate::ui::{badge::Tone, button::Button, toast::Toasts};

pub const TITLE: &str = "Toast";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["ToastHost"];
pub const A11Y: &str = "Toasts appear in a polite live region (role=status), so screen readers announce them without moving focus. They leave after five seconds or on their dismiss button; never put the only copy of important information in a toast.";

/// Success and failure (the portal's layout renders the host)
pub fn notify() -> impl IntoView {
    let toasts = use_context::<Toasts>();
    let push = move |message: &'static str, tone: Tone| {
        if let Some(t) = toasts {
            t.push(message, tone);
        }
    };
    view! {
        <div class="demo-row">
            <Button on_click=Callback::new(move |_| push("Refreshed from its location", Tone::Success))>
                "Show a success toast"
            </Button>
            <Button on_click=Callback::new(move |_| push("Could not save the star", Tone::Danger))>
                "Show a failure toast"
            </Button>
        </div>
    }
}
