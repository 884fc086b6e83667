//! JSON views of resources that more than one edge answers with.

use keybound_core::credential::Credential;
use keybound_core::time_fmt::rfc3339;
use serde::Serialize;
use utoipa::ToSchema;

/// A bound passkey, as the REST API, the account page and the binding pages show it.
#[derive(Serialize, ToSchema)]
pub struct CredentialView {
    id: String,
    identity_id: String,
    realm_id: String,
    tenant_id: String,
    /// `ACTIVE` or `REVOKED`.
    state: &'static str,
    name: String,
    /// The WebAuthn credential id (base64url).
    credential_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    aaguid: Option<String>,
    transports: Vec<String>,
    /// Can be synced to other devices (a synced passkey) ...
    backup_eligible: bool,
    /// ... and is.
    backup_state: bool,
    sign_count: i64,
    create_time: String,
    update_time: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_used_time: Option<String>,
    /// `any`, `smartphone`, `contactless_card` or `hardware_key`: what it was bound as.
    device_type: &'static str,
    /// `{auditable, bluetooth_proximity, offline_login, user_verification}`. Clients that cache
    /// credentials for offline use should honour `offline_login`.
    #[schema(value_type = Object)]
    device_policy: keybound_core::binding::DevicePolicy,
}

impl From<Credential> for CredentialView {
    fn from(c: Credential) -> Self {
        Self {
            id: c.id,
            identity_id: c.identity_id,
            realm_id: c.realm_id,
            tenant_id: c.tenant_id,
            state: c.state.as_str(),
            name: c.name,
            credential_id: c.credential_id,
            aaguid: c.aaguid,
            transports: c.transports,
            backup_eligible: c.backup_eligible,
            backup_state: c.backup_state,
            sign_count: c.sign_count,
            create_time: rfc3339(c.create_time),
            update_time: rfc3339(c.update_time),
            last_used_time: c.last_used_time.map(rfc3339),
            device_type: c.device_type.as_str(),
            device_policy: c.device_policy,
        }
    }
}
