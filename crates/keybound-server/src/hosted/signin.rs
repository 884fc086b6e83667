//! Signing in: the sign-in page (passkey by autofill or button), email one-time access, and
//! one-time login links. The rules are keybound-app's; these handlers parse and render.

use crate::web::cookies::set_session_cookie as set_cookie;
use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{message, page};
use crate::web::{session_of, ApiError, AppState, JsonBody, Peer};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::{login_codes, signin, ErrorKind};
use keybound_core::login_code::SIGNIN as SIGNIN_CODE;
use serde::{Deserialize, Serialize};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    one_time_access: bool,
    signup_open: bool,
    /// The realm to sign in to (an application's), or empty for the first.
    realm_id: String,
    login_hint: String,
    /// Where to go once signed in: a path on this site, or empty.
    next: String,
    /// The signed-in person confirming it is them (an application asked for a recent
    /// sign-in): their display name; empty for an ordinary sign-in.
    confirming: String,
}
impl_page!(LoginPage, layout);

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    realm: Option<String>,
    login_hint: Option<String>,
    next: Option<String>,
    /// `1`: the signed-in person confirms it is them (sent by an application's sign-in that
    /// asked for a recent one).
    reauthenticate: Option<String>,
}

#[derive(Template)]
#[template(path = "login_email.html")]
struct LoginEmailPage {
    layout: Layout,
}
impl_page!(LoginEmailPage, layout);

