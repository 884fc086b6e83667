//! A realm's settings (sign-up, email one-time access) and the organisation's branding.

use crate::actor::Actor;
use crate::{audit, App, AppError, Result};
use keybound_core::audit::Action;
use keybound_core::realm::Tenant;
use keybound_core::settings::{EnrollOnProvision, RealmSettings, SignupMode};

/// What an admin changes; what is left out stays.
#[derive(Debug, Clone, Default)]
pub struct SettingsChange {
    pub email_one_time_access: Option<bool>,
    pub signup_mode: Option<SignupMode>,
    /// `Some(None)` turns it off.
    pub enroll_on_provision: Option<Option<EnrollOnProvision>>,
    /// A language Keybound speaks (`Some(None)`: English).
    pub default_language: Option<Option<String>>,
    /// An IANA time zone like `Europe/Berlin` (`Some(None)`: UTC).
    pub time_zone: Option<Option<String>>,
}

pub async fn update(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    change: SettingsChange,
) -> Result<RealmSettings> {
    app.atomically(async {
        actor.require("settings:update")?;
        let before = app.store.realm_settings(realm_id).await?;
        let mut after = before.clone();
        if let Some(on) = change.email_one_time_access {
            after.email_one_time_access = on;
        }
        if let Some(mode) = change.signup_mode {
            after.signup_mode = mode;
        }
        if let Some(enroll) = change.enroll_on_provision {
            if let Some(e) = &enroll {
                let realm = app.store.realm(&app.tenant_id, realm_id).await?;
                let job = crate::batches::JobTemplate {
                    delivery_method: "EMAIL".into(),
                    authenticator_config_id: e.authenticator_config_id.clone(),
                    post_binding_redirect_uri: None,
                    email_template_id: e.email_template_id.clone(),
                };
                crate::batches::check(app, &realm, &job)
                    .await
                    .map_err(|e| e.within("enroll_on_provision"))?;
            }
            after.enroll_on_provision = enroll;
        }
        if let Some(language) = change.default_language {
            after.default_language = match language {
                None => None,
                Some(tag) => Some(
                    crate::i18n::Lang::spoken("default_language", &tag)?
                        .code()
                        .to_owned(),
                ),
            };
        }
        if let Some(zone) = change.time_zone {
            if let Some(z) = &zone {
                crate::i18n::time_zone(z).ok_or_else(|| {
                    AppError::bad_field(
                        "time_zone",
                        "must be a time zone like Europe/Berlin or America/New_York",
                    )
                })?;
            }
            after.time_zone = zone;
        }
        app.store
            .set_realm_settings(realm_id, &after, app.clock.now())
            .await?;
        let mut changed = Vec::new();
        if before.email_one_time_access != after.email_one_time_access {
            let word = |on: bool| if on { "on" } else { "off" };
            changed.push(format!(
                "email_one_time_access: {} → {}",
                word(before.email_one_time_access),
                word(after.email_one_time_access)
            ));
        }
        if before.signup_mode != after.signup_mode {
            changed.push(format!(
                "signup_mode: {} → {}",
                before.signup_mode.as_str(),
                after.signup_mode.as_str()
            ));
        }
        if before.enroll_on_provision != after.enroll_on_provision {
            let said = |e: &Option<EnrollOnProvision>| match e {
                Some(e) => format!("on (config {})", e.authenticator_config_id),
                None => "off".to_owned(),
            };
            changed.push(format!(
                "enroll_on_provision: {} → {}",
                said(&before.enroll_on_provision),
                said(&after.enroll_on_provision)
            ));
        }
        let or = |v: &Option<String>, none: &str| v.clone().unwrap_or_else(|| none.to_owned());
        if before.default_language != after.default_language {
            changed.push(format!(
                "default_language: {} → {}",
                or(&before.default_language, "en"),
                or(&after.default_language, "en")
            ));
        }
        if before.time_zone != after.time_zone {
            changed.push(format!(
                "time_zone: {} → {}",
                or(&before.time_zone, "UTC"),
                or(&after.time_zone, "UTC")
            ));
        }
        if !changed.is_empty() {
            let event = actor
                .event(app, Action::SettingsUpdated)
                .realm(realm_id)
                .on("realm", realm_id)
                .detail(changed.join(", "));
            audit::write(app, event).await?;
        }
        Ok(after)
    })
    .await
}

/// Renames the organisation and, when `logo_url` is given, sets (or with `Some(None)` removes)
/// its logo.
pub async fn update_tenant(
    app: &App,
    actor: &Actor,
    display_name: &str,
    logo_url: Option<Option<&str>>,
) -> Result<Tenant> {
    app.atomically(async {
        actor.require("tenants:update")?;
        keybound_core::realm::validate_display_name(display_name)?;
        let now = app.clock.now();
        let before = app.store.tenant(&app.tenant_id).await?;
        let mut tenant = app.store.update_tenant(&app.tenant_id, display_name, now).await?;
        if let Some(logo) = logo_url {
            app.store.set_tenant_logo(&app.tenant_id, logo, now).await?;
            tenant = app.store.tenant(&app.tenant_id).await?;
        }
        let mut changed = Vec::new();
        if before.display_name != tenant.display_name {
            changed.push(format!(
                "display_name: {} → {}",
                before.display_name, tenant.display_name
            ));
        }
        if before.logo_url != tenant.logo_url {
            changed.push("logo_url".to_owned());
        }
        if !changed.is_empty() {
            let event = actor
                .event(app, Action::TenantUpdated)
                .on("tenant", &tenant.id)
                .detail(changed.join(", "));
            audit::write(app, event).await?;
        }
        Ok(tenant)
    })
    .await
}

pub async fn get(app: &App, realm_id: &str) -> Result<RealmSettings> {
    Ok(app.store.realm_settings(realm_id).await?)
}

/// The installation's tenant: the organisation.
pub async fn tenant(app: &App) -> Result<Tenant> {
    Ok(app.store.tenant(&app.tenant_id).await?)
}
