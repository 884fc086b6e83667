//! Syncing people and groups from an LDAP directory: the settings, what a sync read from the
//! directory, and the difference it applies to a realm. Reading the directory and writing the
//! difference happen elsewhere; everything here is pure.

use crate::error::{Invalid, Violations};
use crate::identity::{username_key, username_skeleton, Traits};
use crate::role::Role;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The settings as given, each field optional: from the configuration file and the environment
/// (which win, and show as locked), or per realm over the API and the console.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LdapSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starttls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_cert_verify: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind_dn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind_password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_given_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_family_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_group_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr_group_member: Option<String>,
    /// Members of a group inside a group are members of the outer group too (Active
    /// Directory's nesting); off unless set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nested_groups: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_group: Option<String>,
    /// Console roles by directory group: `helpdesk=cn=it-helpdesk,ou=groups,dc=example,dc=org;
    /// auditor=auditors` (a group's DN or name after each role).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_groups: Option<String>,
    /// `suspend` or `delete`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// `1h`, `30m`, `1d`...; `0` turns the schedule off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_interval: Option<String>,
}

/// The defaults, as the settings page shows them.
pub const DEFAULT_USER_FILTER: &str = "(objectClass=person)";
pub const DEFAULT_GROUP_FILTER: &str =
    "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))";
pub const DEFAULT_PAGE_SIZE: i64 = 500;
pub const DEFAULT_INTERVAL: &str = "1h";

impl LdapSettings {
    /// The field names, in the order the settings page lists them.
    pub const FIELDS: &'static [&'static str] = &[
        "url",
        "starttls",
        "skip_cert_verify",
        "bind_dn",
        "bind_password",
        "base_dn",
        "user_filter",
        "group_filter",
        "attr_unique_id",
        "attr_username",
        "attr_email",
        "attr_given_name",
        "attr_family_name",
        "attr_display_name",
        "attr_group_name",
        "attr_group_member",
        "nested_groups",
        "admin_group",
        "role_groups",
        "removed",
        "page_size",
        "sync_interval",
    ];

    fn as_map(&self) -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        }
    }

    /// A field's value, as JSON (None when unset); the password's only as "set".
    pub fn field(&self, name: &str) -> Option<serde_json::Value> {
        self.as_map().get(name).map(|v| {
            if name == "bind_password" {
                serde_json::Value::Bool(true)
            } else {
                v.clone()
            }
        })
    }

    /// The names of the fields that are set.
    pub fn set_fields(&self) -> Vec<String> {
        self.as_map().into_iter().map(|(k, _)| k).collect()
    }

    /// These settings with every field that `over` sets taken from it.
    pub fn overlay(&self, over: &Self) -> Self {
        let mut map = self.as_map();
        map.extend(over.as_map());
        serde_json::from_value(serde_json::Value::Object(map)).unwrap_or_else(|_| over.clone())
    }

    /// The checks of the values that do not depend on the server: the filters, `removed` and
    /// `page_size`.
    fn check_values(&self, v: &mut Violations) {
        for (field, value) in [
            ("user_filter", &self.user_filter),
            ("group_filter", &self.group_filter),
        ] {
            if let Some(f) = value.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
                if !(f.starts_with('(') && f.ends_with(')')) {
                    v.add(
                        field,
                        "must be an LDAP filter in parentheses, like (objectClass=person)",
                    );
                }
            }
        }
        if !matches!(self.removed.as_deref(), None | Some("suspend") | Some("delete")) {
            v.add("removed", "must be suspend or delete");
        }
        if !(1..=10_000).contains(&self.page_size.unwrap_or(DEFAULT_PAGE_SIZE)) {
            v.add("page_size", "must be between 1 and 10000");
        }
        if let Err(why) = parse_role_groups(self.role_groups.as_deref().unwrap_or_default()) {
            v.add("role_groups", why);
        }
    }

    /// The settings in force, with the defaults filled in; `None` when no URL is set (sync
    /// off). Field names in violations are those of this struct.
    pub fn resolve(&self) -> Result<Option<LdapConfig>, Invalid> {
        let mut v = Violations::default();
        let Some(url) = self.url.clone().filter(|u| !u.trim().is_empty()) else {
            // Off, but what is saved must still be valid for when a URL is set.
            self.check_values(&mut v);
            return v.finish().map(|()| None);
        };
        let url = url.trim().to_owned();
        if !(url.starts_with("ldap://") || url.starts_with("ldaps://")) || url.len() > 2048 {
            v.add("url", "must be an ldap:// or ldaps:// URL");
        }
        let starttls = self.starttls.unwrap_or(false);
        if starttls && url.starts_with("ldaps://") {
            v.add("starttls", "is for ldap:// URLs; ldaps:// is TLS already");
        }
        let text = |value: &Option<String>, default: &str| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .unwrap_or(default)
                .to_owned()
        };
        let base_dn = text(&self.base_dn, "");
        if base_dn.is_empty() {
            v.add("base_dn", "is required");
        }
        self.check_values(&mut v);
        let removed = match self.removed.as_deref() {
            Some("delete") => Removed::Delete,
            _ => Removed::Suspend,
        };
        let page_size = self.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        let interval_text = text(&self.sync_interval, DEFAULT_INTERVAL);
        let sync_interval = if interval_text == "0" {
            None
        } else {
            match crate::api_token::parse_lifetime(&interval_text) {
                Ok(d) if d >= time::Duration::minutes(1) => Some(d),
                Ok(_) => {
                    v.add(
                        "sync_interval",
                        "must be at least 1m, or 0 to turn the schedule off",
                    );
                    None
                }
                Err(why) => {
                    v.add("sync_interval", why);
                    None
                }
            }
        };
        v.finish()?;
        Ok(Some(LdapConfig {
            url,
            starttls,
            skip_cert_verify: self.skip_cert_verify.unwrap_or(false),
            bind_dn: self.bind_dn.clone().filter(|d| !d.is_empty()),
            bind_password: self.bind_password.clone().unwrap_or_default(),
            base_dn,
            user_filter: text(&self.user_filter, DEFAULT_USER_FILTER),
            group_filter: text(&self.group_filter, DEFAULT_GROUP_FILTER),
            attr_unique_id: text(&self.attr_unique_id, "entryUUID"),
            attr_username: text(&self.attr_username, "uid"),
            attr_email: text(&self.attr_email, "mail"),
            attr_given_name: text(&self.attr_given_name, "givenName"),
            attr_family_name: text(&self.attr_family_name, "sn"),
            attr_display_name: text(&self.attr_display_name, "cn"),
            attr_group_name: text(&self.attr_group_name, "cn"),
            attr_group_member: text(&self.attr_group_member, "member"),
            nested_groups: self.nested_groups.unwrap_or(false),
            admin_group: self.admin_group.clone().filter(|g| !g.trim().is_empty()),
            role_groups: parse_role_groups(self.role_groups.as_deref().unwrap_or_default())
                .unwrap_or_default(),
            removed,
            page_size: page_size as i32,
            sync_interval,
        }))
    }
}

