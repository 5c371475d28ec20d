//! The unregister dialog: names the location and every entity that goes with it before
//! anything is removed. Config locations cannot be unregistered; their entity can be deleted.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::{
    api::catalog::{delete_entity, load_unregister_plan, unregister_location},
    model::{AppError, EntityRef, UnregisterPlan},
    ui::{
        badge::Tone,
        button::{Button, ButtonVariant},
        dialog::Dialog,
        error_panel::ErrorPanel,
        progress::Spinner,
        toast::Toasts,
    },
};

#[component]
pub fn UnregisterDialog(open: RwSignal<bool>, entity_ref: EntityRef) -> impl IntoView {
    let key = entity_ref.to_string();
    let plan: RwSignal<Option<Result<UnregisterPlan, AppError>>> = RwSignal::new(None);
    let load = Action::new(move |key: &String| load_unregister_plan(key.clone()));
    Effect::new(move |_| {
        if open.get() && plan.get_untracked().is_none() {
            load.dispatch(key.clone());
        }
    });
    Effect::new(move |_| {
        if let Some(result) = load.value().get() {
            plan.set(Some(result));
        }
    });
    let toasts = use_context::<Toasts>();
    let navigate = use_navigate();
    let remove = Action::new(move |what: &Removal| {
        let what = what.clone();
        async move {
            match what {
                Removal::Location(id) => unregister_location(id).await,
                Removal::Entity(uid) => delete_entity(uid).await,
            }
        }
    });
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(())) => {
            open.set(false);
            if let Some(t) = toasts {
                t.push("Unregistered", Tone::Success);
            }
            navigate("/catalog", Default::default());
        }
        Some(Err(error)) => {
            if let Some(t) = toasts {
                t.push(format!("Could not unregister: {error}"), Tone::Danger);
            }
        }
        None => {}
    });
    let busy = remove.pending();
    view! {
        <Dialog open=open title="Unregister entity">
            {move || match plan.get() {
                None => view! { <Spinner label="Finding what would be removed" /> }.into_any(),
                Some(Err(error)) => view! {
                    <ErrorPanel title=error.title() message=error.to_string() />
                }
                .into_any(),
                Some(Ok(plan)) => plan_view(plan, open, remove, busy).into_any(),
            }}
        </Dialog>
    }
}

#[derive(Clone, Debug)]
enum Removal {
    Location(String),
    Entity(String),
}

fn plan_view(
    plan: UnregisterPlan,
    open: RwSignal<bool>,
    remove: Action<Removal, Result<(), AppError>>,
    busy: Memo<bool>,
) -> impl IntoView {
    let cancel = Callback::new(move |_| open.set(false));
    let uid = plan.uid.clone();
    let delete_one = Callback::new(move |_| {
        remove.dispatch(Removal::Entity(uid.clone()));
    });
    let names = plan
        .entities
        .iter()
        .map(|e| view! { <li><code>{e.entity_ref.to_string()}</code></li> })
        .collect_view();
    match plan.location {
        Some(location) if !location.from_config => {
            let id = location.id.clone();
            let unregister = Callback::new(move |_| {
                remove.dispatch(Removal::Location(id.clone()));
            });
            let count = plan.entities.len();
            view! {
                <p>
                    "This removes the location "
                    <code data-testid="unregister-target">{location.target.clone()}</code>
                    {format!(" and the {count} {} it registered:", if count == 1 { "entity" } else { "entities" })}
                </p>
                <ul class="dialog__list" data-testid="unregister-entities">{names}</ul>
                <p class="muted">"To add them again, register the location again."</p>
                <div class="dialog__actions">
                    <Button on_click=cancel>"Cancel"</Button>
                    <Button variant=ButtonVariant::Ghost on_click=delete_one loading=busy>
                        "Delete only this entity"
                    </Button>
                    <Button variant=ButtonVariant::Danger on_click=unregister loading=busy>
                        "Unregister location"
                    </Button>
                </div>
            }
            .into_any()
        }
        other => {
            let reason = if other.is_some() {
                "This entity comes from a location in app-config.yaml (catalog.locations), which only the configuration can remove. You can delete the entity; it comes back at the next refresh if its file still contains it."
            } else {
                "No location provides this entity any more. Deleting removes it from the catalog for good."
            };
            view! {
                <p>{reason}</p>
                <p>"This deletes " <code>{plan.entity.entity_ref.to_string()}</code> "."</p>
                <div class="dialog__actions">
                    <Button on_click=cancel>"Cancel"</Button>
                    <Button variant=ButtonVariant::Danger on_click=delete_one loading=busy>
                        "Delete entity"
                    </Button>
                </div>
            }
            .into_any()
        }
    }
}
