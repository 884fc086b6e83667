//! `/authenticator-configs`: how passkeys are bound in a realm (`hosted_web` or `embedded`).

use super::Path;
use super::{realm_of, Caller, Empty, JsonBody, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::binding::{AuthenticatorConfig, ConfigType};
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct ConfigPath {
    tenant_id: String,
    realm_id: String,
    authenticator_config_id: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ConfigBody {
    /// `hosted_web` (Keybound's pages bind the passkey) or `embedded` (your app does, with the SDK).
    #[serde(rename = "type")]
    #[schema(schema_with = super::schema::config_type)]
    kind: String,
    /// Embedded only: where binding links send people, with `/bind?…` appended.
    #[serde(skip_serializing_if = "Option::is_none")]
    invoke_url: Option<String>,
    /// Origins allowed to run ceremonies and to receive `post_binding_redirect_uri` redirects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    trusted_origins: Vec<String>,
    /// Hardware keys (device type `hardware_key`) bound through this config must present an
    /// attestation, not `none`...
    #[serde(default)]
    require_attestation: bool,
    /// ...from one of these models (AAGUIDs); empty: any model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(schema_with = super::schema::aaguids)]
    aaguid_allow_list: Vec<String>,
    /// The attestation browsers are asked for: `none` (the default), `indirect`, `direct` or
    /// `enterprise`.
    #[serde(default = "no_attestation")]
    attestation_conveyance: String,
    /// Authenticator models (AAGUIDs) refused, for every device type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(schema_with = super::schema::aaguids)]
    aaguid_deny_list: Vec<String>,
    /// May passkeys be synced (backup-eligible)? Default true; false binds device-bound
    /// passkeys only.
    #[serde(default = "yes")]
    synced_passkeys_allowed: bool,
}

fn no_attestation() -> String {
    "none".into()
}

fn yes() -> bool {
    true
}

#[derive(Serialize, ToSchema)]
pub struct ConfigView {
    id: String,
    realm_id: String,
    tenant_id: String,
    display_name: String,
    config: ConfigBody,
}

impl From<AuthenticatorConfig> for ConfigView {
    fn from(c: AuthenticatorConfig) -> Self {
        Self {
            id: c.id,
            realm_id: c.realm_id,
            tenant_id: c.tenant_id,
            display_name: c.display_name,
            config: ConfigBody {
                kind: c.config_type.as_str().to_owned(),
                invoke_url: c.invoke_url,
                trusted_origins: c.trusted_origins,
                require_attestation: c.require_attestation,
                aaguid_allow_list: c.aaguid_allow_list,
                attestation_conveyance: c.rules.attestation_conveyance,
                aaguid_deny_list: c.rules.aaguid_deny_list,
                synced_passkeys_allowed: c.rules.synced_passkeys_allowed,
            },
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConfigList {
    authenticator_configs: Vec<ConfigView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<AuthenticatorConfig>> for ConfigList {
    fn from(page: Page<AuthenticatorConfig>) -> Self {
        Self {
            authenticator_configs: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct ConfigRequest {
    authenticator_config: ConfigInput,
}

#[derive(Deserialize, ToSchema)]
pub struct ConfigInput {
    #[serde(default)]
    #[schema(schema_with = super::schema::free_name)]
    display_name: String,
    config: ConfigBody,
}

fn config_type(kind: &str) -> Result<ConfigType, ApiError> {
    ConfigType::parse(kind).ok_or_else(|| {
        ApiError::bad_field(
            "authenticator_config.config.type",
            "must be `hosted_web` or `embedded`",
        )
    })
}

/// The config a request gives.
fn input(body: ConfigRequest) -> Result<keybound_app::configs::ConfigInput, ApiError> {
    let input = body.authenticator_config;
    Ok(keybound_app::configs::ConfigInput {
        display_name: input.display_name,
        config_type: config_type(&input.config.kind)?,
        invoke_url: input.config.invoke_url,
        trusted_origins: input.config.trusted_origins,
        require_attestation: input.config.require_attestation,
        aaguid_allow_list: input.config.aaguid_allow_list,
        rules: keybound_core::binding::KeyRules {
            attestation_conveyance: input.config.attestation_conveyance,
            aaguid_deny_list: input.config.aaguid_deny_list,
            synced_passkeys_allowed: input.config.synced_passkeys_allowed,
        },
    })
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/authenticator-configs",
    tag = "authenticator-configs", params(RealmPath), request_body = ConfigRequest,
    responses((status = 200, body = ConfigView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["authenticator-configs:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<ConfigRequest>,
) -> Result<Json<ConfigView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let config = keybound_app::configs::create(&state, &caller.actor, &realm, input(body)?)
        .await
        .map_err(|e| ApiError::from(e).within("authenticator_config"))?;
    Ok(Json(config.into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/authenticator-configs",
    tag = "authenticator-configs", params(RealmPath, super::ListQuery),
    responses((status = 200, body = ConfigList)), security(("bearer" = ["authenticator-configs:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<ConfigList>, ApiError> {
    caller.require("authenticator-configs:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::configs::list(&state, &realm.id, params.page)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/authenticator-configs/{authenticator_config_id}",
    tag = "authenticator-configs", params(ConfigPath),
    responses((status = 200, body = ConfigView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["authenticator-configs:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ConfigPath>,
) -> Result<Json<ConfigView>, ApiError> {
    caller.require("authenticator-configs:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::configs::get(&state, &realm.id, &path.authenticator_config_id)
            .await?
            .into(),
    ))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/authenticator-configs/{authenticator_config_id}",
    tag = "authenticator-configs", params(ConfigPath), request_body = ConfigRequest,
    responses((status = 200, body = ConfigView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["authenticator-configs:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ConfigPath>,
    JsonBody(body): JsonBody<ConfigRequest>,
) -> Result<Json<ConfigView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let config = keybound_app::configs::update(
        &state,
        &caller.actor,
        &realm.id,
        &path.authenticator_config_id,
        input(body)?,
    )
    .await
    .map_err(|e| ApiError::from(e).within("authenticator_config"))?;
    Ok(Json(config.into()))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/authenticator-configs/{authenticator_config_id}",
    tag = "authenticator-configs", params(ConfigPath),
    responses((status = 200, description = "deleted, with the binding jobs that use it", body = Empty),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["authenticator-configs:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<ConfigPath>,
) -> Result<Json<Empty>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::configs::delete(&state, &caller.actor, &realm.id, &path.authenticator_config_id).await?;
    Ok(Json(Empty {}))
}
