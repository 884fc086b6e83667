//! DPoP (RFC 9449): a client proves, with each request, that it holds a private key, and the
//! tokens issued to it are bound to that key (its thumbprint, `jkt`): a stolen token is no use
//! without the key. A proof is a JWT signed with the key, carrying the public key, the request's
//! method and URL, the time, a unique `jti` (each works once, at whichever replica it reaches)
//! and, at a resource, the hash of the access token (`ath`). When the operator asks for it
//! (`oidc_dpop_nonce`), a proof must also carry a nonce Keybound gave out (`DPoP-Nonce`), so
//! that proofs cannot be made ahead of time.

use super::*;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey, EcPoint};
use openssl::ecdsa::EcdsaSig;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Public};
use openssl::rsa::Rsa;
use openssl::sign::Verifier;
use sha2::{Digest, Sha256};

/// How far a proof's `iat` may be from now.
const LEEWAY: i64 = 300;

/// How long a nonce is accepted: the window it was made in and the one after.
const NONCE_WINDOW: i64 = 300;

/// The proof's error (RFC 9449 section 7.1).
fn invalid(why: &str) -> OAuthError {
    OAuthError::new(400, "invalid_dpop_proof", why.to_owned())
}

/// The key nonces are made with: derived from the signing keys, which every replica shares,
/// so a nonce one replica gave out holds at another. A key rotation changes it; clients then
/// get a fresh nonce with `use_dpop_nonce` and try again, as RFC 9449 section 8 expects.
async fn nonce_key(app: &App) -> Result<Vec<u8>, OAuthError> {
    let mut keys = super::keys::all(app).await?;
    keys.sort_by(|a, b| a.kid.cmp(&b.kid));
    let mut digest = Sha256::new();
    digest.update(b"keybound dpop nonce");
    for key in &keys {
        digest.update(key.private_pkcs8.as_bytes());
    }
    Ok(digest.finalize().to_vec())
}

fn nonce_for(key: &[u8], window: i64) -> Option<String> {
    let mac_key = PKey::hmac(key).ok()?;
    let mut signer = openssl::sign::Signer::new(MessageDigest::sha256(), &mac_key).ok()?;
    signer.update(&window.to_be_bytes()).ok()?;
    let mac = signer.sign_to_vec().ok()?;
    let mut nonce = window.to_be_bytes().to_vec();
    nonce.extend_from_slice(&mac[..16]);
    Some(b64(&nonce))
}

/// Does `presented` hold for `key` at `now` (unix seconds): made in this window or the one before?
fn nonce_holds(key: &[u8], presented: &str, now: i64) -> bool {
    let Some(raw) = unb64(&json!(presented)).filter(|raw| raw.len() == 24) else {
        return false;
    };
    let window = i64::from_be_bytes(raw[..8].try_into().unwrap_or_default());
    let current = now / NONCE_WINDOW;
    if window != current && window != current - 1 {
        return false;
    }
    let expected = nonce_for(key, window).unwrap_or_default();
    // `memcmp::eq` compares in constant time; it needs equal lengths.
    expected.len() == presented.len() && openssl::memcmp::eq(expected.as_bytes(), presented.as_bytes())
}

/// `use_dpop_nonce`, with a fresh nonce for `key` at `now` for the client's next proof.
fn use_nonce(key: &[u8], now: i64) -> OAuthError {
    match nonce_for(key, now / NONCE_WINDOW) {
        Some(fresh) => OAuthError {
            dpop_nonce: Some(fresh),
            ..OAuthError::new(
                400,
                "use_dpop_nonce",
                "the DPoP proof must carry the nonce given in DPoP-Nonce",
            )
        },
        None => OAuthError::new(500, "server_error", "a DPoP nonce could not be made"),
    }
}

fn b64(data: &[u8]) -> String {
    base64::engine::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, data)
}

fn unb64(field: &Value) -> Option<Vec<u8>> {
    base64::engine::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, field.as_str()?).ok()
}

