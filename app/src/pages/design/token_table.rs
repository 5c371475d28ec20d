//! The design tokens as data: every CSS custom property of style/_tokens.scss with its light
//! and dark value (generated at build time), and WCAG contrast checks of the colour roles.

/// One CSS custom property, e.g. `color-primary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub name: &'static str,
    pub light: &'static str,
    pub dark: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/tokens.rs"));

/// Tokens whose name starts with `prefix`, in stylesheet order.
pub fn tokens_with(prefix: &str) -> impl Iterator<Item = &'static Token> + '_ {
    TOKENS.iter().filter(move |t| t.name.starts_with(prefix))
}

pub fn token(name: &str) -> Option<&'static Token> {
    TOKENS.iter().find(|t| t.name == name)
}

/// `#rrggbb` as linear-light relative luminance (WCAG 2.1).
fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()? as f64 / 255.0;
        Some(if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// The WCAG contrast ratio of two `#rrggbb` colours (1 to 21).
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// Foreground/background pairs the components use for text, with the minimum ratio WCAG AA
/// asks for (4.5 for body text).
pub const TEXT_PAIRS: &[(&str, &str)] = &[
    ("color-text", "color-surface"),
    ("color-text", "color-bg"),
    ("color-muted", "color-surface"),
    ("color-muted", "color-bg"),
    ("color-primary", "color-surface"),
    ("color-primary-contrast", "color-primary"),
    ("color-success", "color-surface"),
    ("color-warning", "color-surface"),
    ("color-danger", "color-surface"),
    ("color-info", "color-surface"),
    ("color-sidebar-text", "color-sidebar-bg"),
    // Badges, panels and tinted cells: a tone's text on its own soft background.
    ("color-success", "color-success-soft"),
    ("color-warning", "color-warning-soft"),
    ("color-danger", "color-danger-soft"),
    ("color-info", "color-info-soft"),
    ("color-primary", "color-primary-soft"),
    ("color-text", "color-surface-2"),
    ("color-muted", "color-surface-2"),
];

pub const AA_TEXT: f64 = 4.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_read_from_the_stylesheet() {
        assert!(token("color-primary").is_some_and(|t| t.light.starts_with('#')));
        assert!(tokens_with("space-").count() >= 6);
        assert!(token("radius-md").is_some());
        let motion: Vec<_> = tokens_with("motion-").collect();
        assert_eq!(
            motion.len(),
            2,
            "reduced-motion overrides are not tokens of their own"
        );
        assert_eq!(motion[0].light, "120ms");
    }

    #[test]
    fn contrast_matches_known_values() {
        let black_white = contrast("#000000", "#ffffff").expect("hex");
        assert!((black_white - 21.0).abs() < 0.01);
        assert!(contrast("nope", "#ffffff").is_none());
    }

    #[test]
    fn every_text_pair_meets_wcag_aa_in_both_themes() {
        for (fg, bg) in TEXT_PAIRS {
            let (fg, bg) = (token(fg).expect("fg token"), token(bg).expect("bg token"));
            for (theme, f, b) in [("light", fg.light, bg.light), ("dark", fg.dark, bg.dark)] {
                let ratio = contrast(f, b).expect("hex colours");
                assert!(
                    ratio >= AA_TEXT,
                    "{} on {} in {theme}: {ratio:.2}",
                    fg.name,
                    bg.name
                );
            }
        }
    }
}
