//! Opening the pool and bringing the schema up to date.

use std::{str::FromStr, time::Duration};

use sqlx::{
    any::{AnyConnectOptions, AnyPoolOptions},
    migrate::Migrator,
    AnyPool, Executor,
};

use super::DbError;
use crate::config::DatabaseTarget;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A connection pool and the kind of database behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    /// Where writes go. On SQLite one long-lived connection: SQLite allows one writer anyway,
    /// and a connection's page cache is only kept while no other connection writes, so a single
    /// writer keeps the catalog's index pages warm across a bulk ingest. On PostgreSQL it is
    /// the same pool.
    writer: AnyPool,
    backend: Backend,
}

impl Db {
    /// Connects to the target; a SQLite file and its folder are created when missing.
    pub async fn connect(target: &DatabaseTarget) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let (url, backend) = match target {
            DatabaseTarget::SqliteFile(path) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|source| DbError::DataDir {
                        path: dir.display().to_string(),
                        source,
                    })?;
                }
                (
                    format!("sqlite://{}?mode=rwc", path.display()),
                    Backend::Sqlite,
                )
            }
            // A shared in-memory database so every pooled connection sees the same data.
            DatabaseTarget::SqliteMemory => (
                "sqlite:file:portico-memory?mode=memory&cache=shared".to_string(),
                Backend::Sqlite,
            ),
            DatabaseTarget::Postgres(url) => (url.clone(), Backend::Postgres),
        };
        let connect_error = |source| DbError::Connect {
            backend: backend.name(),
            source,
        };
        let options = AnyConnectOptions::from_str(&url).map_err(connect_error)?;
        let pool_options = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10));
        let pool_options = match backend {
            // WAL lets readers proceed while the catalog writes; NORMAL sync is safe under WAL.
            // An 8 MB page cache per reading connection keeps catalog index pages in memory while
            // thousands of entities are written (the 2 MB default thrashes on index inserts).
            Backend::Sqlite => pool_options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                         PRAGMA cache_size = -8192; PRAGMA temp_store = MEMORY;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => pool_options,
        };
        let pool = pool_options
            .connect_with(options.clone())
            .await
            .map_err(connect_error)?;
        let writer = match backend {
            Backend::Sqlite => AnyPoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .acquire_timeout(Duration::from_secs(60))
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA cache_size = -16384;",
                        )
                        .await?;
                        Ok(())
                    })
                })
                .connect_with(options)
                .await
                .map_err(connect_error)?,
            Backend::Postgres => pool.clone(),
        };
        Ok(Db {
            pool,
            writer,
            backend,
        })
    }

    /// Applies every migration not yet applied; safe to run at each start.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Answers when the database does: used by the health check.
    pub async fn ping(&self) -> Result<(), DbError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The pool for writes (see the field's comment).
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The versions of the migrations applied so far, oldest first.
    pub async fn applied_migrations(&self) -> Result<Vec<i64>, DbError> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT version FROM _sqlx_migrations WHERE success = TRUE ORDER BY version",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(v,)| v).collect())
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }
}
