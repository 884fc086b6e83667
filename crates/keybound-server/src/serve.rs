//! Serving connections with limits, so that slow or idle clients cannot hold the server:
//! request headers must arrive within `header_read_timeout` (also the longest a kept-alive
//! connection may sit idle between requests), a request must be read and answered within
//! `request_timeout`, and at most `max_connections` are open at once (the rest are closed as
//! they are accepted, which keeps file descriptors for the ones being served).

use crate::web::proxies::{ClientAddress, TrustedProxies};
use crate::{router, AppState};
use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

#[derive(Debug, Clone)]
pub struct Limits {
    pub header_read_timeout: Duration,
    pub request_timeout: Duration,
    pub max_connections: usize,
    /// Peers whose forwarding headers are believed for the client address.
    pub trusted_proxies: Arc<TrustedProxies>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_connections: 1024,
            trusted_proxies: Arc::default(),
        }
    }
}

/// How long requests in flight get to finish once shutdown is asked for.
const DRAIN: Duration = Duration::from_secs(20);

/// Serves the application on `listener` until `shutdown` resolves, then lets requests in
/// flight finish (for up to 20 seconds).
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state)
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            limits.request_timeout,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ));
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(limits.header_read_timeout)
        .keep_alive_timeout(limits.header_read_timeout);
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was taken:
                    // wait a moment and go on serving.
                    tracing::warn!("accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::warn!(%peer, "connection refused: {} connections are open", limits.max_connections);
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        // The client's address reaches handlers (web::Peer) for rate limits, the audit log and
        // session records: the peer's, or whom a trusted proxy says it forwards for.
        let proxies = limits.trusted_proxies.clone();
        let service = app.clone().map_request(
            move |mut request: axum::extract::Request<hyper::body::Incoming>| {
                let client = proxies.client_address(peer.ip(), request.headers());
                request.extensions_mut().insert(ConnectInfo(peer));
                request.extensions_mut().insert(ClientAddress(client));
                request
            },
        );
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service))
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(%peer, "connection closed: {e}");
            }
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still in flight after {DRAIN:?}; stopping anyway");
    }
    Ok(())
}
