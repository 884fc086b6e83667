//! Writing the audit log, and knowing where a request came from.

use crate::App;
use keybound_core::audit::{Action, AuditEvent};

/// Where a request came from: the peer's address and its `User-Agent`, for rate limits,
/// sessions and the audit log. The edges fill it in; the CLI leaves it empty.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub ip: String,
    pub user_agent: String,
}

impl Client {
    /// A new event for `action` in the tenant, now, from this client.
    pub fn event(&self, app: &App, action: Action) -> AuditEvent {
        AuditEvent::new(&app.tenant_id, action, app.clock.now()).from_client(&self.ip, &self.user_agent)
    }
}

/// Writes `event`. The action it records has already happened, so a failure to write is
/// logged rather than turned into an error for the person. An event of no realm (an API token,
/// a signing key, the organisation) is listed with the default realm's.
pub async fn record(app: &App, mut event: AuditEvent) {
    if event.realm_id.is_none() {
        match app.default_realm().await {
            Ok(realm) => event.realm_id = Some(realm.id),
            Err(e) => tracing::warn!(action = %event.action, "no realm to list the event in: {e}"),
        }
    }
    if let Err(e) = app.store.record_audit(&event).await {
        tracing::error!(action = %event.action, "could not write the audit event: {e}");
    }
}

pub use keybound_store::AuditQuery;

/// The realm's events, newest first.
pub async fn list(
    app: &App,
    realm_id: &str,
    query: &AuditQuery,
    page: keybound_core::page::PageRequest,
) -> crate::Result<keybound_core::page::Page<AuditEvent>> {
    Ok(app.store.list_audit(realm_id, query, page).await?)
}
