//! The error type every server function returns. It crosses the wire as JSON, so the UI can show
//! a message written for people instead of a transport error.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the portal backend is unavailable: {0}")]
    Unavailable(String),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    /// A short heading for the error, as shown above the message in the UI.
    pub fn title(&self) -> &'static str {
        match self {
            AppError::NotFound(_) => "Not found",
            AppError::Input(_) => "Invalid request",
            AppError::Conflict(_) => "Conflict",
            AppError::Unavailable(_) => "Service unavailable",
            AppError::Internal(_) => "Something went wrong",
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Unavailable(value.to_string())
    }
}
