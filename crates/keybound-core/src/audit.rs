//! The audit log: who did what to whom, when, from where, and whether it worked.

use time::OffsetDateTime;

/// What happened: one name for each kind of change, whichever way it came in (REST API,
/// console, command line, LDAP sync, hosted pages). The names are `resource.past_tense` and
/// stable: filters and exports use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    IdentityCreated,
    IdentityUpdated,
    IdentitySuspended,
    IdentityResumed,
    IdentityDeleted,
    /// A person made their own account with a sign-up link or open sign-up.
    IdentitySignedUp,
    GroupCreated,
    GroupUpdated,
    GroupDeleted,
    GroupMemberAdded,
    GroupMemberRemoved,
    RoleGranted,
    RoleRevoked,
    ApiTokenCreated,
    ApiTokenRevoked,
    /// A passkey was created for a person (any channel: binding job, admin link, sign-up,
    /// the account page, a security key activated in the console).
    CredentialBound,
    CredentialRenamed,
    CredentialRevoked,
    /// A passkey was marked as suspect (its signature counter went backwards).
    CredentialFlagged,
    BindingJobCreated,
    BindingJobRevoked,
    BindingJobCompleted,
    LoginCodeCreated,
    LoginCodeRedeemed,
    OneTimeAccessRequested,
    SignupTokenCreated,
    SignupTokenRevoked,
    /// A person signed in (or, with outcome FAILURE, tried to).
    SessionStarted,
    /// A session was ended: signed out, ended by an administrator, or with its person.
    SessionEnded,
    SettingsUpdated,
    LdapConfigUpdated,
    LdapSynced,
    ApplicationCreated,
    ApplicationUpdated,
    ApplicationSecretRotated,
    ApplicationDeleted,
    /// A person signed in to an application through OpenID Connect.
    ApplicationSignedIn,
    /// A person took back the access they had given an application.
    ApplicationConsentRevoked,
    EmailTemplateCreated,
    EmailTemplateUpdated,
    EmailTemplateDeleted,
    AuthenticatorConfigCreated,
    AuthenticatorConfigUpdated,
    AuthenticatorConfigDeleted,
    RealmCreated,
    RealmUpdated,
    RealmDeleted,
    TenantUpdated,
    /// A test email was sent from the settings.
    EmailTested,
    SigningKeyRotated,
}

