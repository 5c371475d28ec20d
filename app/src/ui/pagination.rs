//! Page links under a long list: previous, a window of page numbers, next. Links, so every
//! page has a URL.

use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// The page numbers to show around `current`, with `None` for an elided run.
pub fn page_window(current: u32, count: u32) -> Vec<Option<u32>> {
    let mut pages: Vec<u32> = vec![1, count, current.saturating_sub(1), current, current + 1];
    pages.retain(|p| *p >= 1 && *p <= count);
    pages.sort_unstable();
    pages.dedup();
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 && page - pages[i - 1] > 1 {
            out.push(None);
        }
        out.push(Some(*page));
    }
    out
}

/// Previous, next and a window of page links; renders nothing for a single page.
#[component]
pub fn Pagination(
    /// 1-based current page.
    current: u32,
    /// How many pages there are.
    count: u32,
    /// The URL of a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    if count <= 1 {
        return ().into_any();
    }
    let link = move |page: u32, label: AnyView, aria: String, class: &'static str| {
        view! {
            <a href=href.run(page) class=class aria-label=aria>
                {label}
            </a>
        }
    };
    let numbers = page_window(current, count)
        .into_iter()
        .map(|entry| match entry {
            Some(page) if page == current => view! {
                <span class="pagination__page pagination__page--current" aria-current="page">
                    {page}
                </span>
            }
            .into_any(),
            Some(page) => link(
                page,
                page.to_string().into_any(),
                format!("Page {page}"),
                "pagination__page",
            )
            .into_any(),
            None => {
                view! { <span class="pagination__gap" aria-hidden="true">"…"</span> }.into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="pagination" aria-label="Pages">
            {(current > 1)
                .then(|| {
                    link(
                        current - 1,
                        view! { <Icon name=IconName::ChevronLeft size=16 /> }.into_any(),
                        "Previous page".to_string(),
                        "pagination__step",
                    )
                })}
            {numbers}
            {(current < count)
                .then(|| {
                    link(
                        current + 1,
                        view! { <Icon name=IconName::ChevronRight size=16 /> }.into_any(),
                        "Next page".to_string(),
                        "pagination__step",
                    )
                })}
        </nav>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn long_runs_of_pages_are_elided_around_the_current_one() {
        assert_eq!(page_window(1, 1), vec![Some(1)]);
        assert_eq!(
            page_window(5, 10),
            vec![Some(1), None, Some(4), Some(5), Some(6), None, Some(10)]
        );
        assert_eq!(page_window(2, 3), vec![Some(1), Some(2), Some(3)]);
    }
}
