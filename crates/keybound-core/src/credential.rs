//! Credentials: passkeys bound to identities.

use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialState {
    Active,
    Revoked,
}

impl CredentialState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Revoked => "REVOKED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ACTIVE" => Some(Self::Active),
            "REVOKED" => Some(Self::Revoked),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub id: String,
    pub identity_id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub state: CredentialState,
    pub name: String,
    /// The WebAuthn credential id, base64url.
    pub credential_id: String,
    pub aaguid: Option<String>,
    pub transports: Vec<String>,
    pub backup_eligible: bool,
    pub backup_state: bool,
    pub sign_count: i64,
    /// The verified public key and its parameters, as webauthn-rs serialises a passkey.
    pub passkey: String,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
    pub last_used_time: Option<OffsetDateTime>,
}

/// The default name of a new credential: its authenticator's model when known.
pub fn default_name(model: Option<&str>) -> String {
    model.map_or_else(|| "Passkey".to_owned(), str::to_owned)
}
