//! Who is reading: until sign-in exists, a guest identity kept in a long-lived cookie. Stars
//! and other per-person state hang off this id, so signing in later can adopt them.

/// Cookie holding the guest id.
pub const GUEST_COOKIE: &str = "portico-guest";

/// The reader's id from the request's cookie, if the browser has one.
#[cfg(feature = "ssr")]
pub fn current() -> Option<String> {
    use leptos::prelude::use_context;
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == GUEST_COOKIE)
        .map(|(_, value)| value.trim().to_string())
        // The id names database rows: accept only what this server could have issued.
        .filter(|value| is_guest_id(value))
}

/// The reader's id, issuing a new guest id (and its cookie) when the browser has none.
#[cfg(feature = "ssr")]
pub fn current_or_issue() -> String {
    use leptos::prelude::use_context;
    if let Some(id) = current() {
        return id;
    }
    let id = format!("guest:{}", uuid::Uuid::new_v4().simple());
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let cookie =
            format!("{GUEST_COOKIE}={id}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
        if let Ok(value) = http::HeaderValue::from_str(&cookie) {
            response.append_header(http::header::SET_COOKIE, value);
        }
    }
    id
}

/// `guest:` and 32 lowercase hex digits.
pub fn is_guest_id(value: &str) -> bool {
    value.strip_prefix("guest:").is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

#[cfg(test)]
mod tests {
    use super::is_guest_id;

    #[test]
    fn only_well_formed_guest_ids_are_accepted() {
        assert!(is_guest_id("guest:0123456789abcdef0123456789abcdef"));
        assert!(!is_guest_id("guest:0123"));
        assert!(!is_guest_id("user:default/alice"));
        assert!(!is_guest_id("guest:0123456789abcdef0123456789abcdeX"));
    }
}
