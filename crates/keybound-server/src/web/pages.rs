//! Rendering pages: the headers every HTML page carries, the message page, static assets.

use super::ApiError;
use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use keybound_app::binding::Opened;
use keybound_app::ErrorKind;

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    title: &'a str,
    message: &'a str,
}

/// A page that must not be cached or leak its URL (which holds a secret) to other sites.
pub fn page(status: StatusCode, html: Result<String, askama::Error>) -> Response {
    match html {
        Ok(html) => {
            let mut response = (status, Html(html)).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
            response
        }
        Err(e) => ApiError::internal("rendering a page", &e).into_response(),
    }
}

pub fn message(status: StatusCode, title: &str, message: &str) -> Response {
    page(status, MessagePage { title, message }.render())
}

/// A static asset, revalidated on each use.
pub fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// Minimal HTML escaping for text placed in markup outside templates.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[derive(Template)]
#[template(path = "bind.html")]
struct BindPage<'a> {
    display_name: &'a str,
    username: &'a str,
}

/// `GET …/credential-binding-jobs/{job}:invokeAuthenticator?token=…`: the binding page for a
/// hosted config, or a redirect into the developer's app for an embedded one.
pub async fn invoke_authenticator(
    state: &super::AppState,
    path: keybound_app::binding::LinkPath<'_>,
    token: Option<&str>,
) -> Response {
    match keybound_app::binding::open_link(state, path, token).await {
        Ok(Opened::Hosted(identity)) => page(
            StatusCode::OK,
            BindPage {
                display_name: &identity.display_name,
                username: &identity.traits.username,
            }
            .render(),
        ),
        Ok(Opened::Embedded(to)) => Redirect::to(&to).into_response(),
        Err(e) => {
            let (status, title) = match e.kind() {
                ErrorKind::NotFound => (StatusCode::NOT_FOUND, "Link not valid"),
                ErrorKind::Gone => (StatusCode::GONE, "Link no longer valid"),
                ErrorKind::Forbidden => (StatusCode::FORBIDDEN, "Account suspended"),
                _ => return ApiError::from(e).into_response(),
            };
            message(status, title, e.message())
        }
    }
}
