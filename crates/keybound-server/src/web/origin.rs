//! Cross-site request refusal for the pages' state-changing requests. A browser says where a
//! request comes from (`Sec-Fetch-Site`, `Origin`); a form or script on another site that posts
//! to `/lc/{code}`, `/signout` or a console form is refused before anything happens, so no site
//! can sign a browser in or out, or act in the console, on its behalf.
//!
//! The REST API (`/v1`, authorised by bearer tokens, not cookies) and the binding ceremony
//! endpoints (`/bind/*`, authorised by the link or code in the body, and meant to be called
//! from embedded apps on other origins) are not checked.

use super::{ApiError, AppState};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_cross_site(&state.public_url, &request) {
        return ApiError::forbidden(
            "This request came from another site. Go to the page on this site and try again.",
        )
        .into_response();
    }
    next.run(request).await
}

/// Endpoints that applications' pages and servers call from any origin, with no cookie: the
/// binding ceremonies (the link or code is the authority), the SDK's sign-ins, and the
/// OpenID Connect endpoints that take client credentials or a bearer token.
pub fn is_open(path: &str) -> bool {
    path.starts_with("/bind/")
        // The SDK's sign-in on a related origin's page: without a cookie (CORS with `*` sends
        // none and keeps none), it only answers who signed in.
        || path == "/signin/begin"
        || path == "/signin/finish"
        || path.starts_with("/oidc/authenticate/")
        || (path.starts_with("/realms/")
            && [
                "/token",
                "/userinfo",
                "/revoke",
                "/introspect",
                "/jwks",
                "/.well-known/openid-configuration",
            ]
            .iter()
            .any(|end| path.ends_with(end)))
}

/// CORS for [`is_open`] endpoints: any origin may call them (they read no cookie), and their
/// preflight is answered here, before routing, so that every route's methods stay as they are.
pub async fn open_cors(request: Request, next: Next) -> Response {
    if !is_open(request.uri().path()) {
        return next.run(request).await;
    }
    let preflight = request.method() == Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        let mut r = axum::http::StatusCode::NO_CONTENT.into_response();
        let h = r.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, POST"),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("authorization, content-type, dpop"),
        );
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        r
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    // A browser app using DPoP reads the nonce and the challenge from errors.
    headers.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("dpop-nonce, www-authenticate"),
    );
    response
}

fn is_cross_site(public_url: &str, request: &Request) -> bool {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let path = request.uri().path();
    // The authorization endpoint may be posted to by an application's page; without a cookie
    // (SameSite) it only leads to the sign-in page.
    let authorize = path.starts_with("/realms/") && path.ends_with("/authorize");
    if safe || path.starts_with("/v1/") || is_open(path) || authorize {
        return false;
    }
    from_elsewhere(public_url, request.headers())
}

/// Did a page of another site make this request (as its `Sec-Fetch-Site` or `Origin` says)?
pub fn from_elsewhere(public_url: &str, headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        // `none` is the person's own navigation (typed, bookmarked); `same-origin` is this site.
        return !matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            let ours = url::Url::parse(public_url).map(|u| u.origin().ascii_serialization());
            ours.map_or(true, |ours| origin != ours)
        }
        // Neither header: not a browser acting for a page (curl, a script); a cookie is still needed.
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: &str, path: &str, headers: &[(&str, &str)]) -> Request {
        let mut r = Request::builder().method(method).uri(path);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.body(axum::body::Body::empty()).unwrap_or_default()
    }

    #[test]
    fn only_state_changing_requests_from_other_sites_are_cross_site() {
        let ours = "https://id.example.com";
        let cross = |m, p, h: &[(&str, &str)]| is_cross_site(ours, &request(m, p, h));
        assert!(cross("POST", "/lc/abc", &[("origin", "https://evil.example")]));
        assert!(cross("POST", "/lc/abc", &[("sec-fetch-site", "cross-site")]));
        assert!(cross("POST", "/lc/abc", &[("sec-fetch-site", "same-site")]));
        assert!(cross("POST", "/console/users", &[("origin", "null")]));
        assert!(!cross("POST", "/lc/abc", &[("origin", "https://id.example.com")]));
        assert!(!cross("POST", "/lc/abc", &[("sec-fetch-site", "same-origin")]));
        assert!(!cross("POST", "/lc/abc", &[]));
        assert!(!cross("GET", "/lc/abc", &[("sec-fetch-site", "cross-site")]));
        assert!(!cross(
            "POST",
            "/bind/begin",
            &[("origin", "https://app.example")]
        ));
        assert!(!cross(
            "POST",
            "/v1/tenants/t/realms",
            &[("origin", "https://app.example")]
        ));
    }
}
