//! The star toggle wired to the server: saves the reader's choice and says so if it failed.

use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::catalog::set_star,
    model::EntityRef,
    ui::{badge::Tone, star_toggle::StarToggle, toast::Toasts},
};

#[component]
pub fn EntityStar(
    entity_ref: EntityRef,
    #[prop(into)] name: String,
    starred: bool,
) -> impl IntoView {
    let state = RwSignal::new(starred);
    let toasts = use_context::<Toasts>();
    let key = entity_ref.to_string();
    let on_toggle = Callback::new(move |wanted: bool| {
        let key = key.clone();
        // Optimistic: the star fills at once and flips back if saving fails.
        state.set(wanted);
        spawn_local(async move {
            if let Err(error) = set_star(key, wanted).await {
                state.set(!wanted);
                if let Some(toasts) = toasts {
                    toasts.push(format!("Could not save the star: {error}"), Tone::Danger);
                }
            }
        });
    });
    view! { <StarToggle starred=state name=name on_toggle=on_toggle /> }
}
