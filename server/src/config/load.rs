//! Reading configuration files: each file is parsed on its own so an error can name its file
//! and line, then files are stacked (later files win), as `--config a.yaml --config b.yaml`.

use std::path::{Path, PathBuf};

use super::{error::ConfigError, types::Config};

/// Loads and stacks the given files; no files means all defaults.
pub fn load(paths: &[PathBuf]) -> Result<Config, ConfigError> {
    paths.iter().try_fold(Config::default(), |config, path| {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.clone(),
            source,
        })?;
        Ok(config.merge(load_str(&text, path)?))
    })
}

/// Parses one file's text; `path` is only used in error messages.
pub fn load_str(text: &str, path: &Path) -> Result<Config, ConfigError> {
    // A file of only comments is a valid, empty configuration.
    let has_content = text
        .lines()
        .any(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
    if !has_content {
        return Ok(Config::default());
    }
    let deserializer = serde_yaml_ng::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let key = error.path().to_string();
        let inner = error.into_inner();
        let (line, column) = inner
            .location()
            .map(|at| (at.line(), at.column()))
            .unwrap_or((0, 0));
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            key,
            message: clean_message(&inner.to_string()),
        }
    })
}

/// serde_yaml_ng puts the key path in front and the position behind its message; the error
/// type says both already, so keep only the words in between.
fn clean_message(message: &str) -> String {
    let without_position = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => message,
    };
    match without_position.split_once(": ") {
        Some((head, rest)) if !head.contains(' ') && head.contains('.') => rest.to_string(),
        _ => without_position.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::net::SocketAddr;

    use super::*;
    use crate::config::types::DatabaseTarget;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        load_str(text, Path::new("app-config.yaml"))
    }

    #[test]
    fn an_empty_or_comment_only_file_gives_defaults() {
        let config = parse("# nothing yet\n\n").expect("comments only");
        assert_eq!(config.title(), "Portico");
    }

    #[test]
    fn backstage_keys_are_read_and_unknown_keys_ignored() {
        let config = parse(
            "app:\n  title: Acme Portal\n  baseUrl: http://localhost:3000\norganization:\n  name: Acme\n\
             backend:\n  listen:\n    port: 7007\n  cors:\n    origin: http://x\ntechdocs:\n  builder: local\n",
        )
        .expect("valid config");
        assert_eq!(config.title(), "Acme Portal");
        assert_eq!(config.organization(), "Acme");
        let default: SocketAddr = "127.0.0.1:3000".parse().expect("addr");
        assert_eq!(
            config.listen_addr(default).expect("addr").to_string(),
            "127.0.0.1:7007"
        );
    }

    #[test]
    fn listen_accepts_backstage_string_form() {
        let config = parse("backend:\n  listen: ':8080'\n").expect("valid");
        let default: SocketAddr = "127.0.0.1:3000".parse().expect("addr");
        assert_eq!(
            config.listen_addr(default).expect("addr").to_string(),
            "127.0.0.1:8080"
        );
    }

    #[test]
    fn a_wrong_type_names_file_line_and_key() {
        let error = parse("app:\n  title: Acme\nbackend:\n  listen:\n    port: lots\n")
            .expect_err("port is not a number");
        let text = error.to_string();
        assert!(text.starts_with("app-config.yaml:5:"), "{text}");
        assert!(text.contains("backend.listen.port"), "{text}");
        assert!(text.contains("lots"), "{text}");
    }

    #[test]
    fn a_map_where_a_string_belongs_names_the_key() {
        let error = parse("app:\n  title:\n    nested: true\n").expect_err("title is a map");
        let text = error.to_string();
        assert!(text.contains("app.title"), "{text}");
        assert!(text.starts_with("app-config.yaml:3:"), "{text}");
    }

    #[test]
    fn invalid_yaml_names_the_line() {
        let error = parse("app:\n  title: [unclosed\n").expect_err("broken yaml");
        let text = error.to_string();
        assert!(text.starts_with("app-config.yaml:"), "{text}");
        assert!(
            matches!(error, ConfigError::Invalid { line, .. } if line >= 2),
            "{text}"
        );
    }

    #[test]
    fn environment_variables_are_substituted() {
        // Variables every process has, so the test needs no set_var (which races other tests).
        let home = std::env::var("PATH").expect("PATH is set");
        let config = parse("app:\n  title: 'Portal at ${PATH}'\n").expect("valid");
        assert_eq!(config.title(), format!("Portal at {home}"));
    }

    #[test]
    fn a_missing_environment_variable_is_an_error_naming_it() {
        let error =
            parse("app:\n  title: ${PORTICO_SURELY_UNSET_VARIABLE}\n").expect_err("unset variable");
        let text = error.to_string();
        assert!(text.contains("PORTICO_SURELY_UNSET_VARIABLE"), "{text}");
        assert!(text.contains("app.title"), "{text}");
    }

    #[test]
    fn later_files_win_key_by_key() {
        let base = parse("app:\n  title: Base\norganization:\n  name: Acme\n").expect("base");
        let prod = parse("app:\n  title: Production\n").expect("prod");
        let merged = base.merge(prod);
        assert_eq!(merged.title(), "Production");
        assert_eq!(merged.organization(), "Acme");
    }

    #[test]
    fn database_defaults_to_sqlite_in_the_data_dir() {
        let data = Path::new("/tmp/portico-data");
        let target = Config::default()
            .database_target(None, data)
            .expect("target");
        assert_eq!(
            target,
            DatabaseTarget::SqliteFile(data.join("portico.sqlite"))
        );
    }

    #[test]
    fn database_url_and_pg_connection_params() {
        let data = Path::new("/d");
        let from_env = Config::default()
            .database_target(Some("postgres://u@h/db"), data)
            .expect("target");
        assert_eq!(
            from_env,
            DatabaseTarget::Postgres("postgres://u@h/db".into())
        );

        let config = parse(
            "backend:\n  database:\n    client: pg\n    connection:\n      host: db\n      port: 6543\n      user: portal\n      password: 'p@ss'\n",
        )
        .expect("valid");
        assert_eq!(
            config.database_target(None, data).expect("target"),
            DatabaseTarget::Postgres("postgres://portal:p%40ss@db:6543/portico".into())
        );
    }

    #[test]
    fn unsupported_database_client_is_rejected() {
        let config = parse("backend:\n  database:\n    client: mysql\n").expect("parses");
        let error = config
            .database_target(None, Path::new("/d"))
            .expect_err("mysql is not supported");
        assert!(error.contains("mysql"), "{error}");
    }
}
