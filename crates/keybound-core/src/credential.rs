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
    /// Set when the credential looked cloned or inconsistent; it can no longer sign in.
    pub flagged_reason: Option<String>,
    /// The security key it was bound as, and that key's policy.
    pub device_type: crate::binding::DeviceType,
    pub device_policy: crate::binding::DevicePolicy,
}

/// The model names of known authenticators, by AAGUID (`data/aaguids.tsv`).
const AAGUIDS: &str = include_str!("../data/aaguids.tsv");

/// The model of the authenticator with this AAGUID (lower-case UUID text), if known.
pub fn model_name(aaguid: &str) -> Option<&'static str> {
    AAGUIDS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .find(|(id, _)| id.eq_ignore_ascii_case(aaguid))
        .map(|(_, name)| name.trim())
}

/// The default name of a new credential: its authenticator's model when known.
pub fn default_name(aaguid: Option<&str>) -> String {
    aaguid.and_then(model_name).unwrap_or("Passkey").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_maintained_list_names_the_rest_once_each() {
        assert_eq!(
            model_name("fcb1bcb4-f370-078c-6993-bc24d0ae3fbe"),
            Some("Ledger Nano X FIDO2 Authenticator")
        );
        let ids: Vec<&str> = AAGUIDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(id, _)| id)
            .collect();
        assert!(ids.len() > 300);
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "no AAGUID twice");
        assert!(
            ids.iter().all(|id| crate::binding::is_aaguid(id)),
            "every line an AAGUID"
        );
    }

    #[test]
    fn known_authenticators_are_named() {
        assert_eq!(
            default_name(Some("BADA5566-A7AA-401F-BD96-45619A55120D")),
            "1Password"
        );
        assert_eq!(
            default_name(Some("00000000-0000-0000-0000-000000000001")),
            "Passkey"
        );
        assert_eq!(default_name(None), "Passkey");
        for line in AAGUIDS.lines().filter(|l| !l.starts_with('#')) {
            let (id, name) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("malformed line {line:?}"));
            assert_eq!(id.len(), 36, "{line:?}");
            assert!(!name.trim().is_empty(), "{line:?}");
        }
    }
}
