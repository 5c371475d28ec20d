//! Syntax highlighting for code shown in the UI (API definitions now, docs later). The output
//! is HTML with `hl-` class names only, so the light and dark themes colour it from CSS.

use std::sync::OnceLock;

use app::model::HighlightedCode;
use syntect::{
    html::{ClassStyle, ClassedHTMLGenerator},
    parsing::SyntaxSet,
    util::LinesWithEndings,
};

/// Bigger inputs are shown unhighlighted: highlighting is linear but not cheap, and a
/// multi-megabyte definition should not hold up a page.
const MAX_HIGHLIGHT_BYTES: usize = 512 * 1024;

/// Loads its grammars on first use (tens of milliseconds), not at start-up.
#[derive(Default)]
pub struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
}

impl Highlighter {
    /// `language` is a token such as `yaml`, `json` or `rust`; unknown ones render as plain
    /// (escaped) text.
    pub fn highlight(&self, text: &str, language: &str) -> HighlightedCode {
        let syntaxes = self.syntaxes.get_or_init(SyntaxSet::load_defaults_newlines);
        let plain = syntaxes.find_syntax_plain_text();
        let syntax = if text.len() > MAX_HIGHLIGHT_BYTES {
            plain
        } else {
            syntaxes.find_syntax_by_token(language).unwrap_or(plain)
        };
        let mut generator = ClassedHTMLGenerator::new_with_class_style(
            syntax,
            syntaxes,
            ClassStyle::SpacedPrefixed { prefix: "hl-" },
        );
        for line in LinesWithEndings::from(text) {
            if generator
                .parse_html_for_line_which_includes_newline(line)
                .is_err()
            {
                // A grammar that trips on this input: show it plain rather than not at all.
                return HighlightedCode {
                    language: language.to_string(),
                    html: escape(text),
                    text: text.to_string(),
                };
            }
        }
        HighlightedCode {
            language: language.to_string(),
            html: generator.finalize(),
            text: text.to_string(),
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::Highlighter;

    #[test]
    fn yaml_keys_and_strings_get_classes() {
        let code = Highlighter::default().highlight("openapi: 3.0.0\ntitle: \"Orders\"\n", "yaml");
        assert!(code.html.contains("hl-"), "{}", code.html);
        assert!(code.html.contains("openapi"));
    }

    #[test]
    fn markup_in_the_source_is_escaped() {
        let code = Highlighter::default().highlight("description: <script>x</script>\n", "yaml");
        assert!(!code.html.contains("<script>"), "{}", code.html);
        let plain = Highlighter::default().highlight("<img src=x onerror=alert(1)>", "graphql");
        assert!(!plain.html.contains("<img"), "{}", plain.html);
    }
}
