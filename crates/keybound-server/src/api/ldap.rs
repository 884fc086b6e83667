//! `/ldap-config` and `/ldap-syncs`: a realm's LDAP settings (the bind password write-only;
//! settings from the server's environment win and are listed as locked), syncs on demand
//! (`:sync`, or a dry run), and the record of every sync.

use super::Path;
use super::{realm_of, Caller, JsonBody, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_app::ldap::LdapSyncRun;
use keybound_app::ldap::{self, RealmLdap, Trigger};
use keybound_core::ldap::{LdapSettings, Skipped, SyncReport};
use keybound_core::page::Page;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The fields of the settings; in a request, each one given replaces the saved value (an
/// empty string goes back to the default).
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct LdapFields {
    /// `ldap://host:389` or `ldaps://host:636`; none: sync off.
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    starttls: Option<bool>,
    /// Only for tests.
    #[serde(skip_serializing_if = "Option::is_none")]
    skip_cert_verify: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bind_dn: Option<String>,
    /// Write-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    bind_password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    base_dn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_given_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_family_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_group_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attr_group_member: Option<String>,
    /// Members of groups inside groups are members of the outer ones too (Active Directory's
    /// nesting).
    #[serde(skip_serializing_if = "Option::is_none")]
    nested_groups: Option<bool>,
    /// Members of this group (name or DN) are console administrators.
    #[serde(skip_serializing_if = "Option::is_none")]
    admin_group: Option<String>,
    /// Console roles by directory group: `helpdesk=cn=it-helpdesk,ou=groups,dc=example,dc=org;auditor=auditors`.
    #[serde(skip_serializing_if = "Option::is_none")]
    role_groups: Option<String>,
    /// `suspend` or `delete`.
    #[serde(skip_serializing_if = "Option::is_none")]
    removed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 1, maximum = 10000)]
    page_size: Option<i64>,
    /// `1h`, `30m`, `1d`; `0` turns the schedule off.
    #[serde(skip_serializing_if = "Option::is_none")]
    sync_interval: Option<String>,
}

impl LdapFields {
    fn settings(self) -> Result<LdapSettings, ApiError> {
        serde_json::to_value(self)
            .and_then(serde_json::from_value)
            .map_err(|e| ApiError::bad_field("ldap_config", e.to_string()))
    }

    fn of(settings: &LdapSettings) -> Self {
        let shown = LdapSettings {
            bind_password: None,
            ..settings.clone()
        };
        serde_json::to_value(shown)
            .and_then(serde_json::from_value)
            .unwrap_or_default()
    }
}

#[derive(Serialize, ToSchema)]
pub struct LdapConfigView {
    /// The settings in force (saved, with the environment's on top); the password never.
    ldap_config: LdapFields,
    bind_password_set: bool,
    /// Fields set in the server's environment: shown, not changeable here.
    locked_fields: Vec<String>,
    /// Is a URL set (sync on)?
    enabled: bool,
}