impl Action {
    pub const ALL: &'static [Self] = &[
        Self::IdentityCreated,
        Self::IdentityUpdated,
        Self::IdentitySuspended,
        Self::IdentityResumed,
        Self::IdentityDeleted,
        Self::IdentitySignedUp,
        Self::GroupCreated,
        Self::GroupUpdated,
        Self::GroupDeleted,
        Self::GroupMemberAdded,
        Self::GroupMemberRemoved,
        Self::RoleGranted,
        Self::RoleRevoked,
        Self::ApiTokenCreated,
        Self::ApiTokenRevoked,
        Self::CredentialBound,
        Self::CredentialRenamed,
        Self::CredentialRevoked,
        Self::CredentialFlagged,
        Self::BindingJobCreated,
        Self::BindingJobRevoked,
        Self::BindingJobCompleted,
        Self::LoginCodeCreated,
        Self::LoginCodeRedeemed,
        Self::OneTimeAccessRequested,
        Self::SignupTokenCreated,
        Self::SignupTokenRevoked,
        Self::SessionStarted,
        Self::SessionEnded,
        Self::SettingsUpdated,
        Self::LdapConfigUpdated,
        Self::LdapSynced,
        Self::ApplicationCreated,
        Self::ApplicationUpdated,
        Self::ApplicationSecretRotated,
        Self::ApplicationDeleted,
        Self::ApplicationSignedIn,
        Self::ApplicationConsentRevoked,
        Self::EmailTemplateCreated,
        Self::EmailTemplateUpdated,
        Self::EmailTemplateDeleted,
        Self::AuthenticatorConfigCreated,
        Self::AuthenticatorConfigUpdated,
        Self::AuthenticatorConfigDeleted,
        Self::RealmCreated,
        Self::RealmUpdated,
        Self::RealmDeleted,
        Self::TenantUpdated,
        Self::EmailTested,
        Self::SigningKeyRotated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::IdentityCreated => "identity.created",
            Self::IdentityUpdated => "identity.updated",
            Self::IdentitySuspended => "identity.suspended",
            Self::IdentityResumed => "identity.resumed",
            Self::IdentityDeleted => "identity.deleted",
            Self::IdentitySignedUp => "identity.signed_up",
            Self::GroupCreated => "group.created",
            Self::GroupUpdated => "group.updated",
            Self::GroupDeleted => "group.deleted",
            Self::GroupMemberAdded => "group.member_added",
            Self::GroupMemberRemoved => "group.member_removed",
            Self::RoleGranted => "role.granted",
            Self::RoleRevoked => "role.revoked",
            Self::ApiTokenCreated => "api_token.created",
            Self::ApiTokenRevoked => "api_token.revoked",
            Self::CredentialBound => "credential.bound",
            Self::CredentialRenamed => "credential.renamed",
            Self::CredentialRevoked => "credential.revoked",
            Self::CredentialFlagged => "credential.flagged",
            Self::BindingJobCreated => "binding_job.created",
            Self::BindingJobRevoked => "binding_job.revoked",
            Self::BindingJobCompleted => "binding_job.completed",
            Self::LoginCodeCreated => "login_code.created",
            Self::LoginCodeRedeemed => "login_code.redeemed",
            Self::OneTimeAccessRequested => "one_time_access.requested",
            Self::SignupTokenCreated => "signup_token.created",
            Self::SignupTokenRevoked => "signup_token.revoked",
            Self::SessionStarted => "session.started",
            Self::SessionEnded => "session.ended",
            Self::SettingsUpdated => "settings.updated",
            Self::LdapConfigUpdated => "ldap_config.updated",
            Self::LdapSynced => "ldap.synced",
            Self::ApplicationCreated => "application.created",
            Self::ApplicationUpdated => "application.updated",
            Self::ApplicationSecretRotated => "application.secret_rotated",
            Self::ApplicationDeleted => "application.deleted",
            Self::ApplicationSignedIn => "application.signed_in",
            Self::ApplicationConsentRevoked => "application.consent_revoked",
            Self::EmailTemplateCreated => "email_template.created",
            Self::EmailTemplateUpdated => "email_template.updated",
            Self::EmailTemplateDeleted => "email_template.deleted",
            Self::AuthenticatorConfigCreated => "authenticator_config.created",
            Self::AuthenticatorConfigUpdated => "authenticator_config.updated",
            Self::AuthenticatorConfigDeleted => "authenticator_config.deleted",
            Self::RealmCreated => "realm.created",
            Self::RealmUpdated => "realm.updated",
            Self::RealmDeleted => "realm.deleted",
            Self::TenantUpdated => "tenant.updated",
            Self::EmailTested => "email.tested",
            Self::SigningKeyRotated => "signing_key.rotated",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|a| a.as_str() == s)
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Success, Self::Failure]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// Who acted, as the audit log records it: `identity` (a person, signed in or signing in),
/// `api_token`, `system` (the command line), `ldap` (directory sync) or `anonymous` (someone
/// not yet known, like a failed sign-in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub kind: &'static str,
    pub id: Option<String>,
}

impl Actor {
    pub fn identity(id: &str) -> Self {
        Self {
            kind: "identity",
            id: Some(id.to_owned()),
        }
    }
    pub fn api_token(id: &str) -> Self {
        Self {
            kind: "api_token",
            id: Some(id.to_owned()),
        }
    }
    pub fn anonymous() -> Self {
        Self {
            kind: "anonymous",
            id: None,
        }
    }
    /// The command line (`keybound ...` on the server's machine).
    pub fn system() -> Self {
        Self {
            kind: "system",
            id: None,
        }
    }

