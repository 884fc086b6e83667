//! The relying party: webauthn-rs set up from Keybound's public URL, and the mapping between
//! identities and WebAuthn user handles.

use crate::ApiError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use url::Url;
use uuid::Uuid;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

/// The relying party for `public_url` (its host is the RP ID), also accepting ceremonies run
/// by the pages at `extra_origins` (an embedded config's trusted origins).
pub fn relying_party(public_url: &str, extra_origins: &[String]) -> Result<Webauthn, ApiError> {
    let origin = Url::parse(public_url).map_err(|e| ApiError::internal("public URL", &e))?;
    let rp_id = origin
        .host_str()
        .ok_or_else(|| ApiError::internal("public URL", &"it has no host"))?
        .to_owned();
    let mut builder = WebauthnBuilder::new(&rp_id, &origin)
        .map_err(|e| ApiError::internal("relying party", &e))?
        .rp_name("Keybound");
    for extra in extra_origins {
        if let Ok(url) = Url::parse(extra) {
            builder = builder.append_allowed_origin(&url);
        }
    }
    builder
        .build()
        .map_err(|e| ApiError::internal("relying party", &e))
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

pub fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn unb64(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
