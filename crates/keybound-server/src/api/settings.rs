//! `/settings`: the switches of a realm (email one-time access, sign-up mode).

use super::Path;
use super::{realm_of, Caller, JsonBody, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::settings::{RealmSettings, SignupMode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct SettingsView {
    /// Offer "Don't have access to your passkey?" (a one-time link by email) on the sign-in page.
    email_one_time_access: bool,
    /// `disabled`, `with_token` or `open`.
    signup_mode: &'static str,
}

impl From<RealmSettings> for SettingsView {
    fn from(s: RealmSettings) -> Self {
        Self {
            email_one_time_access: s.email_one_time_access,
            signup_mode: s.signup_mode.as_str(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsRequest {
    settings: SettingsPatch,
}

/// Only the fields given change.
#[derive(Deserialize, ToSchema)]
pub struct SettingsPatch {
    email_one_time_access: Option<bool>,
    #[schema(schema_with = super::schema::opt_signup_mode)]
    signup_mode: Option<String>,
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/settings", tag = "settings",
    params(RealmPath), responses((status = 200, body = SettingsView)), security(("bearer" = ["settings:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
) -> Result<Json<SettingsView>, ApiError> {
    caller.require("settings:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(keybound_app::settings::get(&state, &realm.id).await?.into()))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/settings", tag = "settings",
    params(RealmPath), request_body = SettingsRequest,
    responses((status = 200, body = SettingsView), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["settings:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<SettingsRequest>,
) -> Result<Json<SettingsView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let change = keybound_app::settings::SettingsChange {
        email_one_time_access: body.settings.email_one_time_access,
        signup_mode: match body.settings.signup_mode {
            None => None,
            Some(mode) => Some(SignupMode::parse(&mode).ok_or_else(|| {
                ApiError::bad_field("settings.signup_mode", "must be disabled, with_token or open")
            })?),
        },
    };
    let settings = keybound_app::settings::update(&state, &caller.actor, &realm.id, change).await?;
    Ok(Json(settings.into()))
}
