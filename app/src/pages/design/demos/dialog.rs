//! A modal dialog for a decision that needs attention, such as confirming a removal.

use leptos::prelude::*;

use crate::ui::{
    button::{Button, ButtonVariant},
    dialog::Dialog,
};

pub const TITLE: &str = "Dialog";
pub const GROUP: &str = "Feedback";
pub const COMPONENTS: &[&str] = &["Dialog"];
pub const A11Y: &str = "The native <dialog> opened with showModal(): the page behind is inert, focus moves into the dialog, Tab and Shift+Tab cycle inside it, Escape closes it and focus returns to the button that opened it. It is labelled by its title.";

/// Confirm a removal
pub fn confirm() -> impl IntoView {
    let open = RwSignal::new(false);
    let result = RwSignal::new("");
    view! {
        <div class="demo-row">
            <Button variant=ButtonVariant::Danger on_click=Callback::new(move |_| open.set(true))>
                "Unregister…"
            </Button>
            <span>{move || result.get()}</span>
        </div>
        <Dialog open=open title="Unregister location">
            <p>"This removes the location and the 3 entities it registered."</p>
            <div class="dialog__actions">
                <Button on_click=Callback::new(move |_| open.set(false))>"Cancel"</Button>
                <Button
                    variant=ButtonVariant::Danger
                    on_click=Callback::new(move |_| {
                        result.set("Unregistered (demo)");
                        open.set(false);
                    })
                >
                    "Unregister"
                </Button>
            </div>
        </Dialog>
    }
}
