//! The `portico` command line.

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand};
use portico::{
    catalog::check_files::check_files,
    serve::{self, ServeOptions},
};
use tracing_subscriber::{fmt, EnvFilter};

/// Portico: a developer portal in one binary. Software catalog, docs-as-code, search and a
/// design system, reading Backstage's catalog-info.yaml, mkdocs.yml and app-config.yaml.
#[derive(Parser)]
#[command(name = "portico", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no command, `portico` serves.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal web server (the default).
    Serve(ServeArgs),
    /// Check catalog files (catalog-info.yaml) with the catalog's rules; prints
    /// `file:line: message` per problem and exits 1 if there is any.
    Validate(ValidateArgs),
}

#[derive(Args, Clone)]
struct ValidateArgs {
    /// Catalog files to check.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// An app-config.yaml whose `catalog.rules` decide which kinds are accepted.
    #[arg(long = "config", short = 'c', value_name = "FILE")]
    config: Vec<PathBuf>,
}

#[derive(Args, Clone)]
struct ServeArgs {
    /// An app-config.yaml in Backstage's format. Repeat to stack files; later files win.
    #[arg(long = "config", short = 'c', value_name = "FILE")]
    config: Vec<PathBuf>,
    /// Where the embedded database and search index live.
    #[arg(
        long,
        value_name = "DIR",
        default_value = "./data",
        env = "PORTICO_DATA_DIR"
    )]
    data_dir: PathBuf,
    /// Address to listen on [default: backend.listen from config, else 127.0.0.1:3000].
    #[arg(long, value_name = "HOST:PORT", env = "PORTICO_ADDR")]
    addr: Option<SocketAddr>,
    /// PostgreSQL URL (postgres://...) to use instead of the embedded SQLite database.
    #[arg(long, value_name = "URL", env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// Log format: `text` for people, `json` for log collectors.
    #[arg(
        long,
        value_name = "FORMAT",
        default_value = "text",
        env = "PORTICO_LOG_FORMAT"
    )]
    log_format: LogFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let args = match cli.command {
        Some(Command::Serve(args)) => args,
        Some(Command::Validate(args)) => return validate(args),
        None => cli.serve,
    };
    init_logging(args.log_format);
    let Some(runtime) = runtime(tokio::runtime::Builder::new_multi_thread()) else {
        return ExitCode::from(1);
    };
    let options = ServeOptions {
        config_files: args.config,
        data_dir: args.data_dir,
        addr: args.addr,
        database_url: args.database_url,
    };
    match runtime.block_on(serve::run(options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

/// Builds the async runtime, or says why it cannot be built.
fn runtime(mut builder: tokio::runtime::Builder) -> Option<tokio::runtime::Runtime> {
    match builder.enable_all().build() {
        Ok(runtime) => Some(runtime),
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            None
        }
    }
}

fn validate(args: ValidateArgs) -> ExitCode {
    let config = match portico::config::load(&args.config) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let rules = portico::catalog::service::kind_rules(&config);
    let Some(runtime) = runtime(tokio::runtime::Builder::new_current_thread()) else {
        return ExitCode::from(1);
    };
    let report = runtime.block_on(check_files(&args.files, &rules));
    for finding in &report.findings {
        println!("{finding}");
    }
    eprintln!(
        "{} file(s), {} valid entit{}, {} problem(s)",
        report.files,
        report.entities,
        if report.entities == 1 { "y" } else { "ies" },
        report.findings.len()
    );
    if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
