//! A minimal software passkey for load: ES256 keys and signatures from OpenSSL (about six times
//! faster than pure-Rust P-256 signing here), "none" attestation, user presence and verification
//! always reported. It builds exactly what a browser hands the server: clientDataJSON, the
//! authenticator data and, for registration, the CBOR attestation object. The server verifies it
//! with webauthn-rs like any other passkey.
//!
//! The load generator shares the machine with the server, so what it can do before a timed
//! phase it does then: keys are made ahead of the registrations ([`new_key`]), and each
//! signature's nonce ahead of the sign-ins ([`FastPasskey::prepare`]). An ECDSA signature is
//! s = k⁻¹ (z + r d) mod n, where only z depends on the message: k (random), r (from k·G) and
//! k⁻¹ are worked out beforehand, which is nearly all of a signature's cost, and each is used
//! once. The signatures are the same as any other ECDSA signature by that key.

use anyhow::{bail, Context};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ciborium::Value as Cbor;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey, EcPoint};
use openssl::ecdsa::EcdsaSig;
use openssl::nid::Nid;
use openssl::pkey::Private;
use openssl::sha::sha256;
use serde_json::{json, Value};
use std::sync::Mutex;

/// User present, user verified.
const UP_UV: u8 = 0x01 | 0x04;
/// ... and attested credential data follows.
const AT: u8 = 0x40;

pub struct FastPasskey {
    key: EcKey<Private>,
    /// Nonces worked out ahead, each used for one signature.
    nonces: Mutex<Vec<Nonce>>,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
}

/// A new P-256 key for [`FastPasskey::register`].
pub fn new_key() -> anyhow::Result<EcKey<Private>> {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?;
    Ok(EcKey::generate(&group)?)
}

/// The order n of the key's group (P-256's base point).
fn order(key: &EcKey<Private>, ctx: &mut BigNumContext) -> anyhow::Result<BigNum> {
    let mut order = BigNum::new()?;
    key.group().order(&mut order, ctx)?;
    Ok(order)
}

/// One signature's nonce: r = x(k·G) mod n, and k⁻¹ mod n.
struct Nonce {
    r: BigNum,
    k_inverse: BigNum,
}

impl Nonce {
    fn new(key: &EcKey<Private>, ctx: &mut BigNumContext) -> anyhow::Result<Self> {
        let group = key.group();
        let order = &order(key, ctx)?;
        let (mut k, mut x, mut y, mut r) = (BigNum::new()?, BigNum::new()?, BigNum::new()?, BigNum::new()?);
        let mut point = EcPoint::new(group)?;
        loop {
            order.rand_range(&mut k)?;
            if k.num_bits() == 0 {
                continue;
            }
            point.mul_generator2(group, &k, ctx)?;
            point.affine_coordinates(group, &mut x, &mut y, ctx)?;
            r.nnmod(&x, order, ctx)?;
            if r.num_bits() > 0 {
                break;
            }
        }
        let mut k_inverse = BigNum::new()?;
        k_inverse.mod_inverse(&k, order, ctx)?;
        Ok(Self { r, k_inverse })
    }
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
    /// Answers `navigator.credentials.create()` with `options` (the `publicKey` member)
    /// for a page of `origin`, with a new credential of `key`.
    pub fn register(key: EcKey<Private>, origin: &str, options: &Value) -> anyhow::Result<(Self, Value)> {
        let rp_id = options["rp"]["id"].as_str().context("options without rp.id")?;
        let user_handle = URL_SAFE_NO_PAD
            .decode(
                options["user"]["id"]
                    .as_str()
                    .context("options without user.id")?,
            )
            .context("user.id is not base64url")?;
        let group = key.group();
        let mut ctx = BigNumContext::new()?;
        let credential_id: Vec<u8> = (0..16).map(|_| rand::random::<u8>()).collect();

        let (mut x, mut y) = (BigNum::new()?, BigNum::new()?);
        key.public_key()
            .affine_coordinates(group, &mut x, &mut y, &mut ctx)?;
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
                nonces: Mutex::new(Vec::new()),
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
        let signature = self.sign(&sha256(&signed))?;
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

    /// Works out `count` more nonces, for as many signatures.
    pub fn prepare(&self, count: usize) -> anyhow::Result<()> {
        let mut ctx = BigNumContext::new()?;
        let more = (0..count)
            .map(|_| Nonce::new(&self.key, &mut ctx))
            .collect::<anyhow::Result<Vec<_>>>()?;
        self.nonces.lock().unwrap_or_else(|p| p.into_inner()).extend(more);
        Ok(())
    }

    /// The DER-encoded ECDSA signature of `digest` (SHA-256), with a nonce worked out ahead if
    /// one is left, or a new one.
    fn sign(&self, digest: &[u8; 32]) -> anyhow::Result<Vec<u8>> {
        let mut ctx = BigNumContext::new()?;
        let ahead = self.nonces.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let nonce = match ahead {
            Some(nonce) => nonce,
            None => Nonce::new(&self.key, &mut ctx)?,
        };
        let order = order(&self.key, &mut ctx)?;
        let z = BigNum::from_slice(digest)?;
        let (mut rd, mut sum, mut s) = (BigNum::new()?, BigNum::new()?, BigNum::new()?);
        rd.mod_mul(&nonce.r, self.key.private_key(), &order, &mut ctx)?;
        sum.mod_add(&z, &rd, &order, &mut ctx)?;
        s.mod_mul(&nonce.k_inverse, &sum, &order, &mut ctx)?;
        if s.num_bits() == 0 {
            bail!("a zero signature: sign again");
        }
        let signature = EcdsaSig::from_private_components(nonce.r, s)?.to_der()?;
        if signature.is_empty() {
            bail!("OpenSSL produced an empty signature");
        }
        Ok(signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passkey() -> FastPasskey {
        let options =
            json!({"rp": {"id": "localhost"}, "user": {"id": "dXNlcg"}, "challenge": "Y2hhbGxlbmdl"});
        FastPasskey::register(new_key().unwrap(), "http://localhost", &options)
            .unwrap()
            .0
    }

    fn verifies(passkey: &FastPasskey, digest: &[u8; 32], der: &[u8]) -> bool {
        let public = EcKey::from_public_key(passkey.key.group(), passkey.key.public_key()).unwrap();
        EcdsaSig::from_der(der).unwrap().verify(digest, &public).unwrap()
    }

    #[test]
    fn signatures_with_nonces_worked_out_ahead_verify_and_use_each_nonce_once() {
        let passkey = passkey();
        passkey.prepare(3).unwrap();
        let digests = [sha256(b"one"), sha256(b"two"), sha256(b"three"), sha256(b"four")];
        let mut rs = Vec::new();
        for digest in &digests {
            let der = passkey.sign(digest).unwrap();
            assert!(verifies(&passkey, digest, &der));
            assert!(!verifies(&passkey, &sha256(b"other"), &der));
            rs.push(EcdsaSig::from_der(&der).unwrap().r().to_vec());
        }
        // Three from the prepared nonces, the fourth from a new one: four different nonces.
        rs.sort();
        rs.dedup();
        assert_eq!(rs.len(), 4);
        assert!(passkey.nonces.lock().unwrap().is_empty());
    }
}
