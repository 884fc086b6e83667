//! `/identities`: the people of a realm.

use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, Empty, JsonBody, ListParams, RealmPath};
use crate::api::groups::{GroupList, GroupView};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::identities::IDENTITY_FILTER_ATTRIBUTES;
use keybound_core::identity::{Identity, IdentityPatch, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::role::Role;
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct IdentityPath {
    tenant_id: String,
    realm_id: String,
    identity_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct IdentityView {
    id: String,
    realm_id: String,
    tenant_id: String,
    display_name: String,
    /// `active` or `suspended`.
    status: &'static str,
    /// `ENROLLED`, `PENDING` or `INVITE_FAILED`; derived from the identity's passkeys.
    enrollment_status: &'static str,
    /// `local` or `ldap`.
    source: &'static str,
    traits: TraitsView,
    /// The console role: `helpdesk`, `user_manager`, `app_manager`, `auditor` or `admin`; null
    /// without one.
    #[schema(value_type = Option<String>)]
    role: Option<&'static str>,
    /// The groups the role is limited to; empty: the whole realm.
    role_group_ids: Vec<String>,
    create_time: String,
    update_time: String,
}

#[derive(Serialize, ToSchema)]
pub struct TraitsView {
    #[serde(rename = "type")]
    kind: &'static str,
    username: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary_email_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    given_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_id: Option<String>,
    /// The language the person chose for pages and email.
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<String>,
}

impl From<Identity> for IdentityView {
    fn from(i: Identity) -> Self {
        Self {
            id: i.id,
            realm_id: i.realm_id,
            tenant_id: i.tenant_id,
            display_name: i.display_name,
            status: i.status.as_str(),
            enrollment_status: i.enrollment_status.as_str(),
            source: i.source.as_str(),
            role: i.role.as_ref().map(|g| g.role.as_str()),
            role_group_ids: i.role.map(|g| g.group_ids).unwrap_or_default(),
            traits: TraitsView {
                kind: TRAITS_V0,
                username: i.traits.username,
                primary_email_address: i.traits.primary_email_address,
                given_name: i.traits.given_name,
                family_name: i.traits.family_name,
                external_id: i.traits.external_id,
                locale: i.traits.locale,
            },
            create_time: keybound_core::time_fmt::rfc3339(i.create_time),
            update_time: keybound_core::time_fmt::rfc3339(i.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct IdentityList {
    identities: Vec<IdentityView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<keybound_core::page::Page<Identity>> for IdentityList {
    fn from(page: keybound_core::page::Page<Identity>) -> Self {
        Self {
            identities: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

const TRAITS_V0: &str = "traits_v0";

/// The only traits schema there is.
#[derive(Deserialize, ToSchema)]
pub enum TraitsType {
    #[serde(rename = "traits_v0")]
    V0,
}

#[derive(Deserialize, ToSchema)]
pub struct CreateIdentityRequest {
    identity: NewIdentityBody,
}

#[derive(Deserialize, ToSchema)]
pub struct NewIdentityBody {
    #[schema(schema_with = super::schema::name)]
    display_name: String,
    /// `active` (default) or `suspended`.
    #[schema(schema_with = super::schema::identity_status)]
    status: Option<IdentityStatus>,
    traits: NewTraitsBody,
}

#[derive(Deserialize, ToSchema)]
pub struct NewTraitsBody {
    #[serde(rename = "type")]
    #[expect(dead_code, reason = "checked by deserialization: only traits_v0 is accepted")]
    #[schema(schema_with = super::schema::traits_type)]
    kind: TraitsType,
    #[schema(schema_with = super::schema::username)]
    username: String,
    #[schema(schema_with = super::schema::opt_email)]
    primary_email_address: Option<String>,
    #[schema(schema_with = super::schema::opt_free_name)]
    given_name: Option<String>,
    #[schema(schema_with = super::schema::opt_free_name)]
    family_name: Option<String>,
    #[schema(schema_with = super::schema::opt_free_name)]
    external_id: Option<String>,
    /// The language for the person's pages and email, like `de` or `pt-BR`.
    #[schema(schema_with = super::schema::opt_locale)]
    locale: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct PatchIdentityRequest {
    identity: IdentityPatchBody,
}

/// Only the fields given change; `null` clears an optional trait.
#[derive(Deserialize, ToSchema)]
pub struct IdentityPatchBody {
    #[schema(schema_with = super::schema::opt_name)]
    display_name: Option<String>,
    #[schema(schema_with = super::schema::identity_status)]
    status: Option<IdentityStatus>,
    traits: Option<TraitsPatchBody>,
    /// A console role to give (`helpdesk`, `user_manager`, `app_manager`, `auditor`, `admin`),
    /// or `null` to take it away; only an administrator may.
    #[serde(default, deserialize_with = "present_role")]
    #[schema(schema_with = super::schema::opt_role)]
    role: Option<Option<Role>>,
    /// The groups the role is limited to (empty: the whole realm).
    #[schema(schema_with = super::schema::role_group_ids)]
    role_group_ids: Option<Vec<String>>,
}

/// A role given (`Some(Some)`), given as `null` (`Some(None)`) or left out (`None`).
fn present_role<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<Role>>, D::Error> {
    Option::<Role>::deserialize(d).map(Some)
}

#[derive(Deserialize, ToSchema)]
pub struct TraitsPatchBody {
    #[serde(rename = "type")]
    #[expect(dead_code, reason = "checked by deserialization: only traits_v0 is accepted")]
    #[schema(schema_with = super::schema::opt_traits_type)]
    kind: Option<TraitsType>,
    #[schema(schema_with = super::schema::opt_username)]
    username: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_email)]
    primary_email_address: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_free_name)]
    given_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_free_name)]
    family_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_free_name)]
    external_id: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_locale)]
    locale: Option<Option<String>>,
}

/// Tells a field given as `null` (`Some(None)`) from one left out (`None`, by `default`).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Deserialize, ToSchema)]
pub struct BatchDeleteRequest {
    /// 1 to 1000 identity ids; all are deleted, or none if any is unknown.
    #[schema(schema_with = super::schema::ids)]
    ids: Vec<String>,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities", tag = "identities",
    params(RealmPath), request_body = CreateIdentityRequest,
    responses((status = 200, body = IdentityView), (status = 400, body = crate::web::ErrorBody),
        (status = 409, description = "username taken in this realm", body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<CreateIdentityRequest>,
) -> Result<Json<IdentityView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let b = body.identity;
    let new = NewIdentity {
        display_name: b.display_name,
        status: b.status.unwrap_or(IdentityStatus::Active),
        source: Source::Local,
        traits: Traits {
            username: b.traits.username,
            primary_email_address: b.traits.primary_email_address,
            given_name: b.traits.given_name,
            family_name: b.traits.family_name,
            external_id: b.traits.external_id,
            locale: b.traits.locale,
        },
    };
    let identity = keybound_app::identities::create(&state, &caller.actor, &realm, new, &[])
        .await
        .map_err(|e| ApiError::from(e).within("identity"))?;
    Ok(Json(identity.into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities", tag = "identities",
    params(RealmPath, super::ListQuery),
    responses((status = 200, body = IdentityList), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<IdentityList>, ApiError> {
    let filter = params.filter(IDENTITY_FILTER_ATTRIBUTES)?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::identities::list(&state, &caller.actor, &realm.id, &filter, params.page)
            .await?
            .into(),
    ))
}

/// `GET /identities/{id}` and `GET /identities/{id}:listGroups`.
pub async fn get_or_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
    params: ListParams,
) -> Result<Response, ApiError> {
    let (id, action) = split_action(&path.identity_id);
    let path = IdentityPath {
        identity_id: id.to_owned(),
        ..path
    };
    match action {
        None => Ok(get(state, caller, Path(path)).await?.into_response()),
        Some("listGroups") => Ok(list_groups(state, caller, Path(path), params)
            .await?
            .into_response()),
        Some(other) => Err(unknown_action(other)),
    }
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}",
    tag = "identities", params(IdentityPath),
    responses((status = 200, body = IdentityView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
) -> Result<Json<IdentityView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::identities::get(&state, &caller.actor, &realm.id, &path.identity_id)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}:listGroups",
    tag = "identities", params(IdentityPath, super::ListQuery),
    responses((status = 200, body = GroupList), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:read"])))]
pub async fn list_groups(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
    params: ListParams,
) -> Result<Json<GroupList>, ApiError> {
    caller.require("identities:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let page = keybound_app::identities::groups(&state, &realm.id, &path.identity_id, params.page).await?;
    Ok(Json(GroupList::from(page.map(GroupView::from))))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}",
    tag = "identities", params(IdentityPath), request_body = PatchIdentityRequest,
    responses((status = 200, body = IdentityView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody), (status = 409, body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
    JsonBody(body): JsonBody<PatchIdentityRequest>,
) -> Result<Json<IdentityView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let b = body.identity;
    let traits = b.traits;
    let patch = IdentityPatch {
        display_name: b.display_name,
        status: b.status,
        username: traits.as_ref().and_then(|t| t.username.clone()),
        primary_email_address: traits.as_ref().and_then(|t| t.primary_email_address.clone()),
        given_name: traits.as_ref().and_then(|t| t.given_name.clone()),
        family_name: traits.as_ref().and_then(|t| t.family_name.clone()),
        external_id: traits.as_ref().and_then(|t| t.external_id.clone()),
        locale: traits.as_ref().and_then(|t| t.locale.clone()),
    };
    let role = keybound_app::identities::RoleChange {
        role: b.role,
        group_ids: match b.role_group_ids {
            Some(ids) if ids.is_empty() => Some(ids),
            Some(ids) if ids.len() > 100 => {
                return Err(ApiError::bad_field(
                    "identity.role_group_ids",
                    "must name at most 100 groups",
                ))
            }
            Some(ids) => Some(keybound_core::group::validate_ids(
                "identity.role_group_ids",
                &ids,
            )?),
            None => None,
        },
    };
    let identity = keybound_app::identities::update_with_role(
        &state,
        &caller.actor,
        &realm.id,
        &path.identity_id,
        &patch,
        role,
    )
    .await
    .map_err(|e| ApiError::from(e).within("identity"))?;
    Ok(Json(identity.into()))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}",
    tag = "identities", params(IdentityPath),
    responses((status = 200, body = Empty), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
) -> Result<Json<Empty>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::identities::delete(&state, &caller.actor, &realm.id, &path.identity_id).await?;
    Ok(Json(Empty {}))
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities:batchDelete",
    tag = "identities", params(RealmPath), request_body = BatchDeleteRequest,
    responses((status = 200, body = Empty),
        (status = 400, description = "an id is malformed or unknown (named by its place in the list); nothing was deleted", body = crate::web::ErrorBody)),
    security(("bearer" = ["identities:delete"])))]
pub async fn batch_delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<BatchDeleteRequest>,
) -> Result<Json<Empty>, ApiError> {
    let ids = keybound_core::group::validate_ids("ids", &body.ids)?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::identities::batch_delete(&state, &caller.actor, &realm.id, &ids).await?;
    Ok(Json(Empty {}))
}
