//! The authorization endpoint: requests checked against the application, the person signed in
//! (or sent to sign in), consent, and the code sent back; and the same from the SDK on an
//! application's own page.

use super::*;

/// The parameters of an authorization request, as sent (or pushed, with the client's
/// credentials).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AuthorizeParams {
    pub client_id: Option<String>,
    pub redirect_uri: Option<String>,
    pub response_type: Option<String>,
    pub response_mode: Option<String>,
    pub scope: Option<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub code_challenge_method: Option<String>,
    pub prompt: Option<String>,
    pub max_age: Option<String>,
    pub login_hint: Option<String>,
    /// Request objects are not supported; said so rather than ignored.
    pub request: Option<String>,
    /// A pushed request's `urn:ietf:params:oauth:request_uri:…` (RFC 9126).
    pub request_uri: Option<String>,
    /// A confidential client's secret, when it pushes the request in the form body.
    pub client_secret: Option<String>,
    /// The API the access token is for (RFC 8707), one the application declared.
    pub resource: Option<String>,
}

/// How a pushed request is named when it is used.
const PUSHED_PREFIX: &str = "urn:ietf:params:oauth:request_uri:";
/// How long a pushed request waits to be used.
pub const PUSHED_LIFETIME: time::Duration = time::Duration::seconds(60);

/// `{issuer}/par` (RFC 9126): checks a client's authorization request as the authorization
/// endpoint would, and keeps it for one use within [`PUSHED_LIFETIME`]; answers with its
/// `request_uri`.
pub async fn push(
    app: &App,
    realm_id: &str,
    client: &ClientCredentials,
    mut p: AuthorizeParams,
) -> Result<Value, OAuthError> {
    let application = authenticate_client(app, realm_id, client).await?;
    if p.client_id
        .as_deref()
        .is_some_and(|id| id != application.client_id)
    {
        return Err(OAuthError::request(
            "client_id is not the client that authenticated",
        ));
    }
    if p.request_uri.is_some() {
        return Err(OAuthError::request("request_uri cannot be pushed"));
    }
    p.client_id = Some(application.client_id.clone());
    let (_, request, prompt_none) = match checked(app, realm_id, p).await? {
        Ok(checked) => checked,
        Err(Outcome::Redirect { params, .. }) => {
            let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
            let error = match param("error").as_deref() {
                Some("invalid_scope") => "invalid_scope",
                Some("unsupported_response_type") => "unsupported_response_type",
                Some("request_not_supported") => "request_not_supported",
                _ => "invalid_request",
            };
            return Err(OAuthError::new(
                400,
                error,
                param("error_description").unwrap_or_default(),
            ));
        }
        Err(Outcome::ErrorPage { message, .. }) => {
            return Err(OAuthError::request(crate::i18n::Lang::ENGLISH.t(message)))
        }
        Err(_) => return Err(OAuthError::request("the request cannot be pushed")),
    };
    let id = secret::random_secret();
    let now = app.clock.now();
    app.store
        .push_authorization_request(&id, &request, prompt_none, now + PUSHED_LIFETIME)
        .await?;
    Ok(json!({
        "request_uri": format!("{PUSHED_PREFIX}{id}"),
        "expires_in": PUSHED_LIFETIME.whole_seconds(),
    }))
}

/// An authorization request that names a pushed one: that request, used up, for its client.
async fn from_pushed(
    app: &App,
    realm_id: &str,
    p: &AuthorizeParams,
    session: Option<&Authenticated>,
) -> Result<Outcome, AppError> {
    let Some(application) = client_of(app, realm_id, p.client_id.as_deref()).await? else {
        return Ok(error_page(UNKNOWN_APP_TITLE, UNKNOWN_APP));
    };
    let gone = || error_page(EXPIRED_TITLE, "oidc-request-used");
    let Some(id) = p
        .request_uri
        .as_deref()
        .and_then(|u| u.strip_prefix(PUSHED_PREFIX))
    else {
        return Ok(gone());
    };
    let now = app.clock.now();
    let Some((mut request, prompt_none)) = app.store.take_pushed_request(id, &application.id, now).await?
    else {
        return Ok(gone());
    };
    // Kept again, under a new name, while the person signs in.
    request.id = secret::random_secret();
    request.create_time = keybound_core::time_fmt::to_micros(now);
    proceed(app, &application, &request, session, Stored::No, prompt_none).await
}

