//! `/emails`: what Keybound has sent or is trying to send, with each message's delivery state.

use super::Path;
use super::{realm_of, Caller, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::email::Email;
use keybound_core::page::Page;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct EmailPath {
    tenant_id: String,
    realm_id: String,
    email_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct EmailView {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_id: Option<String>,
    /// The binding job this email delivers, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_binding_job_id: Option<String>,
    to: String,
    subject: String,
    /// `PENDING`, `SENDING`, `SENT` or `FAILED`.
    status: &'static str,
    attempts: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_error: Option<String>,
    next_attempt_time: String,
    create_time: String,
    update_time: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    sent_time: Option<String>,
}

impl From<Email> for EmailView {
    fn from(e: Email) -> Self {
        Self {
            id: e.id,
            identity_id: e.identity_id,
            credential_binding_job_id: e.job_id,
            to: e.to_address,
            subject: e.subject,
            status: e.status.as_str(),
            attempts: e.attempts,
            last_error: e.last_error,
            next_attempt_time: rfc3339(e.next_attempt_time),
            create_time: rfc3339(e.create_time),
            update_time: rfc3339(e.update_time),
            sent_time: e.sent_time.map(rfc3339),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct EmailList {
    emails: Vec<EmailView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<Email>> for EmailList {
    fn from(page: Page<Email>) -> Self {
        Self {
            emails: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/emails", tag = "emails",
    params(RealmPath, super::ListQuery), responses((status = 200, body = EmailList)),
    security(("bearer" = ["emails:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<EmailList>, ApiError> {
    caller.require("emails:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::email::list(&state, &realm.id, params.page)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/emails/{email_id}", tag = "emails",
    params(EmailPath), responses((status = 200, body = EmailView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["emails:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<EmailPath>,
) -> Result<Json<EmailView>, ApiError> {
    caller.require("emails:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let email = keybound_app::email::get(&state, &path.email_id).await?;
    if email.realm_id.as_deref() != Some(realm.id.as_str()) {
        return Err(ApiError::not_found(format!(
            "email `{}` not found",
            path.email_id
        )));
    }
    Ok(Json(email.into()))
}
