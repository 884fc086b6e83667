//! API tokens: bearer secrets for the REST API, each with scopes of the form `resource:action`.
//!
//! The secret handed out is `kb_<id>_<random>`. Only the hash of the random part is stored; the id
//! finds the row and the hash is compared in constant time.

use crate::error::{Invalid, Violations};
use crate::secret;
use time::{Duration, OffsetDateTime};

/// Resources a scope may name. Grows with the API.
pub const RESOURCES: &[&str] = &[
    "tenants",
    "realms",
    "identities",
    "groups",
    "applications",
    "api-tokens",
    "authenticator-configs",
    "credential-binding-jobs",
    "batch-credential-binding-jobs",
    "credentials",
    "emails",
    "email-templates",
    "login-codes",
    "settings",
    "signup-tokens",
    "audit-events",
    "ldap",
    "metrics",
    "sessions",
];
pub const ACTIONS: &[&str] = &["create", "read", "update", "delete"];
const PREFIX: &str = "kb_";

/// A token's use is recorded (its `last_used_time`) at most this often: uses closer together
/// than this write nothing.
pub const USE_RECORDED_EVERY: Duration = Duration::minutes(1);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub secret_hash: String,
    pub expire_time: Option<OffsetDateTime>,
    pub last_used_time: Option<OffsetDateTime>,
    pub create_time: OffsetDateTime,
}

impl ApiToken {
    /// A new token and the secret to hand out (shown once, never stored).
    pub fn issue(
        tenant_id: &str,
        name: &str,
        scopes: Vec<String>,
        expire_time: Option<OffsetDateTime>,
        now: OffsetDateTime,
    ) -> Result<(Self, String), Invalid> {
        let mut v = Violations::default();
        v.text("name", Some(name), true, 128);
        for (i, scope) in scopes.iter().enumerate() {
            if let Err(why) = check_scope(scope) {
                v.add(&format!("scopes[{i}]"), why);
            }
        }
        if scopes.is_empty() {
            v.add(
                "scopes",
                "must name at least one scope, e.g. identities:read, or * for all",
            );
        }
        if expire_time.is_some_and(|t| t <= now) {
            v.add("expire_time", "must be in the future");
        }
        v.finish()?;
        let id = crate::new_id();
        let random = secret::random_secret();
        let token = Self {
            secret_hash: secret::hash(&random),
            id: id.clone(),
            tenant_id: tenant_id.to_owned(),
            name: name.to_owned(),
            scopes,
            expire_time,
            last_used_time: None,
            create_time: now,
        };
        Ok((token, format!("{PREFIX}{id}_{random}")))
    }

    /// Does this token grant `required` (like `identities:read`)?
    pub fn allows(&self, required: &str) -> bool {
        allows(&self.scopes, required)
    }

    pub fn is_expired(&self, now: OffsetDateTime) -> bool {
        self.expire_time.is_some_and(|t| t <= now)
    }
}

/// SCIM's scopes have three parts, as Beyond Identity names them: `scim:users:read`,
/// `scim:groups:update`; `scim:*` covers them all.
pub const SCIM_RESOURCES: &[&str] = &["users", "groups"];

/// The scopes that grant `scope`: itself, `*`, and each wildcard above it (`identities:*`
/// for `identities:read`; `scim:*` and `scim:users:*` for `scim:users:read`).
fn granting(scope: &str) -> Vec<String> {
    let mut out = vec!["*".to_owned(), scope.to_owned()];
    let parts: Vec<&str> = scope.split(':').collect();
    for n in 1..parts.len() {
        out.push(format!("{}:*", parts[..n].join(":")));
    }
    out
}

/// Do the scopes `held` grant `required` (like `identities:read`)?
pub fn allows(held: &[String], required: &str) -> bool {
    let granting = granting(required);
    held.iter().any(|s| granting.contains(s))
}

/// Do the scopes `held` cover all that `wanted` grants? `*` is covered only by `*`,
/// `identities:*` by `identities:*` or `*`, and one action by anything that allows it: nobody
/// hands out more than they hold.
pub fn covers(held: &[String], wanted: &str) -> bool {
    // A wildcard is granted only by itself or a wider one, so granting is covering.
    allows(held, wanted)
}

/// Splits a presented bearer secret into the token id and the random part.
pub fn parse_secret(presented: &str) -> Option<(&str, &str)> {
    let rest = presented.strip_prefix(PREFIX)?;
    let (id, random) = rest.split_once('_')?;
    (id.len() == 16 && !random.is_empty()).then_some((id, random))
}

