//! The typed configuration. Field names follow Backstage's app-config.yaml where the meaning is
//! the same; keys Portico does not use are ignored, so one file can serve both.

use std::{fmt, net::SocketAddr, path::Path};

use serde::{
    de::{self, MapAccess, Visitor},
    Deserialize, Deserializer,
};

use super::env_subst::substitute_env;

/// A configuration string with `${VAR}` references already replaced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConfigString(pub String);

impl<'de> Deserialize<'de> for ConfigString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        substitute_env(&raw)
            .map(ConfigString)
            .map_err(de::Error::custom)
    }
}

impl ConfigString {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A TCP port, written as a number or as a string (`port: ${PORT}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Port(pub u16);

impl<'de> Deserialize<'de> for Port {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PortVisitor;
        impl Visitor<'_> for PortVisitor {
            type Value = Port;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a port number from 0 to 65535")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Port, E> {
                u16::try_from(v)
                    .map(Port)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Port, E> {
                u16::try_from(v)
                    .map(Port)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Port, E> {
                let value = substitute_env(v).map_err(E::custom)?;
                value
                    .trim()
                    .parse::<u16>()
                    .map(Port)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(&value), &self))
            }
        }
        deserializer.deserialize_any(PortVisitor)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Config {
    pub app: AppSection,
    pub organization: OrganizationSection,
    pub backend: BackendSection,
    pub catalog: CatalogSection,
}

/// `catalog`: where entities come from and which kinds are accepted, as in Backstage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CatalogSection {
    /// Static locations; with none, the demo catalog in `examples/` is loaded.
    pub locations: Option<Vec<CatalogLocation>>,
    /// `[{allow: [Kind, ...]}]`: replaces the accepted kinds (all built-in kinds by default).
    pub rules: Option<Vec<CatalogRule>>,
    /// How often locations are re-read: `{minutes: 2}`, a number of seconds, or `false`.
    pub processing_interval: Option<ProcessingInterval>,
    /// Reject location changes through the API (dry runs still work).
    pub readonly: Option<bool>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogLocation {
    #[serde(rename = "type")]
    pub location_type: ConfigString,
    pub target: ConfigString,
    #[serde(default)]
    pub rules: Vec<CatalogRule>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct CatalogRule {
    #[serde(default)]
    pub allow: Vec<String>,
}

/// A refresh interval; `None` inside means refreshing is switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessingInterval(pub Option<std::time::Duration>);

impl<'de> Deserialize<'de> for ProcessingInterval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Off(bool),
            Seconds(u64),
            Parts {
                #[serde(default)]
                hours: u64,
                #[serde(default)]
                minutes: u64,
                #[serde(default)]
                seconds: u64,
            },
        }
        match Raw::deserialize(deserializer)? {
            Raw::Off(false) => Ok(ProcessingInterval(None)),
            Raw::Off(true) => Err(de::Error::custom(
                "processingInterval: use false or a duration such as {minutes: 2}",
            )),
            Raw::Seconds(s) => Ok(ProcessingInterval(Some(std::time::Duration::from_secs(
                s.max(1),
            )))),
            Raw::Parts {
                hours,
                minutes,
                seconds,
            } => {
                let total = hours * 3600 + minutes * 60 + seconds;
                Ok(ProcessingInterval(Some(std::time::Duration::from_secs(
                    total.max(1),
                ))))
            }
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AppSection {
    pub title: Option<ConfigString>,
    pub base_url: Option<ConfigString>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct OrganizationSection {
    pub name: Option<ConfigString>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BackendSection {
    pub base_url: Option<ConfigString>,
    pub listen: Option<Listen>,
    pub database: Option<DatabaseSection>,
}

/// `backend.listen`: either `":7007"` / `"0.0.0.0:7007"`, or `{ host, port }`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listen {
    pub host: Option<String>,
    pub port: Option<u16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListenParts {
    host: Option<ConfigString>,
    port: Option<Port>,
}

impl<'de> Deserialize<'de> for Listen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListenVisitor;
        impl<'de> Visitor<'de> for ListenVisitor {
            type Value = Listen;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an address such as \":7007\" or a map with host and port")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Listen, E> {
                let value = substitute_env(v).map_err(E::custom)?;
                let (host, port) = value.rsplit_once(':').unwrap_or(("", value.as_str()));
                let port = port
                    .parse::<u16>()
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(&value), &self))?;
                Ok(Listen {
                    host: (!host.is_empty()).then(|| host.to_string()),
                    port: Some(port),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Listen, A::Error> {
                let parts = ListenParts::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Listen {
                    host: parts.host.map(|h| h.0),
                    port: parts.port.map(|p| p.0),
                })
            }
        }
        deserializer.deserialize_any(ListenVisitor)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DatabaseSection {
    /// `better-sqlite3`/`sqlite3` (embedded) or `pg` (PostgreSQL), as in Backstage.
    pub client: Option<ConfigString>,
    pub connection: Option<Connection>,
}

/// `backend.database.connection`: a URL string (or `:memory:`), or connection parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Connection {
    Url(String),
    Params(ConnectionParams),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ConnectionParams {
    pub host: Option<ConfigString>,
    pub port: Option<Port>,
    pub user: Option<ConfigString>,
    pub password: Option<ConfigString>,
    pub database: Option<ConfigString>,
    /// SQLite only: the folder that holds the database file.
    pub directory: Option<ConfigString>,
}

impl<'de> Deserialize<'de> for Connection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ConnectionVisitor;
        impl<'de> Visitor<'de> for ConnectionVisitor {
            type Value = Connection;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a connection string or a map of connection parameters")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Connection, E> {
                substitute_env(v).map(Connection::Url).map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Connection, A::Error> {
                ConnectionParams::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Connection::Params)
            }
        }
        deserializer.deserialize_any(ConnectionVisitor)
    }
}

/// Where the catalog and settings are stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseTarget {
    /// A SQLite file (the embedded default).
    SqliteFile(std::path::PathBuf),
    /// SQLite in memory: nothing survives a restart (tests, demos).
    SqliteMemory,
    Postgres(String),
}

impl Config {
    /// Values from `later` win over `self`, key by key, as with Backstage's stacked config files.
    pub fn merge(self, later: Config) -> Config {
        Config {
            app: AppSection {
                title: later.app.title.or(self.app.title),
                base_url: later.app.base_url.or(self.app.base_url),
            },
            organization: OrganizationSection {
                name: later.organization.name.or(self.organization.name),
            },
            backend: BackendSection {
                base_url: later.backend.base_url.or(self.backend.base_url),
                listen: later.backend.listen.or(self.backend.listen),
                database: later.backend.database.or(self.backend.database),
            },
            catalog: CatalogSection {
                locations: later.catalog.locations.or(self.catalog.locations),
                rules: later.catalog.rules.or(self.catalog.rules),
                processing_interval: later
                    .catalog
                    .processing_interval
                    .or(self.catalog.processing_interval),
                readonly: later.catalog.readonly.or(self.catalog.readonly),
            },
        }
    }

    /// The portal's name in the top bar and page titles.
    pub fn title(&self) -> String {
        self.app
            .title
            .as_ref()
            .map(|t| t.0.clone())
            .unwrap_or_else(|| "Portico".to_string())
    }

    pub fn organization(&self) -> String {
        self.organization
            .name
            .as_ref()
            .map(|n| n.0.clone())
            .unwrap_or_else(|| "Portico".to_string())
    }

    /// The address from `backend.listen`, if the file sets one.
    pub fn listen_addr(&self, default: SocketAddr) -> Result<SocketAddr, String> {
        let Some(listen) = &self.backend.listen else {
            return Ok(default);
        };
        let host = listen
            .host
            .clone()
            .unwrap_or_else(|| default.ip().to_string());
        let port = listen.port.unwrap_or(default.port());
        let host = if host.contains(':') && !host.starts_with('[') {
            format!("[{host}]")
        } else {
            host
        };
        format!("{host}:{port}")
            .parse()
            .map_err(|_| format!("backend.listen: \"{host}:{port}\" is not an IP address and port"))
    }

    /// The database to use: `database_url` (from `DATABASE_URL`) wins, then
    /// `backend.database`, then a SQLite file in the data dir.
    pub fn database_target(
        &self,
        database_url: Option<&str>,
        data_dir: &Path,
    ) -> Result<DatabaseTarget, String> {
        if let Some(url) = database_url.filter(|u| !u.trim().is_empty()) {
            return target_from_url(url, data_dir);
        }
        let Some(database) = &self.backend.database else {
            return Ok(DatabaseTarget::SqliteFile(data_dir.join("portico.sqlite")));
        };
        let client = database.client.as_ref().map(|c| c.0.as_str()).unwrap_or("");
        let postgres = matches!(client, "pg" | "postgres" | "postgresql");
        match (&database.connection, postgres) {
            (Some(Connection::Url(url)), _) => target_from_url(url, data_dir),
            (Some(Connection::Params(params)), true) => Ok(DatabaseTarget::Postgres(postgres_url(params))),
            (Some(Connection::Params(params)), false) => {
                let dir = params
                    .directory
                    .as_ref()
                    .map(|d| Path::new(&d.0).to_path_buf())
                    .unwrap_or_else(|| data_dir.to_path_buf());
                Ok(DatabaseTarget::SqliteFile(dir.join("portico.sqlite")))
            }
            (None, true) => Err("backend.database: client is pg but no connection is configured".into()),
            (None, false) => match client {
                "" | "better-sqlite3" | "sqlite3" | "sqlite" => {
                    Ok(DatabaseTarget::SqliteFile(data_dir.join("portico.sqlite")))
                }
                other => Err(format!(
                    "backend.database.client: \"{other}\" is not supported; use better-sqlite3 or pg"
                )),
            },
        }
    }
}

fn target_from_url(url: &str, data_dir: &Path) -> Result<DatabaseTarget, String> {
    let url = url.trim();
    if url == ":memory:" || url == "sqlite::memory:" {
        Ok(DatabaseTarget::SqliteMemory)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(DatabaseTarget::Postgres(url.to_string()))
    } else if let Some(path) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    {
        let path = path.split('?').next().unwrap_or(path);
        Ok(DatabaseTarget::SqliteFile(data_dir.join(path)))
    } else {
        Err(format!(
            "database connection \"{url}\" is neither postgres://..., sqlite:... nor :memory:"
        ))
    }
}

fn postgres_url(params: &ConnectionParams) -> String {
    let text = |v: &Option<ConfigString>, default: &str| {
        v.as_ref()
            .map(|s| s.0.clone())
            .unwrap_or_else(|| default.to_string())
    };
    let user = text(&params.user, "postgres");
    let credentials = match &params.password {
        Some(password) => format!("{}:{}", encode(&user), encode(&password.0)),
        None => encode(&user),
    };
    format!(
        "postgres://{credentials}@{}:{}/{}",
        text(&params.host, "localhost"),
        params.port.map(|p| p.0).unwrap_or(5432),
        text(&params.database, "portico"),
    )
}

/// Percent-encodes the characters that would break a URL's user-info part.
fn encode(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '.' | '_' | '~' => c.to_string(),
            other => {
                let mut buf = [0u8; 4];
                other
                    .encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}
