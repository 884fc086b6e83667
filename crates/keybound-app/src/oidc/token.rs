//! The token endpoint: client authentication and the code, refresh and client-credentials
//! grants.

use super::*;

/// How a client authenticates at the token, revocation and introspection endpoints.
#[derive(Debug, Clone, Default)]
pub struct ClientCredentials {
    /// From HTTP Basic.
    pub basic: Option<(String, String)>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

/// The application a request authenticates as, by the method it registered.
pub async fn authenticate_client(
    app: &App,
    realm_id: &str,
    c: &ClientCredentials,
) -> Result<Application, OAuthError> {
    let (client_id, presented, method) = match (&c.basic, &c.client_secret) {
        (Some(_), Some(_)) => return Err(OAuthError::request("use one client authentication method")),
        (Some((id, secret)), None) => (id.clone(), Some(secret.clone()), ClientAuth::SecretBasic),
        (None, Some(secret)) => (
            c.client_id.clone().unwrap_or_default(),
            Some(secret.clone()),
            ClientAuth::SecretPost,
        ),
        (None, None) => (c.client_id.clone().unwrap_or_default(), None, ClientAuth::None),
    };
    if let (Some(form_id), Some(_)) = (&c.client_id, &c.basic) {
        if *form_id != client_id {
            return Err(OAuthError::client());
        }
    }
    let application = client_of(app, realm_id, Some(&client_id))
        .await?
        .ok_or_else(OAuthError::client)?;
    if method != application.protocol.client_auth {
        let registered = application.protocol.client_auth;
        let how = match registered {
            ClientAuth::SecretBasic => {
                "with HTTP Basic (client_id and client_secret in the Authorization header)"
            }
            ClientAuth::SecretPost => "with client_id and client_secret in the form body",
            ClientAuth::None => "with client_id alone (a public application: no secret)",
        };
        return Err(OAuthError::new(
            401,
            "invalid_client",
            format!(
                "the application is registered for {} and must authenticate {how}",
                registered.as_str()
            ),
        ));
    }
    if let ClientAuth::SecretBasic | ClientAuth::SecretPost = method {
        let ok = match (&presented, &application.secret_hash) {
            (Some(presented), Some(hash)) => secret::verify(presented, hash),
            _ => false,
        };
        if !ok {
            return Err(OAuthError::client());
        }
    }
    Ok(application)
}

/// The token endpoint's form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TokenForm {
    pub grant_type: Option<String>,
    pub code: Option<String>,
    pub redirect_uri: Option<String>,
    pub code_verifier: Option<String>,
    pub refresh_token: Option<String>,
    /// The device grant's device code (RFC 8628).
    pub device_code: Option<String>,
    /// The API the access token is for (RFC 8707).
    pub resource: Option<String>,
    /// The thumbprint of the key the request's DPoP proof showed (set by [`token`]).
    #[serde(skip)]
    pub dpop_jkt: Option<String>,
    pub scope: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

/// A new access token and, when `refresh_text` is given, that refresh token.
pub(super) fn new_tokens(
    app: &App,
    application: &Application,
    refresh_text: Option<String>,
    dpop_jkt: Option<String>,
) -> (NewTokens, String, Option<String>) {
    let now = app.clock.now();
    let access = secret::random_secret();
    let tokens = NewTokens {
        access_hash: secret::hash(&access),
        access_expire_time: now + Duration::seconds(application.protocol.access_token_seconds),
        access_scopes: None,
        dpop_jkt,
        refresh: refresh_text.as_ref().map(|r| {
            (
                secret::hash(r),
                now + Duration::seconds(application.protocol.refresh_token_seconds),
            )
        }),
    };
    (tokens, access, refresh_text)
}

/// Answers the token endpoint.
pub async fn token(
    app: &App,
    realm_id: &str,
    client: ClientCredentials,
    mut form: TokenForm,
    dpop: Option<&str>,
) -> Result<Value, OAuthError> {
    let application = authenticate_client(app, realm_id, &client).await?;
    let url = format!("{}/token", issuer(app, realm_id));
    form.dpop_jkt = super::dpop::check(app, dpop, "POST", &url, None).await?;
    if application.protocol.dpop_bound_access_tokens && form.dpop_jkt.is_none() {
        return Err(OAuthError::new(
            400,
            "invalid_dpop_proof",
            "the application's tokens are bound to its key: send a DPoP proof",
        ));
    }
    let bound = form.dpop_jkt.is_some();
    let mut answer = granted(app, &application, form).await?;
    if bound {
        answer["token_type"] = "DPoP".into();
    }
    Ok(answer)
}

/// The token endpoint's answer for the grant the form names.
async fn granted(app: &App, application: &Application, form: TokenForm) -> Result<Value, OAuthError> {
    let grant_type = form.grant_type.clone().unwrap_or_default();
    let known = keybound_core::application::GRANT_TYPES.contains(&grant_type.as_str());
    if known && !application.protocol.grant_types.contains(&grant_type) {
        return Err(OAuthError::new(
            400,
            "unauthorized_client",
            format!("the application is not allowed the {grant_type} grant"),
        ));
    }
    match form.grant_type.as_deref() {
        Some(keybound_core::application::DEVICE_CODE_GRANT) => {
            super::device::device_grant(app, application, form).await
        }
        Some("authorization_code") => {
            let outcome = code_grant(app, application, form).await;
            crate::metrics::finished(crate::metrics::OIDC, &outcome);
            outcome
        }
        Some("refresh_token") => refresh_grant(app, application, form).await,
        Some("client_credentials") => client_credentials_grant(app, application, form).await,
        Some(_) => Err(OAuthError::new(
            400,
            "unsupported_grant_type",
            "grant_type must be authorization_code, refresh_token, client_credentials or urn:ietf:params:oauth:grant-type:device_code",
        )),
        None => Err(OAuthError::request("grant_type is required")),
    }
}

pub(super) async fn code_grant(
    app: &App,
    application: &Application,
    form: TokenForm,
) -> Result<Value, OAuthError> {
    let code = form
        .code
        .clone()
        .ok_or_else(|| OAuthError::request("code is required"))?;
    let asked = checked_resource(application, form.resource.as_deref())?;
    let now = app.clock.now();
    // A refresh token only for a grant of offline_access (the store keeps it only then), of an
    // application still allowed it.
    let offline = allows(application, OFFLINE);
    let (tokens, access, refresh) = new_tokens(
        app,
        application,
        offline.then(secret::random_secret),
        form.dpop_jkt.clone(),
    );
    let redeemed = app
        .store
        .redeem_code(&secret::hash(&code), &application.id, &tokens, now)
        .await?;
    let code = match redeemed {
        Redemption::Redeemed(code) => code,
        Redemption::Reused | Redemption::Grace(_) => {
            tracing::warn!(application = %application.id, "an authorization code was used twice; its tokens are revoked");
            return Err(OAuthError::grant(
                "the code was already used; every token issued from it is revoked",
            ));
        }
        Redemption::Unknown => return Err(OAuthError::grant("the code is not valid or has expired")),
    };
    // The tokens are stored with the code's use; a failed check below takes them back.
    let undo = || async {
        if let Some((hash, _)) = &tokens.refresh {
            app.store.revoke_token(hash, &application.id, now).await?;
        }
        Ok::<_, OAuthError>(())
    };
    if form.redirect_uri.as_deref() != Some(code.redirect_uri.as_str()) {
        undo().await?;
        return Err(OAuthError::grant(
            "redirect_uri does not match the authorization request",
        ));
    }
    let pkce_ok = match (&code.code_challenge, &form.code_verifier) {
        (Some(challenge), Some(verifier)) => pkce::verify(verifier, challenge),
        (None, None) => true,
        _ => false,
    };
    if !pkce_ok {
        undo().await?;
        return Err(OAuthError::grant(
            "code_verifier does not match the code_challenge",
        ));
    }
    let Some(identity) = live_identity(app, application, &code.grant).await? else {
        undo().await?;
        return Err(OAuthError::grant(
            "the person may no longer sign in to this application",
        ));
    };
    if !session_live(app, &code.grant).await? {
        undo().await?;
        return Err(OAuthError::grant(
            "the sign-in this code was issued from has ended (signed out, or the account was suspended)",
        ));
    }
    let refresh = refresh.filter(|_| code.grant.scopes.iter().any(|s| s == OFFLINE));
    let access = match asked.or_else(|| declared(application, code.grant.resource.as_deref())) {
        Some(resource) => {
            let bound = keybound_core::oidc::Grant {
                dpop_jkt: form.dpop_jkt.clone(),
                ..code.grant.clone()
            };
            jwt_access_token(app, application, &bound, &identity.id, &resource, &access).await?
        }
        None => access,
    };
    token_answer(
        app,
        application,
        &code.grant,
        &identity,
        access,
        refresh,
        code.grant.nonce.as_deref(),
    )
    .await
}

const OFFLINE: &str = "offline_access";

fn allows(application: &Application, scope: &str) -> bool {
    application.protocol.allowed_scopes.iter().any(|s| s == scope)
}

/// The resource a token request names, if the application declared it (`invalid_target` if
/// not, RFC 8707).
pub(super) fn checked_resource(
    application: &Application,
    resource: Option<&str>,
) -> Result<Option<String>, OAuthError> {
    match resource {
        None => Ok(None),
        Some(r) if application.protocol.resources.iter().any(|d| d == r) => Ok(Some(r.to_owned())),
        Some(r) => Err(OAuthError::new(
            400,
            "invalid_target",
            format!("the application did not declare the resource `{r}`"),
        )),
    }
}

/// `resource`, if the application still declares it.
pub(super) fn declared(application: &Application, resource: Option<&str>) -> Option<String> {
    resource
        .filter(|r| application.protocol.resources.iter().any(|d| d == r))
        .map(str::to_owned)
}

/// An access token for an API (RFC 9068): a JWT for `resource`, signed with the realm's keys,
/// whose `jti` is the token as stored, so that it is revoked, introspected and refused like
/// any other.
pub(super) async fn jwt_access_token(
    app: &App,
    application: &Application,
    grant: &keybound_core::oidc::Grant,
    sub: &str,
    resource: &str,
    jti: &str,
) -> Result<String, OAuthError> {
    let (key, _) = keys::signing_key(app, application.protocol.id_token_alg).await?;
    let now = app.clock.now().unix_timestamp();
    let mut claims = json!({
        "iss": issuer(app, &grant.realm_id),
        "sub": sub,
        "aud": resource,
        "client_id": application.client_id,
        "scope": grant.scopes.join(" "),
        "iat": now,
        "exp": now + application.protocol.access_token_seconds,
        "jti": jti,
    });
    if let Some(t) = grant.auth_time {
        claims["auth_time"] = t.into();
        claims["acr"] = keybound_core::oidc::acr(&grant.amr).into();
    }
    if let Some(jkt) = &grant.dpop_jkt {
        claims["cnf"] = json!({ "jkt": jkt });
    }
    Ok(keys::sign(&key, "at+jwt", &claims)?)
}

/// The hash a presented access token is stored under: a JWT access token's is its `jti`'s.
pub(super) async fn stored_hash(app: &App, token: &str) -> Result<String, OAuthError> {
    if token.matches('.').count() == 2 {
        let keys = keys::all(app).await?;
        if let Some(jti) = keys::verify(&keys, token).and_then(|c| c["jti"].as_str().map(str::to_owned)) {
            return Ok(secret::hash(&jti));
        }
    }
    Ok(secret::hash(token))
}

/// Whether the session a grant was made from still stands: a code dies with its session.
async fn session_live(app: &App, grant: &keybound_core::oidc::Grant) -> Result<bool, OAuthError> {
    let Some(id) = &grant.session_id else {
        return Ok(true);
    };
    let now = app.clock.now();
    Ok(app
        .store
        .session(id)
        .await?
        .is_some_and(|s| s.revoked_time.is_none() && s.expire_time > now))
}

pub(super) async fn refresh_grant(
    app: &App,
    application: &Application,
    form: TokenForm,
) -> Result<Value, OAuthError> {
    let presented = form
        .refresh_token
        .clone()
        .ok_or_else(|| OAuthError::request("refresh_token is required"))?;
    let asked = checked_resource(application, form.resource.as_deref())?;
    let hash = secret::hash(&presented);
    let now = app.clock.now();
    let stored = app.store.token(&hash).await?;
    let invalid = || OAuthError::grant("the refresh token is not valid");
    let Some(stored) = stored.filter(|t| t.grant.application_id == application.id) else {
        return Err(invalid());
    };
    // A token bound to a key (DPoP) is refreshed only with a proof of that key.
    if stored.grant.dpop_jkt.is_some() && stored.grant.dpop_jkt != form.dpop_jkt {
        return Err(OAuthError::new(
            400,
            "invalid_dpop_proof",
            "the refresh token is bound to a key: send a DPoP proof made with it",
        ));
    }
    // What the grant still carries: scopes the application has since lost are gone.
    let carried = effective_scopes(&stored.grant, application);
    if !carried.iter().any(|s| s == OFFLINE) {
        return Err(OAuthError::grant(
            "the application is no longer allowed offline_access, which refresh tokens need",
        ));
    }
    // A refresh may ask for fewer scopes than were granted (RFC 6749 section 6); the refresh
    // token keeps the grant's.
    let access_scopes = match &form.scope {
        Some(scope) => narrowed_scopes(scope, &carried)?,
        None => carried.clone(),
    };
    if stored.revoked_time.is_none() && live_identity(app, application, &stored.grant).await?.is_none() {
        // Suspended, deleted or out of the allowed groups: the whole family stops now.
        app.store.revoke_token(&hash, &application.id, now).await?;
        return Err(OAuthError::grant(
            "the person may no longer sign in to this application",
        ));
    }
    // The successor is worked out from the token presented, so that a client whose workers
    // present it at once within the grace period all get the same one.
    let successor = secret::successor(&presented);
    let (mut tokens, access, refresh) = new_tokens(app, application, Some(successor), form.dpop_jkt.clone());
    if access_scopes != stored.grant.scopes {
        tokens.access_scopes = Some(access_scopes.clone());
    }
    let grant = match app
        .store
        .rotate_refresh_token(&hash, &application.id, &tokens, now, app.oidc_refresh_grace)
        .await?
    {
        Redemption::Redeemed(grant) | Redemption::Grace(grant) => grant,
        Redemption::Reused => {
            tracing::warn!(application = %application.id, "a refresh token was used twice; its family is revoked");
            return Err(OAuthError::grant(
                "the refresh token was already used; every token of its family is revoked",
            ));
        }
        Redemption::Unknown => return Err(invalid()),
    };
    let Some(identity) = live_identity(app, application, &grant).await? else {
        return Err(invalid());
    };
    let answered = keybound_core::oidc::Grant {
        scopes: access_scopes,
        dpop_jkt: form.dpop_jkt.clone(),
        ..grant
    };
    let access = match asked.or_else(|| declared(application, answered.resource.as_deref())) {
        Some(resource) => {
            jwt_access_token(app, application, &answered, &identity.id, &resource, &access).await?
        }
        None => access,
    };
    token_answer(app, application, &answered, &identity, access, refresh, None).await
}

/// The scopes of a grant the application is still allowed: removing a scope from an
/// application takes it from the tokens already issued too.
pub(super) fn effective_scopes(grant: &keybound_core::oidc::Grant, application: &Application) -> Vec<String> {
    grant
        .scopes
        .iter()
        .filter(|s| allows(application, s))
        .cloned()
        .collect()
}

/// The scopes a refresh asks for, each one of those `carried`.
fn narrowed_scopes(scope: &str, carried: &[String]) -> Result<Vec<String>, OAuthError> {
    let mut out: Vec<String> = Vec::new();
    for s in scope.split(' ').filter(|s| !s.is_empty()) {
        if !carried.iter().any(|c| c == s) {
            return Err(OAuthError::new(
                400,
                "invalid_scope",
                format!("the scope `{s}` was not granted, so a refresh cannot ask for it"),
            ));
        }
        if !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    }
    if out.is_empty() {
        return Err(OAuthError::new(400, "invalid_scope", "scope names no scope"));
    }
    // Kept in the grant's order.
    Ok(carried.iter().filter(|c| out.contains(c)).cloned().collect())
}

pub(super) async fn client_credentials_grant(
    app: &App,
    application: &Application,
    form: TokenForm,
) -> Result<Value, OAuthError> {
    if application.protocol.confidentiality != Confidentiality::Confidential {
        return Err(OAuthError::new(
            400,
            "unauthorized_client",
            "client_credentials is for confidential applications",
        ));
    }
    let mut scopes = Vec::new();
    for s in form
        .scope
        .as_deref()
        .unwrap_or_default()
        .split(' ')
        .filter(|s| !s.is_empty())
    {
        if !application.protocol.allowed_scopes.iter().any(|a| a == s)
            || s == "openid"
            || s == "offline_access"
        {
            return Err(OAuthError::new(
                400,
                "invalid_scope",
                format!("the scope `{s}` cannot be granted to the application itself"),
            ));
        }
        if !scopes.iter().any(|x: &String| x == s) {
            scopes.push(s.to_owned());
        }
    }
    let grant = Grant {
        application_id: application.id.clone(),
        realm_id: application.realm_id.clone(),
        identity_id: None,
        session_id: None,
        scopes: scopes.clone(),
        nonce: None,
        auth_time: None,
        amr: Vec::new(),
        family_id: keybound_core::new_id(),
        resource: checked_resource(application, form.resource.as_deref())?,
        dpop_jkt: form.dpop_jkt.clone(),
    };
    let (tokens, access, _) = new_tokens(app, application, None, form.dpop_jkt.clone());
    app.store.create_tokens(&grant, &tokens, app.clock.now()).await?;
    let access = match &grant.resource {
        Some(resource) => {
            jwt_access_token(
                app,
                application,
                &grant,
                &application.client_id,
                resource,
                &access,
            )
            .await?
        }
        None => access,
    };
    Ok(json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": application.protocol.access_token_seconds,
        "scope": scopes.join(" "),
    }))
}

