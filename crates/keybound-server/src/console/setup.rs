//! Administrators' first way in: `keybound admin link` (and `keybound serve`, while no
//! administrator has a passkey) prints a one-time link; opening it lets that administrator
//! create a passkey, which signs them in to the console.

use crate::api::JsonBody;
use crate::audit::{self, Client};
use crate::session::set_cookie;
use crate::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_core::audit::{action, Actor, AuditEvent};
use keybound_core::identity::{IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::login_code::{self, ADMIN_SETUP};
use serde::{Deserialize, Serialize};
use time::Duration;

/// How long an admin link works.
pub const ADMIN_LINK_LIFETIME: Duration = Duration::hours(1);
/// The purpose under which the setup ceremony is kept.
const CEREMONY: &str = "admin-setup";

/// Makes `username` (created if absent, in the first realm) an administrator and returns a
/// one-time link with which they create a passkey and enter the console.
pub async fn admin_link(state: &AppState, username: &str, event: AuditEvent) -> Result<String, ApiError> {
    let realm = crate::hosted::default_realm(state).await?;
    let existing = state.store.identity_by_username(&realm.id, username).await?;
    let identity = match existing {
        Some(identity) => identity,
        None => {
            let new = NewIdentity {
                display_name: username.to_owned(),
                status: IdentityStatus::Active,
                source: Source::Local,
                traits: Traits {
                    username: username.to_owned(),
                    ..Traits::default()
                },
            };
            state
                .store
                .create_identity(&realm, new, state.clock.now())
                .await?
        }
    };
    if identity.status == IdentityStatus::Suspended {
        return Err(ApiError::forbidden(format!(
            "`{username}` is suspended; resume it first"
        )));
    }
    state.store.set_admin(&identity.id, true).await?;
    let created = crate::login_codes::create(
        state,
        &realm,
        &identity.id,
        ADMIN_LINK_LIFETIME,
        ADMIN_SETUP,
        event,
    )
    .await?;
    Ok(created.link)
}

#[derive(Template)]
#[template(path = "admin_setup.html")]
struct SetupPage<'a> {
    display_name: &'a str,
    username: &'a str,
    expires: String,
    code: &'a str,
}

fn spent() -> Response {
    crate::hosted::message(
        StatusCode::GONE,
        "Link no longer valid",
        "This administrator link has been used or has expired. Run `keybound admin link` for a new one.",
    )
}

/// `GET /console/setup/{code}`: whom the link is for, and the button that creates their passkey.
pub async fn page(State(state): State<AppState>, Path(code): Path<String>) -> Response {
    let Some((id, secret)) = login_code::split(&code) else {
        return spent();
    };
    let found = match state
        .store
        .peek_login_code(ADMIN_SETUP, id, secret, state.clock.now())
        .await
    {
        Ok(Some(found)) => found,
        Ok(None) => return spent(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    match state.store.identity(&found.realm_id, &found.identity_id).await {
        Ok(identity) => crate::hosted::page(
            StatusCode::OK,
            SetupPage {
                display_name: &identity.display_name,
                username: &identity.traits.username,
                expires: keybound_core::email_template::human_time(found.expire_time),
                code: &code,
            }
            .render(),
        ),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
pub struct BeginRequest {
    code: String,
}

#[derive(Serialize)]
pub struct Begun {
    ceremony_id: String,
    public_key: serde_json::Value,
}

fn gone() -> ApiError {
    ApiError::new(
        StatusCode::GONE,
        "This administrator link has been used or has expired. Run `keybound admin link` for a new one.",
    )
}

pub async fn begin(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<Begun>, ApiError> {
    let (id, secret) = login_code::split(&body.code).ok_or_else(gone)?;
    let found = state
        .store
        .peek_login_code(ADMIN_SETUP, id, secret, state.clock.now())
        .await?
        .ok_or_else(gone)?;
    let identity = state.store.identity(&found.realm_id, &found.identity_id).await?;
    let (ceremony_id, public_key) = crate::registration::start(
        &state,
        &identity,
        &[],
        CEREMONY,
        &found.id,
        &crate::registration::KeyRequest::default(),
    )
    .await?;
    Ok(Json(Begun {
        ceremony_id,
        public_key,
    }))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    code: String,
    ceremony_id: String,
    credential: serde_json::Value,
}

/// Verifies the passkey, then uses the link (once, however many try) and signs in.
pub async fn finish(
    State(state): State<AppState>,
    client: Client,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let (id, secret) = login_code::split(&body.code).ok_or_else(gone)?;
    let (code_id, saved) = state
        .store
        .take_ceremony(&body.ceremony_id, CEREMONY, now)
        .await?
        .filter(|(code_id, _)| code_id == id)
        .ok_or_else(gone)?;
    let found = state
        .store
        .peek_login_code(ADMIN_SETUP, &code_id, secret, now)
        .await?
        .ok_or_else(gone)?;
    let credential = crate::registration::verify(
        &state,
        &saved,
        body.credential,
        &[],
        (&found.identity_id, &found.realm_id, &found.tenant_id),
        &crate::registration::KeyRequest::default(),
        now,
    )?;
    let used = state
        .store
        .redeem_login_code(ADMIN_SETUP, &code_id, secret, now)
        .await?
        .ok_or_else(gone)?;
    state.store.add_credential(&credential).await?;
    let identity = state.store.identity(&used.realm_id, &used.identity_id).await?;
    let event = client
        .event(&state, action::PASSKEY_ADDED)
        .realm(&identity.realm_id)
        .by(Actor::identity(&identity.id))
        .about(&identity.id)
        .on("credential", &credential.id)
        .detail("administrator passkey created with an admin link");
    audit::record(&state, event).await;
    let (_, cookie) = crate::signin::open_session(&state, &identity, Some(&credential.id), &client).await?;
    Ok((
        [(header::SET_COOKIE, set_cookie(&state.public_url, Some(&cookie)))],
        Json(serde_json::json!({"redirect": "/console"})),
    )
        .into_response())
}
