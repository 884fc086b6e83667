//! "Activate now as an admin": with the contactless card at hand, the
//! administrator runs the registration ceremony in their own browser for the target identity.
//! Keybound makes a PIN, shows it for the admin to set on the card when the browser asks, binds
//! the card to the user (not the admin), and emails the user the PIN with the card's name.

use super::{failure, page, Admin, Chrome};
use crate::web::JsonBody;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use keybound_app::registration::{self, KeyRequest};
use keybound_core::binding::{BindingJob, DeviceType};
use keybound_core::email_template::TemplateKind;
use keybound_core::identity::Identity;
use serde::{Deserialize, Serialize};

const PIN_DIGITS: usize = 6;

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

/// The open contactless-card job `job_id` of identity `id` in the admin's realm, with it.
async fn card_job(
    state: &AppState,
    admin: &Admin,
    id: &str,
    job_id: &str,
) -> Result<(Identity, BindingJob), ApiError> {
    let user = state.store.identity(&admin.realm.id, id).await?;
    let job = state.store.job_by_id(job_id).await?;
    if job.identity_id != user.id
        || job.realm_id != admin.realm.id
        || job.device_type != DeviceType::ContactlessCard
    {
        return Err(ApiError::not_found(
            "no contactless card waiting for activation here",
        ));
    }
    if let Some(why) = job.refusal(state.clock.now()) {
        return Err(ApiError::new(StatusCode::GONE, why));
    }
    Ok((user, job))
}

/// `GET /console/users/{id}/activate?job=`.
pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    Query(q): Query<JobQuery>,
) -> Response {
    match card_job(&state, &admin, &id, &q.job).await {
        Ok((user, job)) => page(
            ActivatePage {
                chrome: admin.chrome("Assign Contactless Card", "users"),
                card_name: job.key_name.clone().unwrap_or_else(|| "Contactless card".into()),
                user,
                job_id: job.id,
            }
            .render(),
        ),
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
        Err(ApiError::forbidden(
            "This request did not come from this console. Reload the page and try again.",
        ))
    }
}

#[derive(Deserialize)]
pub struct BeginRequest {
    job: String,
}

#[derive(Serialize)]
pub struct Begun {
    ceremony_id: String,
    public_key: serde_json::Value,
    /// To set on the card when the browser asks.
    pin: String,
}

#[derive(Serialize, Deserialize)]
struct Pending {
    job: String,
    pin: String,
}

/// `POST /console/users/{id}/activate/begin`: a PIN and the creation options.
pub async fn begin(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<Begun>, ApiError> {
    check_csrf(&admin, &headers)?;
    let (user, job) = card_job(&state, &admin, &id, &body.job).await?;
    let config = state
        .store
        .config(&job.realm_id, &job.authenticator_config_id)
        .await?;
    let pin = keybound_core::secret::random_digits(PIN_DIGITS);
    let subject = serde_json::to_string(&Pending {
        job: job.id.clone(),
        pin: pin.clone(),
    })
    .map_err(|e| ApiError::internal("activation state", &e))?;
    let key = KeyRequest::of_job(&job, &config);
    let (ceremony_id, public_key) = registration::start(
        &state,
        &user,
        &[],
        (keybound_core::ceremony::CeremonyPurpose::CardActivation, &subject),
        &key,
        None,
    )
    .await?;
    Ok(Json(Begun {
        ceremony_id,
        public_key,
        pin,
    }))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    ceremony_id: String,
    credential: serde_json::Value,
}

#[derive(Serialize)]
pub struct Activated {
    credential_id: String,
    /// Where the PIN was emailed, if the user has an address.
    emailed_to: Option<String>,
}

/// `POST /console/users/{id}/activate/finish`: binds the card to the user and emails the PIN.
pub async fn finish(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Json<Activated>, ApiError> {
    check_csrf(&admin, &headers)?;
    let now = state.clock.now();
    let (subject, saved) = state
        .store
        .take_ceremony(
            &body.ceremony_id,
            keybound_core::ceremony::CeremonyPurpose::CardActivation,
            now,
        )
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::GONE,
                "This attempt has expired or was already used. Start again.",
            )
        })?;
    let pending: Pending =
        serde_json::from_str(&subject).map_err(|e| ApiError::internal("activation state", &e))?;
    let (user, job) = card_job(&state, &admin, &id, &pending.job).await?;
    let config = state
        .store
        .config(&job.realm_id, &job.authenticator_config_id)
        .await?;
    let credential = registration::verify(
        &state,
        &saved,
        body.credential,
        &[],
        (&user.id, &user.realm_id, &user.tenant_id),
        &KeyRequest::of_job(&job, &config),
        now,
    )?;
    state.store.complete_binding(&job.id, &credential, now).await?;
    let card = job.key_name.clone().unwrap_or_else(|| "Contactless card".into());
    if user.traits.primary_email_address.is_some() {
        let message = keybound_app::email::Personal {
            code: pending.pin,
            key_name: card.clone(),
            ..Default::default()
        };
        keybound_app::email::queue_templated(&state, &admin.realm, &user, TemplateKind::PinNotice, message)
            .await?;
    }
    let event = admin
        .event(&state, keybound_core::audit::Action::CredentialBound)
        .about(&user.id)
        .on("credential", &credential.id)
        .detail(format!(
            "contactless card \"{card}\" activated by an administrator; PIN emailed to the user"
        ));
    keybound_app::audit::record(&state, event).await;
    keybound_app::binding::revoke_superseded(&state, &user.realm_id, &user.id, &admin.client).await?;
    Ok(Json(Activated {
        credential_id: credential.id,
        emailed_to: user.traits.primary_email_address,
    }))
}
