//! Writing the audit log, and knowing where a request came from.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use keybound_core::audit::AuditEvent;
use std::net::SocketAddr;

/// Where a request came from: the peer's address and its `User-Agent`, for rate limits,
/// sessions and the audit log.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub ip: String,
    pub user_agent: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(512)
            .collect();
        Ok(Self { ip, user_agent })
    }
}

impl Client {
    /// A new event for `action` in the tenant, now, from this client.
    pub fn event(&self, state: &AppState, action: &str) -> AuditEvent {
        AuditEvent::new(&state.tenant_id, action, state.clock.now()).from_client(&self.ip, &self.user_agent)
    }
}

/// Writes `event`. The action it records has already happened, so a failure to write is
/// logged rather than turned into an error for the person.
pub async fn record(state: &AppState, event: AuditEvent) {
    if let Err(e) = state.store.record_audit(&event).await {
        tracing::error!(action = %event.action, "could not write the audit event: {e}");
    }
}
