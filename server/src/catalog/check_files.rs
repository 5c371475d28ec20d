//! `portico validate FILE...`: the catalog's own checks, offline, for authors and their CI.
//! Placeholders (`$text` ...) are read relative to each file, as the catalog would.

use std::path::{Path, PathBuf};

use super::{
    location::{LocationSpec, Target},
    process::{process_file, FileContext},
    reader::Reader,
    validate::KindRules,
};

/// One line of output: `file:line: message`.
#[derive(Debug, PartialEq)]
pub struct FileFinding {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for FileFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

#[derive(Debug, Default)]
pub struct CheckReport {
    pub files: usize,
    pub entities: usize,
    pub findings: Vec<FileFinding>,
}

pub async fn check_files(paths: &[PathBuf], rules: &KindRules) -> CheckReport {
    let reader = Reader::new();
    let mut report = CheckReport::default();
    for path in paths {
        report.files += 1;
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let target = Target::File(absolute.clone());
        let text = match reader.read(&target).await {
            Ok(text) => text,
            Err(error) => {
                report.findings.push(finding(
                    path,
                    None,
                    strip_target(&error.to_string(), &absolute),
                ));
                continue;
            }
        };
        let context = FileContext {
            target,
            origin: LocationSpec::new("file", absolute.display().to_string()),
            parent_ref: String::new(),
            rules: rules.clone(),
        };
        let outcome = process_file(&context, &text, &reader).await;
        report.entities += outcome.entities.len();
        for problem in outcome.problems {
            report
                .findings
                .push(finding(path, problem.line, problem.message));
        }
    }
    report
}

fn finding(path: &Path, line: Option<usize>, message: String) -> FileFinding {
    FileFinding {
        file: path.to_path_buf(),
        line,
        message,
    }
}

/// Read errors start with the target; the finding already names the file.
fn strip_target(message: &str, target: &Path) -> String {
    let prefix = format!("{}: ", target.display());
    message.strip_prefix(&prefix).unwrap_or(message).to_string()
}
