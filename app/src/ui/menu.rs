//! A menu behind a button (WAI-ARIA menu button): Enter, Space or ArrowDown opens it on the
//! first item, arrows move, Esc closes it and returns focus to the button.

use leptos::{html, prelude::*};
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use super::{
    icon::{Icon, IconName},
    roving_focus::{move_focus, Orientation},
};

#[derive(Clone)]
pub enum MenuAction {
    /// Goes somewhere (a link; external URLs open in the same tab).
    Link(String),
    /// Runs code, e.g. opens a dialog.
    Run(Callback<()>),
}

#[derive(Clone)]
pub struct MenuItem {
    pub label: String,
    pub icon: Option<IconName>,
    pub action: MenuAction,
    /// Styled as destructive (e.g. "Unregister").
    pub danger: bool,
}

impl MenuItem {
    pub fn link(label: &str, icon: IconName, href: String) -> MenuItem {
        MenuItem {
            label: label.to_string(),
            icon: Some(icon),
            action: MenuAction::Link(href),
            danger: false,
        }
    }

    pub fn run(label: &str, icon: IconName, action: Callback<()>) -> MenuItem {
        MenuItem {
            label: label.to_string(),
            icon: Some(icon),
            action: MenuAction::Run(action),
            danger: false,
        }
    }

    pub fn danger(mut self) -> MenuItem {
        self.danger = true;
        self
    }
}

fn focus_first(list: NodeRef<html::Div>) {
    if let Some(first) = list
        .get_untracked()
        .and_then(|l| l.query_selector("[role=menuitem]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = first.focus();
    }
}

/// A "more actions" button that opens a menu of links and actions.
#[component]
pub fn Menu(
    /// The button's accessible name, e.g. "More actions".
    #[prop(into)]
    label: String,
    items: Vec<MenuItem>,
    /// Unique on the page; ties the button to the list.
    id: &'static str,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let list = NodeRef::<html::Div>::new();
    let close = move |refocus: bool| {
        open.set(false);
        if refocus {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let open_menu = move || {
        open.set(true);
        // The list un-hides on the next render; focus it once it is visible.
        request_animation_frame(move || focus_first(list));
    };
    let entries = items
        .into_iter()
        .map(|item| {
            let class = if item.danger {
                "menu__item menu__item--danger"
            } else {
                "menu__item"
            };
            let icon = item.icon.map(|name| view! { <Icon name=name size=16 /> });
            match item.action {
                MenuAction::Link(href) => view! {
                    <A href=href attr:class=class attr:role="menuitem" attr:tabindex="-1">
                        {icon}
                        {item.label}
                    </A>
                }
                .into_any(),
                MenuAction::Run(action) => view! {
                    <button
                        type="button"
                        class=class
                        role="menuitem"
                        tabindex="-1"
                        on:click=move |_| {
                            close(false);
                            action.run(());
                        }
                    >
                        {icon}
                        {item.label}
                    </button>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! {
        <div
            class="menu"
            on:focusout=move |event: leptos::ev::FocusEvent| {
                let inside = event
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .zip(event.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
                    .is_some_and(|(to, menu)| menu.contains(Some(&to)));
                if !inside {
                    open.set(false);
                }
            }
        >
            <button
                node_ref=button
                type="button"
                class="icon-button"
                id=format!("{id}-button")
                aria-label=label
                aria-haspopup="menu"
                aria-controls=format!("{id}-list")
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| {
                    if open.get_untracked() { close(false) } else { open_menu() }
                }
                on:keydown=move |event| {
                    if event.key() == "ArrowDown" {
                        event.prevent_default();
                        open_menu();
                    }
                }
            >
                <Icon name=IconName::MoreVertical size=18 />
            </button>
            <div
                node_ref=list
                class="menu__list"
                id=format!("{id}-list")
                role="menu"
                aria-labelledby=format!("{id}-button")
                hidden=move || !open.get()
                on:keydown=move |event| {
                    match event.key().as_str() {
                        "Escape" => {
                            event.prevent_default();
                            close(true);
                        }
                        "Tab" => open.set(false),
                        _ => {
                            if move_focus(&event, "[role=menuitem]", Orientation::Vertical) {
                                event.prevent_default();
                            }
                        }
                    }
                }
            >
                {entries}
            </div>
        </div>
    }
}
