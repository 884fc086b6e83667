//! The SCIM 2.0 service provider (RFC 7643, RFC 7644): directories such as Entra ID and Okta
//! push people and groups. A SCIM User is an identity and a SCIM Group a group; every change
//! goes through the same use cases as the API's and the console's (`identities`, `groups`),
//! by an [`Actor`] for the SCIM client's token, and is audited under the same names.
//!
//! What a SCIM client sets that Keybound has no column for (the enterprise extension, all of a
//! person's emails, and whether it assigned a display name or `active` at all) is kept as a
//! JSON document beside the person, so what a client writes it reads back.

mod discovery;
mod groups;
mod users;

pub use discovery::{resource_type, resource_types, schema, schemas, service_provider_config};

use crate::{Actor, AppError, ErrorKind};
use keybound_core::scim_filter::{self, AttrPath, ENTERPRISE};
use keybound_core::scim_patch::PatchError;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
/// At most this many resources in one page.
pub const MAX_COUNT: i64 = 1000;
const DEFAULT_COUNT: i64 = 100;

/// A SCIM error: its HTTP status, SCIM's `scimType` where one applies, and words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimError {
    pub status: u16,
    pub scim_type: Option<&'static str>,
    pub detail: String,
}

pub type ScimResult<T> = std::result::Result<T, ScimError>;

impl ScimError {
    pub fn new(status: u16, scim_type: Option<&'static str>, detail: impl Into<String>) -> Self {
        Self {
            status,
            scim_type,
            detail: detail.into(),
        }
    }

    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> Self {
        Self::new(400, Some(scim_type), detail)
    }

    /// The error as SCIM's Error message.
    pub fn body(&self) -> Value {
        let mut body = json!({
            "schemas": [ERROR],
            "status": self.status.to_string(),
            "detail": self.detail,
        });
        if let Some(t) = self.scim_type {
            body["scimType"] = json!(t);
        }
        body
    }
}

impl From<AppError> for ScimError {
    fn from(e: AppError) -> Self {
        let (kind, message, violations) = e.into_parts();
        let detail = if violations.is_empty() {
            message
        } else {
            violations
                .iter()
                .map(|v| format!("{}: {}", v.field, v.description))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let (status, scim_type) = match kind {
            ErrorKind::Invalid | ErrorKind::Unacceptable => (400, Some("invalidValue")),
            ErrorKind::Unauthenticated => (401, None),
            ErrorKind::Forbidden => (403, None),
            ErrorKind::NotFound | ErrorKind::Gone => (404, None),
            ErrorKind::Conflict if detail.contains("managed by") => (409, Some("mutability")),
            ErrorKind::Conflict => (409, Some("uniqueness")),
            ErrorKind::TooManyRequests => (429, None),
            ErrorKind::Unavailable => (503, None),
            ErrorKind::Internal => (500, None),
        };
        Self::new(status, scim_type, detail)
    }
}

impl From<keybound_store::StoreError> for ScimError {
    fn from(e: keybound_store::StoreError) -> Self {
        match e {
            keybound_store::StoreError::Invalid(i) => Self::bad(
                "invalidFilter",
                i.0.iter()
                    .map(|v| v.description.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            other => AppError::from(other).into(),
        }
    }
}

impl From<PatchError> for ScimError {
    fn from(e: PatchError) -> Self {
        Self::bad(e.scim_type, e.detail)
    }
}

/// The two kinds of resource: `/Users` and `/Groups`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Users,
    Groups,
}

/// Who asks the SCIM service of which realm, at which address.
pub struct Caller<'a> {
    pub app: &'a crate::App,
    pub actor: &'a Actor,
    pub realm: &'a keybound_core::realm::Realm,
    pub service: &'a Service,
}

impl Caller<'_> {
    /// The resources of `kind` that match the list request.
    pub async fn list(&self, kind: Kind, request: &ListRequest) -> ScimResult<Value> {
        let (app, actor, realm, service) = (self.app, self.actor, &self.realm.id, self.service);
        match kind {
            Kind::Users => users::list_users(app, actor, realm, service, request).await,
            Kind::Groups => groups::list_groups(app, actor, realm, service, request).await,
        }
    }

