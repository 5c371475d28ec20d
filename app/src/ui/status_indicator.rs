//! A status with a dot and a word: ok, warning, error, pending, running.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warning,
    Error,
    Pending,
    Running,
}

impl Status {
    fn class(self) -> &'static str {
        match self {
            Status::Ok => "status--ok",
            Status::Warning => "status--warning",
            Status::Error => "status--error",
            Status::Pending => "status--pending",
            Status::Running => "status--running",
        }
    }

    /// The default word for the status.
    pub fn word(self) -> &'static str {
        match self {
            Status::Ok => "OK",
            Status::Warning => "Warning",
            Status::Error => "Error",
            Status::Pending => "Pending",
            Status::Running => "Running",
        }
    }
}

/// A coloured dot (shaped differently per status) followed by a word.
#[component]
pub fn StatusIndicator(
    status: Status,
    /// The word next to the dot; defaults to the status's own ("OK", "Error" ...).
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| status.word().to_string());
    view! {
        <span class=format!("status {}", status.class())>
            <span class="status__dot" aria-hidden="true"></span>
            {label}
        </span>
    }
}
