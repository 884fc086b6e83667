//! Groups of identities within a realm.

use crate::error::{Invalid, Violations};
use time::OffsetDateTime;

pub const MAX_DESCRIPTION: usize = 1024;
/// How many identities one `:addMembers` / `:deleteMembers` / `:batchDelete` call may name.
pub const MAX_BATCH: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub display_name: String,
    pub description: String,
    /// An LDAP group's name and members are the directory's.
    pub source: crate::identity::Source,
    /// The id a SCIM client knows the group by.
    pub external_id: Option<String>,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

pub fn validate(display_name: Option<&str>, description: Option<&str>) -> Result<(), Invalid> {
    let mut v = Violations::default();
    if let Some(name) = display_name {
        v.text("display_name", Some(name), true, crate::identity::MAX_NAME);
        if let Some(why) = crate::names::hidden_characters(name) {
            v.add("display_name", why);
        }
    }
    v.text("description", description, false, MAX_DESCRIPTION);
    v.finish()
}

/// A list of identity ids for a batch call: 1 to `MAX_BATCH`, each non-empty. Duplicates are
/// dropped, keeping the first.
pub fn validate_ids(field: &str, ids: &[String]) -> Result<Vec<String>, Invalid> {
    if ids.is_empty() {
        return Err(Invalid::one(field, "must name at least one id"));
    }
    if ids.len() > MAX_BATCH {
        return Err(Invalid::one(field, format!("must name at most {MAX_BATCH} ids")));
    }
    if ids.iter().any(|id| id.trim().is_empty() || id.len() > 64) {
        return Err(Invalid::one(
            field,
            "ids must be non-empty and at most 64 characters",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    Ok(ids
        .iter()
        .filter(|id| seen.insert(id.as_str()))
        .cloned()
        .collect())
}