    pub async fn get(&self, kind: Kind, id: &str) -> ScimResult<Value> {
        let (app, actor, realm, service) = (self.app, self.actor, &self.realm.id, self.service);
        match kind {
            Kind::Users => users::get_user(app, actor, realm, service, id).await,
            Kind::Groups => groups::get_group(app, actor, realm, service, id).await,
        }
    }

    pub async fn create(&self, kind: Kind, body: &Value) -> ScimResult<Value> {
        let (app, actor, realm, service) = (self.app, self.actor, self.realm, self.service);
        match kind {
            Kind::Users => users::create_user(app, actor, realm, service, body).await,
            Kind::Groups => groups::create_group(app, actor, realm, service, body).await,
        }
    }

    /// Replaces the resource (PUT), unless `if_match` is stale.
    pub async fn replace(
        &self,
        kind: Kind,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> ScimResult<Value> {
        let (app, actor, realm, service) = (self.app, self.actor, self.realm, self.service);
        match kind {
            Kind::Users => users::replace_user(app, actor, &realm.id, service, id, body, if_match).await,
            Kind::Groups => groups::replace_group(app, actor, realm, service, id, body, if_match).await,
        }
    }

    /// Changes the resource by a PatchOp request, unless `if_match` is stale.
    pub async fn patch(
        &self,
        kind: Kind,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> ScimResult<Value> {
        let (app, actor, realm, service) = (self.app, self.actor, self.realm, self.service);
        match kind {
            Kind::Users => users::patch_user(app, actor, &realm.id, service, id, body, if_match).await,
            Kind::Groups => groups::patch_group(app, actor, realm, service, id, body, if_match).await,
        }
    }

    pub async fn delete(&self, kind: Kind, id: &str, if_match: Option<&str>) -> ScimResult<()> {
        let (app, actor, realm) = (self.app, self.actor, &self.realm.id);
        match kind {
            Kind::Users => users::delete_user(app, actor, realm, id, if_match).await,
            Kind::Groups => groups::delete_group(app, actor, realm, id, if_match).await,
        }
    }

    /// `POST /.search` at the root.
    pub async fn search_all(&self, request: &ListRequest) -> ScimResult<Value> {
        search_all(self.app, self.actor, &self.realm.id, self.service, request).await
    }
}

/// Where the SCIM service of a realm is, e.g.
/// `https://id.example.com/v1/tenants/t/realms/r/scim/v2`.
#[derive(Debug, Clone)]
pub struct Service {
    pub base: String,
}

impl Service {
    pub fn location(&self, endpoint: &str, id: &str) -> String {
        format!("{}/{endpoint}/{id}", self.base)
    }
}

/// What a list asks for (query parameters, or the body of `POST /.search`).
#[derive(Debug, Clone, Default)]
pub struct ListRequest {
    pub filter: Option<String>,
    pub sort_by: Option<String>,
    pub sort_order: Option<String>,
    pub start_index: Option<i64>,
    pub count: Option<i64>,
}

/// A parsed [`ListRequest`].
pub(crate) struct Listing {
    pub filter: Option<scim_filter::Expr>,
    pub sort_by: Option<AttrPath>,
    pub descending: bool,
    /// 1-based, as SCIM counts.
    pub start_index: u64,
    pub count: u32,
}

impl ListRequest {
    pub(crate) fn parse(&self) -> ScimResult<Listing> {
        let filter = match self.filter.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(f) => Some(scim_filter::parse(f).map_err(|why| ScimError::bad("invalidFilter", why))?),
        };
        let sort_by = match self.sort_by.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(AttrPath::parse(s).map_err(|why| ScimError::bad("invalidValue", why))?),
        };
        let descending = match self.sort_order.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("") | Some("ascending") => false,
            Some("descending") => true,
            Some(other) => {
                return Err(ScimError::bad(
                    "invalidValue",
                    format!("sortOrder must be ascending or descending, not `{other}`"),
                ))
            }
        };
        Ok(Listing {
            filter,
            sort_by,
            descending,
            start_index: self.start_index.unwrap_or(1).max(1) as u64,
            count: self.count.unwrap_or(DEFAULT_COUNT).clamp(0, MAX_COUNT) as u32,
        })
    }
}

