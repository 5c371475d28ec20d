//! The heading block at the top of a page: title, subtitle and optional actions.

use leptos::prelude::*;

#[component]
pub fn PageHeader(
    #[prop(into)] title: String,
    #[prop(optional, into)] subtitle: Option<String>,
    #[prop(optional)] children: Option<Children>,
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
