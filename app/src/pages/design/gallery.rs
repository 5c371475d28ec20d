//! The gallery's registry, generated at build time (build/gallery.rs) from the components'
//! source and the demos: what each page shows, each component's props, each demo's snippet.

use leptos::prelude::*;

use super::demos;

/// One prop of a component, as its signature and doc comment declare it.
#[derive(Clone, Copy, Debug)]
pub struct PropDoc {
    pub name: &'static str,
    pub ty: &'static str,
    /// `required`, `None`, `Default::default()` or the `#[prop(default = ...)]` expression.
    pub default: &'static str,
    pub description: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct ComponentDoc {
    pub name: &'static str,
    /// The file in app/src/ui.
    pub module: &'static str,
    pub summary: &'static str,
    pub props: &'static [PropDoc],
}

/// One live example: its title, the code that builds it, and the code itself.
#[derive(Clone, Copy)]
pub struct Demo {
    pub title: &'static str,
    pub snippet: &'static str,
    pub render: fn() -> AnyView,
}

#[derive(Clone)]
pub struct GalleryPage {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub group: &'static str,
    pub a11y: &'static str,
    pub components: &'static [&'static str],
    pub demos: Vec<Demo>,
}

include!(concat!(env!("OUT_DIR"), "/gallery.rs"));

pub fn component(name: &str) -> Option<&'static ComponentDoc> {
    COMPONENTS.iter().find(|c| c.name == name)
}

pub fn page(slug: &str) -> Option<GalleryPage> {
    pages().into_iter().find(|p| p.slug == slug)
}

/// Groups in the order the sidebar lists them.
pub const GROUPS: [&str; 6] = [
    "Actions",
    "Inputs",
    "Navigation",
    "Data display",
    "Feedback",
    "Layout",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_component_has_a_gallery_page() {
        let documented: Vec<&str> = pages()
            .iter()
            .flat_map(|p| p.components.iter().copied())
            .collect();
        for component in COMPONENTS {
            assert!(
                documented.contains(&component.name),
                "{} (src/ui/{}.rs) is on no gallery page",
                component.name,
                component.module
            );
        }
        for page in pages() {
            assert!(
                GROUPS.contains(&page.group),
                "{}: unknown group {}",
                page.slug,
                page.group
            );
            assert!(!page.demos.is_empty(), "{} has no demo", page.slug);
            assert!(
                !page.a11y.is_empty(),
                "{} has no accessibility notes",
                page.slug
            );
            for name in page.components {
                assert!(
                    component(name).is_some(),
                    "{}: no component {name}",
                    page.slug
                );
            }
        }
    }

    #[test]
    fn props_and_snippets_come_from_the_source() {
        let button = component("Button").expect("Button");
        let loading = button
            .props
            .iter()
            .find(|p| p.name == "loading")
            .expect("loading prop");
        assert_eq!(loading.ty, "Signal<bool>");
        assert_eq!(loading.default, "Signal::stored(false)");
        assert!(loading.description.contains("spinner"));
        let page = page("button").expect("button page");
        assert!(page.demos.iter().all(|d| d.snippet.contains("view!")));
    }
}
