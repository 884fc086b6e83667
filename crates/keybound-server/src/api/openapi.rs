//! `GET /v1/openapi.json`: the OpenAPI 3 document, generated from the handlers' annotations.

use super::{
    api_tokens, applications, audit_events, authenticator_configs, batch_jobs, binding_jobs, credentials,
    email_templates, emails, groups, identities, ldap, login_codes, realms, settings, signup_tokens,
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
        batch_jobs::create, batch_jobs::get, batch_jobs::list_results,
        credentials::list, credentials::get, credentials::rename, credentials::revoke,
        emails::list, emails::get, login_codes::create, settings::get, settings::update,
        email_templates::create, email_templates::list, email_templates::get, email_templates::update,
        email_templates::delete, email_templates::preview,
        signup_tokens::create, signup_tokens::list, signup_tokens::get, signup_tokens::revoke,
        audit_events::list,
        applications::create, applications::list, applications::get, applications::update,
        applications::delete, applications::rotate_secret,
        ldap::get, ldap::update, ldap::sync, ldap::list_syncs,
    ),
    modifiers(&BearerAuth, &CommonAnswers, &ListQueries)
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

/// The answers every operation of a kind can give, added where the handlers' annotations did
/// not list them: 401 and 403 where a token is needed, 404 where the path names something, 400
/// where a query or body is read, 413 where a body is.
struct CommonAnswers;

impl Modify for CommonAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ];
            for operation in operations.into_iter().flatten() {
                let params = operation.parameters.as_deref().unwrap_or_default();
                let has_query = params.iter().any(|p| p.parameter_in == ParameterIn::Query);
                let has_path = params.iter().any(|p| p.parameter_in == ParameterIn::Path);
                let has_body = operation.request_body.is_some();
                let needs_token = operation.security.is_some();
                let answers = [
                    (
                        "400",
                        has_query || has_body,
                        "the request is malformed; `details` names each wrong field",
                    ),
                    (
                        "401",
                        needs_token,
                        "no API token, or one that is unknown, revoked or expired",
                    ),
                    ("403", needs_token, "the API token lacks the operation's scope"),
                    (
                        "404",
                        has_path,
                        "the tenant, realm or resource named in the path does not exist",
                    ),
                    ("413", has_body, "the request body is larger than 2 MiB"),
                ];
                for (status, applies, description) in answers {
                    if applies {
                        operation
                            .responses
                            .responses
                            .entry(status.to_owned())
                            .or_insert_with(|| error_answer(description));
                    }
                }
            }
        }
    }
}

/// Documents `filter` as each list reads it: the attributes it may name, as a pattern of the
/// filter language; lists that filter on nothing do not take it. `page_token` is a token this
/// server gave out (unpadded base64url).
struct ListQueries;

impl Modify for ListQueries {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        for (path, item) in &mut openapi.paths.paths {
            let Some(operation) = item.get.as_mut() else {
                continue;
            };
            let Some(params) = operation.parameters.as_mut() else {
                continue;
            };
            let attributes = if path.ends_with("/identities") {
                keybound_app::identities::IDENTITY_FILTER_ATTRIBUTES
            } else if path.ends_with("/groups") {
                keybound_app::groups::GROUP_FILTER_ATTRIBUTES
            } else if path.ends_with("/audit-events") {
                keybound_core::audit::FILTER_ATTRIBUTES
            } else {
                &[]
            };
            if attributes.is_empty() {
                params.retain(|p| !(p.parameter_in == ParameterIn::Query && p.name == "filter"));
            }
            for param in params.iter_mut().filter(|p| p.parameter_in == ParameterIn::Query) {
                let pattern = match param.name.as_str() {
                    "filter" => filter_pattern(attributes),
                    "page_token" => "^[A-Za-z0-9_-]*$".to_owned(),
                    _ => continue,
                };
                let max = (param.name == "filter").then_some(2048);
                param.schema = Some(
                    utoipa::openapi::ObjectBuilder::new()
                        .schema_type(utoipa::openapi::schema::Type::String)
                        .pattern(Some(pattern))
                        .max_length(max)
                        .into(),
                );
                if param.name == "filter" {
                    param.description = Some(format!(
                        "SCIM filter: `attribute op \"value\"` clauses joined by `and`; op is `eq`, `co` \
                         (contains) or `sw` (starts with), attribute one of {}; case-insensitive",
                        attributes.join(", ")
                    ));
                }
            }
        }
    }
}

/// The filter language over `attributes` as a regular expression (no flags: letters are
/// matched in either case one by one).
fn filter_pattern(attributes: &[&str]) -> String {
    let any_case = |word: &str| -> String {
        word.chars()
            .map(|c| {
                if c.is_ascii_alphabetic() {
                    format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase())
                } else if c == '.' {
                    "\\.".to_owned()
                } else {
                    c.to_string()
                }
            })
            .collect()
    };
    let attribute = attributes
        .iter()
        .map(|a| any_case(a))
        .collect::<Vec<_>>()
        .join("|");
    let op = ["eq", "co", "sw"].map(any_case).join("|");
    let clause = format!(r#"(?:{attribute})\s+(?:{op})\s*"(?:[^"\\]|\\[\s\S])*""#);
    format!(
        r"^\s*(?:{clause}(?:\s*{and}\s+{clause})*\s*)?$",
        and = any_case("and")
    )
}

fn error_answer(description: &str) -> utoipa::openapi::RefOr<utoipa::openapi::Response> {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
        .into()
}

/// The document, as the handlers' annotations and the modifiers above make it.
/// Built once; it depends on nothing but the code.
pub fn document_value() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(ApiDoc::openapi)
}

pub async fn document() -> Json<&'static utoipa::openapi::OpenApi> {
    Json(document_value())
}
