//! `GET /v1/openapi.json`: the OpenAPI 3 document, generated from the handlers' annotations.

use super::{
    api_tokens, audit_events, authenticator_configs, binding_jobs, credentials, email_templates, emails,
    groups, identities, login_codes, realms, settings, signup_tokens,
};
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Keybound API", description = "Passkey-first identity server. REST v1 in Beyond Identity's shapes."),
    paths(
        realms::get_tenant, realms::update_tenant,
        realms::create, realms::list, realms::get, realms::update, realms::delete,
        identities::create, identities::list, identities::get, identities::update, identities::delete,
        identities::batch_delete, identities::list_groups,
        groups::create, groups::list, groups::get, groups::update, groups::delete,
        groups::add_members, groups::delete_members, groups::list_members,
        api_tokens::create, api_tokens::list, api_tokens::get, api_tokens::delete,
        authenticator_configs::create, authenticator_configs::list, authenticator_configs::get,
        authenticator_configs::update, authenticator_configs::delete,
        binding_jobs::create, binding_jobs::list, binding_jobs::get, binding_jobs::revoke,
        credentials::list, credentials::get, credentials::rename, credentials::revoke,
        emails::list, emails::get, login_codes::create, settings::get, settings::update,
        email_templates::create, email_templates::list, email_templates::get, email_templates::update,
        email_templates::delete, email_templates::preview,
        signup_tokens::create, signup_tokens::list, signup_tokens::get, signup_tokens::revoke,
        audit_events::list,
    ),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
