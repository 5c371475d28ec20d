//! Where a page sits: the pages above it, the current one last.

use leptos::prelude::*;

use crate::ui::breadcrumbs::Breadcrumbs;

pub const TITLE: &str = "Breadcrumbs";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["Breadcrumbs"];
pub const A11Y: &str = "A <nav aria-label=Breadcrumbs> around an ordered list; the current page is marked aria-current=page and is not a link. Separators are decorative icons.";

/// Entity page trail
pub fn trail() -> impl IntoView {
    view! {
        <Breadcrumbs
            trail=vec![
                ("Catalog".to_string(), "/catalog".to_string()),
                ("Components".to_string(), "/catalog?kind=component".to_string()),
            ]
            current="Ledger"
        />
    }
}
