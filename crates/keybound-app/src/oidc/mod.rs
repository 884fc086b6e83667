//! The OpenID Connect provider: one issuer per realm. Authorization requests (code flow with
//! PKCE), the token endpoint's grants, userinfo, revocation, introspection and logout. Who may
//! sign in to an application is decided here, once: an active identity of the application's
//! realm, in one of its allowed groups, checked at every code, token, refresh and userinfo.

pub mod keys;
pub mod logout;

use crate::session::Authenticated;
use crate::{audit, App, AppError};
use keybound_core::application::{Application, ClientAuth, Confidentiality};
use keybound_core::audit::Actor;
use keybound_core::identity::{Identity, IdentityStatus};
use keybound_core::oidc::{
    requested_scopes, AuthorizationCode, AuthorizationRequest, Consent, Grant, Prompt, CODE_LIFETIME,
    REQUEST_LIFETIME,
};
use keybound_core::page::PageRequest;
use keybound_core::{pkce, redirect_uri, secret};
use keybound_store::{NewTokens, Redemption, StoreError};
use serde::Deserialize;
use serde_json::{json, Value};
use time::Duration;

/// `{public_url}/realms/{realm_id}`.
pub fn issuer(app: &App, realm_id: &str) -> String {
    format!("{}/realms/{realm_id}", app.public_url.trim_end_matches('/'))
}

/// The discovery document of a realm's issuer.
pub fn discovery(app: &App, realm_id: &str) -> Value {
    let iss = issuer(app, realm_id);
    json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/authorize"),
        "token_endpoint": format!("{iss}/token"),
        "userinfo_endpoint": format!("{iss}/userinfo"),
        "jwks_uri": format!("{iss}/jwks"),
        "revocation_endpoint": format!("{iss}/revoke"),
        "introspection_endpoint": format!("{iss}/introspect"),
        "end_session_endpoint": format!("{iss}/end_session"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "form_post"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256", "ES256", "EdDSA"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": keybound_core::application::SCOPES,
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "amr", "acr", "at_hash",
            "azp", "sid", "name", "given_name", "family_name", "preferred_username", "updated_at", "email",
            "email_verified", "groups"],
        "prompt_values_supported": ["none", "login", "consent", "select_account"],
        "acr_values_supported": ["phr", "1"],
        "authorization_response_iss_parameter_supported": true,
        "backchannel_logout_supported": true,
        "backchannel_logout_session_supported": true,
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
    })
}

/// An OAuth error answer: `error`, `error_description`, and its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub status: u16,
    pub error: &'static str,
    pub description: String,
}

impl OAuthError {
    pub fn new(status: u16, error: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            error,
            description: description.into(),
        }
    }
    fn request(description: impl Into<String>) -> Self {
        Self::new(400, "invalid_request", description)
    }
    fn grant(description: impl Into<String>) -> Self {
        Self::new(400, "invalid_grant", description)
    }
    fn client() -> Self {
        Self::new(401, "invalid_client", "client authentication failed")
    }
    fn token() -> Self {
        Self::new(401, "invalid_token", "the access token is not valid")
    }
}

impl From<AppError> for OAuthError {
    fn from(e: AppError) -> Self {
        Self::new(500, "server_error", e.message().to_owned())
    }
}

impl From<StoreError> for OAuthError {
    fn from(e: StoreError) -> Self {
        AppError::from(e).into()
    }
}

/// The parameters of an authorization request, as sent.
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
    pub request_uri: Option<String>,
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
    /// trusted, or the request is gone.
    ErrorPage { title: String, message: String },
    /// The person must sign in (again); then back to the request.
    SignIn {
        request_id: String,
        realm_id: String,
        login_hint: Option<String>,
    },
    /// The person is asked to share `scopes` with the application.
    Consent {
        request_id: String,
        application: Box<Application>,
        scopes: Vec<String>,
    },
}

fn error_page(title: &str, message: &str) -> Outcome {
    Outcome::ErrorPage {
        title: title.into(),
        message: message.into(),
    }
}

const UNKNOWN_APP: &str = "The application that sent you here is not registered with this sign-in service.";
const BAD_REDIRECT: &str =
    "The application asked to send you to an address it has not registered, so you were not sent there.";
const REQUEST_GONE: &str =
    "This sign-in request has expired or was already finished. Go back to the application and start again.";