/// The JWK's thumbprint (RFC 7638), base64url of its SHA-256.
pub fn thumbprint(jwk: &Value) -> Option<String> {
    let canonical = match jwk["kty"].as_str()? {
        "EC" => json!({"crv": jwk["crv"], "kty": "EC", "x": jwk["x"], "y": jwk["y"]}),
        "RSA" => json!({"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}),
        "OKP" => json!({"crv": jwk["crv"], "kty": "OKP", "x": jwk["x"]}),
        _ => return None,
    };
    // serde_json writes object members in key order, without spaces: as RFC 7638 asks.
    Some(b64(&Sha256::digest(canonical.to_string().as_bytes())))
}

fn public_key(alg: &str, jwk: &Value) -> Option<PKey<Public>> {
    match (alg, jwk["kty"].as_str()?) {
        ("ES256", "EC") if jwk["crv"] == "P-256" => {
            let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).ok()?;
            let (x, y) = (
                BigNum::from_slice(&unb64(&jwk["x"])?).ok()?,
                BigNum::from_slice(&unb64(&jwk["y"])?).ok()?,
            );
            let mut ctx = BigNumContext::new().ok()?;
            let mut point = EcPoint::new(&group).ok()?;
            point.set_affine_coordinates_gfp(&group, &x, &y, &mut ctx).ok()?;
            PKey::from_ec_key(EcKey::from_public_key(&group, &point).ok()?).ok()
        }
        ("RS256", "RSA") => {
            let (n, e) = (
                BigNum::from_slice(&unb64(&jwk["n"])?).ok()?,
                BigNum::from_slice(&unb64(&jwk["e"])?).ok()?,
            );
            PKey::from_rsa(Rsa::from_public_components(n, e).ok()?).ok()
        }
        ("EdDSA", "OKP") if jwk["crv"] == "Ed25519" => {
            PKey::public_key_from_raw_bytes(&unb64(&jwk["x"])?, Id::ED25519).ok()
        }
        _ => None,
    }
}

fn signature_holds(alg: &str, key: &PKey<Public>, input: &[u8], signature: &[u8]) -> bool {
    let verified = match alg {
        "ES256" => {
            if signature.len() != 64 {
                return false;
            }
            let der = BigNum::from_slice(&signature[..32])
                .and_then(|r| Ok((r, BigNum::from_slice(&signature[32..])?)))
                .and_then(|(r, s)| EcdsaSig::from_private_components(r, s))
                .and_then(|sig| sig.to_der());
            der.and_then(|der| {
                let mut v = Verifier::new(MessageDigest::sha256(), key)?;
                v.update(input)?;
                v.verify(&der)
            })
        }
        "RS256" => Verifier::new(MessageDigest::sha256(), key).and_then(|mut v| {
            v.update(input)?;
            v.verify(signature)
        }),
        "EdDSA" => Verifier::new_without_digest(key).and_then(|mut v| v.verify_oneshot(signature, input)),
        _ => return false,
    };
    verified.unwrap_or(false)
}

/// Checks the `DPoP` header of a request of `method` to `url` (and, at a resource, for
/// `access_token`): the key's thumbprint when it holds, `None` without a header.
pub async fn check(
    app: &App,
    proof: Option<&str>,
    method: &str,
    url: &str,
    access_token: Option<&str>,
) -> Result<Option<String>, OAuthError> {
    let Some(proof) = proof else {
        return Ok(None);
    };
    let mut parts = proof.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid("the DPoP proof is not a JWT"));
    };
    let decode = |part: &str| unb64(&json!(part)).and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let (Some(head), Some(claims), Some(signature)) =
        (decode(header), decode(payload), unb64(&json!(signature)))
    else {
        return Err(invalid("the DPoP proof cannot be read"));
    };
    if head["typ"] != "dpop+jwt" {
        return Err(invalid("the DPoP proof's typ must be dpop+jwt"));
    }
    let alg = head["alg"].as_str().unwrap_or_default();
    let jwk = &head["jwk"];
    if jwk.get("d").is_some() {
        return Err(invalid("the DPoP proof carries a private key"));
    }
    let key = public_key(alg, jwk)
        .ok_or_else(|| invalid("the DPoP proof's alg or key is not one of ES256, RS256, EdDSA"))?;
    if !signature_holds(alg, &key, format!("{header}.{payload}").as_bytes(), &signature) {
        return Err(invalid("the DPoP proof's signature does not hold"));
    }
    if claims["htm"] != method {
        return Err(invalid("the DPoP proof is for another method (htm)"));
    }
    let htu = claims["htu"].as_str().unwrap_or_default();
    if htu.split(['?', '#']).next() != Some(url) {
        return Err(invalid("the DPoP proof is for another URL (htu)"));
    }
    let now = app.clock.now().unix_timestamp();
    let iat = claims["iat"]
        .as_i64()
        .ok_or_else(|| invalid("the DPoP proof has no iat"))?;
    if (iat - now).abs() > LEEWAY {
        return Err(invalid("the DPoP proof is too old or from the future (iat)"));
    }
    if let Some(token) = access_token {
        if claims["ath"].as_str() != Some(b64(&Sha256::digest(token.as_bytes())).as_str()) {
            return Err(invalid("the DPoP proof is for another access token (ath)"));
        }
    }
    if app.dpop_nonce {
        let given = claims["nonce"].as_str().unwrap_or_default();
        let key = nonce_key(app).await?;
        if !nonce_holds(&key, given, now) {
            return Err(use_nonce(&key, now));
        }
    }
    let jti = claims["jti"].as_str().filter(|j| !j.is_empty() && j.len() <= 256);
    let jti = jti.ok_or_else(|| invalid("the DPoP proof has no jti"))?;
    let jkt = thumbprint(jwk).ok_or_else(|| invalid("the DPoP proof's key cannot be read"))?;
    let seen = secret::hash(&format!("{jkt}:{jti}"));
    let expire = app.clock.now() + Duration::seconds(2 * LEEWAY);
    if !app.store.use_dpop_proof(&seen, expire, app.clock.now()).await? {
        return Err(invalid("the DPoP proof was used before"));
    }
    Ok(Some(jkt))
}
