//! Email templates (edit with a live preview, set the default) and the realm's settings:
//! email delivery with a test message, email one-time access, sign-up mode, organisation name.

use super::Empty;
use super::{back, failure, page, problem, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use keybound_core::email_template::{EmailTemplate, TemplateKind, TemplateVars};
use keybound_core::page::PageRequest;
use keybound_core::settings::SignupMode;
use serde::Deserialize;

const ALL: PageRequest = PageRequest {
    size: 200,
    after: None,
};

#[derive(Template)]
#[template(path = "console/templates.html")]
struct TemplatesPage {
    chrome: Chrome,
    templates: Vec<EmailTemplate>,
    editing: EmailTemplate,
    kinds: Vec<&'static str>,
    /// (code, name in itself) of every language a template may be written for.
    languages: Vec<(&'static str, String)>,
}
impl_page!(TemplatesPage, chrome.layout);

impl TemplatesPage {
    /// The name of a template's language, in that language (empty: every language).
    fn language_name(&self, code: &Option<String>) -> String {
        code.as_deref()
            .and_then(|c| self.languages.iter().find(|(l, _)| *l == c))
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }
}

async fn templates_page(state: &AppState, admin: &Admin, editing: EmailTemplate) -> Response {
    match keybound_app::templates::list(state, &admin.realm.id, ALL).await {
        Ok(found) => page(&TemplatesPage {
            chrome: admin.chrome("console-nav-templates", "templates"),
            templates: found.items,
            editing,
            kinds: TemplateKind::ALL.iter().map(|k| k.as_str()).collect(),
            languages: keybound_app::i18n::Lang::all()
                .map(|l| (l.code(), l.name()))
                .collect(),
        }),
        Err(e) => failure(admin, e),
    }
}

/// `GET /console/email-templates`: the list, and a new template to edit (the built-in one).
pub async fn templates(State(state): State<AppState>, admin: Admin) -> Response {
    let mut editing = keybound_app::i18n::builtin_template(TemplateKind::EnrollmentLink, admin.lang);
    editing.name = String::new();
    templates_page(&state, &admin, editing).await
}

/// `GET /console/email-templates/{id}`: edit one.
pub async fn template(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    match keybound_app::templates::get(&state, &admin.realm.id, &id).await {
        Ok(t) => templates_page(&state, &admin, t).await,
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct TemplateForm {
    /// Empty for a new template.
    #[serde(default)]
    id: String,
    name: String,
    kind: String,
    subject: String,
    html: String,
    text: String,
    is_default: Option<String>,
    /// Empty: for every language without a variant.
    #[serde(default)]
    language: String,
}

impl TemplateForm {
    fn template(self, admin: &Admin, now: time::OffsetDateTime) -> Result<EmailTemplate, ApiError> {
        let kind =
            TemplateKind::parse(&self.kind).ok_or_else(|| ApiError::bad_field("kind", "unknown kind"))?;
        Ok(EmailTemplate {
            id: self.id,
            realm_id: admin.realm.id.clone(),
            tenant_id: admin.realm.tenant_id.clone(),
            name: self.name.trim().to_owned(),
            kind,
            subject: self.subject,
            html: self.html,
            text: self.text,
            is_default: self.is_default.is_some(),
            language: Some(self.language).filter(|l| !l.is_empty()),
            create_time: now,
            update_time: now,
        })
    }
}

/// `POST /console/email-templates`: creates or saves one.
pub async fn save_template(State(state): State<AppState>, posted: Posted<TemplateForm>) -> Response {
    let Posted { admin, form } = posted;
    let now = state.clock.now();
    let mut template = match form.template(&admin, now) {
        Ok(t) => t,
        Err(e) => return failure(&admin, e),
    };
    let saved = if template.id.is_empty() {
        template.id = keybound_core::new_id();
        keybound_app::templates::create(&state, &admin.actor, template.clone())
            .await
            .map(|_| ())
    } else {
        keybound_app::templates::update(&state, &admin.actor, template.clone())
            .await
            .map(|_| ())
    };
    match saved {
        Ok(()) => back(&format!("/console/email-templates/{}", template.id)),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/email-templates/preview`: the form rendered with sample values, as JSON.
pub async fn preview_template(State(state): State<AppState>, posted: Posted<TemplateForm>) -> Response {
    let Posted { admin, form } = posted;
    let rendered = form
        .template(&admin, state.clock.now())
        .and_then(|t| t.render(&TemplateVars::sample()).map_err(ApiError::from));
    match rendered {
        Ok(r) => {
            Json(serde_json::json!({"subject": r.subject, "html": r.html, "text": r.text})).into_response()
        }
        Err(e) => (
            StatusCode::BAD_REQUEST,
            Json(serde_json::json!({"error": e.message()})),
        )
            .into_response(),
    }
}

/// `POST /console/email-templates/{id}/delete`.
pub async fn delete_template(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::templates::delete(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(()) => back("/console/email-templates"),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Template)]
#[template(path = "console/settings.html")]
struct SettingsPage {
    chrome: Chrome,
    organization: String,
    logo_url: String,
    email_delivers: bool,
    one_time_access: bool,
    /// Enrolment emails go to people made by CSV import, LDAP sync or SCIM.
    enroll_on_provision: bool,
    mode: &'static str,
    /// The realm's default language and time zone, and the choices.
    language: String,
    time_zone: String,
    languages: Vec<(&'static str, String)>,
    time_zones: Vec<String>,
    /// The answer to a test email just sent, and whether it went.
    test_result: Option<(bool, String)>,
    saved: bool,
}
impl_page!(SettingsPage, chrome.layout);

async fn settings_page(
    state: &AppState,
    admin: &Admin,
    test_result: Option<(bool, String)>,
    saved: bool,
) -> Response {
    let loaded = async {
        let tenant = keybound_app::settings::tenant(state).await?;
        let settings = keybound_app::settings::get(state, &admin.realm.id).await?;
        Ok::<_, ApiError>(SettingsPage {
            chrome: admin.chrome("console-nav-settings", "settings"),
            organization: tenant.display_name,
            logo_url: tenant.logo_url.unwrap_or_default(),
            email_delivers: state.email_delivers,
            one_time_access: settings.email_one_time_access,
            enroll_on_provision: settings.enroll_on_provision.is_some(),
            mode: settings.signup_mode.as_str(),
            language: settings.default_language.unwrap_or_else(|| "en".into()),
            time_zone: settings.time_zone.unwrap_or_else(|| "UTC".into()),
            languages: keybound_app::i18n::Lang::all()
                .map(|l| (l.code(), l.name()))
                .collect(),
            time_zones: keybound_app::i18n::time_zones(),
            test_result,
            saved,
        })
    };
    match loaded.await {
        Ok(p) => page(&p),
        Err(e) => failure(admin, e),
    }
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// `GET /console/settings`.
pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Response {
    settings_page(&state, &admin, None, q.saved.is_some()).await
}

#[derive(Deserialize)]
pub struct SettingsForm {
    organization: String,
    #[serde(default)]
    logo_url: String,
    one_time_access: Option<String>,
    enroll_on_provision: Option<String>,
    signup_mode: String,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    time_zone: String,
}

/// `POST /console/settings`.
pub async fn save(State(state): State<AppState>, posted: Posted<SettingsForm>) -> Response {
    let Posted { admin, form } = posted;
    let Some(mode) = SignupMode::parse(&form.signup_mode) else {
        let message = admin.t("console-signup-mode-invalid");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    };
    let logo = form.logo_url.trim();
    let logo_ok = logo.is_empty()
        || ((logo.starts_with("https://") || logo.starts_with("http://"))
            && logo.len() <= 2048
            && !logo.contains(|c: char| c.is_whitespace() || c.is_control() || c == '"' || c == '<'));
    if !logo_ok {
        let message = admin.t("console-logo-invalid");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    }
    let saved = async {
        let logo = Some(logo).filter(|l| !l.is_empty());
        keybound_app::settings::update_tenant(&state, &admin.actor, form.organization.trim(), Some(logo))
            .await?;
        // Turned on here: the realm's own hosted enrolment page and default template (a
        // config chosen over the API stays while the box stays ticked).
        let on = keybound_app::settings::get(&state, &admin.realm.id)
            .await?
            .enroll_on_provision
            .is_some();
        let enroll = match (form.enroll_on_provision.is_some(), on) {
            (true, true) => None,
            (true, false) => Some(Some(keybound_core::settings::EnrollOnProvision {
                authenticator_config_id: keybound_app::binding::hosted_config(&state, &admin.realm)
                    .await?
                    .id,
                email_template_id: None,
            })),
            (false, _) => Some(None),
        };
        let change = keybound_app::settings::SettingsChange {
            email_one_time_access: Some(form.one_time_access.is_some()),
            signup_mode: Some(mode),
            enroll_on_provision: enroll,
            default_language: Some(Some(form.default_language).filter(|l| !l.is_empty())),
            time_zone: Some(Some(form.time_zone).filter(|z| !z.is_empty() && z != "UTC")),
        };
        keybound_app::settings::update(&state, &admin.actor, &admin.realm.id, change).await
    };
    match saved.await {
        Ok(_) => back("/console/settings?saved=1"),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct TestEmailForm {
    to: String,
}

/// `POST /console/settings/test-email`: sends a message now and shows what the server said.
pub async fn test_email(State(state): State<AppState>, posted: Posted<TestEmailForm>) -> Response {
    let Posted { admin, form } = posted;
    let to = form.to.trim();
    let result = match keybound_app::email::send_test(&state, &admin.actor, to).await {
        Ok(Ok(answer)) => (
            true,
            admin.t_args(
                "console-test-email-sent",
                &[("to", to.into()), ("answer", answer.into())],
            ),
        ),
        Ok(Err(why)) => (
            false,
            admin.t_args(
                "console-test-email-failed",
                &[("to", to.into()), ("why", why.into())],
            ),
        ),
        Err(e) => (false, format!("{e}.")),
    };
    settings_page(&state, &admin, Some(result), false).await
}
