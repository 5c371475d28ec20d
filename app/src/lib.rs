//! Portico's user interface and the typed contract between UI and backend.
//! Compiled twice: with `ssr` into the server binary and with `hydrate` into the browser's wasm.
#![recursion_limit = "256"]

pub mod api;
pub mod model;
pub mod pages;
pub mod shell;
pub mod ui;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around the app. Only the server renders it; the browser hydrates `<body>`.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The theme comes from a cookie so the first paint already has the right colours (no flash).
    let theme = shell::theme::ThemeChoice::from_request();
    // The server sets `site_pkg_dir` to `pkg/<content version>`, so this URL changes whenever
    // the CSS does and may be cached forever.
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang="en" data-theme=theme.attribute()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" id="leptos" href=stylesheet />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: the shell layout around the routed pages.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    shell::theme::provide_theme();

    // Every route renders asynchronously on the server: the HTML arrives complete, so a page is
    // readable (and a shared filtered URL shows its results) before any script runs.
    view! {
        <Router>
            <shell::Layout>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/catalog") view=pages::catalog::explorer::CatalogExplorer ssr=SsrMode::Async />
                    <Route path=path!("/catalog/:namespace/:kind/:name") view=pages::catalog::entity_page::EntityPage ssr=SsrMode::Async />
                    <Route path=path!("/catalog-import") view=pages::catalog::import_page::ImportPage ssr=SsrMode::Async />
                    <Route path=path!("/docs") view=pages::coming_soon::DocsSoon ssr=SsrMode::Async />
                    <Route path=path!("/search") view=pages::coming_soon::SearchSoon ssr=SsrMode::Async />
                    <Route path=path!("/design") view=pages::design::DesignHome ssr=SsrMode::Async />
                    <Route path=path!("/design/tokens") view=pages::design::tokens_page::TokensPage ssr=SsrMode::Async />
                    <Route path=path!("/design/:slug") view=pages::design::component_page::ComponentPage ssr=SsrMode::Async />
                </Routes>
            </shell::Layout>
        </Router>
    }
}
