//! OpenID Connect: the rules of an authorization request, and what is stored of the codes,
//! tokens and consents a provider hands out. Everything is kept as a hash of its secret, with
//! an expiry, so that any replica can redeem what another issued, once.

use time::{Duration, OffsetDateTime};

/// An authorization code is exchanged within this long.
pub const CODE_LIFETIME: Duration = Duration::seconds(60);
/// A person has this long to sign in and consent between the application's request and the code.
pub const REQUEST_LIFETIME: Duration = Duration::minutes(10);
/// A signing key is published this long before it signs, so that clients that cache the key
/// set know it before they meet a token signed with it.
pub const KEY_PUBLISH_AHEAD: Duration = Duration::hours(1);
/// A retired key stays published this long after it last signed: longer than any token lives.
pub const KEY_RETIRED_KEEP: Duration = Duration::days(2);

/// Scopes asked for, each allowed to the application, `openid` among them; in the order given,
/// without repeats. The error is OAuth's `error_description`.
pub fn requested_scopes(scope: &str, allowed: &[String]) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for s in scope.split(' ').filter(|s| !s.is_empty()) {
        if !allowed.iter().any(|a| a == s) {
            return Err(format!("the scope `{s}` is not allowed for this application"));
        }
        if !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    }
    if !out.iter().any(|s| s == "openid") {
        return Err("the scope must include openid".into());
    }
    Ok(out)
}

/// What `prompt` asks of the provider.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prompt {
    /// Show nothing: answer at once, with an error if the person would have to act.
    pub none: bool,
    /// Sign in again even with a session.
    pub login: bool,
    /// Ask for consent even if given before.
    pub consent: bool,
}

impl Prompt {
    pub fn parse(prompt: Option<&str>) -> Result<Self, String> {
        let mut p = Self::default();
        for value in prompt.unwrap_or_default().split(' ').filter(|s| !s.is_empty()) {
            match value {
                "none" => p.none = true,
                "login" | "select_account" => p.login = true,
                "consent" => p.consent = true,
                other => return Err(format!("prompt `{other}` is not supported")),
            }
        }
        if p.none && (p.login || p.consent) {
            return Err("prompt none cannot be combined with other values".into());
        }
        Ok(p)
    }
}

/// How a session was signed in, as OpenID Connect's `amr` values (RFC 8176): `hwk` for a
/// passkey bound to one device, `swk` for one that syncs, `user` when the person was verified
/// (PIN, fingerprint, face); `otp` for a one-time link or code.
pub fn amr(passkey_syncs: Option<bool>, user_verified: bool) -> Vec<String> {
    let mut out = Vec::new();
    match passkey_syncs {
        Some(true) => out.push("swk".to_owned()),
        Some(false) => out.push("hwk".to_owned()),
        None => out.push("otp".to_owned()),
    }
    if user_verified && passkey_syncs.is_some() {
        out.push("user".to_owned());
    }
    out
}

/// `acr`: a passkey with the person verified is phishing-resistant multi-factor authentication
/// (`phr` in the OpenID EAP ACR values); a passkey alone or a one-time link, one factor.
pub fn acr(amr: &[String]) -> &'static str {
    let passkey = amr.iter().any(|a| a == "hwk" || a == "swk");
    if passkey && amr.iter().any(|a| a == "user") {
        "phr"
    } else {
        "1"
    }
}

/// An authorization request waiting for the person to sign in or consent.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuthorizationRequest {
    pub id: String,
    pub realm_id: String,
    pub application_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    /// `form_post` or `query`.
    pub response_mode: String,
    pub prompt_login: bool,
    pub prompt_consent: bool,
    pub max_age: Option<i64>,
    pub login_hint: Option<String>,
    /// Microseconds since the Unix epoch: a session counts as signed in after the request
    /// (for `prompt=login`) only if it began later.
    pub create_time: i64,
    /// The API the access token is for (RFC 8707), one the application declared.
    #[serde(default)]
    pub resource: Option<String>,
}

/// What a code, access token or refresh token was issued for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Grant {
    pub application_id: String,
    pub realm_id: String,
    /// None for a client-credentials token (the application acting for itself).
    pub identity_id: Option<String>,
    pub session_id: Option<String>,
    pub scopes: Vec<String>,
    pub nonce: Option<String>,
    /// When the person signed in, Unix seconds.
    pub auth_time: Option<i64>,
    pub amr: Vec<String>,
    /// Every token descended from one authorization code shares this id: reusing the code or
    /// a rotated refresh token revokes them all.
    pub family_id: String,
    /// The API its access tokens are for (RFC 8707): they are JWTs (RFC 9068) for it.
    #[serde(default)]
    pub resource: Option<String>,
    /// The thumbprint of the key its tokens are bound to (DPoP, RFC 9449), if any.
    #[serde(default)]
    pub dpop_jkt: Option<String>,
}

/// An authorization code, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationCode {
    pub code_hash: String,
    pub redirect_uri: String,
    pub code_challenge: Option<String>,
    pub grant: Grant,
    pub expire_time: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Access,
    Refresh,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Refresh => "refresh",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "access" => Some(Self::Access),
            "refresh" => Some(Self::Refresh),
            _ => None,
        }
    }
}

