//! Keybound's domain: the resources of an identity server (tenants, realms, identities, groups,
//! API tokens) and the rules about them. Pure types and functions: no HTTP, no SQL. Time and
//! randomness come in as arguments so that callers (and tests) decide them.

pub mod api_token;
pub mod application;
pub mod audit;
pub mod binding;
pub mod ceremony;
pub mod clock;
pub mod credential;
pub mod email;
pub mod email_template;
pub mod error;
pub mod filter;
pub mod group;
pub mod identity;
pub mod ldap;
pub mod login_code;
pub mod mds;
pub mod names;
pub mod net;
pub mod oidc;
pub mod page;
pub mod pkce;
pub mod realm;
pub mod redirect_uri;
pub mod role;
pub mod scim_filter;
pub mod scim_patch;
pub mod secret;
pub mod session;
pub mod settings;
pub mod signup_token;
pub mod time_fmt;
pub mod user_agent;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{FieldViolation, Invalid};

/// A new random resource id: 16 lowercase hex characters, as in the Beyond Identity API.
pub fn new_id() -> String {
    secret::random_hex(8)
}

/// A new id that sorts by the time `at`: its milliseconds since 1970 (12 hex characters), then
/// 64 random bits (16 more). For the rows every sign-in writes (sessions, audit events): one
/// after another they land on the last page of their table's id index, where random ids would
/// each change a page of their own (in SQLite, a page more in the log at every commit).
pub fn ordered_id(at: time::OffsetDateTime) -> String {
    format!("{}{}", time_prefix(at), secret::random_hex(8))
}

/// `at`'s milliseconds since 1970 as 12 hex characters (times before 1970 as 0), so that
/// strings that start with it sort by time until the year 10889.
pub fn time_prefix(at: time::OffsetDateTime) -> String {
    let ms = (at.unix_timestamp_nanos() / 1_000_000).clamp(0, 0xffff_ffff_ffff);
    format!("{ms:012x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn ordered_ids_sort_by_time_and_stay_unguessable() {
        let earlier = ordered_id(datetime!(2026-12-07 10:00:00.001 UTC));
        let later = ordered_id(datetime!(2026-12-07 10:00:00.002 UTC));
        assert_eq!(earlier.len(), 28);
        assert!(earlier
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert!(earlier < later, "{earlier} sorts before {later}");
        let same_moment = datetime!(2026-12-07 10:00:00 UTC);
        assert_ne!(ordered_id(same_moment), ordered_id(same_moment));
        assert_eq!(time_prefix(datetime!(1969-12-31 23:59:59 UTC)), "000000000000");
        let ceremony = secret::ordered_secret(same_moment);
        assert!(ceremony.starts_with(&time_prefix(same_moment)));
        assert_eq!(ceremony.len(), 12 + 43);
    }
}
