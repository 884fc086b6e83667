//! Authenticator configs: how and where a realm's passkeys are bound (Keybound's hosted pages,
//! or an app embedding the SDK, with its trusted origins and key rules).

use crate::actor::Actor;
use crate::{audit, App, AppError, Result};
use keybound_core::audit::Action;
use keybound_core::binding::{AuthenticatorConfig, ConfigType};
use keybound_core::realm::Realm;

/// What an admin gives for a config.
pub struct ConfigInput {
    pub display_name: String,
    pub config_type: ConfigType,
    pub invoke_url: Option<String>,
    pub trusted_origins: Vec<String>,
    pub require_attestation: bool,
    pub aaguid_allow_list: Vec<String>,
    pub rules: keybound_core::binding::KeyRules,
}

impl ConfigInput {
    fn onto(self, config: AuthenticatorConfig) -> AuthenticatorConfig {
        AuthenticatorConfig {
            display_name: self.display_name,
            config_type: self.config_type,
            invoke_url: self.invoke_url,
            trusted_origins: self.trusted_origins,
            require_attestation: self.require_attestation,
            aaguid_allow_list: self.aaguid_allow_list.iter().map(|a| a.to_lowercase()).collect(),
            rules: keybound_core::binding::KeyRules {
                aaguid_deny_list: self
                    .rules
                    .aaguid_deny_list
                    .iter()
                    .map(|a| a.to_lowercase())
                    .collect(),
                ..self.rules
            },
            ..config
        }
    }
}

pub async fn create(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    input: ConfigInput,
) -> Result<AuthenticatorConfig> {
    app.atomically(async {
        actor.require("authenticator-configs:create")?;
        let now = app.clock.now();
        let blank = AuthenticatorConfig {
            id: keybound_core::new_id(),
            realm_id: realm.id.clone(),
            tenant_id: realm.tenant_id.clone(),
            display_name: String::new(),
            config_type: input.config_type,
            invoke_url: None,
            trusted_origins: Vec::new(),
            require_attestation: false,
            aaguid_allow_list: Vec::new(),
            rules: Default::default(),
            create_time: now,
            update_time: now,
        };
        let config = input.onto(blank);
        config.validate().map_err(AppError::invalid)?;
        app.store.create_config(&config).await?;
        record(app, actor, Action::AuthenticatorConfigCreated, &config).await?;
        Ok(config)
    })
    .await
}

pub async fn update(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    input: ConfigInput,
) -> Result<AuthenticatorConfig> {
    app.atomically(async {
        actor.require("authenticator-configs:update")?;
        let current = app.store.config(realm_id, id).await?;
        let config = AuthenticatorConfig {
            update_time: app.clock.now(),
            ..input.onto(current)
        };
        config.validate().map_err(AppError::invalid)?;
        app.store.update_config(&config).await?;
        record(app, actor, Action::AuthenticatorConfigUpdated, &config).await?;
        Ok(config)
    })
    .await
}

/// Deletes a config with the binding jobs that use it.
pub async fn delete(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("authenticator-configs:delete")?;
        let config = app.store.config(realm_id, id).await?;
        app.store.delete_config(realm_id, id).await?;
        record(app, actor, Action::AuthenticatorConfigDeleted, &config).await?;
        Ok(())
    })
    .await
}

async fn record(app: &App, actor: &Actor, action: Action, config: &AuthenticatorConfig) -> Result<()> {
    let event = actor
        .event(app, action)
        .realm(&config.realm_id)
        .on("authenticator_config", &config.id)
        .detail(format!(
            "\"{}\" ({})",
            config.display_name,
            config.config_type.as_str()
        ));
    audit::write(app, event).await
}

pub async fn get(app: &App, realm_id: &str, id: &str) -> Result<AuthenticatorConfig> {
    Ok(app.store.config(realm_id, id).await?)
}

pub async fn list(
    app: &App,
    realm_id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<AuthenticatorConfig>> {
    Ok(app.store.list_configs(realm_id, page).await?)
}
