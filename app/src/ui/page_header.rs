//! The heading block at the top of a page: title, subtitle and optional actions.

use leptos::prelude::*;

/// The page title (the one h1), an optional subtitle and the page actions.
#[component]
pub fn PageHeader(
    /// The page's h1.
    #[prop(into)]
    title: String,
    /// A sentence under the title.
    #[prop(optional, into)]
    subtitle: Option<String>,
    /// Actions at the right: buttons, a theme switch.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <header class="page-header">
            <div class="page-header__text">
                <h1 class="page-header__title">{title}</h1>
                {subtitle.map(|text| view! { <p class="page-header__subtitle">{text}</p> })}
            </div>
            {children.map(|actions| view! { <div class="page-header__actions">{actions()}</div> })}
        </header>
    }
}
