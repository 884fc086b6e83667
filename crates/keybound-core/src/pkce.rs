//! PKCE (RFC 7636): an authorization code is exchanged only together with the secret whose
//! hash the authorization request carried. Only the `S256` method is taken; `plain` would
//! hand the secret to whoever reads the authorization request.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use sha2::{Digest, Sha256};

/// Why `method` and `challenge` of an authorization request are refused, if they are.
pub fn check_challenge(method: Option<&str>, challenge: &str) -> Result<(), &'static str> {
    if method != Some("S256") {
        return Err("code_challenge_method must be S256");
    }
    // A SHA-256 digest in unpadded base64url is 43 characters.
    let well_formed = challenge.len() == 43
        && challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed {
        Ok(())
    } else {
        Err("code_challenge must be the base64url SHA-256 of the code verifier")
    }
}

/// Does `verifier` (43 to 128 characters of `A-Z a-z 0-9 - . _ ~`) hash to `challenge`?
pub fn verify(verifier: &str, challenge: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    if !well_formed {
        return false;
    }
    let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    crate::secret::constant_time_eq(computed.as_bytes(), challenge.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 7636, Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn the_rfc_example_verifies() {
        assert_eq!(check_challenge(Some("S256"), CHALLENGE), Ok(()));
        assert!(verify(VERIFIER, CHALLENGE));
    }

    #[test]
    fn anything_else_is_refused() {
        assert!(check_challenge(Some("plain"), CHALLENGE).is_err());
        assert!(check_challenge(None, CHALLENGE).is_err());
        assert!(check_challenge(Some("s256"), CHALLENGE).is_err());
        assert!(check_challenge(Some("S256"), "short").is_err());
        assert!(check_challenge(Some("S256"), &format!("{}=", &CHALLENGE[..42])).is_err());
        assert!(!verify(CHALLENGE, CHALLENGE), "plain: the challenge itself");
        assert!(!verify(&VERIFIER[..42], CHALLENGE), "too short");
        assert!(
            !verify(&format!("{VERIFIER}!"), CHALLENGE),
            "a character outside the set"
        );
        assert!(!verify(&format!("{VERIFIER}a"), CHALLENGE), "another verifier");
        assert!(!verify(&"a".repeat(129), CHALLENGE), "too long");
    }
}
