//! `GET /audit-events`: the realm's audit log, newest first, filtered.

use super::{realm_of, Caller, ListParams, RealmPath};
use super::{Path, Query};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_app::audit::AuditQuery;
use keybound_core::audit::{AuditEvent, FILTER_ATTRIBUTES};
use keybound_core::page::Page;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct ActorView {
    /// `identity`, `api_token`, `system` or `anonymous`.
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct TargetView {
    /// `identity`, `credential`, `login_code`, `signup_token`, `credential_binding_job`, `session`.
    #[serde(rename = "type")]
    kind: String,
    id: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEventView {
    id: String,
    time: String,
    actor: ActorView,
    /// `signin`, `passkey.added`, `login_code.used`, ... (see the README).
    action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<TargetView>,
    /// The identity the event concerns.
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_id: Option<String>,
    /// `SUCCESS` or `FAILURE`.
    outcome: &'static str,
    ip: String,
    user_agent: String,
    detail: String,
}

impl From<AuditEvent> for AuditEventView {
    fn from(e: AuditEvent) -> Self {
        Self {
            id: e.id,
            time: rfc3339(e.time),
            actor: ActorView {
                kind: e.actor.kind,
                id: e.actor.id,
            },
            action: e.action,
            target: e.target.map(|t| TargetView {
                kind: t.kind,
                id: t.id,
            }),
            identity_id: e.identity_id,
            outcome: e.outcome.as_str(),
            ip: e.ip,
            user_agent: e.user_agent,
            detail: e.detail,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AuditEventList {
    audit_events: Vec<AuditEventView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<AuditEvent>> for AuditEventList {
    fn from(page: Page<AuditEvent>) -> Self {
        Self {
            audit_events: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

/// The time range of the list, besides paging and `filter`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TimeRange {
    /// Only events at or after this time (RFC 3339).
    #[param(format = DateTime)]
    since: Option<String>,
    /// Only events before this time (RFC 3339).
    #[param(format = DateTime)]
    until: Option<String>,
}

fn parse_time(field: &str, value: Option<&str>) -> Result<Option<OffsetDateTime>, ApiError> {
    value
        .map(|v| {
            OffsetDateTime::parse(v, &Rfc3339)
                .map_err(|_| ApiError::bad_field(field, "must be an RFC 3339 time like 2026-11-22T08:00:00Z"))
        })
        .transpose()
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/audit-events", tag = "audit-events",
    params(RealmPath, super::ListQuery, TimeRange),
    responses((status = 200, body = AuditEventList), (status = 400, body = crate::web::ErrorBody)),
    security(("bearer" = ["audit-events:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
    Query(range): Query<TimeRange>,
) -> Result<Json<AuditEventList>, ApiError> {
    caller.require("audit-events:read")?;
    let query = AuditQuery {
        filter: params.filter(FILTER_ATTRIBUTES)?,
        since: parse_time("since", range.since.as_deref())?,
        until: parse_time("until", range.until.as_deref())?,
    };
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::audit::list(&state, &realm.id, &query, params.page)
            .await?
            .into(),
    ))
}
