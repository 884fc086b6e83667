//! Per-realm settings an admin switches.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignupMode {
    #[default]
    Disabled,
    WithToken,
    Open,
}

impl SignupMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disabled => "disabled",
            Self::WithToken => "with_token",
            Self::Open => "open",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Disabled, Self::WithToken, Self::Open]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RealmSettings {
    /// Offer "Don't have access to your passkey?" on the sign-in page (off by default: anyone
    /// who can read a person's email can then sign in as them).
    pub email_one_time_access: bool,
    pub signup_mode: SignupMode,
    /// Send an enrolment email to people provisioned (by SCIM, CSV import or LDAP sync); off
    /// when `None`.
    pub enroll_on_provision: Option<EnrollOnProvision>,
    /// The language of pages and email for people who chose none and whose browser asks for
    /// none Keybound speaks (a tag like `de`); English when `None`.
    pub default_language: Option<String>,
    /// The IANA time zone email times are given in (like `Europe/Berlin`); UTC when `None`.
    pub time_zone: Option<String>,
}

/// The enrolment email provisioned people get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollOnProvision {
    pub authenticator_config_id: String,
    /// Else the realm's default enrolment template.
    pub email_template_id: Option<String>,
}