impl Listing {
    pub(crate) fn query(&self) -> keybound_store::ScimQuery<'_> {
        keybound_store::ScimQuery {
            filter: self.filter.as_ref(),
            sort_by: self.sort_by.as_ref(),
            descending: self.descending,
            offset: self.start_index - 1,
            limit: self.count,
            in_groups: None,
        }
    }

    /// The ListResponse holding `resources`, `total` matching in all.
    pub(crate) fn response(&self, total: u64, resources: Vec<Value>) -> Value {
        json!({
            "schemas": [LIST],
            "totalResults": total,
            "startIndex": self.start_index,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        })
    }
}

/// `POST /.search` at the root: the Users, then the Groups, that match, paged as one list. A
/// filter naming attributes only one kind has finds none of the other.
async fn search_all(
    app: &crate::App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    request: &ListRequest,
) -> ScimResult<Value> {
    require_scim(actor)?;
    actor.require("identities:read")?;
    actor.require("groups:read")?;
    let listing = request.parse()?;
    let mut count_only = listing.query();
    count_only.limit = 0;
    count_only.offset = 0;
    // A kind that cannot read the filter has nothing that matches it; neither, and the
    // filter is wrong.
    let users = app.store.scim_identities(realm_id, &count_only).await;
    let groups = app.store.scim_groups(realm_id, &count_only).await;
    let (user_total, group_total) = match (users, groups) {
        (Err(e @ keybound_store::StoreError::Invalid(_)), Err(keybound_store::StoreError::Invalid(_))) => {
            return Err(e.into())
        }
        (Err(e), _) | (_, Err(e)) if !matches!(e, keybound_store::StoreError::Invalid(_)) => {
            return Err(e.into())
        }
        (u, g) => (u.map_or(0, |(_, n)| n), g.map_or(0, |(_, n)| n)),
    };
    let mut resources = Vec::new();
    let start = listing.start_index - 1;
    let wanted = u64::from(listing.count);
    if start < user_total {
        let mut q = listing.query();
        q.limit = wanted.min(user_total - start) as u32;
        let (people, _) = app.store.scim_identities(realm_id, &q).await?;
        resources.extend(users::render_all(app, service, &people).await?);
    }
    let left = wanted - resources.len() as u64;
    if left > 0 && group_total > 0 && start + (resources.len() as u64) < user_total + group_total {
        let mut q = listing.query();
        q.offset = (start + resources.len() as u64).saturating_sub(user_total);
        q.limit = left as u32;
        let (found, _) = app.store.scim_groups(realm_id, &q).await?;
        resources.extend(groups::render_all(app, service, &found).await?);
    }
    Ok(listing.response(user_total + group_total, resources))
}

/// `meta.version` of a resource last changed at `t`; also its `ETag`.
pub fn version(t: OffsetDateTime) -> String {
    format!("W/\"{}\"", t.unix_timestamp_nanos() / 1000)
}

/// Precondition failed (412) unless `if_match` (an `If-Match` header) names `current` or is
/// `*`; weak and strong forms of the same tag match.
pub(crate) fn check_version(current: &str, if_match: Option<&str>) -> ScimResult<()> {
    let Some(wanted) = if_match else {
        return Ok(());
    };
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    if wanted.trim() == "*" || wanted.split(',').any(|t| bare(t) == bare(current)) {
        return Ok(());
    }
    Err(ScimError::new(
        412,
        None,
        "the resource changed since that version: read it again and retry",
    ))
}

