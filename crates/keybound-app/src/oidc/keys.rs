//! The keys that sign ID tokens, and JWS (compact serialisation) with them. Keys live in the
//! database, so every replica signs with the same one and publishes the same set; a rotation
//! publishes the next key an hour before it signs and keeps the old one published after.

use crate::{App, AppError, Result};
use base64::{engine::general_purpose::STANDARD, engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use keybound_core::application::SigningAlg;
use keybound_core::oidc::{key_roles, SigningKey, KEY_PUBLISH_AHEAD};
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey};
use openssl::ecdsa::EcdsaSig;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private};
use openssl::rsa::Rsa;
use openssl::sign::{Signer, Verifier};
use serde_json::{json, Value};
use time::OffsetDateTime;

fn crypto(context: &str) -> impl FnOnce(openssl::error::ErrorStack) -> AppError + '_ {
    move |e| AppError::internal(context, &e)
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new key of `alg`, numbered `generation`, that signs from `sign_from`.
pub fn generate(
    alg: SigningAlg,
    generation: i64,
    now: OffsetDateTime,
    sign_from: OffsetDateTime,
) -> Result<SigningKey> {
    let err = crypto("generating a signing key");
    let (pkey, mut jwk) = match alg {
        SigningAlg::Rs256 => {
            let rsa = Rsa::generate(2048).map_err(crypto("generating an RSA key"))?;
            let jwk = json!({"kty": "RSA", "n": b64(&rsa.n().to_vec()), "e": b64(&rsa.e().to_vec())});
            (PKey::from_rsa(rsa).map_err(err)?, jwk)
        }
        SigningAlg::Es256 => {
            let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).map_err(crypto("P-256"))?;
            let ec = EcKey::generate(&group).map_err(crypto("generating a P-256 key"))?;
            let mut ctx = BigNumContext::new().map_err(crypto("P-256"))?;
            let (mut x, mut y) = (
                BigNum::new().map_err(crypto("P-256"))?,
                BigNum::new().map_err(crypto("P-256"))?,
            );
            ec.public_key()
                .affine_coordinates(&group, &mut x, &mut y, &mut ctx)
                .map_err(crypto("P-256"))?;
            let pad = |n: &BigNum| n.to_vec_padded(32).map_err(crypto("P-256"));
            let jwk = json!({"kty": "EC", "crv": "P-256", "x": b64(&pad(&x)?), "y": b64(&pad(&y)?)});
            (PKey::from_ec_key(ec).map_err(err)?, jwk)
        }
        SigningAlg::EdDsa => {
            let pkey = PKey::generate_ed25519().map_err(crypto("generating an Ed25519 key"))?;
            let public = pkey.raw_public_key().map_err(crypto("Ed25519"))?;
            (pkey, json!({"kty": "OKP", "crv": "Ed25519", "x": b64(&public)}))
        }
    };
    let kid = keybound_core::secret::random_hex(8);
    jwk["kid"] = kid.clone().into();
    jwk["alg"] = alg.as_str().into();
    jwk["use"] = "sig".into();
    let der = pkey
        .private_key_to_pkcs8()
        .map_err(crypto("encoding a signing key"))?;
    Ok(SigningKey {
        kid,
        alg,
        generation,
        private_pkcs8: STANDARD.encode(der),
        public_jwk: jwk.to_string(),
        create_time: now,
        sign_from,
    })
}

fn private_key(key: &SigningKey) -> Result<PKey<Private>> {
    let der = STANDARD
        .decode(&key.private_pkcs8)
        .map_err(|e| AppError::internal("stored signing key", &e))?;
    PKey::private_key_from_pkcs8(&der).map_err(crypto("stored signing key"))
}

/// `header.payload.signature` of `claims`, signed with `key`.
pub fn sign(key: &SigningKey, typ: &str, claims: &Value) -> Result<String> {
    let header = json!({"alg": key.alg.as_str(), "typ": typ, "kid": key.kid});
    let input = format!(
        "{}.{}",
        b64(header.to_string().as_bytes()),
        b64(claims.to_string().as_bytes())
    );
    let pkey = private_key(key)?;
    let err = || crypto("signing a token");
    let signature = match key.alg {
        SigningAlg::Rs256 => {
            let mut s = Signer::new(MessageDigest::sha256(), &pkey).map_err(err())?;
            s.update(input.as_bytes()).map_err(err())?;
            s.sign_to_vec().map_err(err())?
        }
        SigningAlg::Es256 => {
            let mut s = Signer::new(MessageDigest::sha256(), &pkey).map_err(err())?;
            s.update(input.as_bytes()).map_err(err())?;
            // JWS wants r and s as two 32-byte numbers, not OpenSSL's DER.
            let sig = EcdsaSig::from_der(&s.sign_to_vec().map_err(err())?).map_err(err())?;
            let mut raw = sig.r().to_vec_padded(32).map_err(err())?;
            raw.extend(sig.s().to_vec_padded(32).map_err(err())?);
            raw
        }
        SigningAlg::EdDsa => {
            let mut s = Signer::new_without_digest(&pkey).map_err(err())?;
            s.sign_oneshot_to_vec(input.as_bytes()).map_err(err())?
        }
    };
    Ok(format!("{input}.{}", b64(&signature)))
}

