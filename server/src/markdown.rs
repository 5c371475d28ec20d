//! Markdown to safe HTML for the UI (MarkdownContent now, docs pages later): pulldown-cmark with
//! the extensions people expect (tables, footnotes, task lists, strikethrough), fenced code
//! highlighted by the shared highlighter, and everything passed through ammonia, so a hostile
//! page cannot run script or leave the portal's styles.

use std::collections::HashSet;

use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::highlight::Highlighter;

/// Bigger documents are refused: rendering is linear, but a request should not carry a book.
pub const MAX_MARKDOWN_BYTES: usize = 512 * 1024;

pub fn render(markdown: &str, highlighter: &Highlighter) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut events: Vec<Event> = Vec::new();
    let mut code: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, options) {
        match (&mut code, event) {
            (None, Event::Start(Tag::CodeBlock(kind))) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new()));
            }
            (Some((_, text)), Event::Text(chunk)) => text.push_str(&chunk),
            (Some(_), Event::End(TagEnd::CodeBlock)) => {
                if let Some((language, text)) = code.take() {
                    let highlighted = highlighter.highlight(&text, &language);
                    events.push(Event::Html(CowStr::from(format!(
                        "<pre class=\"markdown__code\"><code>{}</code></pre>",
                        highlighted.html
                    ))));
                }
            }
            (Some(_), _) => {}
            // A checkbox needs a name (axe: label); the item's text follows it.
            (None, Event::TaskListMarker(done)) => {
                events.push(Event::InlineHtml(CowStr::from(if done {
                    "<input type=\"checkbox\" disabled checked aria-label=\"Done\"> "
                } else {
                    "<input type=\"checkbox\" disabled aria-label=\"To do\"> "
                })))
            }
            (None, other) => events.push(other),
        }
    }
    let mut raw = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut raw, events.into_iter());
    sanitize(&raw)
}

/// ammonia's safe defaults, plus task-list checkboxes and the highlighter's `hl-` classes.
fn sanitize(html: &str) -> String {
    let input_attributes: HashSet<&str> = ["type", "checked", "disabled", "aria-label"]
        .into_iter()
        .collect();
    ammonia::Builder::default()
        .add_tags(["input"])
        .add_tag_attributes("input", input_attributes)
        .add_tag_attributes("span", ["class"])
        .add_tag_attributes("pre", ["class"])
        .add_tag_attributes("div", ["class", "id"])
        .add_tag_attributes("sup", ["class"])
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Only read-only checkboxes may stay: no text fields, no buttons.
            ("input", "type") => (value == "checkbox").then(|| value.into()),
            // Footnote ids are namespaced so a document cannot clobber the page's own ids;
            // in-page links follow them.
            (_, "id") => Some(format!("fn-{value}").into()),
            ("a", "href") if value.starts_with('#') => Some(format!("#fn-{}", &value[1..]).into()),
            (_, "class") => {
                let kept: Vec<&str> = value
                    .split_whitespace()
                    .filter(|c| {
                        c.starts_with("hl-") || c.starts_with("footnote-") || *c == "markdown__code"
                    })
                    .collect();
                (!kept.is_empty()).then(|| kept.join(" ").into())
            }
            _ => Some(value.into()),
        })
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> String {
        render(text, &Highlighter::default())
    }

    #[test]
    fn the_extensions_people_use_render() {
        let html = md("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~ text[^1]\n\n[^1]: a note\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("type=\"checkbox\""), "{html}");
        assert!(html.contains("aria-label=\"Done\""), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(html.contains("class=\"footnote-definition\""), "{html}");
        assert!(
            html.contains("id=\"fn-1\"") && html.contains("href=\"#fn-1\""),
            "{html}"
        );
    }

    #[test]
    fn fenced_code_is_highlighted() {
        let html = md("```yaml\nkind: Component\n```\n");
        assert!(html.contains("class=\"markdown__code\""), "{html}");
        assert!(html.contains("hl-"), "{html}");
    }

    #[test]
    fn hostile_markup_is_removed() {
        let html = md("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n<input type=text value=x>\n\n<span class=\"evil hl-string\">x</span>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("type=\"text\""), "{html}");
        assert!(!html.contains("evil"), "{html}");
    }

    #[test]
    fn links_get_noopener() {
        let html = md("[docs](https://example.com)");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
    }
}