/// Keeps only `attributes` (plus `id` and `schemas`, always returned), or drops
/// `excluded`; both are comma-separated attribute paths.
pub fn project(resource: &mut Value, attributes: Option<&str>, excluded: Option<&str>) -> ScimResult<()> {
    let paths = |list: &str| -> ScimResult<Vec<AttrPath>> {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| AttrPath::parse(s).map_err(|why| ScimError::bad("invalidValue", why)))
            .collect()
    };
    if let Some(list) = attributes.filter(|a| !a.trim().is_empty()) {
        let wanted = paths(list)?;
        let Value::Object(all) = std::mem::take(resource) else {
            return Ok(());
        };
        let mut kept = Map::new();
        for (key, value) in all {
            if ["id", "schemas"].iter().any(|k| key.eq_ignore_ascii_case(k)) {
                kept.insert(key, value);
                continue;
            }
            let lower = key.to_ascii_lowercase();
            let for_key: Vec<&AttrPath> = wanted
                .iter()
                .filter(|p| match &p.schema {
                    Some(schema) => *schema == lower,
                    None => p.name.split('.').next() == Some(lower.as_str()),
                })
                .collect();
            if for_key.is_empty() {
                continue;
            }
            // A whole attribute, or only the sub-attributes named.
            let whole = for_key.iter().any(|p| match p.schema {
                None => !p.name.contains('.'),
                Some(_) => p.name.is_empty(),
            });
            let value = match value {
                Value::Object(fields) if !whole => {
                    let subs: Vec<String> = for_key
                        .iter()
                        .map(|p| match &p.schema {
                            Some(_) => p.name.split('.').next().unwrap_or_default().to_owned(),
                            None => p.name.split('.').nth(1).unwrap_or_default().to_owned(),
                        })
                        .collect();
                    Value::Object(
                        fields
                            .into_iter()
                            .filter(|(k, _)| subs.iter().any(|s| k.eq_ignore_ascii_case(s)))
                            .collect(),
                    )
                }
                other => other,
            };
            kept.insert(key, value);
        }
        *resource = Value::Object(kept);
    }
    if let Some(list) = excluded.filter(|a| !a.trim().is_empty()) {
        for path in paths(list)? {
            let Some(map) = resource.as_object_mut() else {
                break;
            };
            let (container, name) = match &path.schema {
                Some(schema) if path.name.is_empty() => {
                    map.retain(|k, _| !k.eq_ignore_ascii_case(schema));
                    continue;
                }
                Some(schema) => match map.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(schema)) {
                    Some((_, Value::Object(ext))) => (ext, path.name.clone()),
                    _ => continue,
                },
                None => (map, path.name.clone()),
            };
            let mut parts = name.splitn(2, '.');
            let first = parts.next().unwrap_or_default();
            if ["id", "schemas"].contains(&first) && path.schema.is_none() {
                continue;
            }
            let key = container.keys().find(|k| k.eq_ignore_ascii_case(first)).cloned();
            match (key, parts.next()) {
                (Some(k), None) => {
                    container.remove(&k);
                }
                (Some(k), Some(sub)) => {
                    if let Some(Value::Object(inner)) = container.get_mut(&k) {
                        inner.retain(|ik, _| !ik.eq_ignore_ascii_case(sub));
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// A boolean as clients send it: `true`, or Entra ID's `"True"`.
pub(crate) fn boolean(v: &Value, field: &str) -> ScimResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(ScimError::bad(
            "invalidValue",
            format!("`{field}` must be true or false"),
        )),
    }
}

/// An optional string attribute: absent, null or empty is `None`.
pub(crate) fn text(v: Option<&Value>, field: &str) -> ScimResult<Option<String>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(ScimError::bad(
            "invalidValue",
            format!("`{field}` must be a string"),
        )),
    }
}

/// The enterprise extension's object in a resource, whatever case its URN is in.
pub(crate) fn enterprise(resource: &Value) -> Option<&Value> {
    resource
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(ENTERPRISE))
        .map(|(_, v)| v)
}

/// The SCIM client acting must be one: the SCIM endpoints take SCIM tokens only.
pub(crate) fn require_scim(actor: &Actor) -> ScimResult<()> {
    if actor.is_scim() {
        Ok(())
    } else {
        Err(ScimError::new(
            403,
            None,
            "only a SCIM client may use this endpoint",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_keeps_what_is_asked() {
        let mut r = json!({"id": "1", "schemas": [USER], "userName": "a", "name": {"givenName": "A", "familyName": "B"}, "emails": []});
        project(&mut r, Some("name.familyName"), None).unwrap();
        assert_eq!(
            r,
            json!({"id": "1", "schemas": [USER], "name": {"familyName": "B"}})
        );
        let mut r = json!({"id": "1", "userName": "a", "name": {"givenName": "A", "familyName": "B"}});
        project(&mut r, None, Some("name.givenName,userName,id")).unwrap();
        assert_eq!(r, json!({"id": "1", "name": {"familyName": "B"}}));
    }

    #[test]
    fn versions_match_weak_or_strong() {
        let v = version(OffsetDateTime::UNIX_EPOCH);
        assert!(check_version(&v, None).is_ok());
        assert!(check_version(&v, Some("*")).is_ok());
        assert!(check_version(&v, Some("\"0\"")).is_ok());
        assert_eq!(check_version(&v, Some("W/\"1\"")).unwrap_err().status, 412);
    }
}
