//! Arrow-key focus movement inside a composite widget (tabs, menus), as the WAI-ARIA authoring
//! practices describe: arrows move between items, Home and End jump to the ends.

use leptos::ev::KeyboardEvent;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Which keys move forward and back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    Horizontal,
    Vertical,
}

/// Moves focus among the elements matching `items` inside the event's current target.
/// Returns true when the key was handled (the caller then prevents the default).
pub fn move_focus(event: &KeyboardEvent, items: &str, orientation: Orientation) -> bool {
    let (back, forward) = match orientation {
        Orientation::Horizontal => ("ArrowLeft", "ArrowRight"),
        Orientation::Vertical => ("ArrowUp", "ArrowDown"),
    };
    let key = event.key();
    if key != back && key != forward && key != "Home" && key != "End" {
        return false;
    }
    let Some(container) = event
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return false;
    };
    let Ok(list) = container.query_selector_all(items) else {
        return false;
    };
    let elements: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    if elements.is_empty() {
        return false;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let current = elements
        .iter()
        .position(|e| active.as_ref().is_some_and(|a| a.is_same_node(Some(e))));
    let last = elements.len() - 1;
    let next = match key.as_str() {
        "Home" => 0,
        "End" => last,
        k if k == forward => current.map_or(0, |i| if i == last { 0 } else { i + 1 }),
        _ => current.map_or(last, |i| if i == 0 { last } else { i - 1 }),
    };
    let _ = elements[next].focus();
    true
}
