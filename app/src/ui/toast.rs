//! Toast notifications: short confirmations ("Refresh scheduled") in a polite live region at
//! the corner of the screen, gone after a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use super::badge::Tone;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    pub id: u64,
    pub message: String,
    pub tone: Tone,
}

/// The page's toasts, shared through context.
#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<Toast>>,
    next: RwSignal<u64>,
}

impl Toasts {
    pub fn provide() -> Toasts {
        let toasts = Toasts {
            items: RwSignal::new(Vec::new()),
            next: RwSignal::new(0),
        };
        provide_context(toasts);
        toasts
    }

    pub fn push(self, message: impl Into<String>, tone: Tone) {
        let id = self.next.get_untracked();
        self.next.set(id + 1);
        self.items.update(|items| {
            items.push(Toast {
                id,
                message: message.into(),
                tone,
            })
        });
        set_timeout(move || self.dismiss(id), Duration::from_secs(5));
    }

    pub fn dismiss(self, id: u64) {
        self.items.update(|items| items.retain(|t| t.id != id));
    }
}

/// Where toasts appear; the layout renders one.
#[component]
pub fn ToastHost() -> impl IntoView {
    let toasts = use_context::<Toasts>().unwrap_or_else(Toasts::provide);
    view! {
        <div class="toast-host" role="status" aria-live="polite">
            <For
                each=move || toasts.items.get()
                key=|toast| toast.id
                children=move |toast| {
                    let id = toast.id;
                    view! {
                        <div class=format!("toast toast--{}", toast.tone.class().trim_start_matches("badge--"))>
                            <span class="toast__message">{toast.message}</span>
                            <button
                                type="button"
                                class="toast__close"
                                aria-label="Dismiss"
                                on:click=move |_| toasts.dismiss(id)
                            >
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