fn redirect_error(app: &App, r: &AuthorizationRequest, error: &str, description: &str) -> Outcome {
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

fn push_state_and_iss(app: &App, r: &AuthorizationRequest, params: &mut Vec<(String, String)>) {
    if let Some(state) = &r.state {
        params.push(("state".into(), state.clone()));
    }
    params.push(("iss".into(), issuer(app, &r.realm_id)));
}

/// Starts an authorization request in `realm_id`, for the person of `session` if any.
pub async fn authorize(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
    session: Option<&Authenticated>,
) -> Result<Outcome, AppError> {
    let outcome = authorize_unmeasured(app, realm_id, p, session).await;
    crate::metrics::begun(crate::metrics::OIDC, &outcome);
    outcome
}

async fn authorize_unmeasured(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
    session: Option<&Authenticated>,
) -> Result<Outcome, AppError> {
    let (application, request, prompt_none) = match checked(app, realm_id, p).await? {
        Ok(checked) => checked,
        Err(refusal) => return Ok(refusal),
    };
    proceed(app, &application, &request, session, Stored::No, prompt_none).await
}

/// The application and the request `p` makes of it (and whether it said `prompt=none`), or
/// the refusal to answer with.
async fn checked(
    app: &App,
    realm_id: &str,
    p: AuthorizeParams,
) -> Result<Result<(Application, AuthorizationRequest, bool), Outcome>, AppError> {
    let Some(application) = client_of(app, realm_id, p.client_id.as_deref()).await? else {
        return Ok(Err(error_page("Unknown application", UNKNOWN_APP)));
    };
    let Some(redirect) = p.redirect_uri.clone() else {
        return Ok(Err(error_page(
            "Sign-in request refused",
            "The application did not say where to send you back (redirect_uri).",
        )));
    };
    if !redirect_uri::matches(&application.protocol.redirect_uris, &redirect) {
        return Ok(Err(error_page("Sign-in request refused", BAD_REDIRECT)));
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
    let begun = crate::signin::begin(app, &realm_id, client).await?;
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
        return Ok(error_page("Sign-in request expired", REQUEST_GONE));
    };
    let application = match app
        .store
        .application(&request.realm_id, &request.application_id)
        .await
    {
        Ok(a) => a,
        Err(StoreError::NotFound { .. }) => return Ok(error_page("Unknown application", UNKNOWN_APP)),
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
        return Ok(error_page("Sign-in request expired", REQUEST_GONE));
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
enum Stored {
    No,
    Yes,
    /// Stored, and consent was just given for it.
    Consented,
}

async fn proceed(
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
    let session = session
        .filter(|s| s.identity.realm_id == request.realm_id)
        .filter(|s| {
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
        });
    };
    if let Err(why) = may_sign_in(app, application, &session.identity).await? {
        if prompt_none {
            return Ok(redirect_error(app, request, "access_denied", why));
        }
        return Ok(error_page("No access", why));
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
        },
        expire_time: now + CODE_LIFETIME,
    };
    if stored == Stored::No {
        app.store.create_code(&code).await?;
    } else if !app
        .store
        .answer_authorization_request(&request.id, &code, now)
        .await?
    {
        return Ok(error_page("Sign-in request expired", REQUEST_GONE));
    }
    let event = audit::Client::default()
        .event(app, keybound_core::audit::Action::ApplicationSignedIn)
        .realm(&request.realm_id)
        .by(Actor::identity(&session.identity.id))
        .about(&session.identity.id)
        .on("application", &application.id)
        .detail(format!("signed in to \"{}\"", application.display_name));
    audit::record(app, event).await;
    let mut params = vec![("code".to_owned(), code_text)];
    push_state_and_iss(app, request, &mut params);
    Ok(Outcome::Redirect {
        redirect_uri: request.redirect_uri.clone(),
        form_post: request.response_mode == "form_post",
        params,
    })
}

/// The application of `client_id`, if it is registered in `realm_id`.
async fn client_of(
    app: &App,
    realm_id: &str,
    client_id: Option<&str>,
) -> Result<Option<Application>, AppError> {
    let Some(client_id) = client_id.filter(|c| !c.is_empty() && c.len() <= 128) else {
        return Ok(None);
    };
    Ok(app
        .store
        .application_by_client_id(client_id)
        .await?
        .filter(|a| a.realm_id == realm_id))
}

const NOT_ALLOWED: &str =
    "Your account does not have access to this application. Ask your administrator if you need it.";

/// May `identity` sign in to `application`? `Ok(Err(why))` if not, `why` fit to show the person.
pub async fn may_sign_in(
    app: &App,
    application: &Application,
    identity: &Identity,
) -> Result<Result<(), &'static str>, AppError> {
    if identity.status != IdentityStatus::Active {
        return Ok(Err(crate::session::SUSPENDED));
    }
    if identity.realm_id != application.realm_id {
        return Ok(Err(NOT_ALLOWED));
    }
    if application.allowed_group_ids.is_empty() {
        return Ok(Ok(()));
    }
    let groups = group_ids_and_names(app, identity).await?;
    let member = groups
        .iter()
        .any(|(id, _)| application.allowed_group_ids.contains(id));
    Ok(if member { Ok(()) } else { Err(NOT_ALLOWED) })
}

