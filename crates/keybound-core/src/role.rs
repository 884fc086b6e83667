//! Console roles: what a person given one may do, as a named set of the permissions API tokens
//! use (`identities:update`, `credential-binding-jobs:create`, …), optionally limited to the
//! members of chosen groups. A person with no role is not let into the console.

use crate::api_token;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Enrols people, ends their sessions and revokes their passkeys; changes nothing else.
    Helpdesk,
    /// Everything about people: the helpdesk's work, and creating, editing, suspending and
    /// deleting them; groups; sign-up tokens.
    UserManager,
    /// Applications (OpenID Connect clients).
    AppManager,
    /// Reads every console page and the audit log; changes nothing.
    Auditor,
    /// Everything, roles included.
    Admin,
}

/// The helpdesk's permissions, which the user manager has too.
const HELPDESK: &[&str] = &[
    "identities:read",
    "credentials:read",
    "credentials:update",
    "credential-binding-jobs:create",
    "credential-binding-jobs:read",
    "credential-binding-jobs:update",
    "batch-credential-binding-jobs:create",
    "batch-credential-binding-jobs:read",
    "login-codes:create",
    "sessions:read",
    "sessions:delete",
];

const USER_MANAGER: &[&str] = &[
    "identities:create",
    "identities:update",
    "identities:delete",
    "groups:create",
    "groups:read",
    "groups:update",
    "groups:delete",
    "signup-tokens:create",
    "signup-tokens:read",
    "signup-tokens:update",
    "signup-tokens:delete",
];

const APP_MANAGER: &[&str] = &[
    "applications:create",
    "applications:read",
    "applications:update",
    "applications:delete",
];

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Helpdesk,
        Role::UserManager,
        Role::AppManager,
        Role::Auditor,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Helpdesk => "helpdesk",
            Self::UserManager => "user_manager",
            Self::AppManager => "app_manager",
            Self::Auditor => "auditor",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// As the console names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Helpdesk => "Helpdesk",
            Self::UserManager => "User manager",
            Self::AppManager => "App manager",
            Self::Auditor => "Auditor",
            Self::Admin => "Administrator",
        }
    }

    /// May a holder of this role do what `permission` (`resource:action`) names?
    pub fn allows(self, permission: &str) -> bool {
        match self {
            Self::Admin => true,
            Self::Helpdesk => HELPDESK.contains(&permission),
            Self::UserManager => HELPDESK.contains(&permission) || USER_MANAGER.contains(&permission),
            Self::AppManager => APP_MANAGER.contains(&permission),
            // Every page, never a change; API tokens are for administrators' eyes only.
            Self::Auditor => permission.ends_with(":read") && !permission.starts_with("api-tokens:"),
        }
    }

    /// Every permission of the role, each `resource:action` spelled out.
    pub fn permissions(self) -> Vec<String> {
        api_token::RESOURCES
            .iter()
            .flat_map(|r| api_token::ACTIONS.iter().map(move |a| format!("{r}:{a}")))
            .filter(|p| self.allows(p))
            .collect()
    }

    /// Does this role hold every permission `other` holds, and more? Nobody acts on a person
    /// whose rights are equal to their own or reach beyond them: such a person's sign-in link
    /// or passkey would give the actor rights it does not have.
    pub fn outranks(self, other: Role) -> bool {
        if self == other {
            return false;
        }
        let theirs = other.permissions();
        theirs.iter().all(|p| self.allows(p))
    }
}

/// A person's role, and the groups it is limited to (none: the whole realm).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub role: Role,
    #[serde(default)]
    pub group_ids: Vec<String>,
}

impl RoleGrant {
    pub fn new(role: Role, group_ids: Vec<String>) -> Self {
        Self { role, group_ids }
    }

    /// Limited to the members of some groups?
    pub fn is_scoped(&self) -> bool {
        !self.group_ids.is_empty() && self.role != Role::Admin
    }

    /// The grant as the audit log's detail says it: `helpdesk` or `helpdesk (groups g1, g2)`.
    pub fn describe(&self) -> String {
        if self.is_scoped() {
            format!("{} (groups {})", self.role.as_str(), self.group_ids.join(", "))
        } else {
            self.role.as_str().to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_has_the_rights_of_its_row_and_no_others() {
        assert!(Role::Helpdesk.allows("login-codes:create"));
        assert!(Role::Helpdesk.allows("sessions:delete"));
        assert!(!Role::Helpdesk.allows("identities:update"));
        assert!(!Role::Helpdesk.allows("groups:read"));
        assert!(Role::UserManager.allows("identities:delete"));
        assert!(Role::UserManager.allows("credential-binding-jobs:create"));
        assert!(!Role::UserManager.allows("settings:update"));
        assert!(!Role::UserManager.allows("applications:read"));
        assert!(Role::AppManager.allows("applications:update"));
        assert!(!Role::AppManager.allows("identities:read"));
        assert!(Role::Auditor.allows("audit-events:read"));
        assert!(Role::Auditor.allows("settings:read"));
        assert!(!Role::Auditor.allows("api-tokens:read"));
        assert!(!Role::Auditor.allows("identities:update"));
        assert!(Role::Admin.allows("api-tokens:create"));
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            for p in role.permissions() {
                assert!(
                    p.split_once(':')
                        .is_some_and(|(r, _)| api_token::RESOURCES.contains(&r)),
                    "{p}"
                );
            }
        }
    }

    #[test]
    fn a_role_outranks_only_roles_whose_rights_it_holds_and_exceeds() {
        assert!(Role::Admin.outranks(Role::UserManager));
        assert!(Role::UserManager.outranks(Role::Helpdesk));
        assert!(!Role::Helpdesk.outranks(Role::Helpdesk));
        assert!(!Role::Helpdesk.outranks(Role::UserManager));
        assert!(
            !Role::UserManager.outranks(Role::AppManager),
            "apps are not theirs"
        );
        assert!(
            !Role::UserManager.outranks(Role::Auditor),
            "the auditor reads what they cannot"
        );
        assert!(!Role::AppManager.outranks(Role::Helpdesk));
        assert!(!Role::Admin.outranks(Role::Admin));
    }
}
