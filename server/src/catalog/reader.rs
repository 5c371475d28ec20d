//! Reads location targets: files from disk (with globs) and URLs over HTTP. A GitHub or GitLab
//! "blob" page URL is fetched as its raw file, which is what people paste from the browser.

use std::{path::PathBuf, time::Duration};

use super::location::Target;

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{target}: file not found")]
    NotFound { target: String },
    #[error("{target}: cannot read: {reason}")]
    Unreadable { target: String, reason: String },
    #[error("{target}: {pattern} is not a valid glob pattern")]
    BadGlob { target: String, pattern: String },
}

impl ReadError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::NotFound { .. })
    }
}

/// The largest catalog file accepted; a bigger "catalog file" is a mistake or an attack.
const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Clone)]
pub struct Reader {
    http: reqwest::Client,
}

impl Default for Reader {
    fn default() -> Self {
        Reader::new()
    }
}

impl Reader {
    pub fn new() -> Reader {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("portico/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Reader { http }
    }

    /// Expands a file glob (`catalog/*/catalog-info.yaml`) into files, sorted for stable order.
    /// Any other target is returned as is.
    pub fn expand(&self, target: &Target) -> Result<Vec<Target>, ReadError> {
        let Target::File(path) = target else {
            return Ok(vec![target.clone()]);
        };
        let pattern = path.display().to_string();
        if !pattern.contains(['*', '?', '[']) {
            return Ok(vec![target.clone()]);
        }
        let paths = glob::glob(&pattern).map_err(|_| ReadError::BadGlob {
            target: pattern.clone(),
            pattern: pattern.clone(),
        })?;
        let mut files: Vec<PathBuf> = paths
            .filter_map(Result::ok)
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        Ok(files.into_iter().map(Target::File).collect())
    }

    pub async fn read(&self, target: &Target) -> Result<String, ReadError> {
        match target {
            Target::File(path) => read_file(path).await,
            Target::Url(url) => self.read_url(url).await,
        }
    }

    async fn read_url(&self, url: &url::Url) -> Result<String, ReadError> {
        let raw = raw_url(url);
        let target = url.to_string();
        let unreadable = |reason: String| ReadError::Unreadable {
            target: target.clone(),
            reason,
        };
        let response = self
            .http
            .get(raw)
            .send()
            .await
            .map_err(|e| unreadable(e.without_url().to_string()))?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Err(ReadError::NotFound { target });
        }
        if !response.status().is_success() {
            return Err(unreadable(format!("HTTP {}", response.status())));
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| unreadable(e.without_url().to_string()))?;
        if bytes.len() > MAX_BYTES {
            return Err(unreadable(format!("larger than {MAX_BYTES} bytes")));
        }
        String::from_utf8(bytes.to_vec()).map_err(|_| unreadable("not UTF-8 text".to_string()))
    }
}

async fn read_file(path: &std::path::Path) -> Result<String, ReadError> {
    let target = path.display().to_string();
    let bytes = match tokio::fs::read(path).await {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ReadError::NotFound { target })
        }
        Err(e) => {
            return Err(ReadError::Unreadable {
                target,
                reason: e.to_string(),
            })
        }
    };
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::Unreadable {
            target,
            reason: format!("larger than {MAX_BYTES} bytes"),
        });
    }
    String::from_utf8(bytes).map_err(|_| ReadError::Unreadable {
        target,
        reason: "not UTF-8 text".to_string(),
    })
}

/// `github.com/o/r/blob/ref/path` -> `raw.githubusercontent.com/o/r/ref/path`;
/// `gitlab.com/o/r/-/blob/ref/path` -> `gitlab.com/o/r/-/raw/ref/path`.
pub fn raw_url(url: &url::Url) -> url::Url {
    let host = url.host_str().unwrap_or_default();
    let path = url.path();
    if host == "github.com" {
        let parts: Vec<&str> = path.trim_start_matches('/').splitn(4, '/').collect();
        if let [owner, repo, "blob", rest] = parts.as_slice() {
            let raw = format!("https://raw.githubusercontent.com/{owner}/{repo}/{rest}");
            if let Ok(raw) = url::Url::parse(&raw) {
                return raw;
            }
        }
    }
    if path.contains("/-/blob/") && host.contains("gitlab") {
        let mut raw = url.clone();
        raw.set_path(&path.replacen("/-/blob/", "/-/raw/", 1));
        return raw;
    }
    url.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_urls_read_as_raw() {
        let gh = url::Url::parse("https://github.com/acme/shop/blob/main/catalog-info.yaml")
            .expect("url");
        assert_eq!(
            raw_url(&gh).as_str(),
            "https://raw.githubusercontent.com/acme/shop/main/catalog-info.yaml"
        );
        let gl = url::Url::parse("https://gitlab.com/acme/shop/-/blob/main/c.yaml").expect("url");
        assert_eq!(
            raw_url(&gl).as_str(),
            "https://gitlab.com/acme/shop/-/raw/main/c.yaml"
        );
        let other = url::Url::parse("https://example.com/c.yaml").expect("url");
        assert_eq!(raw_url(&other), other);
    }
}
