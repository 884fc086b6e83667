//! Binding a passkey to an identity: authenticator configs (how a passkey is bound) and
//! credential binding jobs (one invitation to bind, delivered by link, email or short code).

use crate::error::{Invalid, Violations};
use crate::secret;
use time::{Duration, OffsetDateTime};

/// How long a binding link stays valid unless told otherwise.
pub const DEFAULT_LINK_LIFETIME: Duration = Duration::days(7);
pub const MAX_LINK_LIFETIME: Duration = Duration::days(90);
/// A short code is valid 60 seconds by default, 60 to 900 seconds on request.
pub const DEFAULT_CODE_LIFETIME: Duration = Duration::seconds(60);
pub const MIN_CODE_SECONDS: i64 = 60;
pub const MAX_CODE_SECONDS: i64 = 900;
/// Wrong guesses of one short code (right locator, wrong secret) before it stops working.
pub const MAX_CODE_FAILURES: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigType {
    /// Keybound's own pages run the ceremony.
    HostedWeb,
    /// The developer's app runs it with the SDK, reached at `invoke_url`.
    Embedded,
}

impl ConfigType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HostedWeb => "hosted_web",
            Self::Embedded => "embedded",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hosted_web" => Some(Self::HostedWeb),
            "embedded" => Some(Self::Embedded),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthenticatorConfig {
    pub id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub display_name: String,
    pub config_type: ConfigType,
    pub invoke_url: Option<String>,
    /// Origins (`https://app.example.com`) allowed to run ceremonies and to be redirected to.
    pub trusted_origins: Vec<String>,
    /// Hardware keys bound through this config must present an attestation (not `none`)...
    pub require_attestation: bool,
    /// ...from one of these authenticator models (AAGUIDs, lower-case, hyphenated); empty: any.
    pub aaguid_allow_list: Vec<String>,
    /// Rules for every passkey bound through this config, whatever its device type.
    pub rules: KeyRules,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

/// The attestation conveyance a config asks browsers for (WebAuthn's `attestation`).
pub const CONVEYANCES: [&str; 4] = ["none", "indirect", "direct", "enterprise"];

/// What a config lets be bound, beyond the device type of each job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRules {
    /// `none`, `indirect`, `direct` or `enterprise`.
    pub attestation_conveyance: String,
    /// Authenticator models (AAGUIDs) refused.
    pub aaguid_deny_list: Vec<String>,
    /// May a passkey be backup-eligible (synced to the person's other devices by their
    /// passkey provider)? When not, only device-bound passkeys are bound.
    pub synced_passkeys_allowed: bool,
}

impl Default for KeyRules {
    fn default() -> Self {
        Self {
            attestation_conveyance: "none".into(),
            aaguid_deny_list: Vec::new(),
            synced_passkeys_allowed: true,
        }
    }
}

/// Is `s` an AAGUID in its usual form (`01020304-0506-0708-0102-030405060708`)?
pub fn is_aaguid(s: &str) -> bool {
    s.len() == 36
        && s.chars().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

impl AuthenticatorConfig {
    /// Checks the fields as they would be stored. Field names are relative to the
    /// `authenticator_config` object of a request.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut v = Violations::default();
        v.text(
            "display_name",
            Some(&self.display_name),
            false,
            crate::identity::MAX_NAME,
        );
        if self.config_type == ConfigType::Embedded {
            match &self.invoke_url {
                None => v.add("config.invoke_url", "is required for an embedded config"),
                Some(url) if !is_http_url(url) && !is_app_scheme(url) => v.add(
                    "config.invoke_url",
                    "must be an http(s) URL or an app scheme like myapp://",
                ),
                Some(_) => {}
            }
            if self.trusted_origins.is_empty() {
                v.add(
                    "config.trusted_origins",
                    "must list at least one origin for an embedded config",
                );
            }
        }
        for (i, aaguid) in self.aaguid_allow_list.iter().enumerate() {
            if !is_aaguid(aaguid) {
                v.add(
                    &format!("config.aaguid_allow_list[{i}]"),
                    "must be an AAGUID like 01020304-0506-0708-0102-030405060708",
                );
            }
        }
        if !CONVEYANCES.contains(&self.rules.attestation_conveyance.as_str()) {
            v.add(
                "config.attestation_conveyance",
                "must be none, indirect, direct or enterprise",
            );
        }
        for (i, aaguid) in self.rules.aaguid_deny_list.iter().enumerate() {
            if !is_aaguid(aaguid) {
                v.add(
                    &format!("config.aaguid_deny_list[{i}]"),
                    "must be an AAGUID like 01020304-0506-0708-0102-030405060708",
                );
            }
        }
        for (i, origin) in self.trusted_origins.iter().enumerate() {
            if origin_of(origin).as_deref() != Some(origin.as_str()) {
                v.add(
                    &format!("config.trusted_origins[{i}]"),
                    "must be an origin like https://app.example.com",
                );
            }
        }
        v.finish()
    }

    /// May the user be sent to `uri` after binding? Only to an origin this config trusts (or
    /// Keybound's own), compared exactly: no open redirect.
    pub fn allows_redirect(&self, uri: &str, public_url: &str) -> bool {
        match origin_of(uri) {
            Some(origin) => origin == public_url || self.trusted_origins.contains(&origin),
            None => false,
        }
    }
}

