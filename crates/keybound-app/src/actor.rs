//! Who acts. Every change is made by an [`Actor`]: a person signed in to the console with a
//! role, an API token, the command line (the system) or LDAP sync. The use case asks the actor
//! whether it may do the change (the permission, named like the API's scopes:
//! `identities:update`), and whether it may do it to that person: a role limited to some groups
//! reaches only their members (anyone else is not found), and nobody acts on someone whose
//! rights are equal to or reach beyond their own, so a narrow token or a helpdesk cannot reach
//! an administrator, whose sign-in link or passkey would open the whole console.

use crate::audit::Client;
use crate::{App, AppError, Result};
use keybound_core::api_token::{self, ApiToken};
use keybound_core::audit::{self, Action, AuditEvent};
use keybound_core::identity::Identity;
use keybound_core::role::{Role, RoleGrant};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Who {
    /// A person signed in to the console: only a person with a role gets there, and only with
    /// a session signed in with a passkey.
    Person { identity_id: String, grant: RoleGrant },
    /// An API token and the scopes it was given.
    ApiToken { id: String, scopes: Vec<String> },
    /// The command line on the server's machine: whoever may run it owns the installation.
    System,
    /// LDAP sync, bringing the directory's people and groups in.
    Ldap,
    /// A SCIM client (Entra ID, Okta, an HR system) with its API token's SCIM scopes.
    Scim { id: String, scopes: Vec<String> },
}

/// Who is acting, and from where.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Actor {
    pub who: Who,
    pub client: Client,
}

impl Actor {
    /// A person signed in to the console with the role `grant`.
    pub fn person(identity_id: &str, grant: RoleGrant, client: Client) -> Self {
        Self {
            who: Who::Person {
                identity_id: identity_id.to_owned(),
                grant,
            },
            client,
        }
    }

    /// An administrator signed in to the console.
    pub fn administrator(identity_id: &str, client: Client) -> Self {
        Self::person(identity_id, RoleGrant::new(Role::Admin, Vec::new()), client)
    }

    pub fn api_token(token: &ApiToken, client: Client) -> Self {
        Self {
            who: Who::ApiToken {
                id: token.id.clone(),
                scopes: token.scopes.clone(),
            },
            client,
        }
    }

    /// A SCIM client presenting `token`.
    pub fn scim(token: &ApiToken, client: Client) -> Self {
        Self {
            who: Who::Scim {
                id: token.id.clone(),
                scopes: token.scopes.clone(),
            },
            client,
        }
    }

    /// Is a SCIM client acting?
    pub fn is_scim(&self) -> bool {
        matches!(self.who, Who::Scim { .. })
    }

    pub fn system() -> Self {
        Self {
            who: Who::System,
            client: Client::default(),
        }
    }

    pub fn ldap() -> Self {
        Self {
            who: Who::Ldap,
            client: Client::default(),
        }
    }

    /// The actor as the audit log records it.
    pub fn recorded(&self) -> audit::Actor {
        match &self.who {
            Who::Person { identity_id, .. } => audit::Actor::identity(identity_id),
            Who::ApiToken { id, .. } => audit::Actor::api_token(id),
            Who::System => audit::Actor::system(),
            Who::Ldap => audit::Actor::ldap(),
            Who::Scim { id, .. } => audit::Actor::scim(id),
        }
    }

    /// The identity acting, when a person is.
    pub fn identity_id(&self) -> Option<&str> {
        match &self.who {
            Who::Person { identity_id, .. } => Some(identity_id),
            _ => None,
        }
    }

    /// The role of the person acting, if a person is.
    pub fn grant(&self) -> Option<&RoleGrant> {
        match &self.who {
            Who::Person { grant, .. } => Some(grant),
            _ => None,
        }
    }

    /// The groups whose members alone this actor sees and acts on; `None`: everyone.
    pub fn scope(&self) -> Option<&[String]> {
        self.grant()
            .filter(|g| g.is_scoped())
            .map(|g| g.group_ids.as_slice())
    }

    /// Has every right: an administrator, a token with the scope `*`, or the command line.
    pub fn is_administrator(&self) -> bool {
        match &self.who {
            Who::Person { grant, .. } => grant.role == Role::Admin,
            Who::System => true,
            Who::ApiToken { scopes, .. } => scopes.iter().any(|s| s == "*"),
            Who::Ldap | Who::Scim { .. } => false,
        }
    }

    /// May it do what `permission` (an API scope such as `identities:update`) names?
    pub fn may(&self, permission: &str) -> bool {
        match &self.who {
            Who::Person { grant, .. } => grant.role.allows(permission),
            Who::System => true,
            Who::ApiToken { scopes, .. } => api_token::allows(scopes, permission),
            Who::Ldap => permission.starts_with("identities:") || permission.starts_with("groups:"),
            // SCIM's own scopes: `scim:users:create` for `identities:create`.
            Who::Scim { scopes, .. } => {
                let scim = match permission.split_once(':') {
                    Some(("identities", action)) => format!("scim:users:{action}"),
                    Some(("groups", action)) => format!("scim:groups:{action}"),
                    _ => return false,
                };
                api_token::allows(scopes, &scim)
            }
        }
    }

