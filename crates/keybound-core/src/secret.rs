//! Secrets handed to people or programs (API tokens now; codes, links and sessions later):
//! drawn from the operating system's CSPRNG, stored only as a SHA-256 hash, compared in
//! constant time.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use rand::{rngs::OsRng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// `bytes` random bytes as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    hex::encode(buf)
}

/// `digits` random decimal digits (a PIN), uniformly distributed.
pub fn random_digits(digits: usize) -> String {
    (0..digits)
        .map(|_| {
            // Rejection sampling: bytes 250..=255 would favour 0-5.
            loop {
                let mut b = [0u8; 1];
                OsRng.fill_bytes(&mut b);
                if b[0] < 250 {
                    break char::from(b'0' + b[0] % 10);
                }
            }
        })
        .collect()
}

/// A 256-bit random secret, URL-safe base64 without padding.
pub fn random_secret() -> String {
    let mut buf = [0u8; 32];
    OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// A ceremony's id: [`random_secret`] after `at` as [`crate::time_prefix`], so that the
/// ceremonies begun one after another are stored side by side in the id index.
pub fn ordered_secret(at: time::OffsetDateTime) -> String {
    format!("{}{}", crate::time_prefix(at), random_secret())
}

/// The secret that follows `secret` (a refresh token's successor): whoever holds `secret` can
/// work it out again, nobody else can.
pub fn successor(secret: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(format!("keybound successor:{secret}").as_bytes()))
}

/// The hash under which a high-entropy secret is stored. A plain SHA-256 is right for secrets of
/// 256 random bits: there is nothing to brute-force.
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Does `secret` hash to `stored_hash`? Constant time in the compared bytes.
pub fn verify(secret: &str, stored_hash: &str) -> bool {
    hash(secret).as_bytes().ct_eq(stored_hash.as_bytes()).into()
}

/// Are `a` and `b` equal? Constant time in their contents.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_distinct_and_verify_only_themselves() {
        let a = random_secret();
        let b = random_secret();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        let stored = hash(&a);
        assert!(verify(&a, &stored));
        assert!(!verify(&b, &stored));
        assert_eq!(random_hex(8).len(), 16);
    }
}