impl From<RealmLdap> for LdapConfigView {
    fn from(r: RealmLdap) -> Self {
        Self {
            bind_password_set: r
                .effective
                .bind_password
                .as_deref()
                .is_some_and(|p| !p.is_empty()),
            enabled: r.effective.url.as_deref().is_some_and(|u| !u.is_empty()),
            locked_fields: r.locked.set_fields(),
            ldap_config: LdapFields::of(&r.effective),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LdapConfigRequest {
    ldap_config: LdapFields,
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/ldap-config", tag = "ldap",
    params(RealmPath), responses((status = 200, body = LdapConfigView)),
    security(("bearer" = ["ldap:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
) -> Result<Json<LdapConfigView>, ApiError> {
    caller.require("ldap:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(ldap::settings(&state, &realm).await?.into()))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/ldap-config", tag = "ldap",
    params(RealmPath), request_body = LdapConfigRequest,
    responses((status = 200, body = LdapConfigView), (status = 400, body = crate::web::ErrorBody),
        (status = 409, body = crate::web::ErrorBody, description = "a field is set in the environment")),
    security(("bearer" = ["ldap:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<LdapConfigRequest>,
) -> Result<Json<LdapConfigView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let given = body.ldap_config.settings()?;
    let updated = ldap::save_settings(&state, &caller.actor, &realm, given, ldap::Change::Patch)
        .await
        .map_err(|e| ApiError::from(e).within("ldap_config"))?;
    Ok(Json(updated.into()))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    /// Say what would change, and change nothing.
    #[serde(default)]
    dry_run: bool,
    /// Go on even if more than half of the directory's people would be suspended or deleted.
    #[serde(default)]
    force: bool,
}

#[derive(Serialize, ToSchema)]
pub struct SkippedView {
    entry: String,
    reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct SyncReportView {
    dry_run: bool,
    created: usize,
    updated: usize,
    suspended: usize,
    deleted: usize,
    reactivated: usize,
    groups_created: usize,
    groups_updated: usize,
    groups_deleted: usize,
    memberships_added: usize,
    memberships_removed: usize,
    /// Console roles the directory's groups gave and took.
    roles_granted: usize,
    roles_revoked: usize,
    skipped: Vec<SkippedView>,
    duration_ms: u64,
    /// For a dry run: a line per change it would make.
    changes: Vec<String>,
}

impl From<SyncReport> for SyncReportView {
    fn from(r: SyncReport) -> Self {
        Self {
            dry_run: r.dry_run,
            created: r.created,
            updated: r.updated,
            suspended: r.suspended,
            deleted: r.deleted,
            reactivated: r.reactivated,
            groups_created: r.groups_created,
            groups_updated: r.groups_updated,
            groups_deleted: r.groups_deleted,
            memberships_added: r.memberships_added,
            memberships_removed: r.memberships_removed,
            roles_granted: r.roles_granted,
            roles_revoked: r.roles_revoked,
            skipped: r
                .skipped
                .into_iter()
                .map(|Skipped { entry, reason }| SkippedView { entry, reason })
                .collect(),
            duration_ms: r.duration_ms,
            changes: r.changes,
        }
    }
}

/// `POST /ldap-config:sync`.
#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/ldap-config:sync", tag = "ldap",
    params(RealmPath), request_body = SyncRequest,
    responses((status = 200, body = SyncReportView),
        (status = 409, body = crate::web::ErrorBody, description = "LDAP is not configured, a sync is running, or the guard stopped it"),
        (status = 502, body = crate::web::ErrorBody, description = "the directory failed; nothing was changed")),
    security(("bearer" = ["ldap:update"])))]
pub async fn sync(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<SyncRequest>,
) -> Result<Json<SyncReportView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let trigger = Trigger {
        name: "api",
        actor: caller.actor.clone(),
    };
    let report = ldap::sync(&state, &realm, &trigger, body.dry_run, body.force).await?;
    Ok(Json(report.into()))
}

#[derive(Serialize, ToSchema)]
pub struct LdapSyncView {
    id: String,
    /// `schedule`, `cli`, `api` or `console`.
    trigger: String,
    dry_run: bool,
    start_time: String,
    end_time: String,
    /// None when the sync failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<SyncReportView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl From<LdapSyncRun> for LdapSyncView {
    fn from(r: LdapSyncRun) -> Self {
        Self {
            id: r.id,
            trigger: r.trigger,
            dry_run: r.dry_run,
            start_time: keybound_core::time_fmt::rfc3339(r.start_time),
            end_time: keybound_core::time_fmt::rfc3339(r.end_time),
            report: r.report.map(Into::into),
            error: r.error,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct LdapSyncList {
    ldap_syncs: Vec<LdapSyncView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<LdapSyncView>> for LdapSyncList {
    fn from(page: Page<LdapSyncView>) -> Self {
        Self {
            ldap_syncs: page.items,
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/ldap-syncs", tag = "ldap",
    params(RealmPath, super::ListQuery), responses((status = 200, body = LdapSyncList)),
    security(("bearer" = ["ldap:read"])))]
pub async fn list_syncs(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<LdapSyncList>, ApiError> {
    caller.require("ldap:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let page = keybound_app::ldap::syncs(&state, &realm.id, params.page).await?;
    Ok(Json(page.map(Into::into).into()))
}
