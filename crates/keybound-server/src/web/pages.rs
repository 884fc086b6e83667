//! Rendering pages: the headers every HTML page carries, the message page, static assets.

use super::layout::{impl_page, Layout, Page};
use super::ApiError;
use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use keybound_app::binding::Opened;
use keybound_app::ErrorKind;

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    layout: Layout,
    title: &'a str,
    message: &'a str,
}
impl_page!(MessagePage<'a>, layout);

/// A page that must not be cached, framed, or leak its URL (which may hold a secret) to other
/// sites. Its scripts run only by the nonce of its layout, which this response's
/// Content-Security-Policy names: nothing injected into the page can run.
pub fn page(status: StatusCode, page: &impl Page) -> Response {
    page_posting_to(status, page, "")
}

/// [`page`], whose forms may also post to (or be redirected on to) `origin`, an application's
/// origin (the consent and `form_post` pages send the person back to it).
pub fn page_posting_to(status: StatusCode, page: &impl Page, origin: &str) -> Response {
    match page.render() {
        Ok(html) => {
            let mut response = (status, Html(html)).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            let policy = format!(
                "default-src 'self'; script-src 'self' 'nonce-{}'; style-src 'self' 'unsafe-inline'; \
                 img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'self' {origin}; \
                 frame-ancestors 'none'",
                page.layout().nonce
            );
            if let Ok(policy) = HeaderValue::from_str(&policy) {
                headers.insert(header::CONTENT_SECURITY_POLICY, policy);
            }
            response
        }
        Err(e) => ApiError::internal("rendering a page", &e).into_response(),
    }
}

/// Headers every response carries, pages, JSON and errors alike: no MIME sniffing, no
/// framing, nothing cached unless the response says otherwise, and for anything that is not
/// a page (which sets its own), a policy that allows nothing.
pub async fn security_headers(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; frame-ancestors 'none'",
        ));
    response
}

/// A page that says one thing: `title`, and `message` below it.
pub fn message(layout: Layout, status: StatusCode, title: &str, message: &str) -> Response {
    page(
        status,
        &MessagePage {
            layout,
            title,
            message,
        },
    )
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
    layout: Layout,
    display_name: &'a str,
    username: &'a str,
    /// What to do, for the kind of device the job asks for.
    instructions: String,
    /// A smartphone job needs a browser that can reach a phone.
    needs_phone: bool,
}
impl_page!(BindPage<'a>, layout);

/// `GET …/credential-binding-jobs/{job}:invokeAuthenticator?token=…`: the binding page for a
/// hosted config, or a redirect into the developer's app for an embedded one.
pub async fn invoke_authenticator(
    state: &super::AppState,
    layout: Layout,
    path: keybound_app::binding::LinkPath<'_>,
    token: Option<&str>,
) -> Response {
    match keybound_app::binding::open_link(state, path, token).await {
        Ok(Opened::Hosted(identity, device)) => page(
            StatusCode::OK,
            &BindPage {
                display_name: &identity.display_name,
                username: &identity.traits.username,
                instructions: layout.t(device.message_id()),
                needs_phone: device == keybound_core::binding::DeviceType::Smartphone,
                layout,
            },
        ),
        Ok(Opened::Embedded(to)) => Redirect::to(&to).into_response(),
        Err(e) => {
            let (status, title) = match e.kind() {
                ErrorKind::NotFound => (StatusCode::NOT_FOUND, "title-link-invalid"),
                ErrorKind::Gone => (StatusCode::GONE, "title-link-gone"),
                ErrorKind::Forbidden => (StatusCode::FORBIDDEN, "title-suspended"),
                _ => return ApiError::from(e).into_response(),
            };
            let (title, text) = (layout.t(title), e.message_in(layout.lang));
            message(layout, status, &title, &text)
        }
    }
}
