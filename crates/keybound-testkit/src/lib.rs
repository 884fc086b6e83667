//! Helpers for Keybound's tests and benchmark.
//!
//! [`SoftPasskey`]: a software passkey authenticator (1Password's `passkey` crates): discoverable credentials,
//! user verification always performed, returning the user handle as a real passkey does.

pub mod active_directory;
pub mod mds;
pub mod slapd;

use passkey::authenticator::{Authenticator, MemoryStore, UiHint, UserCheck, UserValidationMethod};
use passkey::client::{Client, DefaultClientData};
use passkey::crypto::AvailableBackend;
use passkey::types::ctap2::{Aaguid, Ctap2Error};
use passkey::types::webauthn::{CredentialCreationOptions, CredentialRequestOptions};
use passkey::types::Passkey;
use serde_json::{json, Value};
use url::Url;

/// Checks presence and, when `verifies`, the user (as a fingerprint or PIN would).
pub struct Verifies {
    verifies: bool,
}

#[async_trait::async_trait]
impl UserValidationMethod for Verifies {
    type PasskeyItem = Passkey;

    async fn check_user<'a>(
        &self,
        _hint: UiHint<'a, Passkey>,
        presence: bool,
        verification: bool,
    ) -> Result<UserCheck, Ctap2Error> {
        Ok(UserCheck {
            presence,
            verification: verification && self.verifies,
        })
    }

    fn is_presence_enabled(&self) -> bool {
        true
    }

    fn is_verification_enabled(&self) -> Option<bool> {
        // `None`: this authenticator has no way to verify the user at all.
        self.verifies.then_some(true)
    }
}

/// One authenticator holding the passkeys it creates.
pub struct SoftPasskey {
    client: Client<MemoryStore, Verifies, AvailableBackend, public_suffix::PublicSuffixList, ()>,
}

impl Default for SoftPasskey {
    fn default() -> Self {
        Self::new()
    }
}

impl SoftPasskey {
    /// An authenticator that reports no model (an all-zero AAGUID).
    pub fn new() -> Self {
        Self::with_aaguid([0; 16])
    }

    /// An authenticator that says it is the model with this AAGUID.
    pub fn with_aaguid(aaguid: [u8; 16]) -> Self {
        let authenticator = Authenticator::new(
            Aaguid::from(aaguid),
            MemoryStore::new(),
            Verifies { verifies: true },
            AvailableBackend,
        );
        Self {
            client: Client::new(authenticator).allows_insecure_localhost(true),
        }
    }

    /// Counts signatures, as hardware authenticators do (synced passkeys report 0).
    pub fn with_counter(mut self) -> Self {
        self.client
            .authenticator_mut()
            .set_make_credentials_with_signature_counter(true);
        self
    }

    /// Another authenticator holding copies of this one's keys and counters: a cloned device.
    pub fn clone_device(&self) -> Self {
        self.copy(true)
    }

    /// This authenticator's keys on one that cannot verify the user (no PIN, no biometrics).
    pub fn without_verification(&self) -> Self {
        self.copy(false)
    }

    fn copy(&self, verifies: bool) -> Self {
        let store = self.client.authenticator().store().clone();
        let mut authenticator = Authenticator::new(
            Aaguid::new_empty(),
            store,
            Verifies { verifies },
            AvailableBackend,
        );
        authenticator.set_make_credentials_with_signature_counter(
            self.client
                .authenticator()
                .make_credentials_with_signature_counter(),
        );
        Self {
            client: Client::new(authenticator)
                .allows_insecure_localhost(true)
                .user_verification_when_preferred(verifies),
        }
    }

    /// Answers `public_key` (request options, as `/signin/begin` returns them) with a
    /// discoverable credential, in WebAuthn's JSON form, as a browser at `origin` would.
    pub async fn authenticate(&mut self, origin: &str, public_key: &Value) -> Result<Value, String> {
        let mut public_key = public_key.clone();
        // An empty allow list asks for any discoverable credential. This authenticator's store
        // finds credentials only by id, so it offers every one it holds (all for this RP), as
        // a resident-key authenticator would.
        if public_key["allowCredentials"]
            .as_array()
            .is_none_or(Vec::is_empty)
        {
            use base64::Engine;
            let held: Vec<Value> = self
                .client
                .authenticator()
                .store()
                .keys()
                .map(|id| json!({"type": "public-key", "id": base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)}))
                .collect();
            public_key["allowCredentials"] = Value::Array(held);
        }
        let options: CredentialRequestOptions = serde_json::from_value(json!({ "publicKey": public_key }))
            .map_err(|e| format!("options: {e}"))?;
        let origin = Url::parse(origin).map_err(|e| e.to_string())?;
        let answered = self
            .client
            .authenticate(&origin, options, DefaultClientData)
            .await
            .map_err(|e| format!("{e:?}"))?;
        let raw = serde_json::to_value(answered).map_err(|e| e.to_string())?;
        let r = &raw["response"];
        Ok(json!({
            "id": raw["id"],
            "rawId": b64(&raw["rawId"]),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&r["authenticatorData"]),
                "clientDataJSON": b64(&r["clientDataJSON"]),
                "signature": b64(&r["signature"]),
                "userHandle": b64(&r["userHandle"]),
            },
            "extensions": {},
        }))
    }

    /// Answers `public_key` (creation options as `/bind/begin` returns them) as a browser at
    /// `origin` would, in WebAuthn's JSON form.
    pub async fn register(&mut self, origin: &str, public_key: &Value) -> Result<Value, String> {
        let options: CredentialCreationOptions = serde_json::from_value(json!({ "publicKey": public_key }))
            .map_err(|e| format!("options: {e}"))?;
        let origin = Url::parse(origin).map_err(|e| e.to_string())?;
        let created = self
            .client
            .register(&origin, options, DefaultClientData)
            .await
            .map_err(|e| format!("{e:?}"))?;
        let raw = serde_json::to_value(created).map_err(|e| e.to_string())?;
        // The same shape the browser SDK posts: binary fields as base64url text.
        let r = &raw["response"];
        Ok(json!({
            "id": raw["id"],
            "rawId": b64(&raw["rawId"]),
            "type": "public-key",
            "response": {
                "clientDataJSON": b64(&r["clientDataJSON"]),
                "attestationObject": b64(&r["attestationObject"]),
                "transports": r["transports"],
            },
            "extensions": {},
        }))
    }
}

/// A binary field as base64url, whether the client wrote it as text or as a byte array.
fn b64(field: &Value) -> Value {
    use base64::Engine;
    match field {
        Value::Array(bytes) => {
            let bytes: Vec<u8> = bytes
                .iter()
                .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                .collect();
            Value::String(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
        }
        other => other.clone(),
    }
}

/// Undoes quoted-printable soft line breaks and `=XX` escapes: enough to read a link back out
/// of an email as it was sent.
pub fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
