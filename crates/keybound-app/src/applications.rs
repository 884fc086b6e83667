//! Registering applications (OpenID Connect clients): the client id is made here and, for a
//! confidential application, a secret that is shown once and stored only as its hash.

use crate::{App, AppError, Result};
use keybound_core::application::{Application, Confidentiality, ProtocolConfig, MAX_ALLOWED_GROUPS};
use keybound_core::audit::Action;
use keybound_core::error::{Invalid, Violations};
use keybound_core::page::{Page, PageRequest};
use keybound_core::secret;
use keybound_store::StoreError;

/// What an admin gives for an application.
#[derive(Debug, Clone)]
pub struct ApplicationInput {
    pub display_name: String,
    pub protocol: ProtocolConfig,
    pub allowed_group_ids: Vec<String>,
    pub logo_url: Option<String>,
    pub skip_consent: bool,
}

/// Field names are those of the `application` object.
async fn validate(app: &App, realm_id: &str, input: &ApplicationInput) -> Result<()> {
    let mut v = Violations::default();
    let name = input.display_name.trim();
    if name.is_empty() {
        v.add("display_name", "must not be blank");
    } else if input.display_name.chars().count() > keybound_core::identity::MAX_NAME {
        v.add(
            "display_name",
            format!("must be at most {} characters", keybound_core::identity::MAX_NAME),
        );
    } else if input.display_name.chars().any(char::is_control) {
        v.add("display_name", "must not contain control characters");
    }
    match input.protocol.validate() {
        Err(Invalid(violations)) => {
            for violation in violations {
                v.add(
                    &format!("protocol_config.{}", violation.field),
                    violation.description,
                );
            }
        }
        Ok(()) => {
            // Keybound calls this address itself: the outbound rule applies.
            if let Some(uri) = &input.protocol.backchannel_logout_uri {
                if let Err(why) = app.outbound.check_registration(uri).await {
                    v.add("protocol_config.backchannel_logout_uri", why);
                }
            }
        }
    }
    if let Some(logo) = &input.logo_url {
        if !is_logo_url(logo) {
            v.add(
                "logo_url",
                "must be an https URL (or http://localhost) of at most 2048 characters",
            );
        }
    }
    if input.allowed_group_ids.len() > MAX_ALLOWED_GROUPS {
        v.add(
            "allowed_group_ids",
            format!("must list at most {MAX_ALLOWED_GROUPS} groups"),
        );
    } else {
        for (i, id) in input.allowed_group_ids.iter().enumerate() {
            match app.store.group(realm_id, id).await {
                Ok(_) => {}
                Err(StoreError::NotFound { .. }) => v.add(
                    &format!("allowed_group_ids[{i}]"),
                    format!("no group `{id}` in this realm"),
                ),
                Err(e) => return Err(e.into()),
            }
        }
    }
    v.finish().map_err(AppError::invalid)
}

/// An image address a page may show: https, or http on `localhost` itself, parsed (so that
/// `http://localhost@elsewhere/` is another host), without credentials.
fn is_logo_url(logo: &str) -> bool {
    let Ok(url) = url::Url::parse(logo) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    logo.len() <= 2048
        && url.username().is_empty()
        && url.password().is_none()
        && !host.is_empty()
        && (url.scheme() == "https" || (url.scheme() == "http" && host == "localhost"))
        && !logo
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"')
}

/// Registers an application; returns it and, for a confidential one, its secret.
pub async fn create(
    app: &App,
    actor: &crate::Actor,
    realm_id: &str,
    input: ApplicationInput,
) -> Result<(Application, Option<String>)> {
    actor.require("applications:create")?;
    // Checked before the change's transaction: the address rule may resolve a name.
    validate(app, realm_id, &input).await?;
    app.atomically(async {
        let now = app.clock.now();
        let (secret_text, secret_hash) = new_secret(input.protocol.confidentiality);
        let application = Application {
            id: keybound_core::new_id(),
            realm_id: realm_id.to_owned(),
            tenant_id: app.tenant_id.clone(),
            display_name: input.display_name.trim().to_owned(),
            client_id: secret::random_hex(16),
            secret_hash,
            protocol: input.protocol,
            allowed_group_ids: input.allowed_group_ids,
            logo_url: input.logo_url,
            skip_consent: input.skip_consent,
            create_time: now,
            update_time: now,
        };
        app.store.create_application(&application).await?;
        record(app, actor, Action::ApplicationCreated, &application).await?;
        Ok((application, secret_text))
    })
    .await
}