    /// LDAP sync, acting on the people and groups it brings in.
    pub fn ldap() -> Self {
        Self {
            kind: "ldap",
            id: None,
        }
    }

    /// A SCIM client, with the API token it presented.
    pub fn scim(token_id: &str) -> Self {
        Self {
            kind: "scim",
            id: Some(token_id.to_owned()),
        }
    }

    pub fn kind_from(s: &str) -> &'static str {
        ["identity", "api_token", "system", "ldap", "scim"]
            .into_iter()
            .find(|k| *k == s)
            .unwrap_or("anonymous")
    }
}

/// What was acted on: a kind (`identity`, `credential`, `login_code`, ...) and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub kind: String,
    pub id: String,
}

impl Target {
    pub fn new(kind: &str, id: &str) -> Self {
        Self {
            kind: kind.to_owned(),
            id: id.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub id: String,
    pub tenant_id: String,
    pub realm_id: Option<String>,
    pub time: OffsetDateTime,
    pub actor: Actor,
    pub action: String,
    pub target: Option<Target>,
    /// The identity the event concerns, if any, so that a person's activity can be listed.
    pub identity_id: Option<String>,
    pub outcome: Outcome,
    pub ip: String,
    pub user_agent: String,
    /// A short human explanation (a failure's reason, a new name).
    pub detail: String,
}

impl AuditEvent {
    /// A successful `action` by nobody known yet, at `time`; the builder methods fill in the rest.
    pub fn new(tenant_id: &str, action: Action, time: OffsetDateTime) -> Self {
        Self {
            id: crate::ordered_id(time),
            tenant_id: tenant_id.to_owned(),
            realm_id: None,
            time,
            actor: Actor::anonymous(),
            action: action.as_str().to_owned(),
            target: None,
            identity_id: None,
            outcome: Outcome::Success,
            ip: String::new(),
            user_agent: String::new(),
            detail: String::new(),
        }
    }

    /// The same event, with an id of its own: one of many alike (a batch's).
    pub fn again(&self) -> Self {
        Self {
            id: crate::ordered_id(self.time),
            ..self.clone()
        }
    }

    pub fn realm(mut self, realm_id: &str) -> Self {
        self.realm_id = Some(realm_id.to_owned());
        self
    }

    pub fn by(mut self, actor: Actor) -> Self {
        self.actor = actor;
        self
    }

    pub fn on(mut self, kind: &str, id: &str) -> Self {
        self.target = Some(Target::new(kind, id));
        self
    }

    /// The identity the event concerns.
    pub fn about(mut self, identity_id: &str) -> Self {
        self.identity_id = Some(identity_id.to_owned());
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    pub fn failed(mut self, reason: impl Into<String>) -> Self {
        self.outcome = Outcome::Failure;
        self.detail = reason.into();
        self
    }

    pub fn from_client(mut self, ip: &str, user_agent: &str) -> Self {
        self.ip = ip.to_owned();
        self.user_agent = user_agent.chars().take(512).collect();
        self
    }
}

/// Attributes `GET /audit-events` filters on.
pub const FILTER_ATTRIBUTES: &[&str] = &[
    "action",
    "outcome",
    "actor_type",
    "actor_id",
    "target_type",
    "target_id",
    "identity_id",
    "ip",
];

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn every_action_has_one_name_of_the_form_resource_past_tense() {
        let mut seen = std::collections::HashSet::new();
        for action in Action::ALL {
            let name = action.as_str();
            assert!(seen.insert(name), "{name} twice");
            let (resource, what) = name.split_once('.').expect("resource.past_tense");
            assert!(!resource.is_empty() && !what.is_empty(), "{name}");
            assert_eq!(Action::parse(name), Some(*action));
        }
    }
}