pub(super) async fn token_answer(
    app: &App,
    application: &Application,
    grant: &Grant,
    identity: &Identity,
    access: String,
    refresh: Option<String>,
    nonce: Option<&str>,
) -> Result<Value, OAuthError> {
    let now = app.clock.now();
    let (key, _) = keys::signing_key(app, application.protocol.id_token_alg).await?;
    let mut claims = json!({
        "iss": issuer(app, &grant.realm_id),
        "sub": identity.id,
        "aud": application.client_id,
        "azp": application.client_id,
        "iat": now.unix_timestamp(),
        "exp": now.unix_timestamp() + application.protocol.access_token_seconds,
        "amr": grant.amr,
        "acr": keybound_core::oidc::acr(&grant.amr),
        "at_hash": keys::token_hash_claim(key.alg, &access),
    });
    if let Some(t) = grant.auth_time {
        claims["auth_time"] = t.into();
    }
    if let Some(sid) = &grant.session_id {
        claims["sid"] = sid.clone().into();
    }
    if let Some(nonce) = nonce {
        claims["nonce"] = nonce.into();
    }
    for (k, v) in scope_claims(app, identity, &grant.scopes).await? {
        claims[k] = v;
    }
    let id_token = keys::sign(&key, "JWT", &claims)?;
    let mut answer = json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": application.protocol.access_token_seconds,
        "id_token": id_token,
        "scope": grant.scopes.join(" "),
    });
    if let Some(refresh) = refresh {
        answer["refresh_token"] = refresh.into();
    }
    Ok(answer)
}

/// The claims `scopes` release about `identity` (`sub` aside).
pub(super) async fn scope_claims(
    app: &App,
    identity: &Identity,
    scopes: &[String],
) -> Result<Vec<(&'static str, Value)>, AppError> {
    let has = |s: &str| scopes.iter().any(|x| x == s);
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    let t = &identity.traits;
    if has("profile") {
        out.push(("name", identity.display_name.clone().into()));
        if let Some(v) = &t.given_name {
            out.push(("given_name", v.clone().into()));
        }
        if let Some(v) = &t.family_name {
            out.push(("family_name", v.clone().into()));
        }
        out.push(("preferred_username", t.username.clone().into()));
        out.push(("updated_at", identity.update_time.unix_timestamp().into()));
    }
    if has("email") {
        if let Some(email) = &t.primary_email_address {
            out.push(("email", email.clone().into()));
            // An address an administrator or the person typed, not one Keybound has proven.
            out.push(("email_verified", false.into()));
        }
    }
    if has("groups") {
        let names: Vec<String> = group_ids_and_names(app, identity)
            .await?
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        out.push(("groups", names.into()));
    }
    Ok(out)
}