/// Where an authorization request goes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Back to the application with these parameters (a code, or an error).
    Redirect {
        redirect_uri: String,
        form_post: bool,
        params: Vec<(String, String)>,
    },
    /// Shown to the person, with no redirect: the application or its redirect URI is not
    /// trusted, or the request is gone. Both are catalogue messages, said in their language.
    ErrorPage {
        title: &'static str,
        message: &'static str,
    },
    /// The person must sign in (again); then back to the request.
    SignIn {
        request_id: String,
        realm_id: String,
        login_hint: Option<String>,
        /// The person is signed in, but not recently enough: they confirm it is them.
        reauthenticate: bool,
    },
    /// The person is asked to share `scopes` with the application.
    Consent {
        request_id: String,
        application: Box<Application>,
        scopes: Vec<String>,
    },
}

/// A page that says what went wrong: the catalogue messages `title` and `message`.
pub(super) fn error_page(title: &'static str, message: &'static str) -> Outcome {
    Outcome::ErrorPage { title, message }
}

pub(super) const UNKNOWN_APP: &str = "oidc-unknown-app";
pub(super) const BAD_REDIRECT: &str = "oidc-bad-redirect";
pub(super) const REQUEST_GONE: &str = "oidc-request-gone";
const UNKNOWN_APP_TITLE: &str = "oidc-title-unknown-app";
const REFUSED_TITLE: &str = "oidc-title-refused";
const EXPIRED_TITLE: &str = "oidc-title-expired";

pub(super) fn redirect_error(app: &App, r: &AuthorizationRequest, error: &str, description: &str) -> Outcome {
    let mut params = vec![
        ("error".to_owned(), error.to_owned()),
        ("error_description".to_owned(), description.to_owned()),
    ];
    push_state_and_iss(app, r, &mut params);
    Outcome::Redirect {
        redirect_uri: r.redirect_uri.clone(),
        form_post: r.response_mode == "form_post",
        params,
    }
}

pub(super) fn push_state_and_iss(app: &App, r: &AuthorizationRequest, params: &mut Vec<(String, String)>) {
    if let Some(state) = &r.state {
        params.push(("state".into(), state.clone()));
    }
    params.push(("iss".into(), issuer(app, &r.realm_id)));
}

/// Starts an authorization request in `realm_id`, for the person of `session` if any, from
/// `client`. A request of nobody signed in is stored until they sign in: an address may store
/// only so many a minute (TooManyRequests), and expired ones are swept on a timer.
pub async fn authorize(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
    session: Option<&Authenticated>,
    client: &audit::Client,
) -> Result<Outcome, AppError> {
    if session.is_none() {
        app.count_stored_request(client).await?;
    }
    let outcome = authorize_unmeasured(app, realm_id, p, session).await;
    crate::metrics::begun(crate::metrics::OIDC, &outcome);
    outcome
}

pub(super) async fn authorize_unmeasured(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
    session: Option<&Authenticated>,
) -> Result<Outcome, AppError> {
    if p.request_uri.is_some() {
        return from_pushed(app, realm_id, &p, session).await;
    }
    let (application, request, prompt_none) = match checked(app, realm_id, p).await? {
        Ok(checked) => checked,
        Err(refusal) => return Ok(refusal),
    };
    if application.protocol.require_pushed_authorization_requests {
        return Ok(error_page(REFUSED_TITLE, "oidc-par-required"));
    }
    proceed(app, &application, &request, session, Stored::No, prompt_none).await
}

