//! Keybound's HTTP edges, thin (parse, call a use case in keybound-app, render): the REST API
//! under `/v1` (Beyond Identity's shapes), the hosted pages people see, the admin console,
//! health checks; and `web`, what they share.

pub mod api;
pub mod console;
mod health;
pub mod hosted;
pub mod oidc;
mod scim;
mod serve;
pub mod telemetry;
pub mod web;

pub use web::{ApiError, AppState};

use axum::Router;

/// The whole application.
pub fn router(state: AppState) -> Router {
    telemetry::start();
    Router::new()
        .merge(health::routes())
        .merge(telemetry::routes())
        .merge(api::routes())
        .merge(scim::routes())
        .merge(hosted::routes().layer(axum::middleware::from_fn_with_state(
            state.clone(),
            web::error::localize,
        )))
        .merge(console::routes())
        .merge(oidc::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .layer(axum::middleware::from_fn(api::methods::only_documented_methods))
        .layer(axum::middleware::from_fn(refuse_nul))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            web::origin::refuse_cross_site,
        ))
        .layer(axum::middleware::from_fn(web::origin::open_cors))
        .layer(axum::middleware::from_fn(web::pages::security_headers))
        .layer(axum::middleware::from_fn(telemetry::access))
        .with_state(state)
}

/// An unknown address: a page for people (the console, or a browser asking for HTML), JSON for
/// programs.
async fn not_found(
    layout: web::layout::Layout,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    let wants_page = uri.path().starts_with("/console")
        || headers
            .get(axum::http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"));
    if wants_page && !uri.path().starts_with("/v1/") {
        let (title, text) = (layout.t("title-page-not-found"), layout.t("text-page-not-found"));
        return web::pages::message(layout, axum::http::StatusCode::NOT_FOUND, &title, &text);
    }
    axum::response::IntoResponse::into_response(ApiError::not_found("no such endpoint"))
}

/// Refuses a NUL character anywhere in the path or query: no identifier or value has one, and
/// PostgreSQL cannot store one, so it is a 400 here rather than an error deep inside.
async fn refuse_nul(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let uri = request.uri();
    let has_nul = |s: &str| {
        s.as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && w[1] == b'0' && w[2] == b'0')
    };
    if has_nul(uri.path()) || uri.query().is_some_and(has_nul) {
        return axum::response::IntoResponse::into_response(ApiError::bad_field(
            "uri",
            "must not contain NUL characters (%00)",
        ));
    }
    next.run(request).await
}

pub use serve::{serve, Limits};
