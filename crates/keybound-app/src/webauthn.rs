//! The relying party: webauthn-rs set up from Keybound's public URL, and the mapping between
//! identities and WebAuthn user handles.

use crate::AppError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::sync::{Arc, RwLock};
use url::Url;
use uuid::Uuid;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

/// The relying party for `public_url` (its host is the RP ID), also accepting ceremonies run
/// by the pages at `extra_origins` (an embedded config's trusted origins). The one for the
/// public URL alone, which nearly every ceremony uses, is built once per URL and shared.
pub fn relying_party(public_url: &str, extra_origins: &[String]) -> Result<Arc<Webauthn>, AppError> {
    static PLAIN: RwLock<Vec<(String, Arc<Webauthn>)>> = RwLock::new(Vec::new());
    if !extra_origins.is_empty() {
        return build(public_url, extra_origins).map(Arc::new);
    }
    let cached = |all: &[(String, Arc<Webauthn>)]| {
        all.iter()
            .find(|(url, _)| url == public_url)
            .map(|(_, rp)| Arc::clone(rp))
    };
    if let Some(rp) = PLAIN.read().ok().and_then(|all| cached(&all)) {
        return Ok(rp);
    }
    let rp = Arc::new(build(public_url, &[])?);
    if let Ok(mut all) = PLAIN.write() {
        if cached(&all).is_none() {
            all.push((public_url.to_owned(), Arc::clone(&rp)));
        }
    }
    Ok(rp)
}

fn build(public_url: &str, extra_origins: &[String]) -> Result<Webauthn, AppError> {
    let origin = Url::parse(public_url).map_err(|e| AppError::internal("public URL", &e))?;
    let rp_id = rp_id(public_url)?;
    let mut builder = WebauthnBuilder::new(&rp_id, &origin)
        .map_err(|e| AppError::internal("relying party", &e))?
        .rp_name("Keybound");
    for extra in extra_origins {
        if let Ok(url) = Url::parse(extra) {
            builder = builder.append_allowed_origin(&url);
        }
    }
    builder
        .build()
        .map_err(|e| AppError::internal("relying party", &e))
}

/// The origins of other sites whose pages may run ceremonies for this server's passkeys
/// (WebAuthn Related Origin Requests): the operator's list and every embedded authenticator
/// config's trusted origins, in every realm; read from the database, so every replica agrees.
pub async fn related_origins(app: &crate::App) -> Result<Vec<String>, AppError> {
    use keybound_core::page::PageRequest;
    let first = PageRequest {
        size: 200,
        after: None,
    };
    let next = |token: Option<String>| -> Result<Option<PageRequest>, AppError> {
        token
            .map(|t| PageRequest::parse(Some(200), Some(&t)).map_err(AppError::from))
            .transpose()
    };
    let mut origins: Vec<String> = app.related_origins.clone();
    let mut realms = Some(first);
    while let Some(page) = realms {
        let found = app.store.list_realms(&app.tenant_id, page).await?;
        for realm in &found.items {
            let mut configs = Some(first);
            while let Some(page) = configs {
                let listed = app.store.list_configs(&realm.id, page).await?;
                origins.extend(listed.items.into_iter().flat_map(|c| c.trusted_origins));
                configs = next(listed.next_page_token)?;
            }
        }
        realms = next(found.next_page_token)?;
    }
    origins.sort();
    origins.dedup();
    Ok(origins)
}

/// The origin a ceremony's answer says it ran on (its `clientDataJSON`), if readable.
pub fn client_origin(answer: &serde_json::Value) -> Option<String> {
    let data = unb64(answer.get("response")?.get("clientDataJSON")?.as_str()?)?;
    let parsed: serde_json::Value = serde_json::from_slice(&data).ok()?;
    parsed.get("origin")?.as_str().map(str::to_owned)
}

/// The relying party id: the host of the public URL.
pub fn rp_id(public_url: &str) -> Result<String, AppError> {
    let origin = Url::parse(public_url).map_err(|e| AppError::internal("public URL", &e))?;
    origin
        .host_str()
        .map(str::to_owned)
        .ok_or_else(|| AppError::internal("public URL", &"it has no host"))
}

/// The WebAuthn user handle of an identity: its 8-byte id, padded to 16. Deterministic, so
/// discoverable sign-in finds the identity again from the handle alone; random, so it says
/// nothing about the person.
pub fn user_handle(identity_id: &str) -> Uuid {
    let mut bytes = [0u8; 16];
    if let Ok(id) = hex::decode(identity_id) {
        let n = id.len().min(16);
        bytes[..n].copy_from_slice(&id[..n]);
    }
    Uuid::from_bytes(bytes)
}

/// The identity id a user handle stands for.
pub fn identity_of(handle: &[u8]) -> Option<String> {
    (handle.len() == 16 && handle[8..].iter().all(|b| *b == 0)).then(|| hex::encode(&handle[..8]))
}