/// `role=group;role=group` as (role, group DN or name) pairs; empty: none.
pub fn parse_role_groups(text: &str) -> Result<Vec<(Role, String)>, String> {
    let mut pairs = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (role, group) = part
            .split_once('=')
            .map(|(r, g)| (r.trim(), g.trim()))
            .filter(|(_, g)| !g.is_empty())
            .ok_or_else(|| {
                format!(
                    "`{part}` must be role=group, like helpdesk=cn=it-helpdesk,ou=groups,dc=example,dc=org"
                )
            })?;
        let role = Role::parse(role).ok_or_else(|| {
            format!("`{role}` is not a role: helpdesk, user_manager, app_manager, auditor or admin")
        })?;
        pairs.push((role, group.to_owned()));
    }
    Ok(pairs)
}

/// What happens to people who left the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    Suspend,
    Delete,
}

/// The settings in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LdapConfig {
    pub url: String,
    pub starttls: bool,
    pub skip_cert_verify: bool,
    /// None: an anonymous bind.
    pub bind_dn: Option<String>,
    pub bind_password: String,
    pub base_dn: String,
    pub user_filter: String,
    pub group_filter: String,
    pub attr_unique_id: String,
    pub attr_username: String,
    pub attr_email: String,
    pub attr_given_name: String,
    pub attr_family_name: String,
    pub attr_display_name: String,
    pub attr_group_name: String,
    pub attr_group_member: String,
    pub nested_groups: bool,
    pub admin_group: Option<String>,
    /// Console roles by directory group (DN or name).
    pub role_groups: Vec<(Role, String)>,
    pub removed: Removed,
    pub page_size: i32,
    /// None: no schedule, only syncs on demand.
    pub sync_interval: Option<time::Duration>,
}

