//! Writing the audit log, and knowing where a request came from.

use crate::App;
use keybound_core::audit::{Action, AuditEvent};

/// Where a request came from: the peer's address and its `User-Agent`, for rate limits,
/// sessions and the audit log. The edges fill it in; the CLI leaves it empty.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
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

/// Writes the event of a change, inside the change's transaction ([`App::atomically`]): if the
/// event cannot be written, the change is undone with it. An event of no realm (an API token, a
/// signing key, the organisation) is listed with the default realm's.
pub async fn write(app: &App, mut event: AuditEvent) -> crate::Result<()> {
    if event.realm_id.is_none() {
        event.realm_id = Some(app.default_realm().await?.id);
    }
    app.store.record_audit(&event).await?;
    Ok(())
}

/// Writes the event of something that is not a change made here (a refused sign-in, a sync that
/// failed): a failure to write it is logged rather than turned into an error for the person.
pub async fn record(app: &App, event: AuditEvent) {
    let action = event.action.clone();
    if let Err(e) = write(app, event).await {
        tracing::error!(action = %action, "could not write the audit event: {}", e.message());
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
