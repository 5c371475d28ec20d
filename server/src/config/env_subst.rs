//! `${VAR}` substitution in configuration strings, as Backstage does it: `$${VAR}` is a literal
//! `${VAR}`, and a variable that is not set is an error naming it (not a silent empty string).

use std::fmt;

/// A `${VAR}` whose variable is not set.
#[derive(Debug, PartialEq, Eq)]
pub struct MissingVar(pub String);

impl fmt::Display for MissingVar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "environment variable {} is not set", self.0)
    }
}

/// Replaces each `${NAME}` in `input` with `lookup(NAME)`.
pub fn substitute(
    input: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<String, MissingVar> {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(start) = rest.find('$') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        if let Some(escaped) = tail.strip_prefix("$${") {
            out.push_str("${");
            rest = escaped;
        } else if let Some(body) = tail.strip_prefix("${") {
            match body.find('}') {
                Some(end) => {
                    let name = body[..end].trim();
                    let value = lookup(name).ok_or_else(|| MissingVar(name.to_string()))?;
                    out.push_str(&value);
                    rest = &body[end + 1..];
                }
                None => {
                    out.push_str(tail);
                    rest = "";
                }
            }
        } else {
            out.push('$');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Substitution against the process environment.
pub fn substitute_env(input: &str) -> Result<String, MissingVar> {
    substitute(input, |name| std::env::var(name).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<String> {
        match name {
            "HOST" => Some("db.internal".into()),
            "PORT" => Some("5432".into()),
            _ => None,
        }
    }

    #[test]
    fn replaces_each_variable() {
        assert_eq!(
            substitute("postgres://${HOST}:${PORT}/portal", vars).as_deref(),
            Ok("postgres://db.internal:5432/portal")
        );
    }

    #[test]
    fn double_dollar_escapes() {
        assert_eq!(
            substitute("$${HOST} costs $5", vars).as_deref(),
            Ok("${HOST} costs $5")
        );
    }

    #[test]
    fn missing_variable_is_named() {
        assert_eq!(
            substitute("${NOPE}", vars),
            Err(MissingVar("NOPE".to_string()))
        );
    }

    #[test]
    fn unterminated_reference_is_kept_verbatim() {
        assert_eq!(substitute("a ${HOST", vars).as_deref(), Ok("a ${HOST"));
    }
}
