//! A modal dialog on the native `<dialog>` element: the page behind is inert, Esc closes it,
//! Tab and Shift+Tab cycle inside it, and focus returns to where it was on close.

use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

use super::icon::{Icon, IconName};

/// A modal dialog with a title and a close button; Esc closes it.
#[component]
pub fn Dialog(
    /// Open while true; closing (Esc, the close button) sets it false.
    open: RwSignal<bool>,
    #[prop(into)] title: String,
    /// The message and controls; rendered while the dialog exists, shown while open.
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    let title_id = format!("dialog-{}", title.to_lowercase().replace(' ', "-"));
    Effect::new(move |_| {
        let Some(dialog) = node.get() else {
            return;
        };
        if open.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let trap_tab = move |event: leptos::ev::KeyboardEvent| {
        if event.key() != "Tab" {
            return;
        }
        let Some(dialog) = node.get() else {
            return;
        };
        let Ok(list) = dialog.query_selector_all(
            "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])",
        ) else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .collect();
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return;
        };
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let at =
            |e: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(e)));
        if event.shift_key() && at(first) {
            event.prevent_default();
            let _ = last.focus();
        } else if !event.shift_key() && at(last) {
            event.prevent_default();
            let _ = first.focus();
        }
    };
    let labelled_by = title_id.clone();
    view! {
        <dialog
            node_ref=node
            class="dialog"
            aria-labelledby=labelled_by
            on:close=move |_| open.set(false)
            on:keydown=trap_tab
        >
            <header class="dialog__header">
                <h2 class="dialog__title" id=title_id>
                    {title}
                </h2>
                <button
                    type="button"
                    class="icon-button icon-button--ghost"
                    aria-label="Close"
                    on:click=move |_| open.set(false)
                >
                    <Icon name=IconName::Close size=18 />
                </button>
            </header>
            <div class="dialog__body">{children()}</div>
        </dialog>
    }
}