/// The application and the request `p` makes of it (and whether it said `prompt=none`), or
/// the refusal to answer with.
pub(super) async fn checked(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
) -> Result<Result<(Application, AuthorizationRequest, bool), Outcome>, AppError> {
    let Some(application) = client_of(app, realm_id, p.client_id.as_deref()).await? else {
        return Ok(Err(error_page(UNKNOWN_APP_TITLE, UNKNOWN_APP)));
    };
    let Some(redirect) = p.redirect_uri.clone() else {
        return Ok(Err(error_page(REFUSED_TITLE, "oidc-no-redirect")));
    };
    if !redirect_uri::matches(&application.protocol.redirect_uris, &redirect) {
        return Ok(Err(error_page(REFUSED_TITLE, BAD_REDIRECT)));
    }
    let mut request = AuthorizationRequest {
        id: secret::random_secret(),
        realm_id: realm_id.to_owned(),
        application_id: application.id.clone(),
        redirect_uri: redirect,
        scopes: Vec::new(),
        state: p.state.clone(),
        nonce: p.nonce.clone(),
        code_challenge: p.code_challenge.clone(),
        response_mode: "query".into(),
        prompt_login: false,
        prompt_consent: false,
        max_age: None,
        login_hint: p.login_hint.clone(),
        create_time: keybound_core::time_fmt::to_micros(app.clock.now()),
        resource: None,
    };
    match p.response_mode.as_deref() {
        None | Some("query") => {}
        Some("form_post") => request.response_mode = "form_post".into(),
        Some(_) => {
            return Ok(Err(redirect_error(
                app,
                &request,
                "invalid_request",
                "response_mode must be query or form_post",
            )))
        }
    }
    let refuse = |error: &str, description: &str| Ok(Err(redirect_error(app, &request, error, description)));
    if p.request.is_some() || p.request_uri.is_some() {
        return refuse("request_not_supported", "request objects are not supported");
    }
    if p.response_type.as_deref() != Some("code") {
        return refuse("unsupported_response_type", "response_type must be code");
    }
    if let Some(resource) = &p.resource {
        if !application.protocol.resources.contains(resource) {
            return refuse(
                "invalid_target",
                &format!("the application did not declare the resource `{resource}`"),
            );
        }
    }
    let scopes = match requested_scopes(
        p.scope.as_deref().unwrap_or_default(),
        &application.protocol.allowed_scopes,
    ) {
        Ok(scopes) => scopes,
        Err(why) => return refuse("invalid_scope", &why),
    };
    match &p.code_challenge {
        Some(challenge) => {
            if let Err(why) = pkce::check_challenge(p.code_challenge_method.as_deref(), challenge) {
                return refuse("invalid_request", why);
            }
        }
        None if application.protocol.pkce_required => {
            return refuse("invalid_request", "code_challenge (PKCE, S256) is required")
        }
        None => {}
    }
    let prompt = match Prompt::parse(p.prompt.as_deref()) {
        Ok(prompt) => prompt,
        Err(why) => return refuse("invalid_request", &why),
    };
    let max_age = match p.max_age.as_deref().map(str::parse::<i64>) {
        None => None,
        Some(Ok(age)) if age >= 0 => Some(age),
        Some(_) => return refuse("invalid_request", "max_age must be a number of seconds"),
    };
    for (field, value) in [
        ("state", &p.state),
        ("nonce", &p.nonce),
        ("login_hint", &p.login_hint),
    ] {
        if value.as_ref().is_some_and(|v| v.len() > 2048) {
            return refuse(
                "invalid_request",
                &format!("{field} must be at most 2048 characters"),
            );
        }
    }
    request.scopes = scopes;
    request.resource = p.resource.clone();
    request.prompt_login = prompt.login;
    request.prompt_consent = prompt.consent;
    request.max_age = max_age;
    // With prompt=none nothing may be shown: the answer comes from the session as it is.
    Ok(Ok((application, request, prompt.none)))
}

/// A sign-in begun by the SDK on the application's own page: the passkey ceremony runs there,
/// and the answer is the redirect URL with the code (or an OAuth error), as the authorization
/// endpoint would have sent. Nothing can be shown, so consent must have been given before or
/// skipped by the application.
pub async fn inline_begin(
    app: &App,
    p: AuthorizeParams,
    client: &audit::Client,
) -> Result<Result<crate::signin::Begun, OAuthError>, AppError> {
    let realm_id = match p.client_id.as_deref() {
        Some(id) if id.len() <= 128 => app.store.application_by_client_id(id).await?.map(|a| a.realm_id),
        _ => None,
    };
    let Some(realm_id) = realm_id else {
        return Ok(Err(OAuthError::new(400, "invalid_client", UNKNOWN_APP)));
    };
    let (_, mut request, _) = match checked(app, &realm_id, p).await? {
        Ok(checked) => checked,
        Err(Outcome::Redirect { params, .. }) => {
            let description = params
                .iter()
                .find(|(k, _)| k == "error_description")
                .map(|(_, v)| v.clone());
            return Ok(Err(OAuthError::request(description.unwrap_or_default())));
        }
        Err(_) => return Ok(Err(OAuthError::request(BAD_REDIRECT))),
    };
    let begun = crate::signin::begin(app, &realm_id, client, None).await?;
    // The request is found again by the ceremony's id.
    request.id = begun.ceremony_id.clone();
    app.store
        .save_authorization_request(&request, app.clock.now() + REQUEST_LIFETIME)
        .await?;
    Ok(Ok(begun))
}

