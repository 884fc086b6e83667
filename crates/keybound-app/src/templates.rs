//! Admin-editable email templates.

use crate::actor::Actor;
use crate::{audit, App, Result};
use keybound_core::audit::Action;
use keybound_core::email_template::EmailTemplate;

/// Saves a new template (its id, realm and times are taken as given; its language as
/// Keybound names it).
pub async fn create(app: &App, actor: &Actor, template: EmailTemplate) -> Result<EmailTemplate> {
    app.atomically(async {
        actor.require("email-templates:create")?;
        let template = with_language_checked(template)?;
        app.store.create_template(&template).await?;
        record(app, actor, Action::EmailTemplateCreated, &template).await?;
        Ok(template)
    })
    .await
}

/// The template with its language as Keybound names it (`pt-br` is `pt-BR`); refused unless it
/// is one Keybound speaks.
fn with_language_checked(template: EmailTemplate) -> Result<EmailTemplate> {
    let language = match template.language.as_deref() {
        None => None,
        Some(tag) => Some(crate::i18n::Lang::spoken("language", tag)?.code().to_owned()),
    };
    Ok(EmailTemplate { language, ..template })
}

/// Saves changes to a template; it keeps the time it was made.
pub async fn update(app: &App, actor: &Actor, template: EmailTemplate) -> Result<EmailTemplate> {
    app.atomically(async {
        actor.require("email-templates:update")?;
        let current = app.store.template(&template.realm_id, &template.id).await?;
        let template = with_language_checked(template)?;
        let template = EmailTemplate {
            create_time: current.create_time,
            update_time: app.clock.now(),
            ..template
        };
        app.store.update_template(&template).await?;
        record(app, actor, Action::EmailTemplateUpdated, &template).await?;
        Ok(template)
    })
    .await
}

pub async fn delete(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("email-templates:delete")?;
        let template = app.store.template(realm_id, id).await?;
        app.store.delete_template(realm_id, id).await?;
        record(app, actor, Action::EmailTemplateDeleted, &template).await?;
        Ok(())
    })
    .await
}

async fn record(app: &App, actor: &Actor, action: Action, template: &EmailTemplate) -> Result<()> {
    let event = actor
        .event(app, action)
        .realm(&template.realm_id)
        .on("email_template", &template.id)
        .detail(match &template.language {
            Some(lang) => format!("\"{}\" ({}, {lang})", template.name, template.kind.as_str()),
            None => format!("\"{}\" ({})", template.name, template.kind.as_str()),
        });
    audit::write(app, event).await
}

pub async fn get(app: &App, realm_id: &str, id: &str) -> Result<EmailTemplate> {
    Ok(app.store.template(realm_id, id).await?)
}

pub async fn list(
    app: &App,
    realm_id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<EmailTemplate>> {
    Ok(app.store.list_templates(realm_id, page).await?)
}