async fn group_ids_and_names(app: &App, identity: &Identity) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    let mut page = PageRequest {
        size: 200,
        after: None,
    };
    loop {
        let got = app
            .store
            .identity_groups(&identity.realm_id, &identity.id, page)
            .await?;
        out.extend(got.items.into_iter().map(|g| (g.id, g.display_name)));
        match got
            .next_page_token
            .as_deref()
            .and_then(|t| PageRequest::parse(Some(200), Some(t)).ok())
        {
            Some(next) => page = next,
            None => break,
        }
    }
    Ok(out)
}

/// The current identity of a grant, if it may still act for the application.
async fn live_identity(
    app: &App,
    application: &Application,
    grant: &Grant,
) -> Result<Option<Identity>, AppError> {
    let Some(id) = &grant.identity_id else {
        return Ok(None);
    };
    let identity = match app.store.identity(&grant.realm_id, id).await {
        Ok(identity) => identity,
        Err(StoreError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    Ok(may_sign_in(app, application, &identity)
        .await?
        .is_ok()
        .then_some(identity))
}

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
        return Err(OAuthError::client());
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
    pub scope: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

fn new_tokens(app: &App, application: &Application, refresh: bool) -> (NewTokens, String, Option<String>) {
    let now = app.clock.now();
    let access = secret::random_secret();
    let refresh_text = refresh.then(secret::random_secret);
    let tokens = NewTokens {
        access_hash: secret::hash(&access),
        access_expire_time: now + Duration::seconds(application.protocol.access_token_seconds),
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
    form: TokenForm,
) -> Result<Value, OAuthError> {
    let application = authenticate_client(app, realm_id, &client).await?;
    match form.grant_type.as_deref() {
        Some("authorization_code") => {
            let outcome = code_grant(app, &application, form).await;
            crate::metrics::finished(crate::metrics::OIDC, &outcome);
            outcome
        }
        Some("refresh_token") => refresh_grant(app, &application, form).await,
        Some("client_credentials") => client_credentials_grant(app, &application, form).await,
        Some(_) => Err(OAuthError::new(
            400,
            "unsupported_grant_type",
            "grant_type must be authorization_code, refresh_token or client_credentials",
        )),
        None => Err(OAuthError::request("grant_type is required")),
    }
}

async fn code_grant(app: &App, application: &Application, form: TokenForm) -> Result<Value, OAuthError> {
    let code = form.code.ok_or_else(|| OAuthError::request("code is required"))?;
    let now = app.clock.now();
    let (tokens, access, refresh) = new_tokens(app, application, true);
    let redeemed = app
        .store
        .redeem_code(&secret::hash(&code), &application.id, &tokens, now)
        .await?;
    let code = match redeemed {
        Redemption::Redeemed(code) => code,
        Redemption::Reused => {
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

async fn refresh_grant(app: &App, application: &Application, form: TokenForm) -> Result<Value, OAuthError> {
    let presented = form
        .refresh_token
        .ok_or_else(|| OAuthError::request("refresh_token is required"))?;
    let hash = secret::hash(&presented);
    let now = app.clock.now();
    let stored = app.store.token(&hash).await?;
    let invalid = || OAuthError::grant("the refresh token is not valid");
    let Some(stored) = stored.filter(|t| t.grant.application_id == application.id) else {
        return Err(invalid());
    };
    if let Some(scope) = &form.scope {
        let asked = requested_scopes(scope, &stored.grant.scopes)
            .map_err(|why| OAuthError::new(400, "invalid_scope", why))?;
        if asked.len() != stored.grant.scopes.len() {
            return Err(OAuthError::new(
                400,
                "invalid_scope",
                "a refreshed token keeps the scopes it was granted",
            ));
        }
    }
    if stored.revoked_time.is_none() && live_identity(app, application, &stored.grant).await?.is_none() {
        // Suspended, deleted or out of the allowed groups: the whole family stops now.
        app.store.revoke_token(&hash, &application.id, now).await?;
        return Err(OAuthError::grant(
            "the person may no longer sign in to this application",
        ));
    }
    let (tokens, access, refresh) = new_tokens(app, application, true);
    let grant = match app
        .store
        .rotate_refresh_token(&hash, &application.id, &tokens, now)
        .await?
    {
        Redemption::Redeemed(grant) => grant,
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
    token_answer(app, application, &grant, &identity, access, refresh, None).await
}

async fn client_credentials_grant(
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
    };
    let (tokens, access, _) = new_tokens(app, application, false);
    app.store.create_tokens(&grant, &tokens, app.clock.now()).await?;
    Ok(json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": application.protocol.access_token_seconds,
        "scope": scopes.join(" "),
    }))
}

async fn token_answer(
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
async fn scope_claims(
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

/// A live access token of the realm and the identity it speaks for, if it may still act.
async fn bearer(
    app: &App,
    realm_id: &str,
    token: &str,
) -> Result<(keybound_core::oidc::Token, Application, Option<Identity>), OAuthError> {
    let stored = app
        .store
        .token(&secret::hash(token))
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

/// `/userinfo`: the claims the access token's scopes release.
pub async fn userinfo(app: &App, realm_id: &str, token: &str) -> Result<Value, OAuthError> {
    let (stored, _, identity) = bearer(app, realm_id, token).await?;
    let identity = identity
        .ok_or_else(|| OAuthError::new(403, "insufficient_scope", "this token speaks for no person"))?;
    if !stored.grant.scopes.iter().any(|s| s == "openid") {
        return Err(OAuthError::new(
            403,
            "insufficient_scope",
            "the token was not granted openid",
        ));
    }
    let mut claims = json!({ "sub": identity.id });
    for (k, v) in scope_claims(app, &identity, &stored.grant.scopes).await? {
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
        .revoke_token(&secret::hash(&token), &application.id, app.clock.now())
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
    let Some(stored) = app.store.token(&secret::hash(&token)).await? else {
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
        "scope": stored.grant.scopes.join(" "),
        "client_id": application.client_id,
        "token_type": if stored.kind == keybound_core::oidc::TokenKind::Access { "Bearer" } else { "refresh_token" },
        "exp": stored.expire_time.unix_timestamp(),
        "iat": stored.create_time.unix_timestamp(),
        "iss": issuer(app, realm_id),
        "aud": application.client_id,
    });
    match &identity {
        Some(identity) => {
            answer["sub"] = identity.id.clone().into();
            answer["username"] = identity.traits.username.clone().into();
        }
        None => answer["sub"] = application.client_id.clone().into(),
    }
    Ok(answer)
}

/// The applications a person has let sign them in, for their account page.
pub async fn my_applications(
    app: &App,
    identity: &Identity,
) -> Result<Vec<(Consent, Application)>, AppError> {
    Ok(app.store.consents(&identity.id).await?)
}

/// A person withdraws an application's access: their consent goes and its tokens stop working.
pub async fn revoke_my_application(
    app: &App,
    identity: &Identity,
    application_id: &str,
    client: &audit::Client,
) -> Result<(), AppError> {
    if !app
        .store
        .delete_consent(&identity.id, application_id, app.clock.now())
        .await?
    {
        return Err(AppError::not_found("You have not given this application access."));
    }
    let event = client
        .event(app, keybound_core::audit::Action::ApplicationConsentRevoked)
        .realm(&identity.realm_id)
        .by(Actor::identity(&identity.id))
        .about(&identity.id)
        .on("application", application_id);
    audit::record(app, event).await;
    Ok(())
}
