//! Light and dark themes. The choice is kept in a cookie so the server renders the chosen theme
//! on the first paint; with no cookie the page follows the operating system's preference.

use leptos::prelude::*;

use crate::ui::icon::{Icon, IconName};

/// Cookie that remembers the reader's theme for a year.
pub const THEME_COOKIE: &str = "portico-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    Light,
    Dark,
    /// No explicit choice: CSS follows `prefers-color-scheme`.
    System,
}

impl ThemeChoice {
    /// The theme named by a `Cookie` header value (`a=1; portico-theme=dark`).
    pub fn from_cookie_header(header: &str) -> Self {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == THEME_COOKIE)
            .map(|(_, value)| match value.trim() {
                "dark" => ThemeChoice::Dark,
                "light" => ThemeChoice::Light,
                _ => ThemeChoice::System,
            })
            .unwrap_or(ThemeChoice::System)
    }

    /// The value of `<html data-theme>`; absent when following the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            ThemeChoice::Light => Some("light"),
            ThemeChoice::Dark => Some("dark"),
            ThemeChoice::System => None,
        }
    }

    /// The theme of the current request (server) or document (browser).
    pub fn from_request() -> Self {
        #[cfg(feature = "ssr")]
        {
            use_context::<http::request::Parts>()
                .map(|parts| {
                    let cookies: Vec<&str> = parts
                        .headers
                        .get_all(http::header::COOKIE)
                        .iter()
                        .filter_map(|value| value.to_str().ok())
                        .collect();
                    ThemeChoice::from_cookie_header(&cookies.join("; "))
                })
                .unwrap_or(ThemeChoice::System)
        }
        #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
        {
            browser::document_cookie()
                .map(|cookie| ThemeChoice::from_cookie_header(&cookie))
                .unwrap_or(ThemeChoice::System)
        }
        #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
        {
            ThemeChoice::System
        }
    }
}

/// The reader's theme, shared through context.
#[derive(Clone, Copy)]
pub struct Theme(pub RwSignal<ThemeChoice>);

pub fn provide_theme() {
    provide_context(Theme(RwSignal::new(ThemeChoice::from_request())));
}

/// Switches between light and dark; both icons are rendered and CSS shows the one that fits the
/// effective theme, so the server need not know the system preference.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = expect_context::<Theme>();
    let toggle = move |_| {
        let next = match theme.0.get_untracked() {
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::Light,
            ThemeChoice::System => {
                if system_prefers_dark() {
                    ThemeChoice::Light
                } else {
                    ThemeChoice::Dark
                }
            }
        };
        theme.0.set(next);
        apply(next);
    };
    view! {
        <button
            type="button"
            class="icon-button theme-toggle"
            aria-label="Toggle dark theme"
            title="Toggle dark theme"
            data-testid="theme-toggle"
            on:click=toggle
        >
            <Icon name=IconName::Moon class="theme-toggle__moon" />
            <Icon name=IconName::Sun class="theme-toggle__sun" />
        </button>
    }
}

fn system_prefers_dark() -> bool {
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        browser::prefers_dark()
    }
    #[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
    {
        false
    }
}

/// Writes the choice to the document and the cookie (browser only; the server never toggles).
fn apply(choice: ThemeChoice) {
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    browser::apply(choice);
    #[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
    let _ = choice;
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
mod browser {
    use wasm_bindgen::JsCast;

    use super::{ThemeChoice, THEME_COOKIE};

    pub fn document_cookie() -> Option<String> {
        web_sys::window()?
            .document()?
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()?
            .cookie()
            .ok()
    }

    pub fn prefers_dark() -> bool {
        web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .map(|query| query.matches())
            .unwrap_or(false)
    }

    pub fn apply(choice: ThemeChoice) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = match choice.attribute() {
                Some(value) => root.set_attribute("data-theme", value),
                None => root.remove_attribute("data-theme"),
            };
        }
        if let Ok(html) = document.dyn_into::<web_sys::HtmlDocument>() {
            let value = choice.attribute().unwrap_or("system");
            let _ = html.set_cookie(&format!(
                "{THEME_COOKIE}={value}; Path=/; Max-Age=31536000; SameSite=Lax"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_theme_among_other_cookies() {
        assert_eq!(
            ThemeChoice::from_cookie_header("a=1; portico-theme=dark; b=2"),
            ThemeChoice::Dark
        );
        assert_eq!(
            ThemeChoice::from_cookie_header("portico-theme=light"),
            ThemeChoice::Light
        );
    }

    #[test]
    fn missing_or_unknown_values_follow_the_system() {
        assert_eq!(ThemeChoice::from_cookie_header(""), ThemeChoice::System);
        assert_eq!(
            ThemeChoice::from_cookie_header("portico-theme=purple"),
            ThemeChoice::System
        );
        assert_eq!(ThemeChoice::System.attribute(), None);
    }
}
