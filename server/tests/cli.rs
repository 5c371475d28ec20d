//! The binary's start-up contract: a bad config stops it with one clear message and exit 2.

mod common;

use std::process::Command;

use common::fixture;

fn serve_with(config: &str) -> std::process::Output {
    let data = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(["serve", "--addr", "127.0.0.1:0", "--config"])
        .arg(fixture(config))
        .arg("--data-dir")
        .arg(data.path())
        .env_remove("DATABASE_URL")
        .output()
        .expect("run portico")
}

#[test]
fn a_wrong_type_stops_start_up_naming_file_line_and_key() {
    let output = serve_with("config/wrong-type.yaml");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("wrong-type.yaml:5:"), "{stderr}");
    assert!(stderr.contains("backend.listen.port"), "{stderr}");
    assert!(stderr.contains("seven-thousand"), "{stderr}");
}

#[test]
fn invalid_yaml_stops_start_up_naming_file_and_line() {
    let output = serve_with("config/broken-yaml.yaml");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken-yaml.yaml:"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one message: {stderr}");
}

#[test]
fn help_describes_the_commands_and_options() {
    let output = Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("--help")
        .output()
        .expect("run portico --help");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "serve",
        "--config",
        "--data-dir",
        "--addr",
        "developer portal",
    ] {
        assert!(help.contains(expected), "help lacks {expected}: {help}");
    }
}

#[test]
fn validate_prints_file_and_line_per_problem_and_exits_1() {
    let broken = fixture("catalog/broken.yaml");
    let output = Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("validate")
        .arg(&broken)
        .arg(fixture("catalog/registered.yaml"))
        .output()
        .expect("run portico validate");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    let prefix = broken.display().to_string();
    assert!(
        lines[0].starts_with(&format!("{prefix}:13: \"metadata.name\" is not valid")),
        "{stdout}"
    );
    assert_eq!(
        lines[1],
        format!("{prefix}:23: spec.owner must have a value")
    );
    assert!(
        lines[2].starts_with(&format!("{prefix}:28: YAML error")),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("2 file(s), 3 valid entities, 3 problem(s)"),
        "{stderr}"
    );
}

#[test]
fn validate_accepts_the_demo_catalog() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/catalog");
    let files: Vec<_> = std::fs::read_dir(&demo)
        .expect("examples/catalog")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    let output = Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("validate")
        .args(&files)
        .output()
        .expect("run portico validate");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("42 valid entities"), "{stderr}");
}
