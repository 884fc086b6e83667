//! Sessions: a signed-in person on one browser, kept server-side so any replica can check and
//! revoke it. The cookie holds `<id>.<secret>`; only the secret's hash is stored.

use time::{Duration, OffsetDateTime};

/// A session ends after this long without use ...
pub const IDLE_TIMEOUT: Duration = Duration::hours(12);
/// ... and after this long in any case.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::days(14);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub secret_hash: String,
    pub identity_id: String,
    pub realm_id: String,
    pub tenant_id: String,
    /// The passkey it was signed in with.
    pub credential_id: Option<String>,
    /// How the person signed in (OpenID Connect `amr` values: `hwk`/`swk`, `user`, `otp`).
    pub amr: Vec<String>,
    pub user_agent: String,
    pub ip: String,
    pub create_time: OffsetDateTime,
    pub last_seen_time: OffsetDateTime,
    pub idle_expire_time: OffsetDateTime,
    pub expire_time: OffsetDateTime,
    pub revoked_time: Option<OffsetDateTime>,
}

impl Session {
    /// Is it usable at `now`?
    pub fn is_live(&self, now: OffsetDateTime) -> bool {
        self.revoked_time.is_none() && now < self.idle_expire_time && now < self.expire_time
    }
}

/// `<id>.<secret>` of a session cookie.
pub fn parse_cookie(value: &str) -> Option<(&str, &str)> {
    let (id, secret) = value.split_once('.')?;
    // 28 characters since session ids sort by time; 16 before.
    ((id.len() == 28 || id.len() == 16) && !secret.is_empty()).then_some((id, secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_name_sessions_of_either_id_length() {
        let ordered = crate::ordered_id(time::OffsetDateTime::UNIX_EPOCH);
        let cookie = format!("{ordered}.secret");
        assert_eq!(parse_cookie(&cookie), Some((ordered.as_str(), "secret")));
        assert_eq!(
            parse_cookie("0123456789abcdef.secret"),
            Some(("0123456789abcdef", "secret"))
        );
        assert_eq!(parse_cookie("0123456789abcdef."), None);
        assert_eq!(parse_cookie("0123456789abcde.secret"), None);
        assert_eq!(parse_cookie("no-dot"), None);
    }
}
