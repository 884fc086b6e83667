//! What operators watch: one access-log line per request (at info, target `keybound::access`)
//! and Prometheus metrics at `GET /metrics`: requests by route template and status, their
//! durations, what the use cases count (ceremonies, emails, LDAP syncs), the database
//! connections and the build. The metrics are this process's; each replica is scraped.

use crate::api::extract::Caller;
use crate::web::{client_address, ApiError, AppState};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// The scope an API token needs to read `/metrics` on the main address.
pub const METRICS_SCOPE: &str = "metrics:read";

const DURATION: &str = "keybound_http_request_duration_seconds";

/// The process's metrics recorder, installed on first use. None if another recorder was
/// installed first (then nothing is recorded here).
fn recorder() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let buckets = [
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ];
            let installed = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(DURATION.into()), &buckets)
                .and_then(|b| b.install_recorder());
            match installed {
                Ok(handle) => {
                    metrics::gauge!("keybound_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
                    Some(handle)
                }
                Err(e) => {
                    tracing::warn!("metrics are off: {e}");
                    None
                }
            }
        })
        .as_ref()
}

/// Installs the recorder (so that counting starts with the first request).
pub fn start() {
    recorder();
}

/// Logs and counts each request. The request id is the client's `X-Request-Id` when it sent a
/// short printable one, else a new one; it is sent back in the response.
pub async fn access(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|id| !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_graphic()))
        .map_or_else(|| keybound_core::secret::random_hex(8), str::to_owned);
    let (parts, body) = request.into_parts();
    let client = client_address(&parts);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status().as_u16();
    let seconds = started.elapsed().as_secs_f64();
    tracing::info!(target: "keybound::access", request_id = %request_id, method = %method, route = %route,
        status, latency_ms = (seconds * 1e6).round() / 1000.0, client = %client, "{method} {route} {status}");
    let labels = [
        ("method", method),
        ("route", route),
        ("status", status.to_string()),
    ];
    metrics::histogram!(DURATION, &labels).record(seconds);
    metrics::counter!("keybound_http_requests_total", &labels).increment(1);
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// The metrics in Prometheus's text format.
fn render(state: &AppState) -> Response {
    let Some(handle) = recorder() else {
        return ApiError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "metrics are not recorded in this process",
        )
        .into_response();
    };
    let connections = state.connections();
    metrics::gauge!("keybound_db_connections", "state" => "in_use").set(connections.in_use as f64);
    metrics::gauge!("keybound_db_connections", "state" => "idle").set(connections.idle as f64);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
        .into_response()
}

/// `GET /metrics` on the main address, for API tokens with `metrics:read`.
async fn metrics_with_token(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    caller.require(METRICS_SCOPE)?;
    Ok(render(&state))
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics_with_token))
}

/// Serves `GET /metrics` without a token on a listen address of its own
/// (`KEYBOUND_METRICS_LISTEN`), one that only the monitoring network reaches.
pub async fn serve_open(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    let router = Router::new()
        .route(
            "/metrics",
            get(|State(state): State<AppState>| async move { render(&state) }),
        )
        .with_state(state);
    axum::serve(listener, router).await
}