/// Finishes [`inline_begin`]: verifies the passkey and answers with the redirect URL.
pub async fn inline_finish(
    app: &App,
    ceremony_id: &str,
    credential: Value,
    client: &audit::Client,
) -> Result<Result<String, OAuthError>, AppError> {
    let Some(request) = app
        .store
        .authorization_request(ceremony_id, app.clock.now())
        .await?
    else {
        return Ok(Err(OAuthError::request(REQUEST_GONE)));
    };
    let application = app
        .store
        .application(&request.realm_id, &request.application_id)
        .await?;
    let origins: Vec<String> = application
        .protocol
        .redirect_uris
        .iter()
        .filter_map(|u| url::Url::parse(u).ok())
        .map(|u| u.origin().ascii_serialization())
        .collect();
    let signed_in = crate::signin::finish_on(app, ceremony_id, credential, client, &origins).await?;
    let who = Authenticated {
        session: signed_in.session,
        identity: signed_in.identity,
    };
    match proceed(app, &application, &request, Some(&who), Stored::Yes, true).await? {
        Outcome::Redirect {
            redirect_uri, params, ..
        } => {
            let query: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(params.iter())
                .finish();
            let joiner = if redirect_uri.contains('?') { '&' } else { '?' };
            Ok(Ok(format!("{redirect_uri}{joiner}{query}")))
        }
        Outcome::ErrorPage { message, .. } => Ok(Err(OAuthError::request(message))),
        Outcome::SignIn { .. } | Outcome::Consent { .. } => Ok(Err(OAuthError::new(
            400,
            "consent_required",
            "the person has not consented to this application",
        ))),
    }
}

/// Goes on with a stored request once the person has signed in.
pub async fn resume(
    app: &App,
    request_id: &str,
    session: Option<&Authenticated>,
) -> Result<Outcome, AppError> {
    let Some(request) = app
        .store
        .authorization_request(request_id, app.clock.now())
        .await?
    else {
        return Ok(error_page(EXPIRED_TITLE, REQUEST_GONE));
    };
    let application = match app
        .store
        .application(&request.realm_id, &request.application_id)
        .await
    {
        Ok(a) => a,
        Err(StoreError::NotFound { .. }) => return Ok(error_page(UNKNOWN_APP_TITLE, UNKNOWN_APP)),
        Err(e) => return Err(e.into()),
    };
    proceed(app, &application, &request, session, Stored::Yes, false).await
}