fn check_scope(scope: &str) -> Result<(), String> {
    if scope == "*" {
        return Ok(());
    }
    if scope == "scim:*" {
        return Ok(());
    }
    let Some((resource, action)) = scope.split_once(':') else {
        return Err(format!("`{scope}` is not of the form resource:action"));
    };
    if resource == "scim" {
        let (kind, action) = action.split_once(':').unwrap_or((action, ""));
        if !SCIM_RESOURCES.contains(&kind) || (action != "*" && !ACTIONS.contains(&action)) {
            return Err(format!(
                "`{scope}` is not a SCIM scope: use scim:users:read (or create, update, delete), the same for scim:groups, or scim:*"
            ));
        }
        return Ok(());
    }
    if !RESOURCES.contains(&resource) {
        return Err(format!(
            "unknown resource `{resource}`; known: {}",
            RESOURCES.join(", ")
        ));
    }
    if action != "*" && !ACTIONS.contains(&action) {
        return Err(format!(
            "unknown action `{action}`; known: {}, *",
            ACTIONS.join(", ")
        ));
    }
    Ok(())
}

/// A lifetime such as `30d`, `12h`, `15m`, `90s` or `2w`.
pub fn parse_lifetime(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let n: i64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a lifetime like 30d, 12h or 15m"))?;
    let unit_seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(format!("`{s}`: the unit must be one of s, m, h, d, w")),
    };
    if n <= 0 || n > 3_650 * 86_400 / unit_seconds {
        return Err(format!("`{s}` must be more than zero and at most ten years"));
    }
    Ok(Duration::seconds(n * unit_seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-01-01 00:00 UTC);

    #[test]
    fn nobody_hands_out_a_scope_wider_than_their_own() {
        let held = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(covers(&held(&["*"]), "*"));
        assert!(covers(&held(&["*"]), "identities:*"));
        assert!(covers(&held(&["identities:*"]), "identities:read"));
        assert!(covers(&held(&["identities:*"]), "identities:*"));
        assert!(!covers(&held(&["identities:*"]), "*"));
        assert!(!covers(&held(&["identities:read"]), "identities:*"));
        assert!(!covers(&held(&["identities:read"]), "identities:update"));
        assert!(!covers(&held(&["api-tokens:create"]), "groups:read"));
        assert!(covers(
            &held(&["api-tokens:create", "groups:read"]),
            "groups:read"
        ));
    }

    #[test]
    fn scim_scopes_have_three_parts() {
        let held = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(allows(&held(&["scim:*"]), "scim:groups:delete"));
        assert!(allows(&held(&["scim:users:*"]), "scim:users:create"));
        assert!(!allows(&held(&["scim:users:*"]), "scim:groups:read"));
        assert!(!allows(&held(&["identities:*"]), "scim:users:read"));
        assert!(covers(&held(&["scim:*"]), "scim:users:*"));
        assert!(!covers(&held(&["scim:users:*"]), "scim:*"));
        assert!(!covers(&held(&["scim:users:read"]), "scim:users:*"));
        for good in ["scim:*", "scim:users:read", "scim:groups:*", "scim:groups:delete"] {
            assert!(check_scope(good).is_ok(), "{good}");
        }
        for bad in ["scim:users", "scim:roles:read", "scim:users:fly", "scim:"] {
            assert!(check_scope(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn issued_secret_parses_back_to_its_token() {
        let (token, secret_text) = ApiToken::issue("t", "ci", vec!["*".into()], None, NOW).unwrap();
        let (id, random) = parse_secret(&secret_text).unwrap();
        assert_eq!(id, token.id);
        assert!(secret::verify(random, &token.secret_hash));
        assert!(parse_secret("kb_short_x").is_none());
        assert!(parse_secret("Bearer").is_none());
    }

    #[test]
    fn scopes_grant_what_they_name() {
        let scopes = vec!["identities:read".into(), "groups:*".into()];
        let (token, _) = ApiToken::issue("t", "x", scopes, None, NOW).unwrap();
        assert!(token.allows("identities:read"));
        assert!(!token.allows("identities:create"));
        assert!(token.allows("groups:delete"));
        assert!(!token.allows("realms:read"));
    }

    #[test]
    fn bad_scopes_are_named() {
        let err = ApiToken::issue(
            "t",
            "x",
            vec!["identities:read".into(), "users:read".into()],
            None,
            NOW,
        )
        .unwrap_err();
        assert_eq!(err.0[0].field, "scopes[1]");
        assert!(ApiToken::issue("t", "x", vec![], None, NOW).is_err());
        assert!(ApiToken::issue("t", "x", vec!["identities:fly".into()], None, NOW).is_err());
    }

    #[test]
    fn lifetimes() {
        assert_eq!(parse_lifetime("30d").unwrap(), Duration::days(30));
        assert_eq!(parse_lifetime("15m").unwrap(), Duration::minutes(15));
        for bad in ["", "d", "30", "0d", "-1d", "3y", "99999999999w"] {
            assert!(parse_lifetime(bad).is_err(), "{bad}");
        }
    }
}
