//! `/settings`: the switches of a realm (email one-time access, sign-up mode).

use super::Path;
use super::{realm_of, Caller, JsonBody, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::settings::{EnrollOnProvision, RealmSettings, SignupMode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct SettingsView {
    /// Offer "Don't have access to your passkey?" (a one-time link by email) on the sign-in page.
    email_one_time_access: bool,
    /// `disabled`, `with_token` or `open`.
    signup_mode: &'static str,
    /// Send an enrolment email to people made by SCIM, CSV import or LDAP sync.
    enroll_on_provision: EnrollOnProvisionBody,
    /// The language of pages and email for people who chose none and whose browser asks for
    /// none Keybound speaks.
    default_language: String,
    /// The time zone email times are given in.
    time_zone: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct EnrollOnProvisionBody {
    enabled: bool,
    /// Required when enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    authenticator_config_id: Option<String>,
    /// Else the realm's default enrolment template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email_template_id: Option<String>,
}

impl From<RealmSettings> for SettingsView {
    fn from(s: RealmSettings) -> Self {
        Self {
            email_one_time_access: s.email_one_time_access,
            signup_mode: s.signup_mode.as_str(),
            enroll_on_provision: EnrollOnProvisionBody {
                enabled: s.enroll_on_provision.is_some(),
                authenticator_config_id: s
                    .enroll_on_provision
                    .as_ref()
                    .map(|e| e.authenticator_config_id.clone()),
                email_template_id: s.enroll_on_provision.and_then(|e| e.email_template_id),
            },
            default_language: s.default_language.unwrap_or_else(|| "en".into()),
            time_zone: s.time_zone.unwrap_or_else(|| "UTC".into()),
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
    enroll_on_provision: Option<EnrollOnProvisionBody>,
    /// A language tag Keybound speaks: en, de, fr, es, it, nl, pt-BR, pl, sv, ja, zh-CN or ar.
    #[schema(schema_with = super::schema::opt_language)]
    default_language: Option<String>,
    /// An IANA time zone, like `Europe/Berlin`.
    #[schema(schema_with = super::schema::opt_time_zone)]
    time_zone: Option<String>,
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
        enroll_on_provision: match body.settings.enroll_on_provision {
            None => None,
            Some(e) if !e.enabled => Some(None),
            Some(e) => Some(Some(EnrollOnProvision {
                authenticator_config_id: e.authenticator_config_id.ok_or_else(|| {
                    ApiError::bad_field(
                        "settings.enroll_on_provision.authenticator_config_id",
                        "is required when enabled",
                    )
                })?,
                email_template_id: e.email_template_id,
            })),
        },
        default_language: body.settings.default_language.map(Some),
        time_zone: body.settings.time_zone.map(Some),
    };
    let settings = keybound_app::settings::update(&state, &caller.actor, &realm.id, change)
        .await
        .map_err(|e| ApiError::from(e).within("settings"))?;
    Ok(Json(settings.into()))
}
