//! Signing in and out, and what a signed-in person can read about their account.

use super::page;
use crate::api::credentials::CredentialView;
use crate::api::JsonBody;
use crate::audit::{self, Client};
use crate::session::{set_cookie, CurrentSession};
use crate::signin;
use crate::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_core::audit::{action, Actor};
use keybound_core::login_code::SIGNIN as SIGNIN_CODE;
use keybound_core::page::PageRequest;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    one_time_access: bool,
    signup_open: bool,
}

#[derive(Template)]
#[template(path = "login_email.html")]
struct LoginEmailPage;

/// The realm people sign in to when the request names none: the tenant's first.
pub(crate) async fn default_realm(state: &AppState) -> Result<keybound_core::realm::Realm, ApiError> {
    state
        .store
        .first_realm(&state.tenant_id)
        .await?
        .ok_or_else(|| ApiError::not_found("no realm to sign in to"))
}

/// Is "Don't have access to your passkey?" offered in `realm_id`?
async fn one_time_access_offered(state: &AppState, realm_id: &str) -> Result<bool, ApiError> {
    Ok(state.email_delivers && state.store.realm_settings(realm_id).await?.email_one_time_access)
}

struct PasskeyRow {
    id: String,
    name: String,
    /// "synced" or "device-bound".
    kind: &'static str,
    created: String,
    last_used: Option<String>,
    revoked: bool,
}

struct SessionRow {
    id: String,
    user_agent: String,
    ip: String,
    created: String,
    current: bool,
}

struct SigninRow {
    ok: bool,
    when: String,
    ip: String,
    user_agent: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    display_name: String,
    username: String,
    passkeys: Vec<PasskeyRow>,
    sessions: Vec<SessionRow>,
    signins: Vec<SigninRow>,
}

/// The person's latest sign-ins and refused attempts with their passkeys (newest first).
async fn recent_signins(
    state: &AppState,
    session: &keybound_core::session::Session,
) -> Result<Vec<keybound_core::audit::AuditEvent>, keybound_store::StoreError> {
    let mut query = keybound_store::AuditQuery::default();
    query.filter.clauses = vec![
        keybound_core::filter::Clause::eq("action", action::SIGNIN),
        keybound_core::filter::Clause::eq("identity_id", &session.identity_id),
    ];
    let page = PageRequest {
        size: 10,
        after: None,
    };
    Ok(state
        .store
        .list_audit(&session.realm_id, &query, page)
        .await?
        .items)
}

/// `GET /account`: the signed-in person's passkeys and sessions; otherwise off to `/login`.
pub async fn account_page(
    State(state): State<AppState>,
    session: Result<CurrentSession, ApiError>,
) -> Response {
    let Ok(CurrentSession(session)) = session else {
        return axum::response::Redirect::to("/login").into_response();
    };
    let now = state.clock.now();
    let loaded = tokio::try_join!(
        state.store.identity(&session.realm_id, &session.identity_id),
        state.store.list_credentials(
            &session.realm_id,
            &session.identity_id,
            PageRequest {
                size: 200,
                after: None
            }
        ),
        state.store.live_sessions(&session.identity_id, now),
        recent_signins(&state, &session),
    );
    let (identity, passkeys, sessions, signins) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let when = keybound_core::email_template::human_time;
    let html = AccountPage {
        display_name: identity.display_name,
        username: identity.traits.username,
        passkeys: passkeys
            .items
            .into_iter()
            .map(|p| PasskeyRow {
                id: p.id,
                kind: if p.backup_eligible {
                    "synced"
                } else {
                    "device-bound"
                },
                name: p.name,
                created: when(p.create_time),
                last_used: p.last_used_time.map(when),
                revoked: p.state != keybound_core::credential::CredentialState::Active,
            })
            .collect(),
        sessions: sessions
            .into_iter()
            .map(|s| SessionRow {
                current: s.id == session.id,
                id: s.id.clone(),
                user_agent: if s.user_agent.is_empty() {
                    "Unknown browser".into()
                } else {
                    s.user_agent
                },
                ip: s.ip,
                created: when(s.create_time),
            })
            .collect(),
        signins: signins
            .into_iter()
            .map(|e| SigninRow {
                ok: e.outcome == keybound_core::audit::Outcome::Success,
                when: when(e.time),
                ip: e.ip,
                user_agent: e.user_agent,
                detail: e.detail,
            })
            .collect(),
    }
    .render();
    page(StatusCode::OK, html)
}

