//! A minimal software passkey for load: ES256 keys and signatures from OpenSSL (about six times
//! faster than pure-Rust P-256 signing here), "none" attestation, user presence and verification
//! always reported. It builds exactly what a browser hands the server: clientDataJSON, the
//! authenticator data and, for registration, the CBOR attestation object. The server verifies it
//! with webauthn-rs like any other passkey.

use anyhow::{bail, Context};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ciborium::Value as Cbor;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey};
use openssl::ecdsa::EcdsaSig;
use openssl::nid::Nid;
use openssl::pkey::Private;
use openssl::sha::sha256;
use serde_json::{json, Value};

/// User present, user verified.
const UP_UV: u8 = 0x01 | 0x04;
/// ... and attested credential data follows.
const AT: u8 = 0x40;

pub struct FastPasskey {
    key: EcKey<Private>,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn client_data(kind: &str, options: &Value, origin: &str) -> anyhow::Result<Vec<u8>> {
    let challenge = options["challenge"]
        .as_str()
        .context("options without a challenge")?;
    Ok(serde_json::to_vec(&json!({
        "type": kind,
        "challenge": challenge,
        "origin": origin,
        "crossOrigin": false,
    }))?)
}

impl FastPasskey {
    /// Answers `navigator.credentials.create()` with `options` (the `publicKey` member) for a
    /// page of `origin`.
    pub fn register(origin: &str, options: &Value) -> anyhow::Result<(Self, Value)> {
        let rp_id = options["rp"]["id"].as_str().context("options without rp.id")?;
        let user_handle = URL_SAFE_NO_PAD
            .decode(
                options["user"]["id"]
                    .as_str()
                    .context("options without user.id")?,
            )
            .context("user.id is not base64url")?;
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?;
        let key = EcKey::generate(&group)?;
        let credential_id: Vec<u8> = (0..16).map(|_| rand::random::<u8>()).collect();

        let (mut x, mut y) = (BigNum::new()?, BigNum::new()?);
        let mut ctx = BigNumContext::new()?;
        key.public_key()
            .affine_coordinates(&group, &mut x, &mut y, &mut ctx)?;
        let cose_key = Cbor::Map(vec![
            (Cbor::from(1), Cbor::from(2)),  // kty: EC2
            (Cbor::from(3), Cbor::from(-7)), // alg: ES256
            (Cbor::from(-1), Cbor::from(1)), // crv: P-256
            (Cbor::from(-2), Cbor::Bytes(x.to_vec_padded(32)?)),
            (Cbor::from(-3), Cbor::Bytes(y.to_vec_padded(32)?)),
        ]);
        let mut auth_data = sha256(rp_id.as_bytes()).to_vec();
        auth_data.push(UP_UV | AT);
        auth_data.extend_from_slice(&0u32.to_be_bytes());
        auth_data.extend_from_slice(&[0; 16]); // AAGUID: no model
        auth_data.extend_from_slice(&(credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&credential_id);
        ciborium::into_writer(&cose_key, &mut auth_data)?;
        let attestation = Cbor::Map(vec![
            (Cbor::from("fmt"), Cbor::from("none")),
            (Cbor::from("attStmt"), Cbor::Map(vec![])),
            (Cbor::from("authData"), Cbor::Bytes(auth_data)),
        ]);
        let mut attestation_object = Vec::new();
        ciborium::into_writer(&attestation, &mut attestation_object)?;

        let answer = json!({
            "id": b64(&credential_id),
            "rawId": b64(&credential_id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64(&client_data("webauthn.create", options, origin)?),
                "attestationObject": b64(&attestation_object),
                "transports": ["internal"],
            },
            "clientExtensionResults": {},
        });
        Ok((
            Self {
                key,
                credential_id,
                user_handle,
            },
            answer,
        ))
    }

    /// Answers `navigator.credentials.get()` with `options`, returning the user handle as a
    /// discoverable credential does.
    pub fn authenticate(&self, origin: &str, options: &Value) -> anyhow::Result<Value> {
        let rp_id = options["rpId"].as_str().context("options without rpId")?;
        let client_data = client_data("webauthn.get", options, origin)?;
        let mut auth_data = sha256(rp_id.as_bytes()).to_vec();
        auth_data.push(UP_UV);
        auth_data.extend_from_slice(&0u32.to_be_bytes());
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&sha256(&client_data));
        let signature = EcdsaSig::sign(&sha256(&signed), &self.key)?.to_der()?;
        if signature.is_empty() {
            bail!("OpenSSL produced an empty signature");
        }
        Ok(json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64(&client_data),
                "authenticatorData": b64(&auth_data),
                "signature": b64(&signature),
                "userHandle": b64(&self.user_handle),
            },
            "clientExtensionResults": {},
        }))
    }
}
