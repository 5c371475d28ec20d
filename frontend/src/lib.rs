//! The browser half of Portico: wasm that hydrates the HTML the server rendered,
//! so pages are readable before this loads and interactive after.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
