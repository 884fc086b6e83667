//! `/identities/{id}/credentials`: the passkeys bound to an identity.

use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, JsonBody, ListParams};
use crate::web::views::CredentialView;
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::credential::Credential;
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct CredentialsPath {
    tenant_id: String,
    realm_id: String,
    identity_id: String,
}

#[derive(Deserialize, IntoParams)]
pub struct CredentialPath {
    tenant_id: String,
    realm_id: String,
    identity_id: String,
    credential_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct CredentialList {
    credentials: Vec<CredentialView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<Credential>> for CredentialList {
    fn from(page: Page<Credential>) -> Self {
        Self {
            credentials: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct RenameRequest {
    credential: RenameBody,
}

#[derive(Deserialize, ToSchema)]
pub struct RenameBody {
    name: String,
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credentials",
    tag = "credentials", params(CredentialsPath, super::ListQuery),
    responses((status = 200, body = CredentialList), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credentials:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<CredentialsPath>,
    params: ListParams,
) -> Result<Json<CredentialList>, ApiError> {
    caller.require("credentials:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::identities::visible(&state, &caller.actor, &realm.id, &path.identity_id).await?;
    Ok(Json(
        keybound_app::identities::credentials(&state, &realm.id, &path.identity_id, params.page)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credentials/{credential_id}",
    tag = "credentials", params(CredentialPath),
    responses((status = 200, body = CredentialView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credentials:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<CredentialPath>,
) -> Result<Json<CredentialView>, ApiError> {
    caller.require("credentials:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::identities::credential(&state, &realm.id, &path.identity_id, &path.credential_id)
            .await?
            .into(),
    ))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credentials/{credential_id}",
    tag = "credentials", params(CredentialPath), request_body = RenameRequest,
    responses((status = 200, body = CredentialView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credentials:update"])))]
pub async fn rename(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<CredentialPath>,
    JsonBody(body): JsonBody<RenameRequest>,
) -> Result<Json<CredentialView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let renamed = keybound_app::identities::rename_credential(
        &state,
        &caller.actor,
        &realm.id,
        &path.identity_id,
        &path.credential_id,
        &body.credential.name,
    )
    .await
    .map_err(|e| ApiError::from(e).within("credential"))?;
    Ok(Json(renamed.into()))
}

/// `POST …/credentials/{id}:revoke`.
#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credentials/{credential_id}:revoke",
    tag = "credentials", params(CredentialPath),
    responses((status = 200, description = "revoked; it can no longer sign in", body = CredentialView),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credentials:update"])))]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<CredentialPath>,
) -> Result<Json<CredentialView>, ApiError> {
    let (id, custom) = split_action(&path.credential_id);
    match custom {
        Some("revoke") => {}
        Some(other) => return Err(unknown_action(other)),
        None => return Err(ApiError::method_not_allowed()),
    }
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let revoked =
        keybound_app::identities::revoke_credential(&state, &caller.actor, &realm.id, &path.identity_id, id)
            .await?;
    Ok(Json(revoked.into()))
}