pub async fn login_page(
    layout: Layout,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    query: Result<axum::extract::Query<LoginQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let query = query.map(|q| q.0).unwrap_or_default();
    let confirming = match query.reauthenticate.as_deref() {
        Some("1") => session_of(&state, &headers)
            .await
            .map(|s| s.identity.display_name)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let named = match &query.realm {
        Some(id) => keybound_app::realms::get(&state, id).await.ok(),
        None => None,
    };
    let realm_id = named.as_ref().map(|r| r.id.clone()).unwrap_or_default();
    let offers = async {
        let realm = match named {
            Some(realm) => realm,
            None => state.default_realm().await?,
        };
        let signup_open = keybound_app::settings::get(&state, &realm.id).await?.signup_mode
            == keybound_core::settings::SignupMode::Open;
        Ok::<_, ApiError>((
            login_codes::one_time_access_offered(&state, &realm.id).await?,
            signup_open,
        ))
    };
    let (one_time_access, signup_open) = offers.await.unwrap_or((false, false));
    page(
        StatusCode::OK,
        &LoginPage {
            layout,
            one_time_access,
            signup_open,
            realm_id,
            confirming,
            login_hint: query.login_hint.unwrap_or_default().chars().take(256).collect(),
            next: query
                .next
                .as_deref()
                .and_then(keybound_core::redirect_uri::local_path)
                .unwrap_or_default(),
        },
    )
}

pub async fn login_email_page(layout: Layout) -> Response {
    page(StatusCode::OK, &LoginEmailPage { layout })
}

#[derive(Deserialize)]
pub struct OneTimeAccessRequest {
    email: String,
}

/// `POST /login/email`: emails a one-time sign-in link if an account uses the address. The
/// answer is the same whether or not one does.
pub async fn login_email(
    State(state): State<AppState>,
    Peer(client): Peer,
    JsonBody(body): JsonBody<OneTimeAccessRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let realm = state.default_realm().await?;
    login_codes::request_one_time_access(&state, &realm, &body.email, &client).await?;
    Ok(Json(serde_json::json!({
        "message": "If an account uses that address, a sign-in link is on its way. It works once, for 15 minutes."
    })))
}

#[derive(Deserialize)]
pub struct BeginRequest {
    /// Default: the tenant's first realm.
    realm_id: Option<String>,
    /// The signed-in person confirms it is them: only their passkeys are offered.
    #[serde(default)]
    reauthenticate: bool,
}

pub async fn begin(
    State(state): State<AppState>,
    Peer(client): Peer,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<signin::Begun>, ApiError> {
    let realm = match body.realm_id {
        Some(id) => keybound_app::realms::get(&state, &id).await?,
        None => state.default_realm().await?,
    };
    let known = match body.reauthenticate {
        true => session_of(&state, &headers).await.map(|s| s.identity),
        false => None,
    };
    Ok(Json(
        signin::begin(&state, &realm.id, &client, known.as_ref()).await?,
    ))
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

impl Person {
    pub(super) fn of(identity: keybound_core::identity::Identity) -> Self {
        Self {
            id: identity.id,
            display_name: identity.display_name,
            username: identity.traits.username,
        }
    }
}

#[derive(Serialize)]
pub struct FinishResponse {
    identity: Person,
    redirect: &'static str,
    /// What the page tells the browser's passkey manager (the WebAuthn Signal API).
    #[serde(skip_serializing_if = "Option::is_none")]
    signals: Option<signin::PasskeySignals>,
}

impl FinishResponse {
    /// Signed in as `identity`; off to the account page.
    pub(super) fn to_account(identity: keybound_core::identity::Identity) -> Self {
        Self {
            identity: Person::of(identity),
            redirect: "/account",
            signals: None,
        }
    }
}

/// The id of the passkey an answer names (kept for a refusal: the answer itself goes to the
/// use case).
pub(crate) fn credential_id(answer: &serde_json::Value) -> String {
    answer
        .get("id")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// A refused sign-in as JSON; for a passkey Keybound no longer has, with what the page needs to
/// ask the browser to forget it: `{"code": "unknown_credential", "rp_id", "credential_id"}`.
pub(crate) fn refusal(state: &AppState, error: keybound_app::AppError, credential_id: &str) -> Response {
    if error.code() != Some(signin::UNKNOWN_CREDENTIAL) {
        return ApiError::from(error).into_response();
    }
    let body = serde_json::json!({
        "code": signin::UNKNOWN_CREDENTIAL,
        "message": error.message(),
        "details": [],
        "rp_id": keybound_app::webauthn::rp_id(&state.public_url).unwrap_or_default(),
        "credential_id": credential_id,
    });
    let mut response = (StatusCode::UNAUTHORIZED, Json(body)).into_response();
    // Said again in the person's language on the way out, like any other refusal.
    if let Some(said) = error.said_as() {
        response.extensions_mut().insert(said.clone());
    }
    response
}

/// `POST /signin/finish`. From a page of another site (a related origin, through the SDK) it
/// answers who signed in but sets no cookie: no other site can sign this browser in.
pub async fn finish(
    State(state): State<AppState>,
    Peer(client): Peer,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let credential_id = credential_id(&body.credential);
    let done = match signin::finish(&state, &body.ceremony_id, body.credential, &client).await {
        Ok(done) => done,
        Err(e) => return Ok(refusal(&state, e, &credential_id)),
    };
    let body = FinishResponse {
        signals: Some(done.signals),
        ..FinishResponse::to_account(done.identity)
    };
    if crate::web::origin::from_elsewhere(&state.public_url, &headers) {
        return Ok(Json(body).into_response());
    }
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(&state.public_url, Some(&done.cookie)),
        )],
        Json(body),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct LoginCodePage<'a> {
    layout: Layout,
    display_name: &'a str,
    username: &'a str,
    expires: crate::web::layout::Moment,
    code: &'a str,
}
impl_page!(LoginCodePage<'a>, layout);

fn link_spent(layout: Layout) -> Response {
    let (title, text) = (
        layout.t("title-link-gone"),
        layout.t(keybound_app::login_codes::LINK_SPENT),
    );
    message(layout, StatusCode::GONE, &title, &text)
}

/// `GET /lc/{code}`: who the link signs in, and a button; opening it uses nothing, so link
/// previews in mail and chat cannot spend it.
pub async fn login_code_page(
    layout: Layout,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Response {
    let (found, identity) = match login_codes::peek(&state, SIGNIN_CODE, &code).await {
        Ok(found) => found,
        Err(e) if e.kind() == ErrorKind::Gone => return link_spent(layout),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let html = LoginCodePage {
        layout,
        display_name: &identity.display_name,
        username: &identity.traits.username,
        expires: crate::web::layout::Moment::of(found.expire_time),
        code: &code,
    };
    page(StatusCode::OK, &html)
}

/// `POST /lc/{code}`: uses the link (once, however many try) and signs in.
pub async fn login_code_redeem(
    State(state): State<AppState>,
    Peer(client): Peer,
    Path(code): Path<String>,
) -> Response {
    match login_codes::redeem(&state, &code, &client).await {
        Ok((_, cookie)) => (
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, HeaderValue::from_static("/account")),
                (header::SET_COOKIE, set_cookie(&state.public_url, Some(&cookie))),
            ],
        )
            .into_response(),
        Err(e) if e.kind() == ErrorKind::Gone => link_spent(Layout::branded(&state).await),
        Err(e) => ApiError::from(e).into_response(),
    }
}
