//! Marks `<body data-hydrated="true">` once the wasm has taken over, so tests (and curious
//! people) can tell a server-rendered page from an interactive one.

use leptos::prelude::*;

pub fn mark_when_hydrated() {
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| {
        #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
