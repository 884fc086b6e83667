//! Request extractors every edge shares: JSON bodies whose errors name the offending field,
//! where a request came from, and the signed-in session.

use super::proxies::ClientAddress;
use super::{cookies, ApiError, AppState};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use keybound_app::session::Authenticated;
use keybound_app::Client;
use serde::de::DeserializeOwned;
use std::net::SocketAddr;

/// A JSON body, read strictly (objects only where objects belong, no key twice). Errors say
/// which field is wrong: `identity.traits.username: is required`.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            let status = rejection.status();
            if status == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(status, "the request body is too large")
            } else {
                ApiError::new(status, rejection.body_text())
            }
        })?;
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            None => {
                return Err(ApiError::bad_field(
                    "body",
                    "the request body is empty; send a JSON object",
                ))
            }
            Some(b'{') => {}
            Some(_) => {
                return Err(ApiError::bad_field(
                    "body",
                    "the request body must be a JSON object",
                ))
            }
        }
        if has_nul_escape(&bytes) {
            return Err(ApiError::bad_field(
                "body",
                "strings must not contain NUL characters (\\u0000)",
            ));
        }
        super::strict_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|err| {
                let inner = &err.inner;
                if inner.is_syntax() || inner.is_eof() {
                    return ApiError::bad_field(
                        "body",
                        format!("the request body is not valid JSON: {inner}"),
                    );
                }
                let path = err.path;
                let message = inner.to_string();
                let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
                // serde names a missing or repeated field in the message, at the path of the object
                // holding it.
                let named = |prefix: &str| message.strip_prefix(prefix).and_then(|m| m.strip_suffix('`'));
                let field = match named("missing field `").or_else(|| named("duplicate field `")) {
                    Some(name) if path == "." => name.to_owned(),
                    Some(name) => format!("{path}.{name}"),
                    None if path == "." => "body".to_owned(),
                    None => path,
                };
                let description = if message.starts_with("missing field") {
                    "is required".to_owned()
                } else if message.starts_with("duplicate field") {
                    "is given more than once".to_owned()
                } else {
                    message
                };
                ApiError::bad_field(field, description)
            })
    }
}

/// Does this JSON text hold a `\u0000` escape (and not a literal backslash before `u0000`)?
fn has_nul_escape(json: &[u8]) -> bool {
    let mut backslashes = 0;
    for (i, b) in json.iter().enumerate() {
        if *b == b'\\' {
            backslashes += 1;
            continue;
        }
        if backslashes % 2 == 1 && *b == b'u' && json.get(i + 1..i + 5) == Some(b"0000") {
            return true;
        }
        backslashes = 0;
    }
    false
}

/// Where a request came from: the peer's address and its `User-Agent`.
pub struct Peer(pub Client);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(client_of(parts)))
    }
}

/// The client's address: as the trusted proxies tell it, else the peer's.
pub fn client_address(parts: &Parts) -> String {
    match parts.extensions.get::<ClientAddress>() {
        Some(client) => client.0.to_string(),
        None => parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string()),
    }
}

/// The client of a request (its address, as the trusted proxies tell it, and `User-Agent`).
pub fn client_of(parts: &Parts) -> Client {
    let ip = client_address(parts);
    let user_agent = parts
        .headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .take(512)
        .collect();
    Client { ip, user_agent }
}

/// The live session a request carries and its active identity, checked (by
/// [`keybound_app::session::authenticate`]) and touched.
pub struct CurrentSession(pub Authenticated);

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let value = cookies::read(parts, cookies::session_cookie_name(&state.public_url))
            .ok_or_else(|| ApiError::unauthorized("You are not signed in."))?;
        Ok(Self(keybound_app::session::authenticate(state, &value).await?))
    }
}

/// The signed-in person, if the request carries a live session (checked and touched as
/// [`CurrentSession`] does; no session is not an error).
pub async fn session_of(state: &AppState, headers: &axum::http::HeaderMap) -> Option<Authenticated> {
    let name = cookies::session_cookie_name(&state.public_url);
    let value = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('=').map(str::to_owned))?;
    keybound_app::session::authenticate(state, &value).await.ok()
}
