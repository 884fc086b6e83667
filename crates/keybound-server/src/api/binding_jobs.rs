//! `/identities/{id}/credential-binding-jobs`: invitations to bind a passkey, delivered as a
//! returned link (`RETURN`), an emailed link (`EMAIL`) or a 9-character code (`SHORT_CODE`).
//! `identities/-/credential-binding-jobs` lists the jobs of every identity in the realm.

use super::{realm_of, split_action, unknown_action, Caller, JsonBody, ListParams};
use super::{Path, Query};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_app::binding::{self, NewJob};
use keybound_core::binding::{BindingJob, DeliveryMethod, DevicePolicy, DeviceType};
use keybound_core::page::Page;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct JobsPath {
    tenant_id: String,
    realm_id: String,
    /// An identity id, or `-` for every identity (lists only).
    identity_id: String,
}

#[derive(Deserialize, IntoParams)]
pub struct JobPath {
    tenant_id: String,
    realm_id: String,
    identity_id: String,
    job_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct JobView {
    id: String,
    identity_id: String,
    realm_id: String,
    tenant_id: String,
    /// `RETURN`, `EMAIL` or `SHORT_CODE`.
    delivery_method: &'static str,
    authenticator_config_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    post_binding_redirect_uri: Option<String>,
    /// `LINK_SENT`, `LINK_OPENED`, `REQUEST_DELIVERED`, `COMPLETE`, `EXPIRED`, `FAILED_TO_SEND` or `REVOKED`.
    state: &'static str,
    /// The bound credential, once `COMPLETE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_id: Option<String>,
    device_type: &'static str,
    #[schema(value_type = Object)]
    device_policy: DevicePolicy,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_name: Option<String>,
    expire_time: String,
    create_time: String,
    update_time: String,
}

impl JobView {
    fn at(job: BindingJob, now: OffsetDateTime) -> Self {
        Self {
            state: job.state_at(now).as_str(),
            id: job.id,
            identity_id: job.identity_id,
            realm_id: job.realm_id,
            tenant_id: job.tenant_id,
            delivery_method: job.delivery_method.as_str(),
            authenticator_config_id: job.authenticator_config_id,
            post_binding_redirect_uri: job.post_binding_redirect_uri,
            credential_id: job.credential_id,
            device_type: job.device_type.as_str(),
            device_policy: job.device_policy,
            key_name: job.key_name,
            expire_time: rfc3339(job.expire_time),
            create_time: rfc3339(job.create_time),
            update_time: rfc3339(job.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct JobList {
    credential_binding_jobs: Vec<JobView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl JobList {
    fn at(page: Page<BindingJob>, now: OffsetDateTime) -> Self {
        Self {
            credential_binding_jobs: page.items.into_iter().map(|j| JobView::at(j, now)).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateJobRequest {
    job: NewJobBody,
}

#[derive(Deserialize, ToSchema)]
pub struct NewJobBody {
    /// `RETURN`, `EMAIL` or `SHORT_CODE`.
    #[schema(schema_with = super::schema::delivery_method)]
    delivery_method: String,
    authenticator_config_id: String,
    /// Where the person goes after binding; must be on the config's trusted origins.
    post_binding_redirect_uri: Option<String>,
    /// Lifetime: 60–900 s for `SHORT_CODE` (default 60), up to 90 days for links (default 7 days).
    expire_after_seconds: Option<i64>,
    /// `EMAIL` only: the email template to use; default: the realm's default, else the built-in one.
    email_template_id: Option<String>,
    /// `any` (default), `smartphone`, `contactless_card` or `hardware_key`.
    #[schema(schema_with = super::schema::opt_device_type)]
    device_type: Option<String>,
    /// `{auditable, bluetooth_proximity, offline_login, user_verification: "required" | "preferred"}`;
    /// omitted fields take their defaults (true, true, false, "required").
    #[schema(value_type = Option<Object>)]
    device_policy: Option<DevicePolicy>,
    /// A name for the security key (a contactless card's), at most 64 characters.
    key_name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedJobView {
    credential_binding_job: JobView,
    /// `RETURN` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_binding_link: Option<String>,
    /// `SHORT_CODE` only: shown this once.
    #[serde(skip_serializing_if = "Option::is_none")]
    short_code: Option<String>,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credential-binding-jobs",
    tag = "credential-binding-jobs", params(JobsPath), request_body = CreateJobRequest,
    responses((status = 200, body = CreatedJobView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody),
        (status = 422, description = "EMAIL without an address, or a suspended identity", body = crate::web::ErrorBody)),
    security(("bearer" = ["credential-binding-jobs:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<JobsPath>,
    JsonBody(body): JsonBody<CreateJobRequest>,
) -> Result<Json<CreatedJobView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let b = body.job;
    let delivery_method = DeliveryMethod::parse(&b.delivery_method)
        .ok_or_else(|| ApiError::bad_field("job.delivery_method", "must be RETURN, EMAIL or SHORT_CODE"))?;
    let new = NewJob {
        delivery_method,
        authenticator_config_id: b.authenticator_config_id,
        post_binding_redirect_uri: b.post_binding_redirect_uri,
        expire_after_seconds: b.expire_after_seconds,
        email_template_id: b.email_template_id,
        device_type: match b.device_type.as_deref() {
            None => DeviceType::Any,
            Some(text) => DeviceType::parse(text).ok_or_else(|| {
                ApiError::bad_field(
                    "job.device_type",
                    "must be any, smartphone, contactless_card or hardware_key",
                )
            })?,
        },
        device_policy: b.device_policy.unwrap_or_default(),
        key_name: key_name(b.key_name)?,
    };
    let created = binding::create_job(&state, &caller.actor, &realm, &path.identity_id, new).await?;
    Ok(Json(CreatedJobView {
        credential_binding_job: JobView::at(created.job, state.clock.now()),
        credential_binding_link: created.link,
        short_code: created.short_code,
    }))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credential-binding-jobs",
    tag = "credential-binding-jobs", params(JobsPath, super::ListQuery),
    responses((status = 200, body = JobList), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credential-binding-jobs:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<JobsPath>,
    params: ListParams,
) -> Result<Json<JobList>, ApiError> {
    caller.require("credential-binding-jobs:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let identity = (path.identity_id != "-").then_some(path.identity_id.as_str());
    if let Some(identity) = identity {
        keybound_app::identities::visible(&state, &caller.actor, &realm.id, identity).await?;
    }
    let page = keybound_app::binding::jobs(&state, &realm.id, identity, params.page).await?;
    Ok(Json(JobList::at(page, state.clock.now())))
}

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// `GET …/{job}` (API token) and `GET …/{job}:invokeAuthenticator?token=…` (the binding link,
/// opened by a person: no API token).
pub async fn get_or_invoke(
    State(state): State<AppState>,
    caller: Result<Caller, ApiError>,
    Path(path): Path<JobPath>,
    Query(query): Query<TokenQuery>,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    let (id, action) = split_action(&path.job_id);
    match action {
        Some("invokeAuthenticator") => {
            let link = keybound_app::binding::LinkPath {
                tenant_id: &path.tenant_id,
                realm_id: &path.realm_id,
                identity_id: &path.identity_id,
                job_id: id,
            };
            let layout = crate::web::layout::Layout::of(&state, &headers).await;
            Ok(crate::web::pages::invoke_authenticator(&state, layout, link, query.token.as_deref()).await)
        }
        Some(other) => Err(unknown_action(other)),
        None => Ok(get(&state, &caller?, &path).await?.into_response()),
    }
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credential-binding-jobs/{job_id}",
    tag = "credential-binding-jobs", params(JobPath),
    responses((status = 200, body = JobView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["credential-binding-jobs:read"])))]
async fn get(state: &AppState, caller: &Caller, path: &JobPath) -> Result<Json<JobView>, ApiError> {
    caller.require("credential-binding-jobs:read")?;
    let realm = realm_of(state, &path.tenant_id, &path.realm_id).await?;
    let job = keybound_app::binding::job(state, &realm.id, Some(&path.identity_id), &path.job_id).await?;
    Ok(Json(JobView::at(job, state.clock.now())))
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/credential-binding-jobs/{job_id}:revoke",
    tag = "credential-binding-jobs", params(JobPath),
    responses((status = 200, description = "revoked: its link or code binds nothing", body = JobView),
        (status = 404, body = crate::web::ErrorBody),
        (status = 409, description = "the job is complete", body = crate::web::ErrorBody)),
    security(("bearer" = ["credential-binding-jobs:update"])))]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<JobPath>,
) -> Result<Json<JobView>, ApiError> {
    let (id, action) = split_action(&path.job_id);
    match action {
        Some("revoke") => {}
        Some(other) => return Err(unknown_action(other)),
        None => return Err(ApiError::method_not_allowed()),
    }
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let job = binding::revoke_job(&state, &caller.actor, &realm.id, &path.identity_id, id).await?;
    Ok(Json(JobView::at(job, state.clock.now())))
}

/// A key name, trimmed; empty is none.
fn key_name(name: Option<String>) -> Result<Option<String>, ApiError> {
    let name = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if let Some(n) = &name {
        if n.chars().count() > 64 || n.chars().any(char::is_control) {
            return Err(ApiError::bad_field(
                "job.key_name",
                "must be at most 64 characters, without control characters",
            ));
        }
    }
    Ok(name)
}
