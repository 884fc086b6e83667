//! `/v1/tenants/{id}` and `/realms`.

use super::Path;
use super::{check_tenant, realm_of, Caller, Empty, JsonBody, ListParams, RealmPath, TenantPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::page::Page;
use keybound_core::realm::{validate_display_name, Realm, Tenant};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct TenantView {
    id: String,
    display_name: String,
    create_time: String,
    update_time: String,
}

impl From<Tenant> for TenantView {
    fn from(t: Tenant) -> Self {
        Self {
            id: t.id,
            display_name: t.display_name,
            create_time: keybound_core::time_fmt::rfc3339(t.create_time),
            update_time: keybound_core::time_fmt::rfc3339(t.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RealmView {
    id: String,
    tenant_id: String,
    display_name: String,
    create_time: String,
    update_time: String,
}

impl From<Realm> for RealmView {
    fn from(r: Realm) -> Self {
        Self {
            id: r.id,
            tenant_id: r.tenant_id,
            display_name: r.display_name,
            create_time: keybound_core::time_fmt::rfc3339(r.create_time),
            update_time: keybound_core::time_fmt::rfc3339(r.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RealmList {
    realms: Vec<RealmView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<Realm>> for RealmList {
    fn from(page: Page<Realm>) -> Self {
        Self {
            realms: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct TenantRequest {
    tenant: NameBody,
}

#[derive(Deserialize, ToSchema)]
pub struct RealmRequest {
    realm: NameBody,
}

#[derive(Deserialize, ToSchema)]
pub struct NameBody {
    #[schema(schema_with = super::schema::name)]
    display_name: String,
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}", tag = "tenants", params(TenantPath),
    responses((status = 200, body = TenantView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["tenants:read"])))]
pub async fn get_tenant(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
) -> Result<Json<TenantView>, ApiError> {
    caller.require("tenants:read")?;
    check_tenant(&state, &path.tenant_id)?;
    Ok(Json(keybound_app::settings::tenant(&state).await?.into()))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}", tag = "tenants", params(TenantPath),
    request_body = TenantRequest,
    responses((status = 200, body = TenantView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["tenants:update"])))]
pub async fn update_tenant(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
    JsonBody(body): JsonBody<TenantRequest>,
) -> Result<Json<TenantView>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    validate_display_name(&body.tenant.display_name).map_err(|e| ApiError::from(e).within("tenant"))?;
    let tenant =
        keybound_app::settings::update_tenant(&state, &caller.actor, &body.tenant.display_name, None).await?;
    Ok(Json(tenant.into()))
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms", tag = "realms", params(TenantPath),
    request_body = RealmRequest,
    responses((status = 200, body = RealmView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["realms:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
    JsonBody(body): JsonBody<RealmRequest>,
) -> Result<Json<RealmView>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    validate_display_name(&body.realm.display_name).map_err(|e| ApiError::from(e).within("realm"))?;
    let realm = keybound_app::realms::create(&state, &caller.actor, &body.realm.display_name).await?;
    Ok(Json(realm.into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms", tag = "realms",
    params(TenantPath, super::ListQuery), responses((status = 200, body = RealmList)),
    security(("bearer" = ["realms:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
    params: ListParams,
) -> Result<Json<RealmList>, ApiError> {
    caller.require("realms:read")?;
    check_tenant(&state, &path.tenant_id)?;
    params.filter(&[])?;
    Ok(Json(
        keybound_app::realms::list(&state, params.page).await?.into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}", tag = "realms", params(RealmPath),
    responses((status = 200, body = RealmView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["realms:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
) -> Result<Json<RealmView>, ApiError> {
    caller.require("realms:read")?;
    Ok(Json(
        realm_of(&state, &path.tenant_id, &path.realm_id).await?.into(),
    ))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}", tag = "realms", params(RealmPath),
    request_body = RealmRequest,
    responses((status = 200, body = RealmView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["realms:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<RealmRequest>,
) -> Result<Json<RealmView>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    validate_display_name(&body.realm.display_name).map_err(|e| ApiError::from(e).within("realm"))?;
    let realm =
        keybound_app::realms::update(&state, &caller.actor, &path.realm_id, &body.realm.display_name).await?;
    Ok(Json(realm.into()))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}", tag = "realms", params(RealmPath),
    responses((status = 200, description = "the realm and everything in it are gone", body = Empty),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["realms:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
) -> Result<Json<Empty>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    keybound_app::realms::delete(&state, &caller.actor, &path.realm_id).await?;
    Ok(Json(Empty {}))
}
