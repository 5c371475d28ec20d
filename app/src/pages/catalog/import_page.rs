//! /catalog-import: register a catalog-info.yaml by URL or path. Analyse first (a dry run that
//! lists the entities and every problem), then import on confirm.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    api::catalog::{import_location, preview_import},
    model::{AppError, ImportPreview},
    ui::{
        badge::{Badge, LifecycleBadge, Tone},
        button::{Button, ButtonVariant},
        error_panel::ErrorPanel,
        icon::IconName,
        info_card::InfoCard,
        page_header::PageHeader,
        table::CompactTable,
        text_field::TextField,
        warning_panel::WarningPanel,
    },
};

#[component]
pub fn ImportPage() -> impl IntoView {
    let target = RwSignal::new(String::new());
    let analyse = Action::new(move |target: &String| preview_import(target.clone()));
    let import = Action::new(move |target: &String| import_location(target.clone()));
    let input_error = RwSignal::new(None::<String>);
    let start_over = Callback::new(move |_| {
        analyse.value().set(None);
        import.value().set(None);
        target.set(String::new());
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let value = target.get_untracked();
        if value.trim().is_empty() {
            input_error.set(Some(
                "Enter the URL or file path of a catalog-info.yaml".into(),
            ));
            return;
        }
        input_error.set(None);
        import.value().set(None);
        analyse.dispatch(value);
    };
    view! {
        <Title text="Register an existing component" />
        <PageHeader
            title="Register an existing component"
            subtitle="Point Portico at a catalog-info.yaml: a URL (GitHub and GitLab file links work) or a file path on the server."
        />
        <div class="import-page">
            <InfoCard title="1. Select a location">
                <form class="import-page__form" on:submit=on_submit>
                    <TextField
                        id="import-target"
                        label="URL or path"
                        name="target"
                        placeholder="https://github.com/acme/payments/blob/main/catalog-info.yaml"
                        hint="Every entity in the file, and in files its Location entities point to, is registered."
                        error=input_error
                        value=target
                    />
                    <Button kind="submit" variant=ButtonVariant::Primary icon=IconName::Search loading=analyse.pending()>
                        "Analyze"
                    </Button>
                </form>
            </InfoCard>
            {move || match (analyse.value().get(), import.value().get()) {
                (_, Some(Ok(done))) => done_view(done, start_over).into_any(),
                (_, Some(Err(error))) => error_view(error).into_any(),
                (Some(Ok(preview)), None) => {
                    let confirm = Callback::new(move |_| {
                        import.dispatch(target.get_untracked());
                    });
                    review_view(preview, confirm, start_over, import.pending()).into_any()
                }
                (Some(Err(error)), None) => error_view(error).into_any(),
                (None, None) => ().into_any(),
            }}
        </div>
    }
}

fn error_view(error: AppError) -> impl IntoView {
    view! {
        <div data-testid="import-error">
            <ErrorPanel title=error.title() message=error.to_string() />
        </div>
    }
}

fn entity_rows(preview: &ImportPreview, linked: bool) -> impl IntoView {
    preview
        .entities
        .iter()
        .map(|e| {
            let name = e.display_name().to_string();
            let name = if linked {
                view! { <a href=e.href() class="table__primary-link">{name}</a> }.into_any()
            } else {
                view! { <strong>{name}</strong> }.into_any()
            };
            view! {
                <tr>
                    <td>{name}</td>
                    <td>{e.kind.clone()}</td>
                    <td><code>{e.entity_ref.to_string()}</code></td>
                    <td>{e.lifecycle.clone().map(|l| view! { <LifecycleBadge lifecycle=l /> })}</td>
                </tr>
            }
        })
        .collect_view()
}

fn entity_table(preview: &ImportPreview, linked: bool) -> impl IntoView {
    let rows = entity_rows(preview, linked);
    view! {
        <CompactTable
            headers=vec!["Name", "Kind", "Reference", "Lifecycle"]
            label="Entities in this location"
            test_id="import-entities"
        >
            {rows}
        </CompactTable>
    }
}

fn problems_view(problems: &[String]) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .map(|p| view! { <li><code>{p.clone()}</code></li> })
            .collect_view();
        view! {
            <div data-testid="import-problems">
                <WarningPanel title="Some documents could not be read">
                    <p>"These are left out; everything else can be imported. Fix them and refresh the entity later."</p>
                    <ul class="warning-panel__list">{items}</ul>
                </WarningPanel>
            </div>
        }
    })
}

fn review_view(
    preview: ImportPreview,
    confirm: Callback<leptos::ev::MouseEvent>,
    start_over: Callback<leptos::ev::MouseEvent>,
    busy: Memo<bool>,
) -> impl IntoView {
    let count = preview.entities.len();
    let subtitle = format!(
        "{} · {count} {} found",
        preview.target,
        if count == 1 { "entity" } else { "entities" }
    );
    view! {
        <InfoCard title="2. Review" subtitle=subtitle>
            {preview.exists.then(|| view! {
                <p><Badge tone=Tone::Info label="Already registered" /> " Importing again refreshes it."</p>
            })}
            {problems_view(&preview.problems)}
            {if count == 0 {
                view! { <p class="muted">"No entities found in this location."</p> }.into_any()
            } else {
                entity_table(&preview, false).into_any()
            }}
            <div class="import-page__actions">
                <Button on_click=start_over>"Start over"</Button>
                <Button
                    variant=ButtonVariant::Primary
                    on_click=confirm
                    loading=busy
                    disabled=Signal::stored(count == 0 || preview.exists)
                >
                    "Import"
                </Button>
            </div>
        </InfoCard>
    }
}

fn done_view(done: ImportPreview, start_over: Callback<leptos::ev::MouseEvent>) -> impl IntoView {
    let count = done.entities.len();
    view! {
        <InfoCard title="3. Registered" subtitle=done.target.clone()>
            <p data-testid="import-done">
                {format!("Added {count} {} to the catalog.", if count == 1 { "entity" } else { "entities" })}
            </p>
            {problems_view(&done.problems)}
            {entity_table(&done, true)}
            <div class="import-page__actions">
                <Button on_click=start_over>"Register another"</Button>
                <a href="/catalog" class="button button--primary">"Go to the catalog"</a>
            </div>
        </InfoCard>
    }
}