impl LdapConfig {
    /// The member attributes read from groups: the configured one, and the usual others.
    pub fn member_attributes(&self) -> Vec<String> {
        let mut attrs = vec![self.attr_group_member.clone()];
        for other in ["member", "uniqueMember", "memberUid"] {
            if !attrs.iter().any(|a| a.eq_ignore_ascii_case(other)) {
                attrs.push(other.to_owned());
            }
        }
        attrs
    }
}

/// A person as the directory describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryPerson {
    pub dn: String,
    /// The stable key (`entryUUID`, or `objectGUID` shown as a UUID).
    pub unique_id: Option<String>,
    pub username: Option<String>,
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub display_name: Option<String>,
    /// Active Directory's `primaryGroupID`: the RID of the person's primary group ("Domain
    /// Users"), which does not list them in its `member`.
    pub primary_group: Option<u32>,
}

/// A group as the directory describes it; members are DNs or (posixGroup `memberUid`) usernames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryGroup {
    pub dn: String,
    pub unique_id: Option<String>,
    pub name: Option<String>,
    pub members: Vec<String>,
    /// Active Directory's relative id of the group (its `primaryGroupToken`, the last part of
    /// its `objectSid`), which people's `primaryGroupID` names.
    pub rid: Option<u32>,
}

impl Directory {
    /// Completes the groups' members as Active Directory means them: a person whose
    /// `primaryGroupID` names a group is its member; and, with `nested`, the members of a group
    /// inside a group are members of the outer one too, however deep (cycles end the walk).
    pub fn complete_memberships(&mut self, nested: bool) {
        for person in &self.people {
            let Some(rid) = person.primary_group else {
                continue;
            };
            if let Some(group) = self.groups.iter_mut().find(|g| g.rid == Some(rid)) {
                if !group.members.iter().any(|m| m.eq_ignore_ascii_case(&person.dn)) {
                    group.members.push(person.dn.clone());
                }
            }
        }
        if !nested {
            return;
        }
        let index: HashMap<String, usize> = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.dn.to_lowercase(), i))
            .collect();
        let expanded: Vec<Vec<String>> = (0..self.groups.len())
            .map(|start| {
                let mut visited = HashSet::from([start]);
                let mut stack = vec![start];
                let mut members = Vec::new();
                let mut seen = HashSet::new();
                while let Some(at) = stack.pop() {
                    for member in &self.groups[at].members {
                        match index.get(&member.to_lowercase()) {
                            Some(&inner) => {
                                if visited.insert(inner) {
                                    stack.push(inner);
                                }
                            }
                            None => {
                                if seen.insert(member.to_lowercase()) {
                                    members.push(member.clone());
                                }
                            }
                        }
                    }
                }
                members
            })
            .collect();
        for (group, members) in self.groups.iter_mut().zip(expanded) {
            group.members = members;
        }
    }
}

/// Everything one sync read, complete: a sync never plans from a partial read.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub people: Vec<DirectoryPerson>,
    pub groups: Vec<DirectoryGroup>,
}

/// A person the directory put in the realm.
#[derive(Debug, Clone)]
pub struct SyncedPerson {
    pub identity_id: String,
    pub ldap_id: String,
    pub display_name: String,
    pub traits: Traits,
    pub active: bool,
    /// Suspended because the directory no longer has them (a return reactivates them).
    pub removed: bool,
    /// Their console role, if it is one the directory may give (whole-realm).
    pub role: Option<Role>,
}

/// A group the directory put in the realm, with its members' identity ids.
#[derive(Debug, Clone)]
pub struct SyncedGroup {
    pub group_id: String,
    pub ldap_id: String,
    pub name: String,
    pub member_ids: Vec<String>,
}

/// What the realm holds from the directory, and which of the directory's usernames belong to
/// identities the directory does not own.
#[derive(Debug, Clone, Default)]
pub struct RealmState {
    pub people: Vec<SyncedPerson>,
    pub groups: Vec<SyncedGroup>,
    /// Username skeletons of local identities whose usernames are, or look like, the
    /// directory's.
    pub local_usernames: HashSet<String>,
}

/// A person to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    pub identity_id: String,
    pub ldap_id: String,
    pub display_name: String,
    pub traits: Traits,
    pub role: Option<Role>,
}

