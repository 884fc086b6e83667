//! The account page: what a signed-in person sees and changes about their own account. The
//! rules are keybound-app's (`account`); these handlers parse and render.

use super::signin::Person;
use crate::web::cookies::set_session_cookie as set_cookie;
use crate::web::layout::{impl_page, Layout, Moment};
use crate::web::pages::page;
use crate::web::views::CredentialView;
use crate::web::{ApiError, AppState, CurrentSession, JsonBody, Peer};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::account;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};

struct PasskeyRow {
    id: String,
    name: String,
    /// The model's icon (a `data:` URL) from the imported FIDO metadata.
    icon: Option<String>,
    /// The message saying "synced" or "device-bound".
    kind: &'static str,
    created: Moment,
    last_used: Option<Moment>,
    revoked: bool,
}

struct SessionRow {
    id: String,
    /// The browser and system in a few words; `user_agent` as sent.
    device: String,
    user_agent: String,
    ip: String,
    created: Moment,
    current: bool,
}

struct SigninRow {
    ok: bool,
    when: Moment,
    ip: String,
    device: String,
    user_agent: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    /// An administrator gets a way back to the console.
    admin: bool,
    display_name: String,
    username: String,
    passkeys: Vec<PasskeyRow>,
    sessions: Vec<SessionRow>,
    signins: Vec<SigninRow>,
    applications: Vec<ApplicationRow>,
    /// The WebAuthn Signal API's arguments, as JSON for the page's script.
    signals: String,
    /// Every language (code, name in itself), for the language menu.
    languages: Vec<(&'static str, String)>,
}
impl_page!(AccountPage, layout);

/// An application the person let sign them in.
struct ApplicationRow {
    id: String,
    name: String,
    shares: String,
    since: Moment,
}

/// `GET /account`: the signed-in person's passkeys and sessions; otherwise off to `/login`.
pub async fn account_page(
    layout: Layout,
    State(state): State<AppState>,
    session: Result<CurrentSession, ApiError>,
) -> Response {
    let Ok(CurrentSession(who)) = session else {
        return axum::response::Redirect::to("/login").into_response();
    };
    let overview = match account::overview(&state, &who).await {
        Ok(overview) => overview,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let when = Moment::of;
    let applications = match keybound_app::oidc::my_applications(&state, &who.identity).await {
        Ok(apps) => apps
            .into_iter()
            .map(|(consent, application)| ApplicationRow {
                id: application.id,
                name: application.display_name,
                shares: consent.scopes.join(", "),
                since: when(consent.create_time),
            })
            .collect(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let signals = match keybound_app::signin::signals(&state, &who.identity).await {
        // Inside a <script> element: no `<` may close it.
        Ok(signals) => serde_json::to_string(&signals)
            .unwrap_or_default()
            .replace('<', "\\u003c"),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let icons = match keybound_app::mds::icons(&state, &overview.passkeys).await {
        Ok(icons) => icons,
        Err(e) => return ApiError::from(e).into_response(),
    };
    // Anyone with a console role is offered the way there.
    let admin = who.identity.role.is_some();
    let lang = layout.lang;
    let html = AccountPage {
        layout,
        signals,
        languages: keybound_app::i18n::Lang::all()
            .map(|l| (l.code(), l.name()))
            .collect(),
        admin,
        applications,
        display_name: who.identity.display_name,
        username: who.identity.traits.username,
        passkeys: overview
            .passkeys
            .into_iter()
            .map(|p| PasskeyRow {
                icon: p.aaguid.as_ref().and_then(|a| icons.get(a)).cloned(),
                id: p.id,
                kind: if p.backup_eligible {
                    "account-synced"
                } else {
                    "account-device-bound"
                },
                name: p.name,
                created: when(p.create_time),
                last_used: p.last_used_time.map(when),
                revoked: p.state != keybound_core::credential::CredentialState::Active,
            })
            .collect(),
        sessions: overview
            .sessions
            .into_iter()
            .map(|s| SessionRow {
                current: s.id == who.session.id,
                id: s.id.clone(),
                device: keybound_app::i18n::device(lang, &s.user_agent),
                user_agent: s.user_agent,
                ip: s.ip,
                created: when(s.create_time),
            })
            .collect(),
        signins: overview
            .signins
            .into_iter()
            .map(|e| SigninRow {
                ok: e.outcome == keybound_core::audit::Outcome::Success,
                when: when(e.time),
                ip: e.ip,
                device: keybound_app::i18n::device(lang, &e.user_agent),
                user_agent: e.user_agent,
                detail: e.detail,
            })
            .collect(),
    };
    page(StatusCode::OK, &html)
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
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    require_json(&headers)?;
    account::sign_out(&state, &who, &client).await?;
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
    CurrentSession(who): CurrentSession,
) -> Result<Json<Me>, ApiError> {
    let overview = account::overview(&state, &who).await?;
    Ok(Json(Me {
        recent_signins: overview
            .signins
            .into_iter()
            .map(|e| SigninView {
                time: rfc3339(e.time),
                outcome: e.outcome.as_str(),
                ip: e.ip,
                user_agent: e.user_agent,
                detail: e.detail,
            })
            .collect(),
        passkeys: overview.passkeys.into_iter().map(Into::into).collect(),
        sessions: overview
            .sessions
            .into_iter()
            .map(|s| SessionView {
                current: s.id == who.session.id,
                id: s.id,
                user_agent: s.user_agent,
                ip: s.ip,
                create_time: rfc3339(s.create_time),
                last_seen_time: rfc3339(s.last_seen_time),
            })
            .collect(),
        identity: Person::of(who.identity),
    }))
}

#[derive(Serialize)]
pub struct AddBegun {
    ceremony_id: String,
    public_key: serde_json::Value,
}

/// `POST /account/passkeys/begin`: a ceremony to add a passkey for the signed-in person.
pub async fn add_passkey_begin(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    headers: HeaderMap,
) -> Result<Json<AddBegun>, ApiError> {
    require_json(&headers)?;
    let (ceremony_id, public_key) = account::add_passkey_begin(&state, &who).await?;
    Ok(Json(AddBegun {
        ceremony_id,
        public_key,
    }))
}

#[derive(Deserialize)]
pub struct AddFinishRequest {
    ceremony_id: String,
    credential: serde_json::Value,
}

#[derive(Serialize)]
pub struct Added {
    credential: CredentialView,
}

/// `POST /account/passkeys/finish`.
pub async fn add_passkey_finish(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    headers: HeaderMap,
    JsonBody(body): JsonBody<AddFinishRequest>,
) -> Result<Json<Added>, ApiError> {
    require_json(&headers)?;
    let credential =
        account::add_passkey_finish(&state, &who, &body.ceremony_id, body.credential, &client).await?;
    Ok(Json(Added {
        credential: credential.into(),
    }))
}

#[derive(Deserialize)]
pub struct RenameBody {
    name: String,
}

/// `PATCH /account/passkeys/{id}` `{"name"}`.
pub async fn rename_passkey(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    Path(id): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<RenameBody>,
) -> Result<Json<CredentialView>, ApiError> {
    require_json(&headers)?;
    let renamed = account::rename_passkey(&state, &who, &id, &body.name, &client).await?;
    Ok(Json(renamed.into()))
}

#[derive(Deserialize)]
pub struct LocaleBody {
    locale: String,
}

/// `PUT /account/locale` `{"locale": "de"}`: the language of the person's pages and email.
pub async fn set_locale(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    headers: HeaderMap,
    JsonBody(body): JsonBody<LocaleBody>,
) -> Result<StatusCode, ApiError> {
    require_json(&headers)?;
    account::set_locale(&state, &who, &body.locale, &client).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
pub struct RemoveBody {
    /// Required to remove the last active passkey.
    #[serde(default)]
    confirm_last: bool,
}

/// `DELETE /account/passkeys/{id}`: turns the passkey off. The last one needs
/// `{"confirm_last": true}`.
pub async fn remove_passkey(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    Path(id): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<RemoveBody>,
) -> Result<Json<CredentialView>, ApiError> {
    require_json(&headers)?;
    let removed = account::remove_passkey(&state, &who, &id, body.confirm_last, &client).await?;
    Ok(Json(removed.into()))
}

/// `DELETE /account/sessions/{id}`: signs that browser out.
pub async fn revoke_session(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, ApiError> {
    require_json(&headers)?;
    account::revoke_session(&state, &who, &id, &client).await?;
    Ok(Json(serde_json::json!({})))
}

/// `DELETE /account/applications/{id}`: withdraws an application's access.
pub async fn revoke_application(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, ApiError> {
    require_json(&headers)?;
    keybound_app::oidc::revoke_my_application(&state, &who.identity, &id, &client).await?;
    Ok(Json(serde_json::json!({})))
}

/// `DELETE /account/sessions`: signs out everywhere, this browser included.
pub async fn revoke_all_sessions(
    State(state): State<AppState>,
    CurrentSession(who): CurrentSession,
    Peer(client): Peer,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    require_json(&headers)?;
    let revoked = account::revoke_all_sessions(&state, &who, &client).await?;
    Ok((
        [(header::SET_COOKIE, set_cookie(&state.public_url, None))],
        Json(serde_json::json!({"revoked": revoked})),
    )
        .into_response())
}
