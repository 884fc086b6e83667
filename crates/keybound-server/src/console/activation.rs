//! "Activate now as an admin": with the contactless card at hand, the
//! administrator runs the registration ceremony in their own browser for the target identity.
//! Keybound makes a PIN, shows it for the admin to set on the card when the browser asks, binds
//! the card to the user (not the admin), and emails the user the PIN with the card's name.

use super::{failure, page, Admin, Chrome};
use crate::web::layout::impl_page;
use crate::web::JsonBody;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use keybound_app::activation;
use keybound_core::identity::Identity;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct JobQuery {
    job: String,
}

#[derive(Template)]
#[template(path = "console/activate.html")]
struct ActivatePage {
    chrome: Chrome,
    user: Identity,
    job_id: String,
    card_name: String,
}
impl_page!(ActivatePage, chrome.layout);

/// `GET /console/users/{id}/activate?job=`.
pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    Query(q): Query<JobQuery>,
) -> Response {
    match activation::card_job(&state, &admin.actor, &admin.realm, &id, &q.job).await {
        Ok((user, job)) => page(&ActivatePage {
            chrome: admin.chrome("console-assign-card", "users"),
            card_name: activation::card_name(&job),
            user,
            job_id: job.id,
        }),
        Err(e) => failure(&admin, e),
    }
}

/// The console's JSON calls carry the page's CSRF token in a header.
fn check_csrf(admin: &Admin, headers: &HeaderMap) -> Result<(), ApiError> {
    let presented = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if keybound_core::secret::constant_time_eq(presented.as_bytes(), admin.csrf.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::forbidden(admin.t("console-request-refused")))
    }
}

#[derive(Deserialize)]
pub struct BeginRequest {
    job: String,
}

/// `POST /console/users/{id}/activate/begin`: a PIN and the creation options.
pub async fn begin(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<activation::Begun>, ApiError> {
    check_csrf(&admin, &headers)?;
    Ok(Json(
        activation::begin(&state, &admin.actor, &admin.realm, &id, &body.job).await?,
    ))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    ceremony_id: String,
    credential: serde_json::Value,
}

/// `POST /console/users/{id}/activate/finish`: binds the card to the user and emails the PIN.
pub async fn finish(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Json<activation::Activated>, ApiError> {
    check_csrf(&admin, &headers)?;
    let activated = activation::finish(
        &state,
        &admin.actor,
        &admin.realm,
        &id,
        &body.ceremony_id,
        body.credential,
    )
    .await?;
    Ok(Json(activated))
}
