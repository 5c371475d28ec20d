//! `portico serve`: load configuration, open and migrate the database, build the state and
//! serve until a shutdown signal.

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Instant};

use leptos::config::LeptosOptions;

use crate::{
    app_state::AppState,
    catalog::{service::CatalogService, store::CatalogStore},
    config::{self, ConfigError, DatabaseTarget},
    db::{Db, DbError},
    http::{self, assets::SiteAssets, metrics::Metrics},
    portal::PortalService,
};

/// The Leptos runtime options, embedded so the binary runs from any working directory.
const LEPTOS_TOML: &str = include_str!("../../Leptos.toml");

#[derive(Clone, Debug, Default)]
pub struct ServeOptions {
    pub config_files: Vec<PathBuf>,
    pub data_dir: PathBuf,
    /// Overrides `backend.listen` and Leptos.toml's `site-addr`.
    pub addr: Option<SocketAddr>,
    /// `DATABASE_URL`: overrides `backend.database`.
    pub database_url: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("configuration: {0}")]
    ConfigValue(String),
    #[error("Leptos.toml: {0}")]
    Leptos(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("metrics: {0}")]
    Metrics(#[from] prometheus::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("server stopped with an error: {0}")]
    Serve(std::io::Error),
}

impl StartupError {
    /// 2 for a configuration the user must fix, 1 for anything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            StartupError::Config(_) | StartupError::ConfigValue(_) => 2,
            _ => 1,
        }
    }
}

/// Everything `serve` needs before it listens: loaded config, migrated database, state.
pub struct Prepared {
    pub state: AppState,
    pub addr: SocketAddr,
    pub database: DatabaseTarget,
}

pub async fn prepare(options: &ServeOptions) -> Result<Prepared, StartupError> {
    let config = config::load(&options.config_files)?;
    let leptos = leptos::config::get_config_from_str(LEPTOS_TOML)
        .map_err(|e| StartupError::Leptos(e.to_string()))?;
    let addr = match options.addr {
        Some(addr) => addr,
        None => config
            .listen_addr(leptos.site_addr)
            .map_err(StartupError::ConfigValue)?,
    };
    let database = config
        .database_target(options.database_url.as_deref(), &options.data_dir)
        .map_err(StartupError::ConfigValue)?;

    let db = Db::connect(&database).await?;
    db.migrate().await?;

    let assets = SiteAssets::load(&leptos.site_pkg_dir, &leptos.output_name);
    if !assets.has_bundle() {
        tracing::warn!(
            "this binary carries no wasm bundle: pages render but do not hydrate; \
             build with `cargo leptos build --release`"
        );
    }
    // The HTML names the bundle under its content version, so browsers may cache it forever.
    let mut leptos_options: LeptosOptions = leptos;
    leptos_options.site_addr = addr;
    leptos_options.site_pkg_dir = assets.versioned_pkg_dir().into();
    let config = Arc::new(config);
    let demo = match config.catalog.locations {
        Some(_) => None,
        None => crate::catalog::demo::demo_catalog(&options.data_dir),
    };
    let catalog = Arc::new(CatalogService::new(
        CatalogStore::new(db.clone()),
        &config,
        demo,
    ));
    let state = AppState {
        portal: Arc::new(PortalService::new(config.clone(), catalog.clone())),
        catalog,
        leptos_options,
        config,
        db,
        metrics: Arc::new(Metrics::new()?),
        assets: Arc::new(assets),
    };
    Ok(Prepared {
        state,
        addr,
        database,
    })
}

pub async fn run(options: ServeOptions) -> Result<(), StartupError> {
    let started = Instant::now();
    let Prepared {
        state,
        addr,
        database,
    } = prepare(&options).await?;
    let db = state.db.clone();
    // Ingestion runs beside serving: the portal answers at once and fills as files are read.
    state.catalog.spawn_refresh_loop();
    let router = http::router(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| StartupError::Bind { addr, source })?;
    let local = listener.local_addr().unwrap_or(addr);
    tracing::info!(
        url = %format!("http://{local}"),
        database = %describe(&database),
        ready_ms = started.elapsed().as_millis() as u64,
        "portico is serving"
    );
    axum::serve(listener, router)
        .with_graceful_shutdown(http::shutdown::signal())
        .await
        .map_err(StartupError::Serve)?;
    db.close().await;
    tracing::info!("portico stopped");
    Ok(())
}

fn describe(target: &DatabaseTarget) -> String {
    match target {
        DatabaseTarget::SqliteFile(path) => format!("sqlite {}", path.display()),
        DatabaseTarget::SqliteMemory => "sqlite in memory".to_string(),
        // Never log credentials: keep scheme, host and database only.
        DatabaseTarget::Postgres(url) => {
            let host = url.rsplit('@').next().unwrap_or("postgres");
            format!(
                "postgres {}",
                host.trim_start_matches("postgres://")
                    .trim_start_matches("postgresql://")
            )
        }
    }
}
