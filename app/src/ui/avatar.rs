//! A person's or team's picture, or their initials on a colour derived from the name.

use leptos::prelude::*;

/// Up to two initials: "Alice Smith" -> "AS", "team-payments" -> "TP".
pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == '.')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// One of eight hues, stable for a name, so a person keeps their colour everywhere.
pub fn hue(name: &str) -> u32 {
    name.bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 8
}

/// A round picture, or initials when there is none.
#[component]
pub fn Avatar(
    /// The person's or team's name: the alt text and the source of the initials.
    #[prop(into)]
    name: String,
    /// A picture URL (spec.profile.picture).
    #[prop(optional, into)]
    picture: Option<String>,
    /// Diameter in pixels.
    #[prop(default = 32)]
    size: u32,
) -> impl IntoView {
    let style = format!(
        "width: {size}px; height: {size}px; font-size: {}px",
        size * 2 / 5
    );
    match picture {
        Some(src) => view! { <img class="avatar" src=src alt=name style=style /> }.into_any(),
        None => view! {
            <span class=format!("avatar avatar--hue-{}", hue(&name)) style=style role="img" aria-label=name.clone()>
                {initials(&name)}
            </span>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_come_from_words_and_hues_are_stable() {
        assert_eq!(initials("Alice Smith"), "AS");
        assert_eq!(initials("team-payments"), "TP");
        assert_eq!(initials("bob"), "B");
        assert_eq!(hue("alice"), hue("alice"));
        assert!(hue("alice") < 8);
    }
}