pub async fn login_page(State(state): State<AppState>) -> Response {
    let offers = async {
        let realm = default_realm(&state).await?;
        let signup_open = state.store.realm_settings(&realm.id).await?.signup_mode
            == keybound_core::settings::SignupMode::Open;
        Ok::<_, ApiError>((one_time_access_offered(&state, &realm.id).await?, signup_open))
    };
    let (one_time_access, signup_open) = offers.await.unwrap_or((false, false));
    page(
        StatusCode::OK,
        LoginPage {
            one_time_access,
            signup_open,
        }
        .render(),
    )
}

pub async fn login_email_page() -> Response {
    page(StatusCode::OK, LoginEmailPage.render())
}

#[derive(Deserialize)]
pub struct OneTimeAccessRequest {
    email: String,
}

/// Requests per client address, and per email address, in a window.
const OTA_PER_ADDRESS: i64 = 10;
const OTA_PER_EMAIL: i64 = 3;
const OTA_WINDOW: time::Duration = time::Duration::minutes(15);

/// `POST /login/email`: emails a one-time sign-in link if an account uses the address. The
/// answer is the same whether or not one does.
pub async fn login_email(
    State(state): State<AppState>,
    client: Client,
    JsonBody(body): JsonBody<OneTimeAccessRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let realm = default_realm(&state).await?;
    if !one_time_access_offered(&state, &realm.id).await? {
        return Err(ApiError::not_found("Signing in by email is not offered here."));
    }
    let email = body.email.trim().to_lowercase();
    if !keybound_core::identity::is_email(&email) || email.len() > keybound_core::identity::MAX_EMAIL {
        return Err(ApiError::bad_field(
            "email",
            "must be an email address like name@example.com",
        ));
    }
    let now = state.clock.now();
    let too_many = || {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many requests. Wait fifteen minutes and try again.",
        )
    };
    if !state
        .store
        .rate_limit(
            &format!("ota-address:{}", client.ip),
            OTA_PER_ADDRESS,
            OTA_WINDOW,
            now,
        )
        .await?
    {
        return Err(too_many());
    }
    if !state
        .store
        .rate_limit(&format!("ota-email:{email}"), OTA_PER_EMAIL, OTA_WINDOW, now)
        .await?
    {
        return Err(too_many());
    }
    crate::login_codes::email_one_time_access(&state, &realm, &email, &client).await?;
    Ok(Json(serde_json::json!({
        "message": "If an account uses that address, a sign-in link is on its way. It works once, for 15 minutes."
    })))
}

#[derive(Deserialize)]
pub struct BeginRequest {
    /// Default: the tenant's first realm.
    realm_id: Option<String>,
}

pub async fn begin(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<signin::Begun>, ApiError> {
    let realm = match body.realm_id {
        Some(id) => state.store.realm(&state.tenant_id, &id).await?,
        None => default_realm(&state).await?,
    };
    Ok(Json(signin::begin(&state, &realm.id).await?))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    ceremony_id: String,
    credential: serde_json::Value,
}

#[derive(Serialize)]
pub struct Person {
    id: String,
    display_name: String,
    username: String,
}

#[derive(Serialize)]
pub struct FinishResponse {
    identity: Person,
    redirect: &'static str,
}

impl FinishResponse {
    /// Signed in as `identity`; off to the account page.
    pub(super) fn to_account(identity: keybound_core::identity::Identity) -> Self {
        Self {
            identity: Person {
                id: identity.id,
                display_name: identity.display_name,
                username: identity.traits.username,
            },
            redirect: "/account",
        }
    }
}

pub async fn finish(
    State(state): State<AppState>,
    client: Client,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let done = signin::finish(&state, &body.ceremony_id, body.credential, &client).await?;
    let body = FinishResponse::to_account(done.identity);
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(&state.public_url, Some(&done.cookie)),
        )],
        Json(body),
    )
        .into_response())
}