/// An access or refresh token, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub token_hash: String,
    pub kind: TokenKind,
    pub grant: Grant,
    pub create_time: OffsetDateTime,
    pub expire_time: OffsetDateTime,
    pub revoked_time: Option<OffsetDateTime>,
}

impl Token {
    pub fn is_live(&self, now: OffsetDateTime) -> bool {
        self.revoked_time.is_none() && now < self.expire_time
    }
}

/// A person's consent to share `scopes` with an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub identity_id: String,
    pub application_id: String,
    pub scopes: Vec<String>,
    pub create_time: OffsetDateTime,
}

impl Consent {
    /// Does it cover every one of `scopes`?
    pub fn covers(&self, scopes: &[String]) -> bool {
        scopes.iter().all(|s| self.scopes.contains(s))
    }
}

/// A key that signs ID tokens, as stored (the private key as PKCS#8 DER in base64).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningKey {
    pub kid: String,
    pub alg: crate::application::SigningAlg,
    /// Keys of one algorithm are numbered; the newest one whose `sign_from` has come signs.
    pub generation: i64,
    pub private_pkcs8: String,
    /// The public key as a JWK (JSON text).
    pub public_jwk: String,
    pub create_time: OffsetDateTime,
    pub sign_from: OffsetDateTime,
}

/// Of `keys` (one algorithm), the one that signs at `now`, and those published at `now`:
/// every key that signs later or signed within `KEY_RETIRED_KEEP`.
pub fn key_roles(keys: &[SigningKey], now: OffsetDateTime) -> (Option<&SigningKey>, Vec<&SigningKey>) {
    let mut sorted: Vec<&SigningKey> = keys.iter().collect();
    sorted.sort_by_key(|k| k.generation);
    let signing = sorted.iter().rev().find(|k| k.sign_from <= now).copied();
    let published = sorted
        .iter()
        .enumerate()
        .filter(|(i, k)| {
            // A key stops signing when the next one starts; it is published for a while after.
            let retired_at = sorted.get(i + 1).map(|next| next.sign_from);
            match retired_at {
                Some(at) if at <= now => {
                    now - at < KEY_RETIRED_KEEP || signing.is_some_and(|s| s.kid == k.kid)
                }
                _ => true,
            }
        })
        .map(|(_, k)| *k)
        .collect();
    (signing, published)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn scopes_must_be_allowed_and_include_openid() {
        let allowed: Vec<String> = ["openid", "email"].map(String::from).to_vec();
        assert_eq!(
            requested_scopes("openid email openid", &allowed),
            Ok(vec!["openid".to_owned(), "email".to_owned()])
        );
        assert!(requested_scopes("openid profile", &allowed).is_err());
        assert!(requested_scopes("email", &allowed).is_err());
        assert!(requested_scopes("", &allowed).is_err());
    }

    #[test]
    fn prompt_values() {
        assert_eq!(Prompt::parse(None), Ok(Prompt::default()));
        let p = Prompt::parse(Some("login consent")).unwrap_or_default();
        assert!(p.login && p.consent && !p.none);
        assert!(Prompt::parse(Some("none login")).is_err());
        assert!(Prompt::parse(Some("bogus")).is_err());
    }

    #[test]
    fn amr_and_acr_say_how_the_person_signed_in() {
        assert_eq!(amr(Some(false), true), ["hwk", "user"]);
        assert_eq!(amr(Some(true), false), ["swk"]);
        assert_eq!(amr(None, true), ["otp"]);
        assert_eq!(acr(&amr(Some(false), true)), "phr");
        assert_eq!(acr(&amr(None, false)), "1");
    }

    fn key(generation: i64, sign_from: OffsetDateTime) -> SigningKey {
        SigningKey {
            kid: format!("k{generation}"),
            alg: crate::application::SigningAlg::Rs256,
            generation,
            private_pkcs8: String::new(),
            public_jwk: String::new(),
            create_time: sign_from,
            sign_from,
        }
    }

    #[test]
    fn a_rotated_key_is_published_before_it_signs_and_after_it_stops() {
        let t0 = datetime!(2026-01-01 00:00 UTC);
        let keys = vec![key(1, t0), key(2, t0 + Duration::days(30))];
        let kids = |now| {
            let (signing, published) = key_roles(&keys, now);
            (
                signing.map(|k| k.kid.clone()),
                published.iter().map(|k| k.kid.clone()).collect::<Vec<_>>(),
            )
        };
        // Before the next key signs: the old one signs, both are published.
        assert_eq!(
            kids(t0 + Duration::days(29)),
            (Some("k1".into()), vec!["k1".into(), "k2".into()])
        );
        // Just after: the new one signs, the old one is still published.
        assert_eq!(
            kids(t0 + Duration::days(31)),
            (Some("k2".into()), vec!["k1".into(), "k2".into()])
        );
        // Once no token it signed can be alive, it is gone.
        assert_eq!(
            kids(t0 + Duration::days(33)),
            (Some("k2".into()), vec!["k2".into()])
        );
    }
}
