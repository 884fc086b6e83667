//! Cookies: the session cookie's name and attributes, and reading a cookie from a request.

use axum::http::header::COOKIE;
use axum::http::request::Parts;
use axum::http::HeaderValue;
use keybound_core::session::ABSOLUTE_TIMEOUT;

/// `__Host-` cookies must be `Secure`, which a browser drops on plain http; Keybound uses the
/// prefix whenever it is served over https, and a plain name on http://localhost.
pub fn session_cookie_name(public_url: &str) -> &'static str {
    if public_url.starts_with("https://") {
        "__Host-keybound_session"
    } else {
        "keybound_session"
    }
}

/// `Set-Cookie` for a new session (or, with `None`, one that clears it).
pub fn set_session_cookie(public_url: &str, value: Option<&str>) -> HeaderValue {
    let secure = if public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let (value, max_age) = match value {
        Some(v) => (v, ABSOLUTE_TIMEOUT.whole_seconds()),
        None => ("", 0),
    };
    let cookie = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        session_cookie_name(public_url)
    );
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The value of the cookie `name` a request carries.
pub fn read(parts: &Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}
