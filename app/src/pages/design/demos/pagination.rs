//! Page links under a long list; far pages fold into an ellipsis.

use leptos::prelude::*;

use crate::ui::pagination::Pagination;

pub const TITLE: &str = "Pagination";
pub const GROUP: &str = "Navigation";
pub const COMPONENTS: &[&str] = &["Pagination"];
pub const A11Y: &str = "A <nav aria-label=Pages> of links; the current page is aria-current=page; previous and next are named \"Previous page\" and \"Next page\".";

/// Page 5 of 12
pub fn middle() -> impl IntoView {
    view! { <Pagination current=5 count=12 href=Callback::new(|page: u32| format!("/design/pagination?page={page}")) /> }
}
