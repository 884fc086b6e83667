//! `/applications`: the OpenID Connect clients of a realm, in Beyond Identity's v1 shape. A
//! confidential application's `client_secret` is in the answer to its creation and to
//! `:rotateSecret`, never again.

use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, Empty, JsonBody, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_app::applications::{self, ApplicationInput};
use keybound_core::application::{
    Application, ClientAuth, Confidentiality, ProtocolConfig, SigningAlg, ACCESS_TOKEN_SECONDS,
    REFRESH_TOKEN_SECONDS,
};
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct ApplicationPath {
    tenant_id: String,
    realm_id: String,
    application_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenConfigurationView {
    /// Access token lifetime, seconds.
    expires_after: i64,
    /// Refresh token lifetime, seconds.
    refresh_expires_after: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ProtocolConfigView {
    /// Always `oidc`.
    r#type: &'static str,
    client_id: String,
    /// Only in the answer to a creation and to `:rotateSecret`.
    #[serde(skip_serializing_if = "Option::is_none")]
    client_secret: Option<String>,
    confidentiality: &'static str,
    token_endpoint_auth_method: &'static str,
    redirect_uris: Vec<String>,
    post_logout_redirect_uris: Vec<String>,
    allowed_scopes: Vec<String>,
    /// `S256`, or `disabled` (confidential applications only).
    pkce: &'static str,
    token_configuration: TokenConfigurationView,
    id_token_signed_response_alg: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    backchannel_logout_uri: Option<String>,
    /// Only pushed authorization requests (RFC 9126) are taken.
    require_pushed_authorization_requests: bool,
    /// The grants it may use at the token endpoint.
    grant_types: Vec<String>,
    /// The APIs it may ask access tokens for (RFC 8707); those are JWTs (RFC 9068).
    resources: Vec<String>,
    /// Its tokens are bound to its key (DPoP, RFC 9449); token requests without a proof are refused.
    dpop_bound_access_tokens: bool,
    /// The realm's issuer; discovery is at `{issuer}/.well-known/openid-configuration`.
    issuer: String,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationView {
    id: String,
    realm_id: String,
    tenant_id: String,
    display_name: String,
    protocol_config: ProtocolConfigView,
    allowed_group_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo_url: Option<String>,
    skip_consent: bool,
    create_time: String,
    update_time: String,
}

impl ApplicationView {
    fn of(state: &AppState, a: Application, client_secret: Option<String>) -> Self {
        let p = a.protocol;
        Self {
            protocol_config: ProtocolConfigView {
                r#type: "oidc",
                client_id: a.client_id,
                client_secret,
                confidentiality: p.confidentiality.as_str(),
                token_endpoint_auth_method: p.client_auth.as_str(),
                redirect_uris: p.redirect_uris,
                post_logout_redirect_uris: p.post_logout_redirect_uris,
                allowed_scopes: p.allowed_scopes,
                pkce: if p.pkce_required { "S256" } else { "disabled" },
                token_configuration: TokenConfigurationView {
                    expires_after: p.access_token_seconds,
                    refresh_expires_after: p.refresh_token_seconds,
                },
                id_token_signed_response_alg: p.id_token_alg.as_str(),
                backchannel_logout_uri: p.backchannel_logout_uri,
                require_pushed_authorization_requests: p.require_pushed_authorization_requests,
                grant_types: p.grant_types,
                resources: p.resources,
                dpop_bound_access_tokens: p.dpop_bound_access_tokens,
                issuer: keybound_app::oidc::issuer(state, &a.realm_id),
            },
            id: a.id,
            realm_id: a.realm_id,
            tenant_id: a.tenant_id,
            display_name: a.display_name,
            allowed_group_ids: a.allowed_group_ids,
            logo_url: a.logo_url,
            skip_consent: a.skip_consent,
            create_time: keybound_core::time_fmt::rfc3339(a.create_time),
            update_time: keybound_core::time_fmt::rfc3339(a.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationList {
    applications: Vec<ApplicationView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<ApplicationView>> for ApplicationList {
    fn from(page: Page<ApplicationView>) -> Self {
        Self {
            applications: page.items,
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct ApplicationRequest {
    application: ApplicationBody,
}

/// On creation `display_name` and `protocol_config.redirect_uris` are required; on update,
/// what is given replaces what was.
#[derive(Deserialize, ToSchema, Default)]
pub struct ApplicationBody {
    #[schema(schema_with = super::schema::opt_name)]
    display_name: Option<String>,
    protocol_config: Option<ProtocolConfigBody>,
    allowed_group_ids: Option<Vec<String>>,
    logo_url: Option<String>,
    skip_consent: Option<bool>,
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ProtocolConfigBody {
    /// `oidc`, the only protocol.
    #[schema(schema_with = oidc_type)]
    r#type: Option<String>,
    /// Default `confidential`.
    #[schema(schema_with = confidentiality)]
    confidentiality: Option<String>,
    /// Default `client_secret_basic` for a confidential application, `none` for a public one.
    #[schema(schema_with = auth_method)]
    token_endpoint_auth_method: Option<String>,
    redirect_uris: Option<Vec<String>>,
    post_logout_redirect_uris: Option<Vec<String>>,
    /// Of `openid`, `profile`, `email`, `groups`, `offline_access`; default `openid profile email`.
    allowed_scopes: Option<Vec<String>>,
    /// `S256` (default) or `disabled` (confidential applications only).
    #[schema(schema_with = pkce)]
    pkce: Option<String>,
    token_configuration: Option<TokenConfigurationBody>,
    /// `RS256` (default), `ES256` or `EdDSA`.
    #[schema(schema_with = signing_alg)]
    id_token_signed_response_alg: Option<String>,
    backchannel_logout_uri: Option<String>,
    /// Take only pushed authorization requests (RFC 9126); default false.
    require_pushed_authorization_requests: Option<bool>,
    /// Of `authorization_code`, `refresh_token`, `client_credentials` (confidential
    /// applications) and `urn:ietf:params:oauth:grant-type:device_code`; default the first two.
    grant_types: Option<Vec<String>>,
    /// APIs (absolute URIs) it may ask access tokens for with `resource`; default none.
    resources: Option<Vec<String>>,
    /// Require DPoP-bound tokens (RFC 9449); default false.
    dpop_bound_access_tokens: Option<bool>,
}

#[derive(Deserialize, ToSchema, Default)]
pub struct TokenConfigurationBody {
    /// Access token lifetime: 60 to 86,400 seconds; default 3,600.
    expires_after: Option<i64>,
    /// Refresh token lifetime: 300 to 31,536,000 seconds; default 30 days.
    refresh_expires_after: Option<i64>,
}

fn enum_of(values: &[&str]) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    let mut v: Vec<serde_json::Value> = values.iter().map(|s| (*s).into()).collect();
    v.push(serde_json::Value::Null);
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            utoipa::openapi::schema::Type::String,
            utoipa::openapi::schema::Type::Null,
        ]))
        .enum_values(Some(v))
        .into()
}
fn oidc_type() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    enum_of(&["oidc"])
}
fn confidentiality() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    enum_of(&["confidential", "public"])
}
fn auth_method() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    enum_of(&["client_secret_basic", "client_secret_post", "none"])
}
fn pkce() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    enum_of(&["S256", "disabled"])
}
fn signing_alg() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    enum_of(&["RS256", "ES256", "EdDSA"])
}

/// What `body` asks for, given over what `current` is (nothing on creation).
fn input_of(body: ApplicationBody, current: Option<&Application>) -> Result<ApplicationInput, ApiError> {
    let p = body.protocol_config.unwrap_or_default();
    let field = |f: &str| format!("application.protocol_config.{f}");
    if let Some(t) = &p.r#type {
        if t != "oidc" {
            return Err(ApiError::bad_field(field("type"), "must be oidc"));
        }
    }
    let old = current.map(|a| &a.protocol);
    let confidentiality = match p.confidentiality.as_deref() {
        None => old.map_or(Confidentiality::Confidential, |o| o.confidentiality),
        Some(s) => Confidentiality::parse(s)
            .ok_or_else(|| ApiError::bad_field(field("confidentiality"), "must be confidential or public"))?,
    };
    let client_auth = match p.token_endpoint_auth_method.as_deref() {
        Some(s) => ClientAuth::parse(s).ok_or_else(|| {
            ApiError::bad_field(
                field("token_endpoint_auth_method"),
                "must be client_secret_basic, client_secret_post or none",
            )
        })?,
        // Switching kind without naming a method takes the new kind's default.
        None => match old {
            Some(o) if o.confidentiality == confidentiality => o.client_auth,
            _ if confidentiality == Confidentiality::Public => ClientAuth::None,
            _ => ClientAuth::SecretBasic,
        },
    };
    let pkce_required = match p.pkce.as_deref() {
        None => old.is_none_or(|o| o.pkce_required) || confidentiality == Confidentiality::Public,
        Some("S256") => true,
        Some("disabled") => false,
        Some(_) => return Err(ApiError::bad_field(field("pkce"), "must be S256 or disabled")),
    };
    let id_token_alg = match p.id_token_signed_response_alg.as_deref() {
        None => old.map_or(SigningAlg::Rs256, |o| o.id_token_alg),
        Some(s) => SigningAlg::parse(s).ok_or_else(|| {
            ApiError::bad_field(
                field("id_token_signed_response_alg"),
                "must be RS256, ES256 or EdDSA",
            )
        })?,
    };
    let tokens = p.token_configuration.unwrap_or_default();
    let redirect_uris = match (p.redirect_uris, old) {
        (Some(uris), _) => uris,
        (None, Some(o)) => o.redirect_uris.clone(),
        (None, None) => return Err(ApiError::bad_field(field("redirect_uris"), "is required")),
    };
    let display_name = match (body.display_name, current) {
        (Some(name), _) => name,
        (None, Some(a)) => a.display_name.clone(),
        (None, None) => return Err(ApiError::bad_field("application.display_name", "is required")),
    };
    Ok(ApplicationInput {
        display_name,
        protocol: ProtocolConfig {
            confidentiality,
            client_auth,
            redirect_uris,
            post_logout_redirect_uris: p
                .post_logout_redirect_uris
                .or_else(|| old.map(|o| o.post_logout_redirect_uris.clone()))
                .unwrap_or_default(),
            allowed_scopes: p
                .allowed_scopes
                .or_else(|| old.map(|o| o.allowed_scopes.clone()))
                .unwrap_or_else(|| vec!["openid".into(), "profile".into(), "email".into()]),
            pkce_required,
            access_token_seconds: tokens
                .expires_after
                .or_else(|| old.map(|o| o.access_token_seconds))
                .unwrap_or(ACCESS_TOKEN_SECONDS.2),
            refresh_token_seconds: tokens
                .refresh_expires_after
                .or_else(|| old.map(|o| o.refresh_token_seconds))
                .unwrap_or(REFRESH_TOKEN_SECONDS.2),
            id_token_alg,
            backchannel_logout_uri: p
                .backchannel_logout_uri
                .or_else(|| old.and_then(|o| o.backchannel_logout_uri.clone()))
                .filter(|u| !u.is_empty()),
            require_pushed_authorization_requests: p
                .require_pushed_authorization_requests
                .or_else(|| old.map(|o| o.require_pushed_authorization_requests))
                .unwrap_or(false),
            grant_types: p
                .grant_types
                .or_else(|| old.map(|o| o.grant_types.clone()))
                .unwrap_or_else(keybound_core::application::default_grant_types),
            resources: p
                .resources
                .or_else(|| old.map(|o| o.resources.clone()))
                .unwrap_or_default(),
            dpop_bound_access_tokens: p
                .dpop_bound_access_tokens
                .or_else(|| old.map(|o| o.dpop_bound_access_tokens))
                .unwrap_or(false),
        },
        allowed_group_ids: body
            .allowed_group_ids
            .or_else(|| current.map(|a| a.allowed_group_ids.clone()))
            .unwrap_or_default(),
        logo_url: body
            .logo_url
            .or_else(|| current.and_then(|a| a.logo_url.clone()))
            .filter(|u| !u.is_empty()),
        skip_consent: body
            .skip_consent
            .or_else(|| current.map(|a| a.skip_consent))
            .unwrap_or(false),
    })
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications", tag = "applications",
    params(RealmPath), request_body = ApplicationRequest,
    responses((status = 200, body = ApplicationView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["applications:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<ApplicationRequest>,
) -> Result<Json<ApplicationView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let input = input_of(body.application, None)?;
    let (application, secret) = applications::create(&state, &caller.actor, &realm.id, input)
        .await
        .map_err(|e| ApiError::from(e).within("application"))?;
    Ok(Json(ApplicationView::of(&state, application, secret)))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications", tag = "applications",
    params(RealmPath, super::ListQuery), responses((status = 200, body = ApplicationList)),
    security(("bearer" = ["applications:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<ApplicationList>, ApiError> {
    caller.require("applications:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let page = applications::list(&state, &realm.id, params.page).await?;
    Ok(Json(page.map(|a| ApplicationView::of(&state, a, None)).into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications/{application_id}",
    tag = "applications", params(ApplicationPath),
    responses((status = 200, body = ApplicationView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["applications:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ApplicationPath>,
) -> Result<Json<ApplicationView>, ApiError> {
    caller.require("applications:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let application = applications::get(&state, &realm.id, plain_id(&path.application_id)?).await?;
    Ok(Json(ApplicationView::of(&state, application, None)))
}

/// The id of a path segment that must carry no custom method.
fn plain_id(segment: &str) -> Result<&str, ApiError> {
    match split_action(segment) {
        (id, None) => Ok(id),
        (_, Some(action)) => Err(unknown_action(action)),
    }
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications/{application_id}",
    tag = "applications", params(ApplicationPath), request_body = ApplicationRequest,
    responses((status = 200, body = ApplicationView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["applications:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ApplicationPath>,
    JsonBody(body): JsonBody<ApplicationRequest>,
) -> Result<Json<ApplicationView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let id = plain_id(&path.application_id)?;
    let current = applications::get(&state, &realm.id, id).await?;
    let input = input_of(body.application, Some(&current))?;
    let (application, secret) = applications::update(&state, &caller.actor, &realm.id, id, input)
        .await
        .map_err(|e| ApiError::from(e).within("application"))?;
    Ok(Json(ApplicationView::of(&state, application, secret)))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications/{application_id}",
    tag = "applications", params(ApplicationPath),
    responses((status = 200, body = Empty), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["applications:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ApplicationPath>,
) -> Result<Json<Empty>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    applications::delete(&state, &caller.actor, &realm.id, plain_id(&path.application_id)?).await?;
    Ok(Json(Empty {}))
}

/// `POST /applications/{id}:rotateSecret`.
pub async fn post_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<ApplicationPath>,
) -> Result<Json<ApplicationView>, ApiError> {
    let (id, action) = split_action(&path.application_id);
    let path = ApplicationPath {
        application_id: id.to_owned(),
        ..path
    };
    match action {
        Some("rotateSecret") => rotate_secret(state, caller, Path(path)).await,
        Some(other) => Err(unknown_action(other)),
        None => Err(ApiError::method_not_allowed()),
    }
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/applications/{application_id}:rotateSecret",
    tag = "applications", params(ApplicationPath),
    responses((status = 200, body = ApplicationView, description = "the application with its new `client_secret`"),
        (status = 404, body = crate::web::ErrorBody), (status = 409, body = crate::web::ErrorBody)),
    security(("bearer" = ["applications:update"])))]
pub async fn rotate_secret(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ApplicationPath>,
) -> Result<Json<ApplicationView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let (application, secret) =
        applications::rotate_secret(&state, &caller.actor, &realm.id, &path.application_id).await?;
    Ok(Json(ApplicationView::of(&state, application, Some(secret))))
}
