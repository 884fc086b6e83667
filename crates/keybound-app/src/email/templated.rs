//! Messages to a person from the realm's templates (or the built-in ones), with the
//! organisation's name and logo.

use crate::App;

/// The organisation's name and logo URL (or empty), as emails show them.
pub async fn brand(state: &App, tenant_id: &str) -> Result<(String, String), crate::AppError> {
    let tenant = state.store.tenant(tenant_id).await?;
    Ok((tenant.display_name, tenant.logo_url.unwrap_or_default()))
}

/// What varies between templated messages to a person.
#[derive(Debug, Clone, Default)]
pub struct Personal {
    pub link: String,
    pub code: String,
    /// When the link or code stops working, if it does.
    pub expire_time: Option<time::OffsetDateTime>,
    pub key_name: String,
}

/// Renders the realm's default template of `kind` in the recipient's language (its variant in
/// that language, else the default without a language, else the built-in one) for `identity` and
/// puts it in the outbox; the worker delivers it.
pub async fn queue_templated(
    state: &App,
    realm: &keybound_core::realm::Realm,
    identity: &keybound_core::identity::Identity,
    kind: keybound_core::email_template::TemplateKind,
    message: Personal,
) -> Result<(), crate::AppError> {
    use crate::i18n;
    use keybound_core::email::Email;
    use keybound_core::email_template::{EmailTemplate, TemplateVars};
    let settings = state.store.realm_settings(&realm.id).await?;
    let lang = i18n::email_language(identity, settings.default_language.as_deref());
    let defaults = state.store.default_templates(&realm.id, kind).await?;
    let template: EmailTemplate = match EmailTemplate::for_language(&defaults, lang.code()) {
        Some(t) => t.clone(),
        None => i18n::builtin_template(kind, lang),
    };
    let (organization, logo_url) = brand(state, &realm.tenant_id).await?;
    let (expire_time, expires_in) = message
        .expire_time
        .map(|at| i18n::expiry(lang, settings.time_zone.as_deref(), at, state.clock.now()))
        .unwrap_or_default();
    let vars = TemplateVars {
        display_name: identity.display_name.clone(),
        username: identity.traits.username.clone(),
        link: message.link,
        code: message.code,
        expire_time,
        expires_in,
        realm: realm.display_name.clone(),
        organization,
        logo_url,
        key_name: message.key_name,
        device_instructions: String::new(),
    };
    let rendered = template
        .render(&vars)
        .map_err(|e| crate::AppError::internal(kind.as_str(), &e))?;
    let now = state.clock.now();
    state
        .store
        .queue_email(&Email::pending(identity, None, rendered, now))
        .await?;
    crate::metrics::email_queued();
    Ok(())
}
