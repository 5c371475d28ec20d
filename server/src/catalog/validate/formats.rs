//! The field formats of Backstage's catalog-model (KubernetesValidatorFunctions.ts and
//! CommonValidatorFunctions.ts), written out by hand: each rule is a short character check, so
//! a regex engine would add weight without adding clarity.

fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// `metadata.name`, label values and link icons: 1-63 chars of
/// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`. Runs of separators (`a--b`) are accepted,
/// as Backstage's regex accepts them.
pub fn is_valid_object_name(value: &str) -> bool {
    let len = value.chars().count();
    if !(1..=63).contains(&len) {
        return false;
    }
    let first = value.chars().next().is_some_and(is_alnum);
    let last = value.chars().last().is_some_and(is_alnum);
    first
        && last
        && value
            .chars()
            .all(|c| is_alnum(c) || matches!(c, '-' | '_' | '.'))
}

/// Words of `word` chars joined by single `-`, 1-63 chars in total.
fn is_dash_separated(value: &str, word: impl Fn(char) -> bool) -> bool {
    (1..=63).contains(&value.len())
        && value
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(&word))
}

/// `metadata.namespace`: a DNS label, `^[a-z0-9]+(-[a-z0-9]+)*$`, lowercase only.
pub fn is_valid_dns_label(value: &str) -> bool {
    is_dash_separated(value, |c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// A DNS subdomain: dot-separated DNS labels, 1-253 chars.
pub fn is_valid_dns_subdomain(value: &str) -> bool {
    (1..=253).contains(&value.len()) && value.split('.').all(is_valid_dns_label)
}

/// `<prefix>/<suffix>` or `<suffix>`, more than one `/` is invalid.
fn is_valid_prefix_and_or_suffix(value: &str, suffix: impl Fn(&str) -> bool) -> bool {
    match value.split_once('/') {
        None => suffix(value),
        Some((prefix, rest)) => {
            !rest.contains('/') && is_valid_dns_subdomain(prefix) && suffix(rest)
        }
    }
}

/// Label and annotation keys: optional DNS-subdomain prefix, then an object name.
pub fn is_valid_key(value: &str) -> bool {
    is_valid_prefix_and_or_suffix(value, is_valid_object_name)
}

/// `apiVersion`: optional DNS-subdomain prefix, then 1-63 chars of `[a-zA-Z0-9]`.
pub fn is_valid_api_version(value: &str) -> bool {
    is_valid_prefix_and_or_suffix(value, |suffix| {
        (1..=63).contains(&suffix.len()) && suffix.chars().all(is_alnum)
    })
}

/// `kind`: 1-63 chars, `^[a-zA-Z][a-z0-9A-Z]*$`.
pub fn is_valid_kind(value: &str) -> bool {
    (1..=63).contains(&value.len())
        && value
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && value.chars().all(is_alnum)
}

/// Label values may be empty; otherwise they follow the object-name rule.
pub fn is_valid_label_value(value: &str) -> bool {
    value.is_empty() || is_valid_object_name(value)
}

/// Tags: `^[a-z0-9:+#]+(\-[a-z0-9:+#]+)*$`, 1-63 chars.
pub fn is_valid_tag(value: &str) -> bool {
    is_dash_separated(value, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, ':' | '+' | '#')
    })
}

/// Link URLs must be absolute (WHATWG `new URL(value)` succeeds).
pub fn is_valid_url(value: &str) -> bool {
    url::Url::parse(value).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_names() {
        for ok in [
            "a",
            "A",
            "my-service",
            "a--b",
            "a._b",
            "v1.2.3",
            "X_Y",
            &"a".repeat(63),
        ] {
            assert!(is_valid_object_name(ok), "{ok:?} should be valid");
        }
        for bad in [
            "",
            "-a",
            "a-",
            ".a",
            "a_",
            "my service",
            "ä",
            "a/b",
            &"a".repeat(64),
        ] {
            assert!(!is_valid_object_name(bad), "{bad:?} should be invalid");
        }
    }

    #[test]
    fn namespaces_are_lowercase_dns_labels() {
        for ok in ["default", "team-a", "a1", "1a"] {
            assert!(is_valid_dns_label(ok), "{ok:?}");
        }
        for bad in [
            "",
            "Default",
            "a--b",
            "-a",
            "a-",
            "a_b",
            "a.b",
            &"a".repeat(64),
        ] {
            assert!(!is_valid_dns_label(bad), "{bad:?}");
        }
    }

    #[test]
    fn keys_take_an_optional_subdomain_prefix() {
        for ok in [
            "backstage.io/techdocs-ref",
            "simple",
            "a.b.c/X_y",
            "github.com/project-slug",
        ] {
            assert!(is_valid_key(ok), "{ok:?}");
        }
        for bad in [
            "Backstage.io/x",
            "a/b/c",
            "/x",
            "x/",
            "a..b/x",
            "bad prefix/x",
        ] {
            assert!(!is_valid_key(bad), "{bad:?}");
        }
    }

    #[test]
    fn api_versions_and_kinds() {
        for ok in [
            "backstage.io/v1alpha1",
            "v1",
            "scaffolder.backstage.io/v1beta3",
        ] {
            assert!(is_valid_api_version(ok), "{ok:?}");
        }
        for bad in [
            "",
            "backstage.io/",
            "a/b/c",
            "Backstage.io/v1",
            "backstage.io/v1-alpha",
        ] {
            assert!(!is_valid_api_version(bad), "{bad:?}");
        }
        for ok in ["Component", "API", "x9"] {
            assert!(is_valid_kind(ok), "{ok:?}");
        }
        for bad in ["", "9x", "My-Kind", "my kind", &"K".repeat(64)] {
            assert!(!is_valid_kind(bad), "{bad:?}");
        }
    }

    #[test]
    fn tags_label_values_and_urls() {
        for ok in ["java", "c++", "c#", "lang:go", "a-b", "v2"] {
            assert!(is_valid_tag(ok), "{ok:?}");
        }
        for bad in ["", "Java", "a_b", "a--b", "-a", "a b", "a.b"] {
            assert!(!is_valid_tag(bad), "{bad:?}");
        }
        assert!(is_valid_label_value(""));
        assert!(!is_valid_label_value("has space"));
        assert!(is_valid_url("https://example.com/x"));
        assert!(is_valid_url("mailto:team@example.com"));
        assert!(!is_valid_url("/relative/path"));
        assert!(!is_valid_url("not a url"));
    }
}