    /// Forbidden, saying which permission is missing, unless it [`may`](Self::may).
    pub fn require(&self, permission: &str) -> Result<()> {
        if self.may(permission) {
            return Ok(());
        }
        Err(AppError::forbidden(match &self.who {
            Who::ApiToken { .. } => format!("this API token lacks the scope `{permission}`"),
            Who::Scim { .. } => match permission.split_once(':') {
                Some(("identities", action)) => {
                    format!("this API token lacks the scope `scim:users:{action}`")
                }
                Some(("groups", action)) => {
                    format!("this API token lacks the scope `scim:groups:{action}`")
                }
                _ => format!("a SCIM client may not do this (it needs `{permission}`)"),
            },
            Who::Person { grant, .. } => format!(
                "the {} role does not allow this (it needs `{permission}`)",
                grant.role.label().to_lowercase()
            ),
            _ => format!("this needs the permission `{permission}`"),
        }))
    }

    /// Forbidden unless it may hand out `scope` in a new API token: only what it holds itself.
    pub fn require_grantable(&self, scope: &str) -> Result<()> {
        let role_permissions;
        let held = match &self.who {
            Who::System => return Ok(()),
            Who::Person { grant, .. } if grant.role == Role::Admin => return Ok(()),
            Who::Person { grant, .. } => {
                role_permissions = grant.role.permissions();
                role_permissions.as_slice()
            }
            Who::ApiToken { scopes, .. } | Who::Scim { scopes, .. } => scopes.as_slice(),
            Who::Ldap => &[],
        };
        if api_token::covers(held, scope) {
            Ok(())
        } else {
            Err(AppError::forbidden(format!(
                "a token cannot create another with the scope `{scope}`: it does not hold it itself"
            )))
        }
    }

    /// Not found unless `target` is within the actor's groups (a role limited to some groups
    /// sees nobody else); then forbidden unless it may act on them: a role holder is acted on
    /// only by an actor whose rights hold theirs and more (an administrator, a `*` token or the
    /// command line acts on everyone; a narrower token on nobody with a role). LDAP sync acts on
    /// the people it brought in, whoever they are.
    pub async fn require_over(&self, app: &App, target: &Identity) -> Result<()> {
        self.require_sees(app, target).await?;
        if self.is_administrator() || self.who == Who::Ldap {
            return Ok(());
        }
        // Suspended or not: resuming someone is acting on them too.
        let Some(theirs) = target.role.as_ref() else {
            return Ok(());
        };
        let outranked = match &self.who {
            Who::Person { grant, .. } => grant.role.outranks(theirs.role),
            _ => false,
        };
        if outranked {
            return Ok(());
        }
        Err(AppError::forbidden(format!(
            "`{}` holds the {} role: only someone with more rights than theirs may do this to them",
            target.traits.username,
            theirs.role.label().to_lowercase()
        )))
    }

    /// Forbidden for a role limited to some groups unless `group_ids` are some of those groups:
    /// what such a role makes or moves must stay within its reach.
    pub fn require_within(&self, group_ids: &[String]) -> Result<()> {
        let Some(groups) = self.scope() else {
            return Ok(());
        };
        if !group_ids.is_empty() && group_ids.iter().all(|g| groups.contains(g)) {
            return Ok(());
        }
        Err(AppError::forbidden(
            "your role covers the members of some groups only: choose one or more of those groups",
        ))
    }

    /// Forbidden for a role limited to some groups: for changes to the realm as a whole, such as
    /// creating, renaming or deleting groups.
    pub fn require_whole_realm(&self) -> Result<()> {
        if self.scope().is_none() {
            return Ok(());
        }
        Err(AppError::forbidden(
            "your role covers the members of some groups only, not the whole realm",
        ))
    }

    /// Not found unless the actor sees `target`: everyone does but a role limited to some groups,
    /// which sees their members only.
    pub async fn require_sees(&self, app: &App, target: &Identity) -> Result<()> {
        let Some(groups) = self.scope() else {
            return Ok(());
        };
        if app.store.is_member_of_any(&target.id, groups).await? {
            return Ok(());
        }
        Err(AppError::not_found(format!("identity {} not found", target.id)))
    }

    /// A new audit event of this actor for `action`, now, from its client.
    pub fn event(&self, app: &App, action: Action) -> AuditEvent {
        self.client.event(app, action).by(self.recorded())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(scopes: &[&str]) -> Actor {
        Actor {
            who: Who::ApiToken {
                id: "t".into(),
                scopes: scopes.iter().map(|s| s.to_string()).collect(),
            },
            client: Client::default(),
        }
    }

    #[test]
    fn only_full_rights_make_an_administrator() {
        assert!(Actor::system().is_administrator());
        assert!(Actor::administrator("i", Client::default()).is_administrator());
        assert!(token(&["*"]).is_administrator());
        assert!(!token(&["identities:*", "login-codes:create"]).is_administrator());
        assert!(!Actor::ldap().is_administrator());
    }

    #[test]
    fn a_token_may_what_its_scopes_say_and_grants_no_more() {
        let t = token(&["identities:*", "api-tokens:create"]);
        assert!(t.may("identities:update"));
        assert!(!t.may("groups:read"));
        assert!(t.require_grantable("identities:read").is_ok());
        assert!(t.require_grantable("*").is_err());
        assert!(t.require_grantable("ldap:update").is_err());
        assert!(Actor::ldap().may("groups:create"));
        assert!(!Actor::ldap().may("api-tokens:create"));
    }
}
