//! The site (wasm, JS, CSS and `public/`) is embedded in the binary at build time, so a
//! deployment is one file plus a data dir. Bundle URLs carry a content version
//! (`/pkg/<version>/portico.js`) and are cached forever; other files revalidate by ETag.

use std::borrow::Cow;

use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use rust_embed::{EmbeddedFile, RustEmbed};

use crate::app_state::AppState;

/// What `cargo leptos build` wrote to the site root. Missing when only `cargo build` ran:
/// the server then still serves HTML, and says at start-up that the bundle is absent.
#[derive(RustEmbed)]
#[folder = "../target/site"]
#[allow_missing = true]
struct Site;

/// Immutable, versioned bundle files may be cached for a year.
const CACHE_FOREVER: &str = "public, max-age=31536000, immutable";
/// Unversioned files (favicon, logo) are cached briefly and revalidated by ETag.
const CACHE_SHORT: &str = "public, max-age=3600, must-revalidate";

/// The embedded site: its content version and where the bundle lives inside it.
#[derive(Clone, Debug)]
pub struct SiteAssets {
    version: String,
    pkg_dir: String,
    output_name: String,
}

impl SiteAssets {
    /// Fingerprints the embedded bundle; the version changes whenever any bundle file does.
    pub fn load(pkg_dir: &str, output_name: &str) -> SiteAssets {
        let prefix = format!("{pkg_dir}/");
        let mut names: Vec<Cow<'static, str>> = Site::iter()
            .filter(|name| name.starts_with(&prefix))
            .collect();
        names.sort();
        // FNV-1a over the files' SHA-256 digests: cheap, stable, and only a cache key.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for name in &names {
            if let Some(file) = Site::get(name) {
                for byte in name.bytes().chain(file.metadata.sha256_hash()) {
                    hash ^= u64::from(byte);
                    hash = hash.wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        SiteAssets {
            version: format!("{hash:016x}")[..12].to_string(),
            pkg_dir: pkg_dir.to_string(),
            output_name: output_name.to_string(),
        }
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    /// Whether the wasm bundle was built into this binary.
    pub fn has_bundle(&self) -> bool {
        Site::get(&format!("{}/{}.js", self.pkg_dir, self.output_name)).is_some()
    }

    /// The pkg dir as the HTML should name it: `pkg/<version>`.
    pub fn versioned_pkg_dir(&self) -> String {
        format!("{}/{}", self.pkg_dir, self.version)
    }
}

/// `GET /pkg/{version}/{*path}`: a bundle file, precompressed when the client accepts it.
pub async fn serve_pkg(
    State(state): State<AppState>,
    Path((version, path)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let assets = &state.assets;
    // An old page asking for an old bundle gets a 404 rather than a mismatched new file.
    if version != assets.version() || path.contains("..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let name = format!("{}/{}", assets.pkg_dir, path);
    file_response(&name, &headers, CACHE_FOREVER)
        .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// A file from `public/` (copied to the site root), if one lives at this path.
pub fn public_file(path: &str, headers: &HeaderMap) -> Option<Response> {
    let name = path.trim_start_matches('/');
    if name.is_empty() || name.contains("..") || name.ends_with(".br") || name.ends_with(".gz") {
        return None;
    }
    file_response(name, headers, CACHE_SHORT)
}

fn file_response(name: &str, headers: &HeaderMap, cache: &'static str) -> Option<Response> {
    let file = Site::get(name)?;
    let etag = etag(&file);
    let mime = file.metadata.mimetype().to_string();
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag))
    {
        return Some(
            (
                StatusCode::NOT_MODIFIED,
                [
                    (header::ETAG, etag),
                    (header::CACHE_CONTROL, cache.to_string()),
                ],
            )
                .into_response(),
        );
    }
    let accepted = AcceptEncoding::from_headers(headers);
    // cargo-leptos --precompress writes `.br` and `.gz` siblings next to each bundle file.
    let (body, encoding) = [("br", accepted.br), ("gzip", accepted.gzip)]
        .into_iter()
        .filter(|(_, ok)| *ok)
        .find_map(|(encoding, _)| {
            let suffix = if encoding == "br" { "br" } else { "gz" };
            Site::get(&format!("{name}.{suffix}")).map(|f| (f.data, Some(encoding)))
        })
        .unwrap_or((file.data, None));

    let mut response = Response::new(match body {
        Cow::Borrowed(bytes) => Body::from(bytes),
        Cow::Owned(bytes) => Body::from(bytes),
    });
    let response_headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&mime) {
        response_headers.insert(header::CONTENT_TYPE, value);
    }
    response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response_headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response_headers.insert(header::ETAG, value);
    }
    if let Some(encoding) = encoding {
        response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    Some(response)
}

fn etag(file: &EmbeddedFile) -> String {
    let digest = file.metadata.sha256_hash();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Which of the encodings we precompress the client accepts (`q=0` means refused).
#[derive(Debug, Default, PartialEq, Eq)]
struct AcceptEncoding {
    br: bool,
    gzip: bool,
}

impl AcceptEncoding {
    fn from_headers(headers: &HeaderMap) -> Self {
        let mut accepted = AcceptEncoding::default();
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for item in value.split(',') {
                let mut parts = item.split(';');
                let name = parts.next().unwrap_or("").trim();
                let refused = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                match name {
                    "br" => accepted.br = !refused,
                    "gzip" => accepted.gzip = !refused,
                    _ => {}
                }
            }
        }
        accepted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).expect("header"),
        );
        map
    }

    #[test]
    fn accept_encoding_reads_tokens_and_refusals() {
        assert_eq!(
            AcceptEncoding::from_headers(&headers("gzip, deflate, br")),
            AcceptEncoding {
                br: true,
                gzip: true
            }
        );
        assert_eq!(
            AcceptEncoding::from_headers(&headers("br;q=0, gzip;q=0.5")),
            AcceptEncoding {
                br: false,
                gzip: true
            }
        );
        assert_eq!(
            AcceptEncoding::from_headers(&HeaderMap::new()),
            AcceptEncoding::default()
        );
    }

    #[test]
    fn public_paths_cannot_escape_or_fetch_compressed_siblings() {
        let none = HeaderMap::new();
        assert!(public_file("/../Cargo.toml", &none).is_none());
        assert!(public_file("/pkg/portico.wasm.br", &none).is_none());
        assert!(public_file("/", &none).is_none());
    }
}