/// Cookie-authenticated changes must come as JSON: a cross-site form cannot send that without a
/// CORS preflight, which these routes do not allow.
fn require_json(headers: &HeaderMap) -> Result<(), ApiError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if json {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send this request as application/json",
        ))
    }
}

pub async fn sign_out(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    require_json(&headers)?;
    state
        .store
        .revoke_session(&session.identity_id, &session.id, state.clock.now())
        .await?;
    audit::record(
        &state,
        own_event(&state, &client, &session, action::SIGNOUT).on("session", &session.id),
    )
    .await;
    Ok((
        [(header::SET_COOKIE, set_cookie(&state.public_url, None))],
        Json(serde_json::json!({})),
    )
        .into_response())
}

#[derive(Serialize)]
pub struct SessionView {
    id: String,
    current: bool,
    user_agent: String,
    ip: String,
    create_time: String,
    last_seen_time: String,
}

#[derive(Serialize)]
pub struct SigninView {
    time: String,
    /// `SUCCESS` or `FAILURE`.
    outcome: &'static str,
    ip: String,
    user_agent: String,
    detail: String,
}

#[derive(Serialize)]
pub struct Me {
    identity: Person,
    passkeys: Vec<CredentialView>,
    sessions: Vec<SessionView>,
    recent_signins: Vec<SigninView>,
}

pub async fn me(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<Me>, ApiError> {
    let identity = state
        .store
        .identity(&session.realm_id, &session.identity_id)
        .await?;
    let passkeys = state
        .store
        .list_credentials(
            &session.realm_id,
            &session.identity_id,
            PageRequest {
                size: 200,
                after: None,
            },
        )
        .await?;
    let sessions = state
        .store
        .live_sessions(&session.identity_id, state.clock.now())
        .await?;
    let signins = recent_signins(&state, &session).await?;
    Ok(Json(Me {
        recent_signins: signins
            .into_iter()
            .map(|e| SigninView {
                time: rfc3339(e.time),
                outcome: e.outcome.as_str(),
                ip: e.ip,
                user_agent: e.user_agent,
                detail: e.detail,
            })
            .collect(),
        identity: Person {
            id: identity.id,
            display_name: identity.display_name,
            username: identity.traits.username,
        },
        passkeys: passkeys.items.into_iter().map(Into::into).collect(),
        sessions: sessions
            .into_iter()
            .map(|s| SessionView {
                current: s.id == session.id,
                id: s.id,
                user_agent: s.user_agent,
                ip: s.ip,
                create_time: rfc3339(s.create_time),
                last_seen_time: rfc3339(s.last_seen_time),
            })
            .collect(),
    }))
}

/// The purpose under which the account page's registration ceremonies are kept.
const ADD_PASSKEY: &str = "account";

#[derive(Serialize)]
pub struct AddBegun {
    ceremony_id: String,
    public_key: serde_json::Value,
}

/// `POST /account/passkeys/begin`: a ceremony to add a passkey for the signed-in person.
pub async fn add_passkey_begin(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    headers: HeaderMap,
) -> Result<Json<AddBegun>, ApiError> {
    require_json(&headers)?;
    let identity = state
        .store
        .identity(&session.realm_id, &session.identity_id)
        .await?;
    let (ceremony_id, public_key) = crate::registration::start(
        &state,
        &identity,
        &[],
        ADD_PASSKEY,
        &identity.id,
        &crate::registration::KeyRequest::default(),
    )
    .await?;
    Ok(Json(AddBegun {
        ceremony_id,
        public_key,
    }))
}

#[derive(Serialize)]
pub struct Added {
    credential: CredentialView,
}

/// `POST /account/passkeys/finish`.
pub async fn add_passkey_finish(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    headers: HeaderMap,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Json<Added>, ApiError> {
    require_json(&headers)?;
    let now = state.clock.now();
    let (identity_id, saved) = state
        .store
        .take_ceremony(&body.ceremony_id, ADD_PASSKEY, now)
        .await?
        .filter(|(identity_id, _)| *identity_id == session.identity_id)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::GONE,
                "This attempt has expired or was already used. Start again.",
            )
        })?;
    let credential = crate::registration::verify(
        &state,
        &saved,
        body.credential,
        &[],
        (&identity_id, &session.realm_id, &session.tenant_id),
        &crate::registration::KeyRequest::default(),
        now,
    )?;
    state.store.add_credential(&credential).await?;
    let event = own_event(&state, &client, &session, action::PASSKEY_ADDED)
        .on("credential", &credential.id)
        .detail(format!("\"{}\" added on the account page", credential.name));
    audit::record(&state, event).await;
    Ok(Json(Added {
        credential: credential.into(),
    }))
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct LoginCodePage<'a> {
    display_name: &'a str,
    username: &'a str,
    expires: String,
    code: &'a str,
}