/// The person's answer on the consent screen.
pub async fn decide_consent(
    app: &App,
    request_id: &str,
    session: &Authenticated,
    approve: bool,
) -> Result<Outcome, AppError> {
    let Some(request) = app
        .store
        .authorization_request(request_id, app.clock.now())
        .await?
    else {
        return Ok(error_page(EXPIRED_TITLE, REQUEST_GONE));
    };
    let application = app
        .store
        .application(&request.realm_id, &request.application_id)
        .await?;
    if !approve {
        return Ok(redirect_error(
            app,
            &request,
            "access_denied",
            "the person did not allow access",
        ));
    }
    if session.identity.realm_id != request.realm_id {
        return proceed(app, &application, &request, Some(session), Stored::Yes, false).await;
    }
    app.store
        .save_consent(&Consent {
            identity_id: session.identity.id.clone(),
            application_id: application.id.clone(),
            scopes: request.scopes.clone(),
            create_time: app.clock.now(),
        })
        .await?;
    proceed(
        app,
        &application,
        &request,
        Some(session),
        Stored::Consented,
        false,
    )
    .await
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stored {
    No,
    Yes,
    /// Stored, and consent was just given for it.
    Consented,
}

pub(super) async fn proceed(
    app: &App,
    application: &Application,
    request: &AuthorizationRequest,
    session: Option<&Authenticated>,
    stored: Stored,
    prompt_none: bool,
) -> Result<Outcome, AppError> {
    let now = app.clock.now();
    let save = || async {
        if stored == Stored::No {
            app.store
                .save_authorization_request(request, now + REQUEST_LIFETIME)
                .await?;
        }
        Ok::<_, AppError>(())
    };
    // A session only counts in the application's realm, and only if it is as fresh as asked:
    // after the request for prompt=login, within max_age seconds.
    let in_realm = session.filter(|s| s.identity.realm_id == request.realm_id);
    let session = in_realm.filter(|s| {
        let signed_in = s.session.create_time;
        let fresh_enough = request
            .max_age
            .is_none_or(|age| (now - signed_in).whole_seconds() <= age);
        let after_request =
            !request.prompt_login || keybound_core::time_fmt::to_micros(signed_in) > request.create_time;
        fresh_enough && after_request
    });
    let Some(session) = session else {
        if prompt_none {
            return Ok(redirect_error(
                app,
                request,
                "login_required",
                "the person is not signed in",
            ));
        }
        save().await?;
        return Ok(Outcome::SignIn {
            request_id: request.id.clone(),
            realm_id: request.realm_id.clone(),
            login_hint: request.login_hint.clone(),
            reauthenticate: in_realm.is_some(),
        });
    };
    if let Err(why) = may_sign_in(app, application, &session.identity).await? {
        if prompt_none {
            let description = crate::i18n::Lang::ENGLISH.t(why);
            return Ok(redirect_error(app, request, "access_denied", &description));
        }
        return Ok(error_page("title-no-access", why));
    }
    let consent_needed = !application.skip_consent
        && stored != Stored::Consented
        && (request.prompt_consent
            || !app
                .store
                .consent(&session.identity.id, &application.id)
                .await?
                .is_some_and(|c| c.covers(&request.scopes)));
    if consent_needed {
        if prompt_none {
            return Ok(redirect_error(
                app,
                request,
                "consent_required",
                "the person has not consented",
            ));
        }
        save().await?;
        return Ok(Outcome::Consent {
            request_id: request.id.clone(),
            application: Box::new(application.clone()),
            scopes: request.scopes.clone(),
        });
    }
    let code_text = secret::random_secret();
    let code = AuthorizationCode {
        code_hash: secret::hash(&code_text),
        redirect_uri: request.redirect_uri.clone(),
        code_challenge: request.code_challenge.clone(),
        grant: Grant {
            application_id: application.id.clone(),
            realm_id: request.realm_id.clone(),
            identity_id: Some(session.identity.id.clone()),
            session_id: Some(session.session.id.clone()),
            scopes: request.scopes.clone(),
            nonce: request.nonce.clone(),
            auth_time: Some(session.session.create_time.unix_timestamp()),
            amr: session.session.amr.clone(),
            family_id: keybound_core::new_id(),
            resource: request.resource.clone(),
            dpop_jkt: None,
        },
        expire_time: now + CODE_LIFETIME,
    };
    let event = audit::Client::default()
        .event(app, keybound_core::audit::Action::ApplicationSignedIn)
        .realm(&request.realm_id)
        .by(Actor::identity(&session.identity.id))
        .about(&session.identity.id)
        .on("application", &application.id)
        .detail(format!("signed in to \"{}\"", application.display_name));
    // The code and its audit event in one transaction.
    let issued = app
        .atomically(async {
            if stored == Stored::No {
                app.store.create_code(&code).await?;
            } else if !app
                .store
                .answer_authorization_request(&request.id, &code, now)
                .await?
            {
                return Ok(false);
            }
            audit::write(app, event).await?;
            Ok(true)
        })
        .await?;
    if !issued {
        return Ok(error_page(EXPIRED_TITLE, REQUEST_GONE));
    }
    let mut params = vec![("code".to_owned(), code_text)];
    push_state_and_iss(app, request, &mut params);
    Ok(Outcome::Redirect {
        redirect_uri: request.redirect_uri.clone(),
        form_post: request.response_mode == "form_post",
        params,
    })
}
