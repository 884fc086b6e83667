//! Login codes (Pocket ID's "Login Code"): a one-time sign-in link an admin makes for a person
//! who has no passkey yet, valid for a chosen time; it lands on their account page to add one.

use time::{Duration, OffsetDateTime};

/// The lifetimes an admin may choose.
pub const LIFETIMES: &[(&str, Duration)] = &[
    ("15m", Duration::minutes(15)),
    ("1h", Duration::hours(1)),
    ("12h", Duration::hours(12)),
    ("1d", Duration::days(1)),
    ("1w", Duration::weeks(1)),
];

pub fn parse_lifetime(s: &str) -> Option<Duration> {
    LIFETIMES.iter().find(|(name, _)| *name == s).map(|(_, d)| *d)
}

/// What a code is for: signing a person in (`/lc/{code}`), or letting an administrator create
/// their passkey and enter the console (`keybound admin link`).
pub const SIGNIN: &str = "signin";
pub const ADMIN_SETUP: &str = "admin";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginCode {
    pub id: String,
    /// [`SIGNIN`] or [`ADMIN_SETUP`].
    pub purpose: String,
    pub secret_hash: String,
    pub identity_id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub expire_time: OffsetDateTime,
    pub used_time: Option<OffsetDateTime>,
    pub create_time: OffsetDateTime,
}

/// Someone asked for a one-time sign-in link by email. Recorded for every address alike; the
/// background worker decides whether a link goes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneTimeAccessRequest {
    pub realm_id: String,
    pub tenant_id: String,
    /// Lower-cased.
    pub email: String,
    pub ip: String,
    pub user_agent: String,
    pub create_time: OffsetDateTime,
}

/// `<id>.<secret>` as it stands in `/lc/{code}`.
pub fn split(code: &str) -> Option<(&str, &str)> {
    let (id, secret) = code.split_once('.')?;
    (id.len() == 16 && !secret.is_empty()).then_some((id, secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_offered_lifetimes() {
        assert_eq!(parse_lifetime("1h"), Some(Duration::hours(1)));
        assert_eq!(parse_lifetime("1w"), Some(Duration::days(7)));
        assert_eq!(parse_lifetime("2h"), None);
        assert!(split("0123456789abcdef.secret").is_some());
        assert!(split("short.secret").is_none());
    }
}
