//! `/v1/tenants/{id}/api-tokens`: bearer tokens for this API. The secret is shown once, at
//! creation; only its hash is kept.

use super::Path;
use super::{check_tenant, split_action, unknown_action, Caller, Empty, JsonBody, ListParams, TenantPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::api_token::{parse_lifetime, ApiToken};
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct TokenPath {
    tenant_id: String,
    token_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct ApiTokenView {
    id: String,
    name: String,
    scopes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expire_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_used_time: Option<String>,
    create_time: String,
}

impl From<ApiToken> for ApiTokenView {
    fn from(t: ApiToken) -> Self {
        Self {
            id: t.id,
            name: t.name,
            scopes: t.scopes,
            expire_time: t.expire_time.map(keybound_core::time_fmt::rfc3339),
            last_used_time: t.last_used_time.map(keybound_core::time_fmt::rfc3339),
            create_time: keybound_core::time_fmt::rfc3339(t.create_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ApiTokenList {
    api_tokens: Vec<ApiTokenView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<ApiToken>> for ApiTokenList {
    fn from(page: Page<ApiToken>) -> Self {
        Self {
            api_tokens: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateApiTokenRequest {
    api_token: NewApiTokenBody,
}

#[derive(Deserialize, ToSchema)]
pub struct NewApiTokenBody {
    #[schema(schema_with = super::schema::short_name)]
    name: String,
    /// `resource:action` (e.g. `identities:read`), `resource:*`, or `*`; at least one.
    #[schema(schema_with = super::schema::scopes)]
    scopes: Vec<String>,
    /// A lifetime like `30d`, `12h`; or give `expire_time`. Neither: the token does not expire.
    expires_in: Option<String>,
    /// RFC 3339 time.
    expire_time: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedApiToken {
    api_token: ApiTokenView,
    /// The bearer secret. Shown this once; store it now.
    secret: String,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/api-tokens", tag = "api-tokens", params(TenantPath),
    request_body = CreateApiTokenRequest,
    responses((status = 200, body = CreatedApiToken), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["api-tokens:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
    JsonBody(body): JsonBody<CreateApiTokenRequest>,
) -> Result<Json<CreatedApiToken>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    let b = body.api_token;
    let now = state.clock.now();
    let expire_time = match (b.expires_in, b.expire_time) {
        (Some(_), Some(_)) => {
            return Err(ApiError::bad_field(
                "api_token.expires_in",
                "give expires_in or expire_time, not both",
            ))
        }
        (Some(lifetime), None) => Some(
            now + parse_lifetime(&lifetime).map_err(|e| ApiError::bad_field("api_token.expires_in", e))?,
        ),
        (None, Some(at)) => Some(
            OffsetDateTime::parse(&at, &Rfc3339)
                .map_err(|_| ApiError::bad_field("api_token.expire_time", "must be an RFC 3339 time"))?,
        ),
        (None, None) => None,
    };
    let (token, secret) =
        keybound_app::api_tokens::create(&state, &caller.actor, &b.name, b.scopes, expire_time).await?;
    Ok(Json(CreatedApiToken {
        api_token: token.into(),
        secret,
    }))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/api-tokens", tag = "api-tokens",
    params(TenantPath, super::ListQuery), responses((status = 200, body = ApiTokenList)),
    security(("bearer" = ["api-tokens:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TenantPath>,
    params: ListParams,
) -> Result<Json<ApiTokenList>, ApiError> {
    caller.require("api-tokens:read")?;
    check_tenant(&state, &path.tenant_id)?;
    params.filter(&[])?;
    Ok(Json(
        keybound_app::api_tokens::list(&state, params.page).await?.into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/api-tokens/{token_id}", tag = "api-tokens",
    params(TokenPath), responses((status = 200, body = ApiTokenView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["api-tokens:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TokenPath>,
) -> Result<Json<ApiTokenView>, ApiError> {
    caller.require("api-tokens:read")?;
    check_tenant(&state, &path.tenant_id)?;
    let token = keybound_app::api_tokens::get(&state, &path.token_id).await?;
    if token.tenant_id != path.tenant_id {
        return Err(ApiError::not_found(format!(
            "api token `{}` not found",
            path.token_id
        )));
    }
    Ok(Json(token.into()))
}

/// `POST /api-tokens/{id}:revoke`, the same as `DELETE /api-tokens/{id}`.
pub async fn post_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<TokenPath>,
) -> Result<Json<Empty>, ApiError> {
    let (id, action) = split_action(&path.token_id);
    let path = TokenPath {
        token_id: id.to_owned(),
        ..path
    };
    match action {
        Some("revoke") => delete(state, caller, Path(path)).await,
        Some(other) => Err(unknown_action(other)),
        None => Err(ApiError::method_not_allowed()),
    }
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/api-tokens/{token_id}", tag = "api-tokens",
    params(TokenPath), responses((status = 200, description = "revoked: the token stops working at once", body = Empty),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["api-tokens:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TokenPath>,
) -> Result<Json<Empty>, ApiError> {
    check_tenant(&state, &path.tenant_id)?;
    keybound_app::api_tokens::revoke(&state, &caller.actor, &path.token_id).await?;
    Ok(Json(Empty {}))
}
