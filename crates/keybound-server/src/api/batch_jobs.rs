//! `/batch-credential-binding-jobs`: enrolment emails for up to 1,000 people in one call, made in
//! the background; the batch answers with its progress, `:listResults` with each person's job.

use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, JsonBody, ListParams};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_app::batches::{self, Batch, BatchItem, JobTemplate};
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct BatchesPath {
    tenant_id: String,
    realm_id: String,
}

#[derive(Deserialize, IntoParams)]
pub struct BatchPath {
    tenant_id: String,
    realm_id: String,
    batch_id: String,
}

#[derive(Deserialize, Serialize, ToSchema)]
pub struct JobTemplateBody {
    /// `EMAIL`.
    #[schema(schema_with = super::schema::email_delivery)]
    delivery_method: String,
    authenticator_config_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    post_binding_redirect_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email_template_id: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewBatchBody {
    /// 1 to 1,000 identity ids.
    #[schema(schema_with = super::schema::ids)]
    identity_ids: Vec<String>,
    job_template: JobTemplateBody,
}

#[derive(Deserialize, ToSchema)]
pub struct CreateBatchRequest {
    batch_credential_binding_job: NewBatchBody,
}

#[derive(Serialize, ToSchema)]
pub struct BatchView {
    id: String,
    /// `PENDING` (nothing made yet), `RUNNING` or `COMPLETE`.
    state: &'static str,
    identity_ids: Vec<String>,
    job_template: JobTemplateBody,
    total: i64,
    pending: i64,
    created: i64,
    failed: i64,
    create_time: String,
    update_time: String,
}

#[derive(Serialize, ToSchema)]
pub struct BatchAnswer {
    batch_credential_binding_job: BatchView,
}

impl BatchAnswer {
    fn of(b: Batch) -> Result<Self, ApiError> {
        let template: JobTemplate = serde_json::from_str(&b.job_template)
            .map_err(|e| ApiError::from(keybound_app::AppError::internal("batch", &e)))?;
        let state = if b.pending == 0 {
            "COMPLETE"
        } else if b.pending < b.total || b.leased {
            "RUNNING"
        } else {
            "PENDING"
        };
        Ok(Self {
            batch_credential_binding_job: BatchView {
                id: b.id,
                state,
                identity_ids: b.identity_ids,
                job_template: JobTemplateBody {
                    delivery_method: template.delivery_method,
                    authenticator_config_id: template.authenticator_config_id,
                    post_binding_redirect_uri: template.post_binding_redirect_uri,
                    email_template_id: template.email_template_id,
                },
                total: b.total,
                pending: b.pending,
                created: b.created,
                failed: b.failed,
                create_time: rfc3339(b.create_time),
                update_time: rfc3339(b.update_time),
            },
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct ResultView {
    identity_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_binding_job_id: Option<String>,
    /// `PENDING`, `CREATED` or `FAILED`.
    state: String,
    /// The passkey bound through the job, once it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultList {
    results: Vec<ResultView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<keybound_core::page::Page<BatchItem>> for ResultList {
    fn from(page: keybound_core::page::Page<BatchItem>) -> Self {
        Self {
            results: page
                .items
                .into_iter()
                .map(|i| ResultView {
                    identity_id: i.identity_id,
                    credential_binding_job_id: i.job_id,
                    state: i.state,
                    credential_id: i.credential_id,
                    error: i.error,
                })
                .collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/batch-credential-binding-jobs",
    tag = "credential-binding-jobs", params(BatchesPath), request_body = CreateBatchRequest,
    responses((status = 200, body = BatchAnswer), (status = 400, body = crate::web::ErrorBody),
        (status = 429, description = "the realm has 1,000 batches waiting", body = crate::web::ErrorBody)),
    security(("bearer" = ["batch-credential-binding-jobs:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<BatchesPath>,
    JsonBody(body): JsonBody<CreateBatchRequest>,
) -> Result<Json<BatchAnswer>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let b = body.batch_credential_binding_job;
    let t = b.job_template;
    let template = JobTemplate {
        delivery_method: t.delivery_method,
        authenticator_config_id: t.authenticator_config_id,
        post_binding_redirect_uri: t.post_binding_redirect_uri,
        email_template_id: t.email_template_id,
    };
    let batch = batches::create(&state, &caller.actor, &realm, &b.identity_ids, template)
        .await
        .map_err(|e| ApiError::from(e).within("batch_credential_binding_job"))?;
    Ok(Json(BatchAnswer::of(batch)?))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/batch-credential-binding-jobs/{batch_id}",
    tag = "credential-binding-jobs", params(BatchPath),
    responses((status = 200, body = BatchAnswer), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["batch-credential-binding-jobs:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<BatchPath>,
) -> Result<Json<BatchAnswer>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let batch = batches::get(&state, &caller.actor, &realm.id, &path.batch_id).await?;
    Ok(Json(BatchAnswer::of(batch)?))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/batch-credential-binding-jobs/{batch_id}:listResults",
    tag = "credential-binding-jobs", params(BatchPath, super::ListQuery),
    responses((status = 200, body = ResultList), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["batch-credential-binding-jobs:read"])))]
pub async fn list_results(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<BatchPath>,
    params: ListParams,
) -> Result<Json<ResultList>, ApiError> {
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let page = batches::results(&state, &caller.actor, &realm.id, &path.batch_id, params.page).await?;
    Ok(Json(page.into()))
}

/// `GET …/{id}` and `GET …/{id}:listResults`.
pub async fn get_or_action(
    state: State<AppState>,
    caller: Caller,
    Path(path): Path<BatchPath>,
    params: ListParams,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let (id, action) = split_action(&path.batch_id);
    let path = BatchPath {
        batch_id: id.to_owned(),
        ..path
    };
    match action {
        None => Ok(get(state, caller, Path(path)).await?.into_response()),
        Some("listResults") => Ok(list_results(state, caller, Path(path), params)
            .await?
            .into_response()),
        Some(other) => Err(unknown_action(other)),
    }
}