/// The difference a sync applies, all in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub create: Vec<NewPerson>,
    /// (identity id, display name, traits): the directory's values replace the realm's.
    pub update: Vec<(String, String, Traits)>,
    pub suspend: Vec<String>,
    pub delete: Vec<String>,
    pub reactivate: Vec<String>,
    /// (group id, ldap id, name).
    pub create_groups: Vec<(String, String, String)>,
    /// (group id, new name).
    pub rename_groups: Vec<(String, String)>,
    pub delete_groups: Vec<String>,
    /// (group id, identity id).
    pub add_members: Vec<(String, String)>,
    pub remove_members: Vec<(String, String)>,
    /// (identity id, console role) for LDAP people whose role changes.
    pub roles: Vec<(String, Option<Role>)>,
}

/// An entry the sync left alone, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub entry: String,
    pub reason: String,
}

/// What a sync did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncReport {
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub suspended: usize,
    pub deleted: usize,
    pub reactivated: usize,
    pub groups_created: usize,
    pub groups_updated: usize,
    pub groups_deleted: usize,
    pub memberships_added: usize,
    pub memberships_removed: usize,
    /// Console roles given and taken by the directory's groups.
    pub roles_granted: usize,
    pub roles_revoked: usize,
    pub skipped: Vec<Skipped>,
    pub duration_ms: u64,
    /// For a dry run: a line per change it would make.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
}

/// Why a sync stopped before changing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It would remove more than half of the people the directory put in the realm.
    TooManyRemoved { removing: usize, of: usize },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooManyRemoved { removing, of } => write!(
                f,
                "the sync would suspend or delete {removing} of {of} people from the directory (more than half): \
                 check the base DN and the user filter, or sync with --force"
            ),
        }
    }
}

