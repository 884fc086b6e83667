//! The session cookie and the extractor that checks it.

use crate::{ApiError, AppState};
use axum::extract::FromRequestParts;
use axum::http::header::COOKIE;
use axum::http::request::Parts;
use axum::http::HeaderValue;
use keybound_core::session::{parse_cookie, Session, ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use time::Duration;

/// `__Host-` cookies must be `Secure`, which a browser drops on plain http; Keybound uses the
/// prefix whenever it is served over https, and a plain name on http://localhost.
pub fn cookie_name(public_url: &str) -> &'static str {
    if public_url.starts_with("https://") {
        "__Host-keybound_session"
    } else {
        "keybound_session"
    }
}

/// `Set-Cookie` for a new session (or, with `None`, one that clears it).
pub fn set_cookie(public_url: &str, value: Option<&str>) -> HeaderValue {
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
        cookie_name(public_url)
    );
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The live session a request carries, checked and touched.
pub struct CurrentSession(pub Session);

/// Uses closer together than this are not recorded again.
const TOUCH_INTERVAL: Duration = Duration::minutes(1);

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let name = cookie_name(&state.public_url);
        let value = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|h| h.to_str().ok())
            .flat_map(|h| h.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned());
        let signed_out = || ApiError::unauthorized("You are not signed in.");
        let value = value.ok_or_else(signed_out)?;
        let (id, secret) = parse_cookie(&value).ok_or_else(signed_out)?;
        let session = state.store.session(id).await?.ok_or_else(signed_out)?;
        let now = state.clock.now();
        if !keybound_core::secret::verify(secret, &session.secret_hash) || !session.is_live(now) {
            return Err(signed_out());
        }
        if now - session.last_seen_time >= TOUCH_INTERVAL {
            state
                .store
                .touch_session(&session.id, now, (now + IDLE_TIMEOUT).min(session.expire_time))
                .await?;
        }
        Ok(Self(session))
    }
}
