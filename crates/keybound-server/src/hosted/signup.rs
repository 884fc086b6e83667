//! The sign-up pages (`/signup` when sign-up is open, `/st/{token}` for sign-up links) and the
//! ceremony endpoints they call.

use super::signin::FinishResponse;
use crate::web::cookies::set_session_cookie as set_cookie;
use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{message, page};
use crate::web::{ApiError, AppState, JsonBody, Peer};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::signup::{self, Applicant, Door};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage<'a> {
    layout: Layout,
    /// The sign-up token (`<id>.<secret>`), or empty in open mode.
    token: &'a str,
}
impl_page!(SignupPage<'a>, layout);

async fn door(state: &AppState, token: Option<&str>) -> Result<Door, ApiError> {
    let realm = state.default_realm().await?;
    Ok(signup::open_door(state, realm, token).await?)
}

fn refusal_page(layout: Layout, e: &ApiError) -> Response {
    let title = match e.status() {
        StatusCode::GONE => "title-link-gone",
        StatusCode::FORBIDDEN => "title-signup-unavailable",
        _ => "title-something-wrong",
    };
    let (title, text) = (layout.t(title), e.message_in(layout.lang));
    message(layout, e.status(), &title, &text)
}

/// `GET /signup`: the form, when this realm lets anyone sign up.
pub async fn open_page(layout: Layout, State(state): State<AppState>) -> Response {
    match door(&state, None).await {
        Ok(_) => page(StatusCode::OK, &SignupPage { layout, token: "" }),
        Err(e) => refusal_page(layout, &e),
    }
}

/// `GET /st/{token}`: the form behind a sign-up link. Opening it uses nothing.
pub async fn token_page(
    layout: Layout,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Response {
    match door(&state, Some(&token)).await {
        Ok(_) => page(
            StatusCode::OK,
            &SignupPage {
                layout,
                token: &token,
            },
        ),
        Err(e) => refusal_page(layout, &e),
    }
}

#[derive(Deserialize)]
pub struct BeginRequest {
    token: Option<String>,
    #[serde(flatten)]
    applicant: Applicant,
}

pub async fn begin(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<signup::Begun>, ApiError> {
    let door = door(&state, body.token.as_deref()).await?;
    Ok(Json(signup::begin(&state, &door, body.applicant).await?))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    token: Option<String>,
    ceremony_id: String,
    credential: serde_json::Value,
}

pub async fn finish(
    State(state): State<AppState>,
    Peer(client): Peer,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let door = door(&state, body.token.as_deref()).await?;
    let done = signup::finish(&state, &door, &body.ceremony_id, body.credential, &client).await?;
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
