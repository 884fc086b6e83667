//! `/groups`: named sets of identities in a realm.

use super::identities::IdentityList;
use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, Empty, JsonBody, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::groups::GROUP_FILTER_ATTRIBUTES;
use keybound_core::group::Group;
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct GroupPath {
    tenant_id: String,
    realm_id: String,
    group_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct GroupView {
    id: String,
    realm_id: String,
    tenant_id: String,
    display_name: String,
    description: String,
    create_time: String,
    update_time: String,
}

impl From<Group> for GroupView {
    fn from(g: Group) -> Self {
        Self {
            id: g.id,
            realm_id: g.realm_id,
            tenant_id: g.tenant_id,
            display_name: g.display_name,
            description: g.description,
            create_time: keybound_core::time_fmt::rfc3339(g.create_time),
            update_time: keybound_core::time_fmt::rfc3339(g.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct GroupList {
    groups: Vec<GroupView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<GroupView>> for GroupList {
    fn from(page: Page<GroupView>) -> Self {
        Self {
            groups: page.items,
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateGroupRequest {
    group: GroupBody,
}

#[derive(Deserialize, ToSchema)]
pub struct GroupBody {
    #[schema(schema_with = super::schema::name)]
    display_name: String,
    #[serde(default)]
    #[schema(schema_with = super::schema::description)]
    description: String,
}

#[derive(Deserialize, ToSchema)]
pub struct PatchGroupRequest {
    group: GroupPatchBody,
}

#[derive(Deserialize, ToSchema)]
pub struct GroupPatchBody {
    #[schema(schema_with = super::schema::opt_name)]
    display_name: Option<String>,
    #[schema(schema_with = super::schema::opt_description)]
    description: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct MembersRequest {
    /// 1 to 1000 identity ids of this realm.
    #[schema(schema_with = super::schema::ids)]
    identity_ids: Vec<String>,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups", tag = "groups",
    params(RealmPath), request_body = CreateGroupRequest,
    responses((status = 200, body = GroupView), (status = 400, body = crate::web::ErrorBody),
        (status = 409, description = "a group of this name (ignoring case) exists in this realm", body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<CreateGroupRequest>,
) -> Result<Json<GroupView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let g = body.group;
    let group = keybound_app::groups::create(&state, &caller.actor, &realm, &g.display_name, &g.description)
        .await
        .map_err(|e| ApiError::from(e).within("group"))?;
    Ok(Json(group.into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups", tag = "groups",
    params(RealmPath, super::ListQuery), responses((status = 200, body = GroupList)),
    security(("bearer" = ["groups:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<GroupList>, ApiError> {
    caller.require("groups:read")?;
    let filter = params.filter(GROUP_FILTER_ATTRIBUTES)?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let page = keybound_app::groups::list(&state, &realm.id, &filter, params.page).await?;
    Ok(Json(page.map(GroupView::from).into()))
}

/// `GET /groups/{id}` and `GET /groups/{id}:listMembers`.
pub async fn get_or_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    params: ListParams,
) -> Result<Response, ApiError> {
    let (id, action) = split_action(&path.group_id);
    let path = GroupPath {
        group_id: id.to_owned(),
        ..path
    };
    match action {
        None => Ok(get(state, caller, Path(path)).await?.into_response()),
        Some("listMembers") => Ok(list_members(state, caller, Path(path), params)
            .await?
            .into_response()),
        Some(other) => Err(unknown_action(other)),
    }
}

/// `POST /groups/{id}:addMembers` and `POST /groups/{id}:deleteMembers`.
pub async fn post_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    body: JsonBody<MembersRequest>,
) -> Result<Json<Empty>, ApiError> {
    let (id, action) = split_action(&path.group_id);
    let path = GroupPath {
        group_id: id.to_owned(),
        ..path
    };
    match action {
        Some("addMembers") => add_members(state, caller, Path(path), body).await,
        Some("deleteMembers") => delete_members(state, caller, Path(path), body).await,
        Some(other) => Err(unknown_action(other)),
        None => Err(ApiError::method_not_allowed()),
    }
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}", tag = "groups",
    params(GroupPath), responses((status = 200, body = GroupView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
) -> Result<Json<GroupView>, ApiError> {
    caller.require("groups:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::groups::get(&state, &realm.id, &path.group_id)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}:listMembers",
    tag = "groups", params(GroupPath, super::ListQuery),
    responses((status = 200, body = IdentityList), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:read"])))]
pub async fn list_members(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    params: ListParams,
) -> Result<Json<IdentityList>, ApiError> {
    caller.require("groups:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::groups::members(&state, &realm.id, &path.group_id, params.page)
            .await?
            .into(),
    ))
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}:addMembers",
    tag = "groups", params(GroupPath), request_body = MembersRequest,
    responses((status = 200, body = Empty),
        (status = 400, description = "an identity is unknown (named by its place in the list); nothing changed", body = crate::web::ErrorBody),
        (status = 404, description = "the group is unknown", body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:update"])))]
pub async fn add_members(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    JsonBody(body): JsonBody<MembersRequest>,
) -> Result<Json<Empty>, ApiError> {
    let ids = keybound_core::group::validate_ids("identity_ids", &body.identity_ids)?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::groups::change_members(
        &state,
        &caller.actor,
        &realm.id,
        &path.group_id,
        &ids,
        true,
        "identity_ids",
    )
    .await?;
    Ok(Json(Empty {}))
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}:deleteMembers",
    tag = "groups", params(GroupPath), request_body = MembersRequest,
    responses((status = 200, body = Empty),
        (status = 400, description = "an identity is unknown (named by its place in the list); nothing changed", body = crate::web::ErrorBody),
        (status = 404, description = "the group is unknown", body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:update"])))]
pub async fn delete_members(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    JsonBody(body): JsonBody<MembersRequest>,
) -> Result<Json<Empty>, ApiError> {
    let ids = keybound_core::group::validate_ids("identity_ids", &body.identity_ids)?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::groups::change_members(
        &state,
        &caller.actor,
        &realm.id,
        &path.group_id,
        &ids,
        false,
        "identity_ids",
    )
    .await?;
    Ok(Json(Empty {}))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}", tag = "groups",
    params(GroupPath), request_body = PatchGroupRequest,
    responses((status = 200, body = GroupView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody),
        (status = 409, description = "a group of this name (ignoring case) exists in this realm", body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
    JsonBody(body): JsonBody<PatchGroupRequest>,
) -> Result<Json<GroupView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let g = body.group;
    let group = keybound_app::groups::update(
        &state,
        &caller.actor,
        &realm.id,
        &path.group_id,
        g.display_name.as_deref(),
        g.description.as_deref(),
    )
    .await
    .map_err(|e| ApiError::from(e).within("group"))?;
    Ok(Json(group.into()))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}", tag = "groups",
    params(GroupPath), responses((status = 200, body = Empty), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["groups:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<GroupPath>,
) -> Result<Json<Empty>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::groups::delete(&state, &caller.actor, &realm.id, &path.group_id).await?;
    Ok(Json(Empty {}))
}
