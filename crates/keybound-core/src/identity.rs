//! Identities: the people (or service users) of a realm, and what makes one valid.

use crate::error::{Invalid, Violations};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub const MAX_USERNAME: usize = 128;
pub const MAX_EMAIL: usize = 254;
pub const MAX_NAME: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IdentityStatus {
    Active,
    Suspended,
}

impl IdentityStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(Self::Active),
            "suspended" => Some(Self::Suspended),
            _ => None,
        }
    }
}

/// Derived, never set: `ENROLLED` once the identity has an active credential, `INVITE_FAILED`
/// when its last enrolment email could not be delivered, else `PENDING`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EnrollmentStatus {
    Enrolled,
    Pending,
    InviteFailed,
}

impl EnrollmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enrolled => "ENROLLED",
            Self::Pending => "PENDING",
            Self::InviteFailed => "INVITE_FAILED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ENROLLED" => Some(Self::Enrolled),
            "PENDING" => Some(Self::Pending),
            "INVITE_FAILED" => Some(Self::InviteFailed),
            _ => None,
        }
    }
}

/// Where an identity came from; the fields of people brought in by LDAP sync or pushed by a
/// SCIM client are owned by that directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Local,
    Ldap,
    Scim,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Local => "local",
            Self::Ldap => "ldap",
            Self::Scim => "scim",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "local" => Some(Self::Local),
            "ldap" => Some(Self::Ldap),
            "scim" => Some(Self::Scim),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Traits {
    pub username: String,
    pub primary_email_address: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub external_id: Option<String>,
    /// The language the person chose (a BCP 47 tag like `de` or `pt-BR`), for pages and email.
    pub locale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub display_name: String,
    pub status: IdentityStatus,
    pub enrollment_status: EnrollmentStatus,
    pub source: Source,
    pub traits: Traits,
    /// The console role this person holds, if any.
    pub role: Option<crate::role::RoleGrant>,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct NewIdentity {
    pub display_name: String,
    pub status: IdentityStatus,
    pub source: Source,
    pub traits: Traits,
}

/// A partial update. For optional traits, `Some(None)` clears the value.
#[derive(Debug, Clone, Default)]
pub struct IdentityPatch {
    pub display_name: Option<String>,
    pub status: Option<IdentityStatus>,
    pub username: Option<String>,
    pub primary_email_address: Option<Option<String>>,
    pub given_name: Option<Option<String>>,
    pub family_name: Option<Option<String>>,
    pub external_id: Option<Option<String>>,
    pub locale: Option<Option<String>>,
}

impl IdentityPatch {
    pub fn is_empty(&self) -> bool {
        self.display_name.is_none()
            && self.status.is_none()
            && self.username.is_none()
            && self.primary_email_address.is_none()
            && self.given_name.is_none()
            && self.family_name.is_none()
            && self.external_id.is_none()
            && self.locale.is_none()
    }

    /// The identity after this patch.
    pub fn apply(&self, identity: &mut Identity) {
        fn set<T: Clone>(target: &mut T, value: &Option<T>) {
            if let Some(v) = value {
                *target = v.clone();
            }
        }
        set(&mut identity.display_name, &self.display_name);
        set(&mut identity.status, &self.status);
        set(&mut identity.traits.username, &self.username);
        set(
            &mut identity.traits.primary_email_address,
            &self.primary_email_address,
        );
        set(&mut identity.traits.given_name, &self.given_name);
        set(&mut identity.traits.family_name, &self.family_name);
        set(&mut identity.traits.external_id, &self.external_id);
        set(&mut identity.traits.locale, &self.locale);
    }
}

pub use crate::names::{username_key, username_skeleton};

/// Checks every field of an identity as it would be stored; field names are relative to the
/// `identity` object of a request (`display_name`, `traits.username`, ...).
pub fn validate(display_name: &str, traits: &Traits) -> Result<(), Invalid> {
    let mut v = Violations::default();
    v.text("display_name", Some(display_name), true, MAX_NAME);
    v.text("traits.username", Some(&traits.username), true, MAX_USERNAME);
    if traits.username.chars().any(char::is_whitespace) {
        v.add("traits.username", "must not contain spaces");
    }
    if let Some(why) = crate::names::hidden_characters(&traits.username) {
        v.add("traits.username", why);
    }
    if let Some(email) = &traits.primary_email_address {
        v.text("traits.primary_email_address", Some(email), true, MAX_EMAIL);
        if !is_email(email) {
            v.add(
                "traits.primary_email_address",
                "must be an email address like name@example.com",
            );
        }
    }
    v.text("traits.given_name", traits.given_name.as_deref(), false, MAX_NAME);
    v.text(
        "traits.family_name",
        traits.family_name.as_deref(),
        false,
        MAX_NAME,
    );
    v.text(
        "traits.external_id",
        traits.external_id.as_deref(),
        false,
        MAX_NAME,
    );
    if let Some(locale) = &traits.locale {
        if !is_language_tag(locale) {
            v.add("traits.locale", "must be a language tag like en, de or pt-BR");
        }
    }
    v.finish()
}

/// A language tag's shape (BCP 47, loosely): letters and digits in parts joined by `-` or
/// `_`, the first two or three letters, at most 35 characters.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let first = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A deliberately loose check: one `@` with something on each side and a dot in the domain.
/// Deliverability is the mail server's to decide.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// The name shown for a person who was given none: their first and last names, else their
/// username.
pub fn default_display_name(given_name: Option<&str>, family_name: Option<&str>, username: &str) -> String {
    let full = [given_name, family_name]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if full.is_empty() {
        username.trim().to_owned()
    } else {
        full
    }
}

/// An order of the users list: the column sorted by, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    pub by: SortKey,
    pub descending: bool,
}

/// What the users list can be sorted by; ties keep the order identities were created in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Created,
    Name,
    Username,
    Email,
    Status,
    Passkeys,
    LastSignIn,
}

impl SortKey {
    pub const ALL: [Self; 7] = [
        Self::Created,
        Self::Name,
        Self::Username,
        Self::Email,
        Self::Status,
        Self::Passkeys,
        Self::LastSignIn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Name => "name",
            Self::Username => "username",
            Self::Email => "email",
            Self::Status => "status",
            Self::Passkeys => "passkeys",
            Self::LastSignIn => "last_signin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traits(username: &str, email: Option<&str>) -> Traits {
        Traits {
            username: username.into(),
            primary_email_address: email.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn accepts_a_plain_identity() {
        assert!(validate("Jane Doe", &traits("jane", Some("jane@example.com"))).is_ok());
    }

    #[test]
    fn names_each_bad_field() {
        let long = "x".repeat(MAX_USERNAME + 1);
        let err = validate("", &traits(&long, Some("not-an-email"))).unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(
            fields,
            ["display_name", "traits.username", "traits.primary_email_address"]
        );
    }

    #[test]
    fn usernames_compare_case_insensitively() {
        assert_eq!(username_key("Jane.Doe"), username_key("jane.doe"));
    }

    #[test]
    fn email_shapes() {
        assert!(is_email("a@b.co"));
        for bad in [
            "", "a", "@b.co", "a@", "a@b", "a@@b.co", "a b@c.de", "a@.b", "a@b.",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
