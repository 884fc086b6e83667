//! API tokens: made and revoked by an administrator, the command line, or a token that holds
//! `api-tokens:create`, never with a scope the maker does not hold itself.

use crate::actor::Actor;
use crate::{audit, App, AppError, Result};
use keybound_core::api_token::ApiToken;
use keybound_core::audit::Action;
use time::OffsetDateTime;

/// A new token and its secret (shown once).
pub async fn create(
    app: &App,
    actor: &Actor,
    name: &str,
    scopes: Vec<String>,
    expire_time: Option<OffsetDateTime>,
) -> Result<(ApiToken, String)> {
    app.atomically(async {
        actor.require("api-tokens:create")?;
        for scope in &scopes {
            actor.require_grantable(scope)?;
        }
        let (token, secret) = ApiToken::issue(&app.tenant_id, name, scopes, expire_time, app.clock.now())
            .map_err(|e| AppError::from(e).within("api_token"))?;
        app.store.create_api_token(&token).await?;
        let event = actor
            .event(app, Action::ApiTokenCreated)
            .on("api_token", &token.id)
            .detail(format!(
                "\"{}\" with scopes {}",
                token.name,
                token.scopes.join(" ")
            ));
        audit::write(app, event).await?;
        Ok((token, secret))
    })
    .await
}

/// Revokes a token: it stops working at once.
pub async fn revoke(app: &App, actor: &Actor, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("api-tokens:delete")?;
        let token = app.store.api_token(id).await?;
        if token.tenant_id != app.tenant_id {
            return Err(AppError::not_found(format!("api token `{id}` not found")));
        }
        app.store.delete_api_token(&app.tenant_id, id).await?;
        let event = actor
            .event(app, Action::ApiTokenRevoked)
            .on("api_token", id)
            .detail(format!("\"{}\" revoked", token.name));
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

pub async fn get(app: &App, id: &str) -> Result<ApiToken> {
    let token = app.store.api_token(id).await?;
    if token.tenant_id != app.tenant_id {
        return Err(AppError::not_found(format!("api token `{id}` not found")));
    }
    Ok(token)
}

pub async fn list(
    app: &App,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<ApiToken>> {
    Ok(app.store.list_api_tokens(&app.tenant_id, page).await?)
}

/// The token a request presents (`kb_<id>_<secret>`), checked: known, this tenant's, secret
/// matching, not expired. Unauthenticated otherwise, saying no more than that. Its use is
/// recorded.
pub async fn authenticate(app: &App, presented: &str) -> Result<ApiToken> {
    let unknown = || AppError::unauthenticated("the API token is not valid");
    let (id, secret) = keybound_core::api_token::parse_secret(presented).ok_or_else(unknown)?;
    let token = match app.store.api_token(id).await {
        Ok(token) => token,
        Err(keybound_store::StoreError::NotFound { .. }) => return Err(unknown()),
        Err(e) => return Err(e.into()),
    };
    if !keybound_core::secret::verify(secret, &token.secret_hash) || token.tenant_id != app.tenant_id {
        return Err(unknown());
    }
    let now = app.clock.now();
    if token.is_expired(now) {
        return Err(AppError::unauthenticated("the API token has expired"));
    }
    // A use recorded within the interval (as read with the token) needs no write.
    let recent = token
        .last_used_time
        .is_some_and(|used| used >= now - keybound_core::api_token::USE_RECORDED_EVERY);
    if !recent {
        if let Err(e) = app.store.touch_api_token(&token.id, now).await {
            tracing::warn!("could not record the use of API token {}: {e}", token.id);
        }
    }
    Ok(token)
}
