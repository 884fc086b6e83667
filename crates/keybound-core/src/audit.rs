//! The audit log: who did what to whom, when, from where, and whether it worked.

use time::OffsetDateTime;

/// What happened. The names are stable: filters and exports use them.
pub mod action {
    pub const SIGNIN: &str = "signin";
    pub const SIGNOUT: &str = "signout";
    pub const PASSKEY_FLAGGED: &str = "passkey.flagged";
    pub const PASSKEY_ADDED: &str = "passkey.added";
    pub const PASSKEY_RENAMED: &str = "passkey.renamed";
    pub const PASSKEY_REMOVED: &str = "passkey.removed";
    pub const BINDING_JOB_CREATED: &str = "binding_job.created";
    pub const BINDING_JOB_REVOKED: &str = "binding_job.revoked";
    pub const BINDING_CODE_REFUSED: &str = "binding_code.refused";
    pub const LOGIN_CODE_CREATED: &str = "login_code.created";
    pub const LOGIN_CODE_USED: &str = "login_code.used";
    pub const ONE_TIME_ACCESS_REQUESTED: &str = "one_time_access.requested";
    pub const SIGNUP_TOKEN_CREATED: &str = "signup_token.created";
    pub const SIGNUP_TOKEN_REVOKED: &str = "signup_token.revoked";
    pub const SIGNUP: &str = "signup";
    pub const SESSION_REVOKED: &str = "session.revoked";
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

/// Who acted: `identity` (a person, signed in or signing in), `api_token`, `system` (the
/// command line) or `anonymous` (someone not yet known, like a failed sign-in).
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

    pub fn kind_from(s: &str) -> &'static str {
        ["identity", "api_token", "system"]
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
    pub fn new(tenant_id: &str, action: &str, time: OffsetDateTime) -> Self {
        Self {
            id: crate::new_id(),
            tenant_id: tenant_id.to_owned(),
            realm_id: None,
            time,
            actor: Actor::anonymous(),
            action: action.to_owned(),
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
            id: crate::new_id(),
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
