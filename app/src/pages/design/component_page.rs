//! One gallery page: a component's live demos with the code that builds each, its props table
//! and its accessibility notes, all generated from source (see gallery.rs).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{
    gallery::{component, page, ComponentDoc, GalleryPage},
    gallery_nav::GalleryNav,
};
use crate::{
    api::content::highlight_snippets,
    pages::not_found::NotFound,
    shell::theme::ThemeToggle,
    ui::{
        code_snippet::CodeSnippet, info_card::InfoCard, page_header::PageHeader,
        table::CompactTable,
    },
};

#[component]
pub fn ComponentPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("slug")).unwrap_or_default();
        match page(&slug) {
            Some(found) => view! { <GalleryLayout page=found /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

/// Where the component lives, and its own doc comment.
fn source_line(doc: &ComponentDoc) -> String {
    if doc.summary.is_empty() {
        format!("app/src/ui/{}.rs", doc.module)
    } else {
        format!("app/src/ui/{}.rs — {}", doc.module, doc.summary)
    }
}

fn props_table(name: &'static str) -> impl IntoView {
    let Some(doc) = component(name) else {
        return ().into_any();
    };
    if doc.props.is_empty() {
        return view! {
            <InfoCard title=format!("{name} props") subtitle=source_line(doc)>
                <p class="muted" data-testid=format!("props-{name}")>"Takes no props."</p>
            </InfoCard>
        }
        .into_any();
    }
    let rows = doc
        .props
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <td><code>{p.name}</code></td>
                    <td><code>{p.ty}</code></td>
                    <td><code>{p.default}</code></td>
                    <td class="table__cell--wide">{p.description}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <InfoCard title=format!("{name} props") subtitle=source_line(doc)>
            <CompactTable
                headers=vec!["Name", "Type", "Default", "Description"]
                label=format!("{name} props")
                class="props-table"
                test_id=format!("props-{name}")
            >
                {rows}
            </CompactTable>
        </InfoCard>
    }
    .into_any()
}

#[component]
fn GalleryLayout(page: GalleryPage) -> impl IntoView {
    // Every snippet of the page is highlighted by the server in one request.
    let texts: Vec<String> = page.demos.iter().map(|d| d.snippet.to_string()).collect();
    let highlighted = Resource::new(
        move || texts.clone(),
        |texts| highlight_snippets(texts, "rust".to_string()),
    );
    let demos = page
        .demos
        .iter()
        .copied()
        .enumerate()
        .map(|(i, demo)| {
            let plain = move || view! { <CodeSnippet text=demo.snippet language="rust" /> };
            view! {
                <InfoCard title=demo.title>
                    <div class="gallery-demo">{(demo.render)()}</div>
                    <Suspense fallback=plain>
                        {move || Suspend::new(async move {
                            match highlighted.await.ok().and_then(|all| all.get(i).cloned()) {
                                Some(html) => view! {
                                    <CodeSnippet text=demo.snippet highlighted=html language="rust" />
                                }
                                .into_any(),
                                None => plain().into_any(),
                            }
                        })}
                    </Suspense>
                </InfoCard>
            }
        })
        .collect_view();
    let props = page
        .components
        .iter()
        .map(|name| props_table(name))
        .collect_view();
    view! {
        <Title text=format!("{} · Design system", page.title) />
        <div class="design-page gallery">
            <GalleryNav />
            <div class="gallery__main" data-testid="gallery-page">
                <PageHeader title=page.title subtitle=page.summary>
                    <ThemeToggle />
                </PageHeader>
                <div class="gallery__stack">
                    {demos}
                    {props}
                    <InfoCard title="Accessibility">
                        <p data-testid="a11y-notes">{page.a11y}</p>
                    </InfoCard>
                </div>
            </div>
        </div>
    }
}
