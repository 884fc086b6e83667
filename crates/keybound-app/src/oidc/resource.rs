//! What applications do with tokens: userinfo, revocation (RFC 7009) and introspection
//! (RFC 7662).

use super::*;

/// A live access token of the realm and the identity it speaks for, if it may still act.
pub(super) async fn bearer(
    app: &App,
    realm_id: &str,
    token: &str,
) -> Result<(keybound_core::oidc::Token, Application, Option<Identity>), OAuthError> {
    let stored = app
        .store
        .token(&super::token::stored_hash(app, token).await?)
        .await?
        .filter(|t| t.kind == keybound_core::oidc::TokenKind::Access && t.is_live(app.clock.now()))
        .filter(|t| t.grant.realm_id == realm_id)
        .ok_or_else(OAuthError::token)?;
    let application = match app
        .store
        .application(realm_id, &stored.grant.application_id)
        .await
    {
        Ok(a) => a,
        Err(StoreError::NotFound { .. }) => return Err(OAuthError::token()),
        Err(e) => return Err(e.into()),
    };
    let identity = live_identity(app, &application, &stored.grant).await?;
    if stored.grant.identity_id.is_some() && identity.is_none() {
        return Err(OAuthError::token());
    }
    Ok((stored, application, identity))
}

/// An access token as a request presents it: with `DPoP` (the proof) or as a bearer token.
pub struct Presented<'a> {
    pub token: &'a str,
    /// The DPoP proof, when the token came as `Authorization: DPoP …`.
    pub dpop: Option<&'a str>,
    /// The request's method, which the proof names.
    pub method: &'a str,
}

/// `/userinfo`: the claims the access token's scopes release. A token bound to a key (DPoP)
/// works only with a proof of that key for this request.
pub async fn userinfo(app: &App, realm_id: &str, presented: Presented<'_>) -> Result<Value, OAuthError> {
    let token = presented.token;
    let (stored, application, identity) = bearer(app, realm_id, token).await?;
    if let Some(bound) = &stored.grant.dpop_jkt {
        let url = format!("{}/userinfo", issuer(app, realm_id));
        let shown = match presented.dpop {
            Some(proof) => super::dpop::check(app, Some(proof), presented.method, &url, Some(token))
                .await
                .map_err(|e| OAuthError {
                    status: 401,
                    error: if e.error == "use_dpop_nonce" {
                        e.error
                    } else {
                        "invalid_dpop_proof"
                    },
                    ..e
                })?,
            None => None,
        };
        if shown.as_ref() != Some(bound) {
            return Err(OAuthError::new(
                401,
                "invalid_token",
                "the access token is bound to a key: present it as Authorization: DPoP with a proof made with that key",
            ));
        }
    }
    let identity = identity
        .ok_or_else(|| OAuthError::new(403, "insufficient_scope", "this token speaks for no person"))?;
    // Only what the application is still allowed: scopes it lost are not released.
    let scopes = super::token::effective_scopes(&stored.grant, &application);
    if !scopes.iter().any(|s| s == "openid") {
        return Err(OAuthError::new(
            403,
            "insufficient_scope",
            "the token was not granted openid",
        ));
    }
    let mut claims = json!({ "sub": identity.id });
    for (k, v) in scope_claims(app, &identity, &scopes).await? {
        claims[k] = v;
    }
    Ok(claims)
}

/// RFC 7009: revokes the token if it is the client's; the answer is the same either way.
pub async fn revoke(
    app: &App,
    realm_id: &str,
    client: ClientCredentials,
    token: Option<String>,
) -> Result<(), OAuthError> {
    let application = authenticate_client(app, realm_id, &client).await?;
    let token = token.ok_or_else(|| OAuthError::request("token is required"))?;
    app.store
        .revoke_token(
            &super::token::stored_hash(app, &token).await?,
            &application.id,
            app.clock.now(),
        )
        .await?;
    Ok(())
}

/// RFC 7662, for confidential applications, about their own tokens.
pub async fn introspect(
    app: &App,
    realm_id: &str,
    client: ClientCredentials,
    token: Option<String>,
) -> Result<Value, OAuthError> {
    let application = authenticate_client(app, realm_id, &client).await?;
    if application.protocol.confidentiality != Confidentiality::Confidential {
        return Err(OAuthError::new(
            401,
            "invalid_client",
            "introspection is for confidential applications",
        ));
    }
    let token = token.ok_or_else(|| OAuthError::request("token is required"))?;
    let inactive = json!({ "active": false });
    let Some(stored) = app
        .store
        .token(&super::token::stored_hash(app, &token).await?)
        .await?
    else {
        return Ok(inactive);
    };
    if stored.grant.application_id != application.id || !stored.is_live(app.clock.now()) {
        return Ok(inactive);
    }
    let identity = live_identity(app, &application, &stored.grant).await?;
    if stored.grant.identity_id.is_some() && identity.is_none() {
        return Ok(inactive);
    }
    let mut answer = json!({
        "active": true,
        "scope": super::token::effective_scopes(&stored.grant, &application).join(" "),
        "client_id": application.client_id,
        "token_type": if stored.kind == keybound_core::oidc::TokenKind::Access { "Bearer" } else { "refresh_token" },
        "exp": stored.expire_time.unix_timestamp(),
        "iat": stored.create_time.unix_timestamp(),
        "iss": issuer(app, realm_id),
        "aud": application.client_id,
    });
    if let Some(jkt) = &stored.grant.dpop_jkt {
        answer["cnf"] = json!({ "jkt": jkt });
        if stored.kind == keybound_core::oidc::TokenKind::Access {
            answer["token_type"] = "DPoP".into();
        }
    }
    match &identity {
        Some(identity) => {
            answer["sub"] = identity.id.clone().into();
            answer["username"] = identity.traits.username.clone().into();
        }
        None => answer["sub"] = application.client_id.clone().into(),
    }
    Ok(answer)
}
