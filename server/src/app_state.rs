//! The one state object of the server, built in `serve` and handed to axum and Leptos.

use std::sync::Arc;

use app::api::portal::PortalHandle;
use axum::extract::FromRef;
use leptos::{config::LeptosOptions, prelude::provide_context};

use crate::{
    catalog::service::CatalogHandle,
    config::Config,
    db::Db,
    http::{assets::SiteAssets, metrics::Metrics},
};

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    pub db: Db,
    pub metrics: Arc<Metrics>,
    pub assets: Arc<SiteAssets>,
    pub catalog: CatalogHandle,
    /// The backend as the UI's server functions see it.
    pub portal: PortalHandle,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// What every server function and page render finds in its Leptos context.
    pub fn leptos_context(&self) -> impl Fn() + Clone + Send + Sync + 'static {
        let portal = self.portal.clone();
        move || provide_context(portal.clone())
    }
}