fn new_secret(confidentiality: Confidentiality) -> (Option<String>, Option<String>) {
    match confidentiality {
        Confidentiality::Confidential => {
            let text = secret::random_secret();
            let hash = secret::hash(&text);
            (Some(text), Some(hash))
        }
        Confidentiality::Public => (None, None),
    }
}

/// Replaces what an admin gave. An application that becomes confidential gets a secret
/// (returned); one that becomes public loses its secret.
pub async fn update(
    app: &App,
    actor: &crate::Actor,
    realm_id: &str,
    id: &str,
    input: ApplicationInput,
) -> Result<(Application, Option<String>)> {
    actor.require("applications:update")?;
    validate(app, realm_id, &input).await?;
    app.atomically(async {
        let mut application = app.store.application(realm_id, id).await?;
        let mut shown = None;
        match (
            application.protocol.confidentiality,
            input.protocol.confidentiality,
        ) {
            (Confidentiality::Public, Confidentiality::Confidential) => {
                let (text, hash) = new_secret(Confidentiality::Confidential);
                shown = text;
                application.secret_hash = hash;
            }
            (_, Confidentiality::Public) => application.secret_hash = None,
            _ => {}
        }
        application.display_name = input.display_name.trim().to_owned();
        application.protocol = input.protocol;
        application.allowed_group_ids = input.allowed_group_ids;
        application.logo_url = input.logo_url;
        application.skip_consent = input.skip_consent;
        application.update_time = app.clock.now();
        app.store.update_application(&application).await?;
        record(app, actor, Action::ApplicationUpdated, &application).await?;
        Ok((application, shown))
    })
    .await
}

/// A new secret for a confidential application; the old one stops working at once.
pub async fn rotate_secret(
    app: &App,
    actor: &crate::Actor,
    realm_id: &str,
    id: &str,
) -> Result<(Application, String)> {
    app.atomically(async {
        actor.require("applications:update")?;
        let mut application = app.store.application(realm_id, id).await?;
        if application.protocol.confidentiality == Confidentiality::Public {
            return Err(AppError::new(
                crate::ErrorKind::Conflict,
                "a public application has no secret to rotate",
            ));
        }
        let text = secret::random_secret();
        application.secret_hash = Some(secret::hash(&text));
        application.update_time = app.clock.now();
        app.store.update_application(&application).await?;
        record(app, actor, Action::ApplicationSecretRotated, &application).await?;
        Ok((application, text))
    })
    .await
}

pub async fn get(app: &App, realm_id: &str, id: &str) -> Result<Application> {
    Ok(app.store.application(realm_id, id).await?)
}

pub async fn list(app: &App, realm_id: &str, page: PageRequest) -> Result<Page<Application>> {
    Ok(app.store.list_applications(realm_id, page).await?)
}

pub async fn delete(app: &App, actor: &crate::Actor, realm_id: &str, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("applications:delete")?;
        let application = app.store.application(realm_id, id).await?;
        app.store.delete_application(realm_id, id).await?;
        record(app, actor, Action::ApplicationDeleted, &application).await?;
        Ok(())
    })
    .await
}

async fn record(app: &App, actor: &crate::Actor, action: Action, application: &Application) -> Result<()> {
    let event = actor
        .event(app, action)
        .realm(&application.realm_id)
        .on("application", &application.id)
        .detail(format!(
            "\"{}\" (client_id {})",
            application.display_name, application.client_id
        ));
    crate::audit::write(app, event).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn logo_addresses_are_parsed_not_compared_as_text() {
        for ok in [
            "https://cdn.example.com/logo.png",
            "http://localhost:8080/logo.svg",
        ] {
            assert!(super::is_logo_url(ok), "{ok}");
        }
        for bad in [
            "http://localhost@127.0.0.2/logo.png",
            "http://localhost.evil.example/logo.png",
            "https://user:pw@cdn.example.com/logo.png",
            "javascript:alert(1)",
            "http://cdn.example.com/logo.png",
            "https://cdn.example.com/a b.png",
        ] {
            assert!(!super::is_logo_url(bad), "{bad}");
        }
    }
}
