//! REST API v1, in Beyond Identity's request and response shapes.
//!
//! Every route takes an API token (`Authorization: Bearer ...`) whose scopes name the
//! resource and action. Custom methods are written as Google-style `:verb` suffixes
//! (`/identities:batchDelete`, `/groups/{id}:addMembers`); where the suffix follows a path
//! parameter, the handler splits it off, since the router matches whole segments.

mod api_tokens;
mod applications;
mod audit_events;
mod authenticator_configs;
mod batch_jobs;
mod binding_jobs;
pub mod credentials;
mod email_templates;
mod emails;
pub(crate) mod extract;
mod groups;
mod identities;
mod ldap;
mod login_codes;
pub mod methods;
mod openapi;
mod realms;
mod schema;
mod settings;
mod signup_tokens;

use crate::web::JsonBody;
pub use extract::{Caller, ListParams, Path, Query};

use crate::web::{ApiError, AppState};
use axum::routing::{get, post};
use axum::Router;
use keybound_core::realm::Realm;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

const REALM: &str = "/v1/tenants/{tenant_id}/realms/{realm_id}";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/openapi.json", get(openapi::document))
        .route(
            "/v1/tenants/{tenant_id}",
            get(realms::get_tenant).patch(realms::update_tenant),
        )
        .route(
            "/v1/tenants/{tenant_id}/realms",
            get(realms::list).post(realms::create),
        )
        .route(
            REALM,
            get(realms::get).patch(realms::update).delete(realms::delete),
        )
        .route(
            &format!("{REALM}/identities"),
            get(identities::list).post(identities::create),
        )
        .route(
            &format!("{REALM}/identities:batchDelete"),
            post(identities::batch_delete),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}"),
            get(identities::get_or_action)
                .patch(identities::update)
                .delete(identities::delete),
        )
        .route(
            &format!("{REALM}/authenticator-configs"),
            get(authenticator_configs::list).post(authenticator_configs::create),
        )
        .route(
            &format!("{REALM}/authenticator-configs/{{authenticator_config_id}}"),
            get(authenticator_configs::get)
                .patch(authenticator_configs::update)
                .delete(authenticator_configs::delete),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}/credential-binding-jobs"),
            get(binding_jobs::list).post(binding_jobs::create),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}/credential-binding-jobs/{{job_id}}"),
            get(binding_jobs::get_or_invoke).post(binding_jobs::revoke),
        )
        .route(
            &format!("{REALM}/batch-credential-binding-jobs"),
            post(batch_jobs::create),
        )
        .route(
            &format!("{REALM}/batch-credential-binding-jobs/{{batch_id}}"),
            get(batch_jobs::get_or_action),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}/credentials"),
            get(credentials::list),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}/credentials/{{credential_id}}"),
            get(credentials::get)
                .patch(credentials::rename)
                .post(credentials::revoke),
        )
        .route(
            &format!("{REALM}/email-templates"),
            get(email_templates::list).post(email_templates::create),
        )
        .route(
            &format!("{REALM}/email-templates/{{email_template_id}}"),
            get(email_templates::get)
                .patch(email_templates::update)
                .delete(email_templates::delete)
                .post(email_templates::preview),
        )
        .route(
            &format!("{REALM}/identities/{{identity_id}}/login-codes"),
            post(login_codes::create),
        )
        .route(
            &format!("{REALM}/settings"),
            get(settings::get).patch(settings::update),
        )
        .route(&format!("{REALM}/audit-events"), get(audit_events::list))
        .route(
            &format!("{REALM}/signup-tokens"),
            get(signup_tokens::list).post(signup_tokens::create),
        )
        .route(
            &format!("{REALM}/signup-tokens/{{token_id}}"),
            get(signup_tokens::get).post(signup_tokens::revoke),
        )
        .route(&format!("{REALM}/emails"), get(emails::list))
        .route(&format!("{REALM}/emails/{{email_id}}"), get(emails::get))
        .route(&format!("{REALM}/groups"), get(groups::list).post(groups::create))
        .route(
            &format!("{REALM}/groups/{{group_id}}"),
            get(groups::get_or_action)
                .post(groups::post_action)
                .patch(groups::update)
                .delete(groups::delete),
        )
        .route(
            &format!("{REALM}/applications"),
            get(applications::list).post(applications::create),
        )
        .route(
            &format!("{REALM}/applications/{{application_id}}"),
            get(applications::get)
                .patch(applications::update)
                .delete(applications::delete)
                .post(applications::post_action),
        )
        .route(
            &format!("{REALM}/ldap-config"),
            get(ldap::get).patch(ldap::update),
        )
        .route(&format!("{REALM}/ldap-config:sync"), post(ldap::sync))
        .route(&format!("{REALM}/ldap-syncs"), get(ldap::list_syncs))
        .route(
            "/v1/tenants/{tenant_id}/api-tokens",
            get(api_tokens::list).post(api_tokens::create),
        )
        .route(
            "/v1/tenants/{tenant_id}/api-tokens/{token_id}",
            get(api_tokens::get)
                .post(api_tokens::post_action)
                .delete(api_tokens::delete),
        )
}

/// `abc:listGroups` -> (`abc`, Some(`listGroups`)).
fn split_action(segment: &str) -> (&str, Option<&str>) {
    match segment.split_once(':') {
        Some((id, action)) => (id, Some(action)),
        None => (segment, None),
    }
}

fn unknown_action(action: &str) -> ApiError {
    ApiError::not_found(format!("no custom method `:{action}` here"))
}

/// 404 unless `tenant_id` is this installation's tenant.
fn check_tenant(state: &AppState, tenant_id: &str) -> Result<(), ApiError> {
    if tenant_id == state.tenant_id {
        Ok(())
    } else {
        Err(ApiError::not_found(format!("tenant `{tenant_id}` not found")))
    }
}

/// The realm a request names, or 404.
async fn realm_of(state: &AppState, tenant_id: &str, realm_id: &str) -> Result<Realm, ApiError> {
    check_tenant(state, tenant_id)?;
    Ok(keybound_app::realms::get(state, realm_id).await?)
}

#[derive(Deserialize, IntoParams)]
pub struct TenantPath {
    tenant_id: String,
}

#[derive(Deserialize, IntoParams)]
pub struct RealmPath {
    tenant_id: String,
    realm_id: String,
}

/// Query parameters of every list (documentation of what `ListParams` reads).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(dead_code, reason = "documents the parameters that ListParams reads")]
pub struct ListQuery {
    /// 1 to 200; default 20.
    #[param(minimum = 1, maximum = 200)]
    page_size: Option<u32>,
    /// `next_page_token` of the previous page.
    page_token: Option<String>,
    /// SCIM filter, e.g. `traits.username eq "jane"`; `eq`, `co`, `sw`, joined by `and`.
    #[param(max_length = 2048)]
    filter: Option<String>,
}

/// The empty answer of a delete or a custom method.
#[derive(Serialize, ToSchema)]
pub struct Empty {}
