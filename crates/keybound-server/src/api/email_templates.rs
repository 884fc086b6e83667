//! `/email-templates`: the subject and bodies of the email Keybound sends, editable per realm.

use super::Path;
use super::{realm_of, split_action, unknown_action, Caller, Empty, JsonBody, ListParams, RealmPath};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::email_template::{EmailTemplate, TemplateKind, TemplateVars};
use keybound_core::page::Page;
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct TemplatePath {
    tenant_id: String,
    realm_id: String,
    email_template_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct TemplateView {
    id: String,
    realm_id: String,
    tenant_id: String,
    name: String,
    /// `enrollment_link`, `login_link`, `one_time_access` or `pin_notice`.
    kind: &'static str,
    subject: String,
    html: String,
    text: String,
    /// The realm's default for its kind (else Keybound's built-in one is used), in its
    /// language if it has one.
    default: bool,
    /// The language it is written in: a variant of the default for people who read that
    /// language. `null`: for everyone without a variant in their language.
    language: Option<String>,
    create_time: String,
    update_time: String,
}

impl From<EmailTemplate> for TemplateView {
    fn from(t: EmailTemplate) -> Self {
        Self {
            id: t.id,
            realm_id: t.realm_id,
            tenant_id: t.tenant_id,
            name: t.name,
            kind: t.kind.as_str(),
            subject: t.subject,
            html: t.html,
            text: t.text,
            default: t.is_default,
            language: t.language,
            create_time: rfc3339(t.create_time),
            update_time: rfc3339(t.update_time),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct TemplateList {
    email_templates: Vec<TemplateView>,
    total_size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_page_token: Option<String>,
}

impl From<Page<EmailTemplate>> for TemplateList {
    fn from(page: Page<EmailTemplate>) -> Self {
        Self {
            email_templates: page.items.into_iter().map(Into::into).collect(),
            total_size: page.total_size,
            next_page_token: page.next_page_token,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct TemplateRequest {
    email_template: TemplateBody,
}

/// Jinja syntax; variables `display_name`, `username`, `link`, `code`, `expire_time`, `realm`,
/// `organization`. A PATCH changes only the fields given.
#[derive(Deserialize, ToSchema)]
pub struct TemplateBody {
    #[schema(schema_with = super::schema::opt_short_name)]
    name: Option<String>,
    /// Default `enrollment_link`.
    #[schema(schema_with = super::schema::opt_template_kind)]
    kind: Option<String>,
    #[schema(schema_with = super::schema::opt_subject)]
    subject: Option<String>,
    #[schema(schema_with = super::schema::opt_template_body)]
    html: Option<String>,
    #[schema(schema_with = super::schema::opt_template_body)]
    text: Option<String>,
    default: Option<bool>,
    /// A language Keybound speaks (en, de, fr, es, it, nl, pt-BR, pl, sv, ja, zh-CN, ar);
    /// `null` for none.
    #[serde(default, deserialize_with = "present")]
    #[schema(schema_with = super::schema::opt_nullable_language)]
    language: Option<Option<String>>,
}

/// Tells a field given as `null` (`Some(None)`) from one left out (`None`, by `default`).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Serialize, ToSchema)]
pub struct PreviewView {
    subject: String,
    html: String,
    text: String,
}

fn kind(kind: Option<&str>, fallback: TemplateKind) -> Result<TemplateKind, ApiError> {
    match kind {
        None => Ok(fallback),
        Some(k) => TemplateKind::parse(k).ok_or_else(|| {
            ApiError::bad_field(
                "email_template.kind",
                "must be enrollment_link, login_link, one_time_access or pin_notice",
            )
        }),
    }
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates", tag = "email-templates",
    params(RealmPath), request_body = TemplateRequest,
    responses((status = 200, body = TemplateView),
        (status = 400, description = "a part does not parse or render; the field and line are named", body = crate::web::ErrorBody)),
    security(("bearer" = ["email-templates:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    JsonBody(body): JsonBody<TemplateRequest>,
) -> Result<Json<TemplateView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let b = body.email_template;
    let now = state.clock.now();
    let missing = |field: &str| ApiError::bad_field(format!("email_template.{field}"), "is required");
    let template = EmailTemplate {
        id: keybound_core::new_id(),
        realm_id: realm.id,
        tenant_id: realm.tenant_id,
        name: b.name.ok_or_else(|| missing("name"))?,
        kind: kind(b.kind.as_deref(), TemplateKind::EnrollmentLink)?,
        subject: b.subject.ok_or_else(|| missing("subject"))?,
        html: b.html.ok_or_else(|| missing("html"))?,
        text: b.text.ok_or_else(|| missing("text"))?,
        is_default: b.default.unwrap_or(false),
        language: b.language.flatten(),
        create_time: now,
        update_time: now,
    };
    let template = keybound_app::templates::create(&state, &caller.actor, template)
        .await
        .map_err(|e| ApiError::from(e).within("email_template"))?;
    Ok(Json(template.into()))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates", tag = "email-templates",
    params(RealmPath, super::ListQuery), responses((status = 200, body = TemplateList)),
    security(("bearer" = ["email-templates:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<RealmPath>,
    params: ListParams,
) -> Result<Json<TemplateList>, ApiError> {
    caller.require("email-templates:read")?;
    params.filter(&[])?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::templates::list(&state, &realm.id, params.page)
            .await?
            .into(),
    ))
}

#[utoipa::path(get, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates/{email_template_id}",
    tag = "email-templates", params(TemplatePath),
    responses((status = 200, body = TemplateView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["email-templates:read"])))]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TemplatePath>,
) -> Result<Json<TemplateView>, ApiError> {
    caller.require("email-templates:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    Ok(Json(
        keybound_app::templates::get(&state, &realm.id, &path.email_template_id)
            .await?
            .into(),
    ))
}

#[utoipa::path(patch, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates/{email_template_id}",
    tag = "email-templates", params(TemplatePath), request_body = TemplateRequest,
    responses((status = 200, body = TemplateView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["email-templates:update"])))]
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TemplatePath>,
    JsonBody(body): JsonBody<TemplateRequest>,
) -> Result<Json<TemplateView>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let current = keybound_app::templates::get(&state, &realm.id, &path.email_template_id).await?;
    let b = body.email_template;
    let template = EmailTemplate {
        kind: kind(b.kind.as_deref(), current.kind)?,
        name: b.name.unwrap_or(current.name),
        subject: b.subject.unwrap_or(current.subject),
        html: b.html.unwrap_or(current.html),
        text: b.text.unwrap_or(current.text),
        is_default: b.default.unwrap_or(current.is_default),
        language: b.language.unwrap_or(current.language),
        update_time: state.clock.now(),
        ..current
    };
    let template = keybound_app::templates::update(&state, &caller.actor, template)
        .await
        .map_err(|e| ApiError::from(e).within("email_template"))?;
    Ok(Json(template.into()))
}

#[utoipa::path(delete, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates/{email_template_id}",
    tag = "email-templates", params(TemplatePath),
    responses((status = 200, body = Empty), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["email-templates:delete"])))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TemplatePath>,
) -> Result<Json<Empty>, ApiError> {
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    keybound_app::templates::delete(&state, &caller.actor, &realm.id, &path.email_template_id).await?;
    Ok(Json(Empty {}))
}

/// `POST /email-templates/{id}:preview`: the template rendered with sample values.
#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/email-templates/{email_template_id}:preview",
    tag = "email-templates", params(TemplatePath),
    responses((status = 200, body = PreviewView), (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["email-templates:read"])))]
pub async fn preview(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<TemplatePath>,
) -> Result<Json<PreviewView>, ApiError> {
    let (id, action) = split_action(&path.email_template_id);
    match action {
        Some("preview") => {}
        Some(other) => return Err(unknown_action(other)),
        None => return Err(ApiError::method_not_allowed()),
    }
    caller.require("email-templates:read")?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let template = keybound_app::templates::get(&state, &realm.id, id).await?;
    let r = template
        .render(&TemplateVars::sample())
        .map_err(|e| ApiError::from(e).within("email_template"))?;
    Ok(Json(PreviewView {
        subject: r.subject,
        html: r.html,
        text: r.text,
    }))
}
