//! The admin link's pages: whom the link is for, and the ceremony that creates the
//! administrator's passkey. The rules are keybound-app's (`admin`).

use crate::web::cookies::set_session_cookie as set_cookie;
use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{message, page as render};
use crate::web::{ApiError, AppState, JsonBody, Peer};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::{admin, ErrorKind};
use serde::{Deserialize, Serialize};

#[derive(Template)]
#[template(path = "admin_setup.html")]
struct SetupPage<'a> {
    layout: Layout,
    display_name: &'a str,
    username: &'a str,
    expires: crate::web::layout::Moment,
    code: &'a str,
}
impl_page!(SetupPage<'a>, layout);

/// `GET /console/setup/{code}`: whom the link is for, and the button that creates their passkey.
pub async fn page(layout: Layout, State(state): State<AppState>, Path(code): Path<String>) -> Response {
    match admin::peek(&state, &code).await {
        Ok((found, identity)) => render(
            StatusCode::OK,
            &SetupPage {
                layout,
                display_name: &identity.display_name,
                username: &identity.traits.username,
                expires: crate::web::layout::Moment::of(found.expire_time),
                code: &code,
            },
        ),
        Err(e) if e.kind() == ErrorKind::Gone => {
            let (title, text) = (layout.t("title-link-gone"), e.message_in(layout.lang));
            message(layout, StatusCode::GONE, &title, &text)
        }
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

pub async fn begin(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<Begun>, ApiError> {
    let (ceremony_id, public_key) = admin::setup_begin(&state, &body.code).await?;
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
    Peer(client): Peer,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let cookie = admin::setup_finish(&state, &body.code, &body.ceremony_id, body.credential, &client).await?;
    Ok((
        [(header::SET_COOKIE, set_cookie(&state.public_url, Some(&cookie)))],
        Json(serde_json::json!({"redirect": "/console"})),
    )
        .into_response())
}