/// The claims of `token` if one of `keys` signed it (expiry is not checked here).
pub fn verify(keys: &[SigningKey], token: &str) -> Option<Value> {
    let mut parts = token.split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let head: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    let key = keys
        .iter()
        .find(|k| head["kid"] == k.kid.as_str() && head["alg"] == k.alg.as_str())?;
    let pkey = private_key(key).ok()?;
    let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
    let input = format!("{header}.{payload}");
    let ok = match key.alg {
        SigningAlg::Rs256 => {
            let mut v = Verifier::new(MessageDigest::sha256(), &pkey).ok()?;
            v.update(input.as_bytes()).ok()?;
            v.verify(&signature).ok()?
        }
        SigningAlg::Es256 => {
            if signature.len() != 64 {
                return None;
            }
            let r = BigNum::from_slice(&signature[..32]).ok()?;
            let s = BigNum::from_slice(&signature[32..]).ok()?;
            let der = EcdsaSig::from_private_components(r, s).ok()?.to_der().ok()?;
            let mut v = Verifier::new(MessageDigest::sha256(), &pkey).ok()?;
            v.update(input.as_bytes()).ok()?;
            v.verify(&der).ok()?
        }
        SigningAlg::EdDsa => {
            if pkey.id() != Id::ED25519 {
                return None;
            }
            let mut v = Verifier::new_without_digest(&pkey).ok()?;
            v.verify_oneshot(&signature, input.as_bytes()).ok()?
        }
    };
    if !ok {
        return None;
    }
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

/// `at_hash`: the left half of the access token's hash, with the hash of the ID token's `alg`
/// (SHA-512 for Ed25519).
pub fn token_hash_claim(alg: SigningAlg, token: &str) -> String {
    use sha2::Digest;
    let digest: Vec<u8> = match alg {
        SigningAlg::EdDsa => sha2::Sha512::digest(token.as_bytes()).to_vec(),
        _ => sha2::Sha256::digest(token.as_bytes()).to_vec(),
    };
    b64(&digest[..digest.len() / 2])
}

/// Every stored key, with a first key of each algorithm made (signing at once) if there is none.
pub async fn all(app: &App) -> Result<Vec<SigningKey>> {
    let mut keys = app.store.signing_keys().await?;
    let now = app.clock.now();
    let mut added = false;
    for alg in SigningAlg::ALL {
        if !keys.iter().any(|k| k.alg == alg) {
            // Replicas that race here both try generation 1; one key wins, the other is dropped.
            let key = generate(alg, 1, now, now)?;
            added |= app.store.add_signing_key(&key).await?;
        }
    }
    if added || keys.len() < SigningAlg::ALL.len() {
        keys = app.store.signing_keys().await?;
    }
    Ok(keys)
}

/// The key that signs with `alg` now.
pub async fn signing_key(app: &App, alg: SigningAlg) -> Result<(SigningKey, Vec<SigningKey>)> {
    let keys = all(app).await?;
    let of_alg: Vec<SigningKey> = keys.iter().filter(|k| k.alg == alg).cloned().collect();
    let (signing, _) = key_roles(&of_alg, app.clock.now());
    let signing = signing
        .cloned()
        .ok_or_else(|| AppError::internal("signing keys", &"no key signs yet"))?;
    Ok((signing, keys))
}

/// The published key set (JWKS): of each algorithm, the key that signs, the next one, and
/// those retired recently enough that tokens they signed may still be alive.
pub async fn jwks(app: &App) -> Result<Value> {
    let keys = all(app).await?;
    let now = app.clock.now();
    let mut out = Vec::new();
    for alg in SigningAlg::ALL {
        let of_alg: Vec<SigningKey> = keys.iter().filter(|k| k.alg == alg).cloned().collect();
        let (_, published) = key_roles(&of_alg, now);
        for key in published {
            out.push(
                serde_json::from_str::<Value>(&key.public_jwk).map_err(|e| AppError::internal("jwk", &e))?,
            );
        }
    }
    Ok(json!({ "keys": out }))
}

/// Adds the next key of every algorithm: published now, signing from `KEY_PUBLISH_AHEAD` on
/// (at once with `immediately`, for a key that must stop signing now). Returns the new keys.
pub async fn rotate(app: &App, immediately: bool) -> Result<Vec<SigningKey>> {
    let keys = all(app).await?;
    let now = app.clock.now();
    let sign_from = if immediately { now } else { now + KEY_PUBLISH_AHEAD };
    let mut added = Vec::new();
    for alg in SigningAlg::ALL {
        let generation = keys
            .iter()
            .filter(|k| k.alg == alg)
            .map(|k| k.generation)
            .max()
            .unwrap_or(0)
            + 1;
        let key = generate(alg, generation, now, sign_from)?;
        let event = crate::Actor::system()
            .event(app, keybound_core::audit::Action::SigningKeyRotated)
            .on("signing_key", &key.kid)
            .detail(format!(
                "{} key published; it signs from {}",
                key.alg.as_str(),
                keybound_core::time_fmt::rfc3339(key.sign_from)
            ));
        let stored = app
            .atomically(async {
                let stored = app.store.add_signing_key(&key).await?;
                if stored {
                    crate::audit::write(app, event).await?;
                }
                Ok(stored)
            })
            .await?;
        if stored {
            added.push(key);
        }
    }
    Ok(added)
}

/// How long a key signs before the next one is published (by the server's sweeper).
pub const ROTATE_EVERY: time::Duration = time::Duration::days(90);

/// Rotates when the RS256 key signing now is older than `every` and no next key is waiting.
pub async fn rotate_if_due(app: &App, every: time::Duration) -> Result<bool> {
    let keys = all(app).await?;
    let now = app.clock.now();
    let rs: Vec<SigningKey> = keys
        .iter()
        .filter(|k| k.alg == SigningAlg::Rs256)
        .cloned()
        .collect();
    let newest = rs.iter().max_by_key(|k| k.generation);
    let due = newest.is_some_and(|k| k.sign_from <= now && now - k.sign_from >= every);
    if due {
        rotate(app, false).await?;
    }
    Ok(due)
}