/// Compares the directory with what the realm holds; `new_id` names what is created.
pub fn plan(
    config: &LdapConfig,
    directory: &Directory,
    state: &RealmState,
    force: bool,
    mut new_id: impl FnMut() -> String,
) -> Result<(Changes, SyncReport), Refusal> {
    let mut changes = Changes::default();
    let mut report = SyncReport::default();
    let skip = |report: &mut SyncReport, entry: &str, reason: String| {
        report.skipped.push(Skipped {
            entry: entry.to_owned(),
            reason,
        })
    };

    // People: the directory's, keyed by their stable id.
    let synced: HashMap<&str, &SyncedPerson> = state.people.iter().map(|p| (p.ldap_id.as_str(), p)).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut usernames: HashSet<String> = HashSet::new();
    // DN (lower case) and username key → identity id, for group members.
    let mut by_dn: HashMap<String, String> = HashMap::new();
    let mut by_username: HashMap<String, String> = HashMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    // Usernames still held by people who left the directory (kept, suspended).
    let in_directory: HashSet<&str> = directory
        .people
        .iter()
        .filter_map(|p| p.unique_id.as_deref())
        .collect();
    let held_by_former: HashSet<String> = match config.removed {
        Removed::Suspend => state
            .people
            .iter()
            .filter(|p| !in_directory.contains(p.ldap_id.as_str()))
            .map(|p| username_skeleton(&p.traits.username))
            .collect(),
        Removed::Delete => HashSet::new(),
    };
    for person in &directory.people {
        let Some(ldap_id) = person.unique_id.clone().filter(|u| !u.is_empty()) else {
            skip(
                &mut report,
                &person.dn,
                format!("no {} attribute", config.attr_unique_id),
            );
            continue;
        };
        let Some(username) = person.username.clone().filter(|u| !u.is_empty()) else {
            skip(
                &mut report,
                &person.dn,
                format!("no {} attribute", config.attr_username),
            );
            continue;
        };
        if !seen.insert(ldap_id.clone()) {
            skip(
                &mut report,
                &person.dn,
                format!("the same {} as another entry", config.attr_unique_id),
            );
            continue;
        }
        let key = username_key(&username);
        // Usernames that look alike (the same confusable skeleton) cannot both be in a realm.
        let look = username_skeleton(&username);
        if !usernames.insert(look.clone()) {
            skip(
                &mut report,
                &person.dn,
                format!("username `{username}` is used by, or looks like, another entry's"),
            );
            continue;
        }
        let traits = Traits {
            username: username.clone(),
            primary_email_address: person.email.clone().filter(|e| !e.is_empty()),
            given_name: person.given_name.clone().filter(|e| !e.is_empty()),
            family_name: person.family_name.clone().filter(|e| !e.is_empty()),
            external_id: Some(person.dn.clone()),
            locale: None,
        };
        let display_name = person
            .display_name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| username.clone());
        if let Err(invalid) = crate::identity::validate(&display_name, &traits) {
            skip(&mut report, &person.dn, invalid.to_string());
            continue;
        }
        let identity_id = match synced.get(ldap_id.as_str()) {
            Some(existing) => {
                if existing.display_name != display_name || existing.traits != traits {
                    report.changes.push(format!("update {username}"));
                    changes
                        .update
                        .push((existing.identity_id.clone(), display_name, traits));
                }
                if existing.removed {
                    report.changes.push(format!("reactivate {username}"));
                    changes.reactivate.push(existing.identity_id.clone());
                }
                existing.identity_id.clone()
            }
            None => {
                if state.local_usernames.contains(&look) {
                    skip(
                        &mut report,
                        &person.dn,
                        format!(
                            "username `{username}` belongs to, or looks like, a local identity's; it is not overwritten"
                        ),
                    );
                    continue;
                }
                if held_by_former.contains(&look) {
                    skip(
                        &mut report,
                        &person.dn,
                        format!(
                            "username `{username}` is held by a person who left the directory (suspended); \
                             delete that identity to let this entry in"
                        ),
                    );
                    continue;
                }
                let identity_id = new_id();
                report.changes.push(format!("create {username}"));
                changes.create.push(NewPerson {
                    identity_id: identity_id.clone(),
                    ldap_id: ldap_id.clone(),
                    display_name,
                    traits,
                    role: None,
                });
                identity_id
            }
        };
        by_dn.insert(person.dn.to_lowercase(), identity_id.clone());
        names.insert(identity_id.clone(), username);
        by_username.insert(key, identity_id);
    }

    // People the directory no longer has.
    let live = state.people.iter().filter(|p| !p.removed).count();
    for person in state.people.iter().filter(|p| !seen.contains(&p.ldap_id)) {
        match config.removed {
            Removed::Delete => {
                report.changes.push(format!("delete {}", person.traits.username));
                changes.delete.push(person.identity_id.clone());
            }
            Removed::Suspend if !person.removed => {
                report.changes.push(format!("suspend {}", person.traits.username));
                changes.suspend.push(person.identity_id.clone());
            }
            Removed::Suspend => {}
        }
    }
    let removing = changes.suspend.len() + changes.delete.len();
    if !force && removing > 0 && removing * 2 > live {
        return Err(Refusal::TooManyRemoved { removing, of: live });
    }

    // Groups, and who is in them.
    let synced_groups: HashMap<&str, &SyncedGroup> =
        state.groups.iter().map(|g| (g.ldap_id.as_str(), g)).collect();
    let mut seen_groups: HashSet<String> = HashSet::new();
    // Roles from the directory's groups, when it gives any: each person's strongest.
    let gives_roles = config.admin_group.is_some() || !config.role_groups.is_empty();
    let mut roles: HashMap<String, Role> = HashMap::new();
    for group in &directory.groups {
        let Some(ldap_id) = group.unique_id.clone().filter(|u| !u.is_empty()) else {
            skip(
                &mut report,
                &group.dn,
                format!("no {} attribute", config.attr_unique_id),
            );
            continue;
        };
        let Some(name) = group.name.clone().filter(|n| !n.trim().is_empty()) else {
            skip(
                &mut report,
                &group.dn,
                format!("no {} attribute", config.attr_group_name),
            );
            continue;
        };
        if let Err(invalid) = crate::group::validate(Some(&name), None) {
            skip(&mut report, &group.dn, invalid.to_string());
            continue;
        }
        if !seen_groups.insert(ldap_id.clone()) {
            continue;
        }
        let members: HashSet<String> = group
            .members
            .iter()
            .filter_map(|m| {
                if m.contains('=') {
                    by_dn.get(&m.to_lowercase())
                } else {
                    by_username.get(&username_key(m))
                }
            })
            .cloned()
            .collect();
        let named = |g: &String| g.eq_ignore_ascii_case(&name) || g.eq_ignore_ascii_case(&group.dn);
        let admin = config
            .admin_group
            .iter()
            .filter(|g| named(g))
            .map(|_| Role::Admin);
        let given = config
            .role_groups
            .iter()
            .filter(|(_, g)| named(g))
            .map(|(r, _)| *r);
        for role in admin.chain(given) {
            for member in &members {
                let held = roles.entry(member.clone()).or_insert(role);
                if strength(role) > strength(*held) {
                    *held = role;
                }
            }
        }
        let (group_id, current): (String, HashSet<String>) = match synced_groups.get(ldap_id.as_str()) {
            Some(existing) => {
                if existing.name != name {
                    report
                        .changes
                        .push(format!("rename group {} to {name}", existing.name));
                    changes
                        .rename_groups
                        .push((existing.group_id.clone(), name.clone()));
                }
                (
                    existing.group_id.clone(),
                    existing.member_ids.iter().cloned().collect(),
                )
            }
            None => {
                let id = new_id();
                report.changes.push(format!("create group {name}"));
                changes
                    .create_groups
                    .push((id.clone(), ldap_id.clone(), name.clone()));
                (id, HashSet::new())
            }
        };
        let mut added: Vec<&String> = members.difference(&current).collect();
        added.sort();
        for identity_id in added {
            let who = names.get(identity_id).unwrap_or(identity_id);
            report.changes.push(format!("add {who} to {name}"));
            changes.add_members.push((group_id.clone(), identity_id.clone()));
        }
        let mut gone: Vec<&String> = current.difference(&members).collect();
        gone.sort();
        for identity_id in gone {
            let who = names.get(identity_id).unwrap_or(identity_id);
            report.changes.push(format!("remove {who} from {name}"));
            changes
                .remove_members
                .push((group_id.clone(), identity_id.clone()));
        }
    }
    for group in state.groups.iter().filter(|g| !seen_groups.contains(&g.ldap_id)) {
        report.changes.push(format!("delete group {}", group.name));
        changes.delete_groups.push(group.group_id.clone());
    }

    // Console roles from the directory's groups, for the directory's people only.
    if gives_roles {
        for person in &mut changes.create {
            person.role = roles.get(&person.identity_id).copied();
        }
        for person in &state.people {
            let should = roles.get(&person.identity_id).copied();
            if person.role != should && !changes.delete.contains(&person.identity_id) {
                changes.roles.push((person.identity_id.clone(), should));
            }
        }
    }

    report.created = changes.create.len();
    report.updated = changes.update.len();
    report.suspended = changes.suspend.len();
    report.deleted = changes.delete.len();
    report.reactivated = changes.reactivate.len();
    report.groups_created = changes.create_groups.len();
    report.groups_updated = changes.rename_groups.len();
    report.groups_deleted = changes.delete_groups.len();
    report.memberships_added = changes.add_members.len();
    report.memberships_removed = changes.remove_members.len();
    report.roles_granted = changes.roles.iter().filter(|(_, r)| r.is_some()).count()
        + changes.create.iter().filter(|p| p.role.is_some()).count();
    report.roles_revoked = changes.roles.iter().filter(|(_, r)| r.is_none()).count();
    Ok((changes, report))
}

