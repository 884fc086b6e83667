//! Sign-up tokens (Pocket ID's "Signup Token"): a link with an expiry and a usage limit through
//! which new people create their account and first passkey, in a realm whose sign-up mode is
//! `with_token` (or `open`, where tokens still add their groups).

use crate::error::{Invalid, Violations};
use time::{Duration, OffsetDateTime};

pub const MIN_USAGE_LIMIT: i64 = 1;
pub const MAX_USAGE_LIMIT: i64 = 100;
pub const DEFAULT_LIFETIME: Duration = Duration::days(7);
pub const MAX_LIFETIME: Duration = Duration::days(365);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupToken {
    pub id: String,
    pub secret_hash: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub usage_limit: i64,
    pub usage_count: i64,
    /// Groups every identity created through the token joins.
    pub group_ids: Vec<String>,
    pub expire_time: OffsetDateTime,
    pub revoked_time: Option<OffsetDateTime>,
    pub create_time: OffsetDateTime,
}

impl SignupToken {
    /// Can one more person sign up with it at `now`?
    pub fn is_usable(&self, now: OffsetDateTime) -> bool {
        self.revoked_time.is_none() && self.expire_time > now && self.usage_count < self.usage_limit
    }

    /// `ACTIVE`, `USED_UP`, `EXPIRED` or `REVOKED`.
    pub fn state(&self, now: OffsetDateTime) -> &'static str {
        if self.revoked_time.is_some() {
            "REVOKED"
        } else if self.expire_time <= now {
            "EXPIRED"
        } else if self.usage_count >= self.usage_limit {
            "USED_UP"
        } else {
            "ACTIVE"
        }
    }
}

/// Checks a requested usage limit and lifetime.
pub fn validate(usage_limit: i64, lifetime: Duration) -> Result<(), Invalid> {
    let mut invalid = Violations::default();
    if !(MIN_USAGE_LIMIT..=MAX_USAGE_LIMIT).contains(&usage_limit) {
        invalid.add(
            "usage_limit",
            format!("must be between {MIN_USAGE_LIMIT} and {MAX_USAGE_LIMIT}"),
        );
    }
    if lifetime <= Duration::ZERO || lifetime > MAX_LIFETIME {
        invalid.add("expire_time", "must be in the future and at most a year away");
    }
    invalid.finish()
}

/// `<id>.<secret>` as it stands in `/st/{token}`.
pub fn split(token: &str) -> Option<(&str, &str)> {
    crate::login_code::split(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(limit: i64, used: i64) -> SignupToken {
        let now = OffsetDateTime::UNIX_EPOCH;
        SignupToken {
            id: "0123456789abcdef".into(),
            secret_hash: String::new(),
            realm_id: "r".into(),
            tenant_id: "t".into(),
            usage_limit: limit,
            usage_count: used,
            group_ids: vec![],
            expire_time: now + Duration::hours(1),
            revoked_time: None,
            create_time: now,
        }
    }

    #[test]
    fn usable_until_used_up_expired_or_revoked() {
        let now = OffsetDateTime::UNIX_EPOCH;
        assert!(token(2, 1).is_usable(now));
        assert_eq!(token(2, 2).state(now), "USED_UP");
        assert!(!token(2, 2).is_usable(now));
        assert_eq!(token(2, 0).state(now + Duration::hours(2)), "EXPIRED");
        let mut revoked = token(2, 0);
        revoked.revoked_time = Some(now);
        assert_eq!(revoked.state(now), "REVOKED");
    }

    #[test]
    fn limits_are_checked() {
        assert!(validate(1, Duration::hours(1)).is_ok());
        assert!(validate(100, Duration::days(365)).is_ok());
        assert!(validate(0, Duration::hours(1)).is_err());
        assert!(validate(101, Duration::hours(1)).is_err());
        assert!(validate(5, Duration::ZERO).is_err());
    }
}
