//! Keybound's HTTP face: the REST API under `/v1` (Beyond Identity's shapes), health checks and
//! the OpenAPI document. Handlers are thin: parse, check, call the store, render.

pub mod api;
pub mod audit;
pub mod binding;
pub mod console;
pub mod email;
mod error;
mod health;
pub mod hosted;
pub mod login_codes;
pub mod registration;
pub mod session;
pub mod signin;
pub mod signup;
pub mod webauthn;

pub use error::ApiError;

use axum::Router;
use keybound_core::Clock;
use keybound_store::Store;
use std::sync::Arc;

/// What every request handler may use.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    /// The installation's one tenant.
    pub tenant_id: String,
    /// Where people and programs reach this server, e.g. `http://localhost:8080`.
    pub public_url: String,
    pub email: Arc<dyn email::EmailSender>,
    pub email_retry: keybound_core::email::RetryPolicy,
    /// Does email reach people (SMTP configured)? Email one-time access is only offered then.
    pub email_delivers: bool,
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(health::routes())
        .merge(api::routes())
        .merge(hosted::routes())
        .merge(console::routes())
        .fallback(|| async { ApiError::not_found("no such endpoint") })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .layer(axum::middleware::from_fn(refuse_nul))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
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

/// Deletes expired, unfinished ceremonies every `interval`, off the request path.
pub fn spawn_sweeper(state: AppState, interval: std::time::Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(interval).await;
            if let Err(e) = state.store.sweep_ceremonies(state.clock.now()).await {
                tracing::warn!("sweeping expired ceremonies: {e}");
            }
        }
    })
}

/// Serves the application on `listener` until `shutdown` resolves, then lets requests in
/// flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The peer address reaches handlers (audit::Client) for per-address rate limits and session records.
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
