//! Tenants and realms. One tenant per installation; a realm is an isolated pool of identities,
//! groups and configuration.

use crate::error::{Invalid, Violations};
use time::OffsetDateTime;

pub const DEFAULT_REALM_NAME: &str = "Default";
pub const DEFAULT_TENANT_NAME: &str = "Keybound";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    pub id: String,
    /// The organisation's name, used in emails.
    pub display_name: String,
    /// The organisation's logo (an http(s) URL), shown at the top of emails.
    pub logo_url: Option<String>,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Realm {
    pub id: String,
    pub tenant_id: String,
    pub display_name: String,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

/// A tenant's or realm's display name.
pub fn validate_display_name(name: &str) -> Result<(), Invalid> {
    let mut v = Violations::default();
    v.text("display_name", Some(name), true, crate::identity::MAX_NAME);
    v.finish()
}