fn is_http_url(s: &str) -> bool {
    origin_of(s).is_some()
}

fn is_app_scheme(s: &str) -> bool {
    match s.split_once("://") {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// `scheme://host[:port]` of an http(s) URL, lower-cased, or `None`.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') || authority.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// The kind of authenticator a job asks for: a security key device, or any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeviceType {
    /// A platform or roaming authenticator: whatever the person has.
    #[default]
    Any,
    /// A phone, reached over Bluetooth proximity (the hybrid transport).
    Smartphone,
    /// A card tapped on an NFC reader.
    ContactlessCard,
    /// A FIDO2 key (USB, NFC).
    HardwareKey,
}

impl DeviceType {
    pub const ALL: [Self; 4] = [
        Self::Any,
        Self::Smartphone,
        Self::ContactlessCard,
        Self::HardwareKey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Smartphone => "smartphone",
            Self::ContactlessCard => "contactless_card",
            Self::HardwareKey => "hardware_key",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The id of the message that says, in every language, what to do with this kind of
    /// device to make a passkey on it.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Any => "device-any",
            Self::Smartphone => "device-smartphone",
            Self::ContactlessCard => "device-contactless-card",
            Self::HardwareKey => "device-hardware-key",
        }
    }
}

/// Per-key options: whether sign-ins are audited, whether the phone may be reached
/// over Bluetooth, whether offline login is allowed, and when the user must be verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DevicePolicy {
    pub auditable: bool,
    pub bluetooth_proximity: bool,
    pub offline_login: bool,
    /// `required` (biometric or PIN on every use) or `preferred`.
    pub user_verification: UserVerification,
}

