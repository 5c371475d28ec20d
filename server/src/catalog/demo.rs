//! The demo catalog (examples/catalog, an invented company with ~40 entities) travels inside
//! the binary, so `portico` with no configuration shows a full portal from any directory.

use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../examples/catalog"]
struct DemoFiles;

/// The demo's root file: `examples/catalog/all.yaml` under the working directory when there is
/// one (edits show up on the next refresh), else the embedded copy written to the data dir.
pub fn demo_catalog(data_dir: &Path) -> Option<PathBuf> {
    let local = PathBuf::from("examples/catalog/all.yaml");
    if local.is_file() {
        return std::fs::canonicalize(local).ok();
    }
    let dir = data_dir.join("demo-catalog");
    for name in DemoFiles::iter() {
        let file = DemoFiles::get(&name)?;
        let path = dir.join(name.as_ref());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).ok()?;
        }
        // Rewritten on every start, so an upgraded binary brings its newer demo.
        if std::fs::read(&path).ok().as_deref() != Some(file.data.as_ref()) {
            if let Err(error) = std::fs::write(&path, file.data.as_ref()) {
                tracing::warn!(path = %path.display(), %error, "cannot write the demo catalog");
                return None;
            }
        }
    }
    std::fs::canonicalize(dir.join("all.yaml")).ok()
}