fn link_spent() -> Response {
    super::message(
        StatusCode::GONE,
        "Link no longer valid",
        "This sign-in link has been used or has expired. Ask your administrator for a new one.",
    )
}

/// `GET /lc/{code}`: who the link signs in, and a button; opening it uses nothing, so link
/// previews in mail and chat cannot spend it.
pub async fn login_code_page(
    State(state): State<AppState>,
    axum::extract::Path(code): axum::extract::Path<String>,
) -> Response {
    let Some((id, secret)) = keybound_core::login_code::split(&code) else {
        return link_spent();
    };
    let found = match state
        .store
        .peek_login_code(SIGNIN_CODE, id, secret, state.clock.now())
        .await
    {
        Ok(Some(found)) => found,
        Ok(None) => return link_spent(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let identity = match state.store.identity(&found.realm_id, &found.identity_id).await {
        Ok(identity) => identity,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let html = LoginCodePage {
        display_name: &identity.display_name,
        username: &identity.traits.username,
        expires: keybound_core::email_template::human_time(found.expire_time),
        code: &code,
    }
    .render();
    page(StatusCode::OK, html)
}

/// `POST /lc/{code}`: uses the link (once, however many try) and signs in.
pub async fn login_code_redeem(
    State(state): State<AppState>,
    client: Client,
    axum::extract::Path(code): axum::extract::Path<String>,
) -> Response {
    let Some((id, secret)) = keybound_core::login_code::split(&code) else {
        return link_spent();
    };
    let redeemed = match state
        .store
        .redeem_login_code(SIGNIN_CODE, id, secret, state.clock.now())
        .await
    {
        Ok(Some(redeemed)) => redeemed,
        Ok(None) => return link_spent(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let opened = async {
        let identity = state
            .store
            .identity(&redeemed.realm_id, &redeemed.identity_id)
            .await?;
        if identity.status == keybound_core::identity::IdentityStatus::Suspended {
            return Err(ApiError::forbidden(
                "This account is suspended. Contact your administrator.",
            ));
        }
        let opened = signin::open_session(&state, &identity, None, &client).await?;
        let event = client
            .event(&state, action::LOGIN_CODE_USED)
            .realm(&identity.realm_id)
            .by(Actor::identity(&identity.id))
            .about(&identity.id)
            .on("login_code", &redeemed.id)
            .detail("signed in with a one-time link");
        audit::record(&state, event).await;
        Ok(opened)
    };
    match opened.await {
        Ok((_, cookie)) => (
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, axum::http::HeaderValue::from_static("/account")),
                (header::SET_COOKIE, set_cookie(&state.public_url, Some(&cookie))),
            ],
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

#[derive(Deserialize)]
pub struct RenameBody {
    name: String,
}

/// One of the signed-in person's own passkeys, or 404.
async fn own_passkey(
    state: &AppState,
    session: &keybound_core::session::Session,
    id: &str,
) -> Result<keybound_core::credential::Credential, ApiError> {
    Ok(state
        .store
        .credential(&session.realm_id, &session.identity_id, id)
        .await?)
}

/// `PATCH /account/passkeys/{id}` `{"name"}`.
pub async fn rename_passkey(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    axum::extract::Path(id): axum::extract::Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<RenameBody>,
) -> Result<Json<CredentialView>, ApiError> {
    require_json(&headers)?;
    let before = own_passkey(&state, &session, &id).await?;
    let renamed = state
        .store
        .rename_credential(
            &session.realm_id,
            &session.identity_id,
            &id,
            &body.name,
            state.clock.now(),
        )
        .await?;
    let event = own_event(&state, &client, &session, action::PASSKEY_RENAMED)
        .on("credential", &id)
        .detail(format!("\"{}\" renamed to \"{}\"", before.name, renamed.name));
    audit::record(&state, event).await;
    Ok(Json(renamed.into()))
}

#[derive(Deserialize, Default)]
pub struct RemoveBody {
    /// Required to remove the last active passkey.
    #[serde(default)]
    confirm_last: bool,
}

/// `DELETE /account/passkeys/{id}`: turns the passkey off. The last one needs
/// `{"confirm_last": true}`: without a passkey the person cannot sign in again.
pub async fn remove_passkey(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    axum::extract::Path(id): axum::extract::Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<RemoveBody>,
) -> Result<Json<CredentialView>, ApiError> {
    require_json(&headers)?;
    own_passkey(&state, &session, &id).await?;
    let active = state.store.active_credential_ids(&session.identity_id).await?;
    if active.len() <= 1 && !body.confirm_last {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "This is your last passkey: without it you cannot sign in again. Confirm to remove it anyway.",
        ));
    }
    let removed = state
        .store
        .revoke_credential(&session.realm_id, &session.identity_id, &id, state.clock.now())
        .await?;
    let event = own_event(&state, &client, &session, action::PASSKEY_REMOVED)
        .on("credential", &id)
        .detail(format!("\"{}\" removed on the account page", removed.name));
    audit::record(&state, event).await;
    Ok(Json(removed.into()))
}

/// `DELETE /account/sessions/{id}`: signs that browser out.
pub async fn revoke_session(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    axum::extract::Path(id): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, ApiError> {
    require_json(&headers)?;
    state
        .store
        .revoke_session(&session.identity_id, &id, state.clock.now())
        .await?;
    audit::record(
        &state,
        own_event(&state, &client, &session, action::SESSION_REVOKED).on("session", &id),
    )
    .await;
    Ok(Json(serde_json::json!({})))
}

/// `DELETE /account/sessions`: signs out everywhere, this browser included.
pub async fn revoke_all_sessions(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    client: Client,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    require_json(&headers)?;
    let revoked = state
        .store
        .revoke_sessions(&session.identity_id, state.clock.now())
        .await?;
    let event = own_event(&state, &client, &session, action::SESSION_REVOKED)
        .on("identity", &session.identity_id)
        .detail(format!("signed out everywhere ({revoked} sessions)"));
    audit::record(&state, event).await;
    Ok((
        [(header::SET_COOKIE, set_cookie(&state.public_url, None))],
        Json(serde_json::json!({"revoked": revoked})),
    )
        .into_response())
}

/// An event the signed-in person caused on their own account.
fn own_event(
    state: &AppState,
    client: &Client,
    session: &keybound_core::session::Session,
    what: &str,
) -> keybound_core::audit::AuditEvent {
    client
        .event(state, what)
        .realm(&session.realm_id)
        .by(Actor::identity(&session.identity_id))
        .about(&session.identity_id)
}
