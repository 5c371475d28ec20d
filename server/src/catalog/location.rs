//! Where catalog files come from: a location is `{type, target}` with type `file` (a path) or
//! `url` (http/https). Relative targets resolve against the file that names them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocationSpec {
    #[serde(rename = "type")]
    pub location_type: String,
    pub target: String,
}

/// A location target after parsing: what the reader can open.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    File(PathBuf),
    Url(url::Url),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LocationError {
    #[error("Unknown location type \"{0}\"; use \"file\" or \"url\"")]
    UnknownType(String),
    #[error("\"{0}\" is not a valid http or https URL")]
    BadUrl(String),
    #[error("Location target must not be empty")]
    Empty,
}

impl LocationSpec {
    pub fn new(location_type: &str, target: impl Into<String>) -> LocationSpec {
        LocationSpec {
            location_type: location_type.to_string(),
            target: target.into(),
        }
    }

    /// `type:target`, the form of `backstage.io/managed-by-location`.
    pub fn reference(&self) -> String {
        format!("{}:{}", self.location_type, self.target)
    }

    /// Parses `type:target`, splitting at the first colon.
    pub fn from_reference(reference: &str) -> Option<LocationSpec> {
        let (location_type, target) = reference.split_once(':')?;
        Some(LocationSpec::new(location_type, target))
    }

    /// The name of the Location entity Backstage generates for a registered location.
    pub fn generated_entity_name(&self) -> String {
        let digest = sha1_smol::Sha1::from(self.reference()).digest().to_string();
        format!("generated-{digest}")
    }

    pub fn parse_target(&self) -> Result<Target, LocationError> {
        if self.target.trim().is_empty() {
            return Err(LocationError::Empty);
        }
        match self.location_type.as_str() {
            "file" => Ok(Target::File(PathBuf::from(&self.target))),
            "url" => parse_url(&self.target).map(Target::Url),
            other => Err(LocationError::UnknownType(other.to_string())),
        }
    }
}

fn parse_url(target: &str) -> Result<url::Url, LocationError> {
    url::Url::parse(target)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| LocationError::BadUrl(target.to_string()))
}

impl Target {
    pub fn spec(&self) -> LocationSpec {
        match self {
            Target::File(path) => LocationSpec::new("file", path.display().to_string()),
            Target::Url(url) => LocationSpec::new("url", url.to_string()),
        }
    }

    /// Resolves `relative` (a Location entity's `target`) against this file. A target with a
    /// type of its own (`url` from a file, say) is taken as absolute.
    pub fn join(
        &self,
        location_type: Option<&str>,
        relative: &str,
    ) -> Result<Target, LocationError> {
        match (self, location_type) {
            (_, Some("url")) if url::Url::parse(relative).is_ok() => {
                parse_url(relative).map(Target::Url)
            }
            (Target::File(base), None | Some("file")) => {
                let path = Path::new(relative);
                if path.is_absolute() {
                    Ok(Target::File(path.to_path_buf()))
                } else {
                    let dir = base.parent().unwrap_or(Path::new("."));
                    Ok(Target::File(normalize(&dir.join(path))))
                }
            }
            (Target::Url(base), None | Some("url")) => base
                .join(relative)
                .map_err(|_| LocationError::BadUrl(relative.to_string()))
                .and_then(|u| parse_url(u.as_str()))
                .map(Target::Url),
            (_, Some(other)) => LocationSpec::new(other, relative).parse_target(),
        }
    }

    /// The folder holding this file, as Backstage writes `backstage.io/source-location`.
    pub fn folder_reference(&self) -> String {
        match self {
            Target::File(path) => {
                let dir = path.parent().unwrap_or(Path::new("/"));
                format!("file:{}/", dir.display())
            }
            Target::Url(url) => match url.join("./") {
                Ok(dir) => format!("url:{dir}"),
                Err(_) => format!("url:{url}"),
            },
        }
    }
}

/// Removes `.` and `..` segments without touching the file system, so references stay stable.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_targets_resolve_against_their_file() {
        let base = Target::File(PathBuf::from("/repo/catalog/all.yaml"));
        assert_eq!(
            base.join(None, "../services/a/catalog-info.yaml"),
            Ok(Target::File(PathBuf::from(
                "/repo/services/a/catalog-info.yaml"
            )))
        );
        let url = Target::Url(
            url::Url::parse("https://example.com/org/repo/blob/main/catalog/all.yaml")
                .expect("url"),
        );
        assert_eq!(
            url.join(None, "./team.yaml").map(|t| t.spec().target),
            Ok("https://example.com/org/repo/blob/main/catalog/team.yaml".to_string())
        );
        assert_eq!(
            url.folder_reference(),
            "url:https://example.com/org/repo/blob/main/catalog/"
        );
    }

    #[test]
    fn references_and_generated_names() {
        let spec = LocationSpec::new("url", "https://example.com/a:b.yaml");
        assert_eq!(
            LocationSpec::from_reference(&spec.reference()),
            Some(spec.clone())
        );
        let name = spec.generated_entity_name();
        assert!(name.starts_with("generated-") && name.len() == 50, "{name}");
        assert_eq!(
            LocationSpec::new("ftp", "x").parse_target(),
            Err(LocationError::UnknownType("ftp".to_string()))
        );
        assert!(LocationSpec::new("url", "file:///etc/passwd")
            .parse_target()
            .is_err());
    }
}