/// How much a role may do, to choose one for a person in several role groups.
fn strength(role: Role) -> u8 {
    match role {
        Role::Admin => 5,
        Role::UserManager => 4,
        Role::AppManager => 3,
        Role::Auditor => 2,
        Role::Helpdesk => 1,
    }
}

/// An Active Directory `objectGUID` (16 bytes, the first three fields little-endian) as the
/// UUID Windows shows; other binary ids as hex.
pub fn binary_id(bytes: &[u8]) -> String {
    if bytes.len() != 16 {
        return bytes.iter().map(|b| format!("{b:02x}")).collect();
    }
    let b = bytes;
    format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> LdapConfig {
        LdapSettings {
            url: Some("ldap://127.0.0.1:389".into()),
            base_dn: Some("dc=example,dc=org".into()),
            admin_group: Some("admins".into()),
            ..LdapSettings::default()
        }
        .resolve()
        .unwrap()
        .unwrap()
    }

    fn person(uid: &str, id: &str) -> DirectoryPerson {
        DirectoryPerson {
            dn: format!("uid={uid},ou=people,dc=example,dc=org"),
            unique_id: Some(id.into()),
            username: Some(uid.into()),
            email: Some(format!("{uid}@example.org")),
            given_name: None,
            family_name: None,
            display_name: Some(uid.to_uppercase()),
            primary_group: None,
        }
    }

    fn ids() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new{n}")
        }
    }

    #[test]
    fn no_url_means_no_sync_and_broken_settings_name_their_field() {
        assert_eq!(LdapSettings::default().resolve(), Ok(None));
        let broken = LdapSettings {
            url: Some("http://x".into()),
            removed: Some("archive".into()),
            page_size: Some(0),
            sync_interval: Some("soon".into()),
            ..LdapSettings::default()
        };
        let fields: Vec<String> = broken
            .resolve()
            .unwrap_err()
            .0
            .into_iter()
            .map(|v| v.field)
            .collect();
        assert_eq!(
            fields,
            ["url", "base_dn", "removed", "page_size", "sync_interval"]
        );
        let off = LdapSettings {
            sync_interval: Some("0".into()),
            ..LdapSettings {
                url: Some("ldaps://dc1:636".into()),
                base_dn: Some("dc=x".into()),
                ..LdapSettings::default()
            }
        };
        assert_eq!(off.resolve().unwrap().unwrap().sync_interval, None);
    }

    #[test]
    fn settings_set_later_win_field_by_field() {
        let saved = LdapSettings {
            url: Some("ldap://a".into()),
            base_dn: Some("dc=a".into()),
            ..LdapSettings::default()
        };
        let env = LdapSettings {
            url: Some("ldap://b".into()),
            ..LdapSettings::default()
        };
        let merged = saved.overlay(&env);
        assert_eq!(merged.url.as_deref(), Some("ldap://b"));
        assert_eq!(merged.base_dn.as_deref(), Some("dc=a"));
        assert_eq!(env.set_fields(), ["url"]);
    }

    #[test]
    fn primary_groups_and_nesting_complete_the_members() {
        let group = |cn: &str, members: &[&str], rid: Option<u32>| DirectoryGroup {
            dn: format!("CN={cn},OU=Groups,DC=corp"),
            unique_id: Some(cn.into()),
            name: Some(cn.into()),
            members: members.iter().map(|m| m.to_string()).collect(),
            rid,
        };
        let mut nina = person("nina", "u1");
        nina.primary_group = Some(513);
        let mut directory = Directory {
            people: vec![nina, person("olaf", "u2")],
            groups: vec![
                group("Domain Users", &[], Some(513)),
                // Admins holds Tier2, which holds Tier3 (and Admins again: a cycle).
                group("Admins", &["cn=tier2,ou=groups,dc=corp"], None),
                group(
                    "Tier2",
                    &["CN=Tier3,OU=Groups,DC=corp", "CN=Admins,OU=Groups,DC=corp"],
                    None,
                ),
                group(
                    "Tier3",
                    &[
                        "uid=olaf,ou=people,dc=example,dc=org",
                        "cn=domain users,ou=groups,dc=corp",
                    ],
                    None,
                ),
            ],
        };
        let flat = {
            let mut d = directory.clone();
            d.complete_memberships(false);
            d
        };
        assert_eq!(flat.groups[0].members, ["uid=nina,ou=people,dc=example,dc=org"]);
        assert_eq!(
            flat.groups[1].members,
            ["cn=tier2,ou=groups,dc=corp"],
            "no nesting unless asked"
        );
        directory.complete_memberships(true);
        let mut admins = directory.groups[1].members.clone();
        admins.sort();
        assert_eq!(
            admins,
            [
                "uid=nina,ou=people,dc=example,dc=org",
                "uid=olaf,ou=people,dc=example,dc=org"
            ]
        );
        assert_eq!(directory.groups[3].members.len(), 2);
    }

    #[test]
    fn a_first_sync_creates_people_groups_members_and_admins() {
        let directory = Directory {
            people: vec![person("ann", "u1"), person("bob", "u2")],
            groups: vec![
                DirectoryGroup {
                    dn: "cn=admins,ou=groups,dc=example,dc=org".into(),
                    unique_id: Some("g1".into()),
                    name: Some("admins".into()),
                    members: vec!["uid=ann,ou=people,dc=example,dc=org".into()],
                    rid: None,
                },
                DirectoryGroup {
                    dn: "cn=staff,ou=groups,dc=example,dc=org".into(),
                    unique_id: Some("g2".into()),
                    name: Some("staff".into()),
                    members: vec!["ann".into(), "BOB".into(), "nobody".into()],
                    rid: None,
                },
            ],
        };
        let (changes, report) = plan(&config(), &directory, &RealmState::default(), false, ids()).unwrap();
        assert_eq!(report.created, 2);
        assert_eq!(report.groups_created, 2);
        assert_eq!(
            report.memberships_added, 3,
            "memberUid values are usernames; unknown ones are ignored"
        );
        assert_eq!(report.roles_granted, 1);
        assert_eq!(
            (changes.create[0].role, changes.create[1].role),
            (Some(Role::Admin), None)
        );
        assert_eq!(
            changes.create[0].traits.primary_email_address.as_deref(),
            Some("ann@example.org")
        );
    }

    #[test]
    fn renames_removals_returns_clashes_and_the_guard() {
        let synced = |uid: &str, id: &str, removed: bool| SyncedPerson {
            identity_id: format!("id-{uid}"),
            ldap_id: id.into(),
            display_name: uid.to_uppercase(),
            traits: Traits {
                username: uid.into(),
                primary_email_address: Some(format!("{uid}@example.org")),
                external_id: Some(format!("uid={uid},ou=people,dc=example,dc=org")),
                ..Traits::default()
            },
            active: !removed,
            removed,
            role: None,
        };
        let state = RealmState {
            people: vec![
                synced("ann", "u1", false),
                synced("bob", "u2", true),
                synced("cy", "u3", false),
                synced("di", "u4", false),
            ],
            groups: vec![],
            local_usernames: [username_skeleton("eve")].into(),
        };
        let directory = Directory {
            people: vec![
                person("anna", "u1"),
                person("bob", "u2"),
                person("cy", "u3"),
                person("eve", "u9"),
            ],
            groups: vec![],
        };
        let (changes, report) = plan(&config(), &directory, &state, false, ids()).unwrap();
        assert_eq!(changes.update.len(), 1, "a rename in the directory renames");
        assert_eq!(changes.update[0].0, "id-ann");
        assert_eq!(changes.reactivate, ["id-bob"]);
        assert_eq!(changes.suspend, ["id-di"]);
        assert_eq!(report.created, 0);
        assert_eq!(report.skipped.len(), 1);
        assert!(report.skipped[0].reason.contains("local identity"));

        let empty = Directory::default();
        let refused = plan(&config(), &empty, &state, false, ids()).unwrap_err();
        assert_eq!(refused, Refusal::TooManyRemoved { removing: 3, of: 3 });
        let (forced, _) = plan(&config(), &empty, &state, true, ids()).unwrap();
        assert_eq!(forced.suspend.len(), 3);
    }

    #[test]
    fn entries_whose_usernames_look_alike_are_skipped_and_reported() {
        let state = RealmState {
            local_usernames: [username_skeleton("root")].into(),
            ..RealmState::default()
        };
        let directory = Directory {
            people: vec![
                person("adam", "u1"),
                // A Cyrillic а: the same skeleton as the first entry's.
                person("\u{0430}dam", "u2"),
                // The local "root", in another case.
                person("rooT", "u3"),
            ],
            groups: vec![],
        };
        let (changes, report) = plan(&config(), &directory, &state, false, ids()).unwrap();
        assert_eq!(changes.create.len(), 1, "{report:?}");
        assert_eq!(changes.create[0].traits.username, "adam");
        assert_eq!(report.skipped.len(), 2, "{report:?}");
        assert!(report.skipped[0].reason.contains("looks like, another entry's"));
        assert!(report.skipped[1]
            .reason
            .contains("looks like, a local identity's"));
    }

    #[test]
    fn an_object_guid_reads_as_windows_shows_it() {
        let bytes = [
            0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
        ];
        assert_eq!(binary_id(&bytes), "00112233-4455-6677-8899-aabbccddeeff");
    }

    #[test]
    fn settings_saved_while_sync_is_off_are_still_checked() {
        let off = LdapSettings {
            page_size: Some(0),
            user_filter: Some("objectClass=person".into()),
            ..LdapSettings::default()
        };
        let fields: Vec<String> = off
            .resolve()
            .unwrap_err()
            .0
            .into_iter()
            .map(|v| v.field)
            .collect();
        assert_eq!(fields, ["user_filter", "page_size"]);
        assert_eq!(LdapSettings::default().resolve().unwrap(), None);
    }
}