impl Default for DevicePolicy {
    fn default() -> Self {
        Self {
            auditable: true,
            bluetooth_proximity: true,
            offline_login: false,
            user_verification: UserVerification::Required,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserVerification {
    Required,
    Preferred,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryMethod {
    /// The link is returned to the caller.
    Return,
    /// The link is emailed to the identity.
    Email,
    /// A 9-character code is returned once, to be typed at `/enroll`.
    ShortCode,
}

impl DeliveryMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Return => "RETURN",
            Self::Email => "EMAIL",
            Self::ShortCode => "SHORT_CODE",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "RETURN" => Some(Self::Return),
            "EMAIL" => Some(Self::Email),
            "SHORT_CODE" => Some(Self::ShortCode),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    LinkSent,
    LinkOpened,
    RequestDelivered,
    Complete,
    Expired,
    FailedToSend,
    Revoked,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LinkSent => "LINK_SENT",
            Self::LinkOpened => "LINK_OPENED",
            Self::RequestDelivered => "REQUEST_DELIVERED",
            Self::Complete => "COMPLETE",
            Self::Expired => "EXPIRED",
            Self::FailedToSend => "FAILED_TO_SEND",
            Self::Revoked => "REVOKED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::LinkSent,
            Self::LinkOpened,
            Self::RequestDelivered,
            Self::Complete,
            Self::Expired,
            Self::FailedToSend,
            Self::Revoked,
        ]
        .into_iter()
        .find(|state| state.as_str() == s)
    }

    /// Can a passkey still be bound through a job in this state?
    pub fn is_open(self) -> bool {
        matches!(self, Self::LinkSent | Self::LinkOpened | Self::RequestDelivered)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingJob {
    pub id: String,
    pub identity_id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub delivery_method: DeliveryMethod,
    pub authenticator_config_id: String,
    pub post_binding_redirect_uri: Option<String>,
    /// As stored; see [`BindingJob::state_at`] for the state as of a moment.
    pub state: JobState,
    pub credential_id: Option<String>,
    pub device_type: DeviceType,
    pub device_policy: DevicePolicy,
    /// The name the admin gave the key (a contactless card's), if any.
    pub key_name: Option<String>,
    pub expire_time: OffsetDateTime,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

impl BindingJob {
    /// The state at `now`: an open job past its expiry is `EXPIRED`.
    pub fn state_at(&self, now: OffsetDateTime) -> JobState {
        if self.state.is_open() && now >= self.expire_time {
            JobState::Expired
        } else {
            self.state
        }
    }

    /// Why this job cannot bind a passkey at `now`, for the person holding the link: the
    /// catalogue message that says it.
    pub fn refusal(&self, now: OffsetDateTime) -> Option<&'static str> {
        match self.state_at(now) {
            JobState::Complete => Some("error-link-complete"),
            JobState::Expired => Some("error-link-expired"),
            JobState::Revoked => Some("error-link-revoked"),
            JobState::FailedToSend => Some("error-link-undelivered"),
            _ => None,
        }
    }
}

/// The secret of a binding link.
pub fn new_link_token() -> String {
    secret::random_secret()
}

/// Short codes use digits and capitals without look-alikes (no 0/O, 1/I/L, U/V, S/5, Z/2).
pub const CODE_ALPHABET: &[u8] = b"346789ABCDEFGHJKMNPQRTWXY";
pub const CODE_LENGTH: usize = 9;
/// The first characters find the code; the rest are its secret, checked against a hash.
pub const CODE_LOCATOR_LENGTH: usize = 4;

/// A new short code, like `7KQ9-MX3PA` without the dash: 9 characters, about 42 bits.
pub fn new_short_code() -> String {
    random_code(CODE_LENGTH)
}

/// `length` random characters of [`CODE_ALPHABET`].
pub fn random_code(length: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..length)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// A typed code, case-insensitive, with spaces and dashes ignored; `None` if it cannot be one.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// (locator, secret) of a normalized code.
pub fn split_code(code: &str) -> (&str, &str) {
    code.split_at(CODE_LOCATOR_LENGTH.min(code.len()))
}

/// How long a new job stays valid.
pub fn lifetime(method: DeliveryMethod, expire_after_seconds: Option<i64>) -> Result<Duration, Invalid> {
    match (method, expire_after_seconds) {
        (DeliveryMethod::ShortCode, None) => Ok(DEFAULT_CODE_LIFETIME),
        (DeliveryMethod::ShortCode, Some(s)) if (MIN_CODE_SECONDS..=MAX_CODE_SECONDS).contains(&s) => {
            Ok(Duration::seconds(s))
        }
        (DeliveryMethod::ShortCode, Some(_)) => Err(Invalid::one(
            "job.expire_after_seconds",
            format!("must be between {MIN_CODE_SECONDS} and {MAX_CODE_SECONDS} for SHORT_CODE"),
        )),
        (_, None) => Ok(DEFAULT_LINK_LIFETIME),
        (_, Some(s)) if (60..=MAX_LINK_LIFETIME.whole_seconds()).contains(&s) => Ok(Duration::seconds(s)),
        (_, Some(_)) => Err(Invalid::one(
            "job.expire_after_seconds",
            format!(
                "must be between 60 and {} for links",
                MAX_LINK_LIFETIME.whole_seconds()
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_avoid_look_alikes_and_normalize() {
        for _ in 0..100 {
            let code = new_short_code();
            assert_eq!(code.len(), 9);
            assert!(
                !code.contains(['0', 'O', '1', 'I', 'L', 'U', 'V', 'S', '5', 'Z', '2']),
                "{code}"
            );
            let typed = format!(" {}-{} ", code[..4].to_lowercase(), &code[4..]);
            assert_eq!(normalize_code(&typed).as_deref(), Some(code.as_str()));
        }
        assert_eq!(normalize_code("ABCD"), None);
        assert_eq!(normalize_code("OOOOOOOOO"), None);
        assert_eq!(split_code("ABCDEFGHJ"), ("ABCD", "EFGHJ"));
    }

    #[test]
    fn lifetimes_follow_the_method() {
        assert_eq!(
            lifetime(DeliveryMethod::ShortCode, None).unwrap(),
            Duration::seconds(60)
        );
        assert_eq!(
            lifetime(DeliveryMethod::ShortCode, Some(900)).unwrap(),
            Duration::seconds(900)
        );
        assert!(lifetime(DeliveryMethod::ShortCode, Some(59)).is_err());
        assert!(lifetime(DeliveryMethod::ShortCode, Some(901)).is_err());
        assert_eq!(lifetime(DeliveryMethod::Email, None).unwrap(), Duration::days(7));
    }

    #[test]
    fn redirects_only_to_trusted_origins() {
        let config = AuthenticatorConfig {
            id: "c".into(),
            realm_id: "r".into(),
            tenant_id: "t".into(),
            display_name: String::new(),
            config_type: ConfigType::Embedded,
            invoke_url: Some("https://app.example.com".into()),
            trusted_origins: vec!["https://app.example.com".into()],
            require_attestation: false,
            aaguid_allow_list: Vec::new(),
            rules: KeyRules::default(),
            create_time: OffsetDateTime::UNIX_EPOCH,
            update_time: OffsetDateTime::UNIX_EPOCH,
        };
        assert!(config.validate().is_ok());
        let public = "http://localhost:8080";
        assert!(config.allows_redirect("https://app.example.com/welcome?x=1", public));
        assert!(config.allows_redirect("http://localhost:8080/account", public));
        for bad in [
            "https://app.example.com.evil.io/",
            "https://evil.io/?https://app.example.com",
            "https://user@app.example.com/",
            "javascript:alert(1)",
            "//app.example.com",
        ] {
            assert!(!config.allows_redirect(bad, public), "{bad}");
        }
        let no_origins = AuthenticatorConfig {
            trusted_origins: vec![],
            require_attestation: false,
            aaguid_allow_list: Vec::new(),
            ..config.clone()
        };
        assert!(no_origins.validate().is_err());
        let bad_origin = AuthenticatorConfig {
            trusted_origins: vec!["https://a.com/path".into()],
            require_attestation: false,
            aaguid_allow_list: Vec::new(),
            ..config
        };
        assert_eq!(
            bad_origin.validate().unwrap_err().0[0].field,
            "config.trusted_origins[0]"
        );
    }
}
