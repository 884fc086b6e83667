//! `/signup-tokens`: links through which new people create their account and first passkey,
//! each with an expiry and a usage limit.

use super::{realm_of, split_action, unknown_action, Caller, JsonBody, ListParams, RealmPath};
use super::{Path, Query};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::page::Page;
use keybound_core::signup_token::{SignupToken, DEFAULT_LIFETIME};
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct TokenPath {
    tenant_id: String,
    realm_id: String,
    /// The token's id, or `{id}:revoke`.
    token_id: String,
}

#[derive(Deserialize, ToSchema)]
pub struct CreateRequest {
    signup_token: NewToken,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// How many people may sign up with it: 1 to 100.
    #[schema(minimum = 1, maximum = 100)]
    usage_limit: i64,
    /// RFC 3339; default 7 days from now, at most a year.
    expire_time: Option<String>,
    /// Groups every new identity joins.
    #[serde(default)]
    group_ids: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct TokenView {
    id: String,
    usage_limit: i64,
    usage_count: i64,
    /// `ACTIVE`, `USED_UP`, `EXPIRED` or `REVOKED`.
    state: &'static str,
    group_ids: Vec<String>,
    expire_time: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    revoke_time: Option<String>,
    create_time: String,
}

impl TokenView {
    fn at(t: SignupToken, now: OffsetDateTime) -> Self {
        Self {
            state: t.state(now),
            id: t.id,
            usage_limit: t.usage_limit,
            usage_count: t.usage_count,
            group_ids: t.group_ids,
            expire_time: rfc3339(t.expire_time),
            revoke_time: t.revoked_time.map(rfc3339),
            create_time: rfc3339(t.create_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CreatedView {
    signup_token: TokenView,
    /// The sign-up link; shown this once.
    link: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenList {
    signup_tokens: Vec<TokenView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl TokenList {
    fn at(page: Page<SignupToken>, now: OffsetDateTime) -> Self {
        Self {
            signup_tokens: page.items.into_iter().map(|t| TokenView::at(t, now)).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActiveOnly {
    /// `true`: only tokens that can still be used.
    #[serde(default)]
    active: bool,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/signup-tokens", tag = "signup-tokens",
    params(RealmPath), request_body = CreateRequest,
    responses((status = 200, body = CreatedView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["signup-tokens:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<CreateRequest>,
) -> Result<Json<CreatedView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let now = state.clock.now();
    let b = body.signup_token;
    let expire_time = match b.expire_time.as_deref() {
        None => now + DEFAULT_LIFETIME,
        Some(text) => OffsetDateTime::parse(text, &Rfc3339).map_err(|_| {
            ApiError::bad_field(
                "signup_token.expire_time",
                "must be an RFC 3339 time like 2026-12-01T00:00:00Z",
            )
        })?,
    };
    let created = keybound_app::signup::create_token(
        &state,
        &caller.actor,
        &realm,
        b.usage_limit,
        expire_time,
        b.group_ids,
    )
    .await
    .map_err(|e| e.within("signup_token"))?;
    Ok(Json(CreatedView {
        signup_token: TokenView::at(created.token, now),
        link: created.link,
    }))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/signup-tokens", tag = "signup-tokens",
    params(RealmPath, super::ListQuery, ActiveOnly), responses((status = 200, body = TokenList)),
    security(("bearer" = ["signup-tokens:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
    Query(only): Query<ActiveOnly>,
) -> Result<Json<TokenList>, ApiError> {
    caller.require("signup-tokens:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let now = state.clock.now();
    let page =
        keybound_app::signup::tokens(&state, &realm.id, only.active.then_some(now), params.page).await?;
    Ok(Json(TokenList::at(page, now)))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/signup-tokens/{token_id}", tag = "signup-tokens",
    params(TokenPath), responses((status = 200, body = TokenView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["signup-tokens:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TokenPath>,
) -> Result<Json<TokenView>, ApiError> {
    caller.require("signup-tokens:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let token = keybound_app::signup::token(&state, &realm.id, &path.token_id).await?;
    Ok(Json(TokenView::at(token, state.clock.now())))
}

/// `POST …/signup-tokens/{id}:revoke`.
#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/signup-tokens/{token_id}:revoke",
    tag = "signup-tokens", params(TokenPath),
    responses((status = 200, description = "revoked; nobody can sign up with it any more", body = TokenView),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["signup-tokens:update"])))]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TokenPath>,
) -> Result<Json<TokenView>, ApiError> {
    let (id, custom) = split_action(&path.token_id);
    match custom {
        Some("revoke") => {}
        Some(other) => return Err(unknown_action(other)),
        None => return Err(ApiError::method_not_allowed()),
    }
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let now = state.clock.now();
    let token = keybound_app::signup::revoke_token(&state, &caller.actor, &realm.id, id).await?;
    Ok(Json(TokenView::at(token, now)))
}