/// The AAGUID (authenticator model id) in a registration's attestation object (base64url),
/// read from the attested credential data of its authenticator data; `None` when absent or
/// all zeros, as privacy-minded authenticators send it.
pub fn aaguid(attestation_object: &str) -> Option<String> {
    let bytes = unb64(attestation_object)?;
    let value: ciborium::Value = ciborium::from_reader(bytes.as_slice()).ok()?;
    let auth_data = value
        .as_map()?
        .iter()
        .find(|(k, _)| k.as_text() == Some("authData"))?
        .1
        .as_bytes()?;
    // rpIdHash (32) | flags (1) | signCount (4) | AAGUID (16) ...; flag 0x40: credential data present
    const ATTESTED: u8 = 0x40;
    if auth_data.len() < 53 || auth_data[32] & ATTESTED == 0 {
        return None;
    }
    let id = Uuid::from_slice(&auth_data[37..53]).ok()?;
    (!id.is_nil()).then(|| id.to_string())
}

/// The attestation statement's format (`none`, `packed`, `fido-u2f`, ...) of an attestation
/// object (base64url CBOR).
pub fn attestation_format(attestation_object: &str) -> Option<String> {
    let bytes = unb64(attestation_object)?;
    let value: ciborium::Value = ciborium::from_reader(bytes.as_slice()).ok()?;
    value
        .as_map()?
        .iter()
        .find(|(k, _)| k.as_text() == Some("fmt"))?
        .1
        .as_text()
        .map(str::to_owned)
}

pub fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn unb64(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attestation_object(flags: u8, aaguid: [u8; 16]) -> String {
        let mut auth_data = vec![0u8; 32];
        auth_data.push(flags);
        auth_data.extend([0, 0, 0, 0]);
        auth_data.extend(aaguid);
        auth_data.extend([0, 2, 1, 2]);
        let map = ciborium::Value::Map(vec![
            ("fmt".into(), "none".into()),
            ("attStmt".into(), ciborium::Value::Map(vec![])),
            ("authData".into(), ciborium::Value::Bytes(auth_data)),
        ]);
        let mut out = Vec::new();
        ciborium::into_writer(&map, &mut out).unwrap();
        b64(&out)
    }

    #[test]
    fn reads_the_aaguid_of_attested_credential_data() {
        let one_password = *Uuid::parse_str("bada5566-a7aa-401f-bd96-45619a55120d")
            .unwrap()
            .as_bytes();
        assert_eq!(
            aaguid(&attestation_object(0x45, one_password)).as_deref(),
            Some("bada5566-a7aa-401f-bd96-45619a55120d")
        );
        assert_eq!(
            aaguid(&attestation_object(0x45, [0; 16])),
            None,
            "zeros mean unknown"
        );
        assert_eq!(
            aaguid(&attestation_object(0x05, one_password)),
            None,
            "no credential data"
        );
        assert_eq!(aaguid("not base64 cbor"), None);
    }

    /// A passkey as an earlier Keybound (on webauthn-rs 0.6) stored it still signs in.
    #[test]
    fn passkeys_stored_before_still_read() {
        let stored = r#"{"cred":{"cred_id":"kUW1ixpLsCVk8dOM7e8LFg","cred":{"type_":"ES256","key":{"EC_EC2":{"curve":"SECP256R1","x":"h8IN-ehnVij-XEyNGa7p2sdyd7dJTbqhvvGZGXvaxi8","y":"sp4KhKc4I2h39sLNdHbsgLatgk42-fXfAVsZw3-9Z5s"}}},"counter":7,"transports":null,"user_verified":true,"backup_eligible":false,"backup_state":false,"registration_policy":"required","extensions":{"cred_protect":"Ignored","hmac_create_secret":"NotRequested","appid":"NotRequested","cred_props":"Ignored"},"attestation":{"data":"None","metadata":"None"},"attestation_format":"none"}}"#;
        let passkey: webauthn_rs::prelude::Passkey = serde_json::from_str(stored).unwrap();
        let credential: webauthn_rs::prelude::Credential = passkey.clone().into();
        assert_eq!(b64(passkey.cred_id().as_ref()), "kUW1ixpLsCVk8dOM7e8LFg");
        assert_eq!(credential.counter, 7);
        assert!(credential.user_verified);
        assert_eq!(
            serde_json::to_string(&passkey).unwrap(),
            stored,
            "written back the same way"
        );
    }

    #[test]
    fn user_handles_round_trip() {
        let id = keybound_core::new_id();
        assert_eq!(
            identity_of(user_handle(&id).as_bytes()).as_deref(),
            Some(id.as_str())
        );
        assert_eq!(identity_of(&[1; 16]), None);
    }
}
