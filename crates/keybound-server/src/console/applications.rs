//! Applications that sign their users in through Keybound (OpenID Connect clients): listed with
//! the realm's issuer, registered and edited on one form, their secret shown once on creation
//! and rotation, deleted after a confirmation, with their sign-ins as their activity.

use super::events::{event_rows, EventRow};
use super::form_errors::FieldErrors;
use super::{back, confirm, failure, page, Admin, Chrome, Empty, Posted};
use crate::web::layout::impl_page;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::applications::{self, ApplicationInput};
use keybound_app::i18n::Lang;
use keybound_core::api_token::parse_lifetime;
use keybound_core::application::{
    Application, ClientAuth, Confidentiality, ProtocolConfig, SigningAlg, ACCESS_TOKEN_SECONDS,
    REFRESH_TOKEN_SECONDS, SCOPES,
};
use keybound_core::filter::{Clause, Filter};
use keybound_core::page::PageRequest;
use serde::Deserialize;

const ALL: PageRequest = PageRequest {
    size: 200,
    after: None,
};

/// How many of an application's latest events its page shows.
const ACTIVITY: u32 = 50;

/// Where the realm's applications find Keybound.
struct Issuer {
    issuer: String,
    discovery: String,
}

impl Issuer {
    fn of(state: &AppState, admin: &Admin) -> Self {
        let issuer = keybound_app::oidc::issuer(state, &admin.realm.id);
        Self {
            discovery: format!("{issuer}/.well-known/openid-configuration"),
            issuer,
        }
    }
}

pub struct ApplicationRow {
    id: String,
    name: String,
    client_id: String,
    kind: &'static str,
    redirect_uris: String,
    created: Moment,
}

#[derive(Template)]
#[template(path = "console/applications.html")]
struct ApplicationsPage {
    chrome: Chrome,
    issuer: Issuer,
    rows: Vec<ApplicationRow>,
}
impl_page!(ApplicationsPage, chrome.layout);

/// `GET /console/applications`.
pub async fn list(State(state): State<AppState>, admin: Admin) -> Response {
    match applications::list(&state, &admin.realm.id, ALL).await {
        Ok(found) => page(&ApplicationsPage {
            chrome: admin.chrome("console-nav-applications", "applications"),
            issuer: Issuer::of(&state, &admin),
            rows: found
                .items
                .into_iter()
                .map(|a| ApplicationRow {
                    kind: match a.protocol.confidentiality.as_str() {
                        "public" => "console-app-kind-public",
                        _ => "console-app-kind-confidential",
                    },
                    redirect_uris: a.protocol.redirect_uris.join(" "),
                    created: Moment::of(a.create_time),
                    id: a.id,
                    name: a.display_name,
                    client_id: a.client_id,
                })
                .collect(),
        }),
        Err(e) => failure(&admin, e),
    }
}

/// The form of an application, as posted and as shown (filled from the application, or with
/// the defaults of a new one). Lists are one entry per line; lifetimes read like `1h` or `30d`.
#[derive(Deserialize, Clone)]
pub struct ApplicationForm {
    display_name: String,
    /// `confidential` or `public`.
    confidentiality: String,
    /// For a confidential application: `client_secret_basic` or `client_secret_post`.
    #[serde(default)]
    client_auth: String,
    redirect_uris: String,
    #[serde(default)]
    post_logout_redirect_uris: String,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    grant_types: Vec<String>,
    /// One URI per line.
    #[serde(default)]
    resources: String,
    /// A checkbox: present when PKCE is required.
    #[serde(default)]
    pkce: Option<String>,
    access_token_lifetime: String,
    refresh_token_lifetime: String,
    #[serde(default)]
    id_token_alg: String,
    #[serde(default)]
    backchannel_logout_uri: String,
    /// A checkbox: present when only pushed authorization requests are taken.
    #[serde(default)]
    require_par: Option<String>,
    /// A checkbox: present when tokens must be bound to the client's key (DPoP).
    #[serde(default)]
    dpop: Option<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    logo_url: String,
    #[serde(default)]
    skip_consent: Option<String>,
}

impl ApplicationForm {
    /// What a new application starts with.
    fn new_application() -> Self {
        Self {
            display_name: String::new(),
            confidentiality: Confidentiality::Confidential.as_str().to_owned(),
            client_auth: ClientAuth::SecretBasic.as_str().to_owned(),
            redirect_uris: String::new(),
            post_logout_redirect_uris: String::new(),
            scopes: ["openid", "profile", "email"].map(str::to_owned).to_vec(),
            grant_types: keybound_core::application::default_grant_types(),
            resources: String::new(),
            pkce: Some("on".into()),
            access_token_lifetime: lifetime_text(ACCESS_TOKEN_SECONDS.2),
            refresh_token_lifetime: lifetime_text(REFRESH_TOKEN_SECONDS.2),
            id_token_alg: SigningAlg::Rs256.as_str().to_owned(),
            backchannel_logout_uri: String::new(),
            require_par: None,
            dpop: None,
            groups: Vec::new(),
            logo_url: String::new(),
            skip_consent: None,
        }
    }

    fn of(a: &Application) -> Self {
        let p = &a.protocol;
        Self {
            display_name: a.display_name.clone(),
            confidentiality: p.confidentiality.as_str().to_owned(),
            client_auth: p.client_auth.as_str().to_owned(),
            redirect_uris: p.redirect_uris.join("\n"),
            post_logout_redirect_uris: p.post_logout_redirect_uris.join("\n"),
            scopes: p.allowed_scopes.clone(),
            grant_types: p.grant_types.clone(),
            resources: p.resources.join("\n"),
            pkce: p.pkce_required.then(|| "on".into()),
            access_token_lifetime: lifetime_text(p.access_token_seconds),
            refresh_token_lifetime: lifetime_text(p.refresh_token_seconds),
            id_token_alg: p.id_token_alg.as_str().to_owned(),
            backchannel_logout_uri: p.backchannel_logout_uri.clone().unwrap_or_default(),
            require_par: p.require_pushed_authorization_requests.then(|| "on".into()),
            dpop: p.dpop_bound_access_tokens.then(|| "on".into()),
            groups: a.allowed_group_ids.clone(),
            logo_url: a.logo_url.clone().unwrap_or_default(),
            skip_consent: a.skip_consent.then(|| "on".into()),
        }
    }

    fn public(&self) -> bool {
        self.confidentiality == Confidentiality::Public.as_str()
    }

    fn has_grant(&self, grant: &&str) -> bool {
        self.grant_types.iter().any(|g| g == grant)
    }

    fn has_scope(&self, scope: &&str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }

    fn in_group(&self, id: &str) -> bool {
        self.groups.iter().any(|g| g == id)
    }

    /// What the admin asked for; the application's own rules are checked when it is saved.
    fn input(&self, lang: Lang) -> Result<ApplicationInput, FieldErrors> {
        let mut errors = FieldErrors::default();
        let confidentiality = Confidentiality::parse(&self.confidentiality);
        if confidentiality.is_none() {
            errors.add("confidentiality", &lang.t("console-app-choose-type"));
        }
        let confidentiality = confidentiality.unwrap_or(Confidentiality::Confidential);
        let client_auth = match confidentiality {
            Confidentiality::Public => ClientAuth::None,
            Confidentiality::Confidential => {
                ClientAuth::parse(&self.client_auth).unwrap_or(ClientAuth::SecretBasic)
            }
        };
        let mut seconds = |field: &str, text: &str| match parse_lifetime(text) {
            Ok(d) => d.whole_seconds(),
            Err(why) => {
                errors.add(field, &why);
                0
            }
        };
        let access_token_seconds = seconds("access_token_lifetime", &self.access_token_lifetime);
        let refresh_token_seconds = seconds("refresh_token_lifetime", &self.refresh_token_lifetime);
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut scopes: Vec<String> = vec!["openid".into()];
        scopes.extend(self.scopes.iter().filter(|s| *s != "openid").cloned());
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(ApplicationInput {
            display_name: self.display_name.clone(),
            protocol: ProtocolConfig {
                confidentiality,
                client_auth,
                redirect_uris: lines(&self.redirect_uris),
                post_logout_redirect_uris: lines(&self.post_logout_redirect_uris),
                allowed_scopes: scopes,
                pkce_required: self.pkce.is_some() || confidentiality == Confidentiality::Public,
                access_token_seconds,
                refresh_token_seconds,
                id_token_alg: SigningAlg::parse(&self.id_token_alg).unwrap_or(SigningAlg::Rs256),
                backchannel_logout_uri: text(&self.backchannel_logout_uri),
                require_pushed_authorization_requests: self.require_par.is_some(),
                dpop_bound_access_tokens: self.dpop.is_some(),
                grant_types: self.grant_types.clone(),
                resources: lines(&self.resources),
            },
            allowed_group_ids: self.groups.clone(),
            logo_url: text(&self.logo_url),
            skip_consent: self.skip_consent.is_some(),
        })
    }
}

/// The form's field for each part of an application a problem can be about.
const FIELDS: &[(&str, &str)] = &[
    ("display_name", "display_name"),
    ("protocol_config.token_endpoint_auth_method", "client_auth"),
    ("protocol_config.pkce", "pkce"),
    ("protocol_config.redirect_uris", "redirect_uris"),
    (
        "protocol_config.post_logout_redirect_uris",
        "post_logout_redirect_uris",
    ),
    ("protocol_config.backchannel_logout_uri", "backchannel_logout_uri"),
    ("protocol_config.allowed_scopes", "scopes"),
    ("protocol_config.grant_types", "grant_types"),
    ("protocol_config.resources", "resources"),
    (
        "protocol_config.token_configuration.expires_after",
        "access_token_lifetime",
    ),
    (
        "protocol_config.token_configuration.refresh_expires_after",
        "refresh_token_lifetime",
    ),
    ("logo_url", "logo_url"),
    ("allowed_group_ids", "groups"),
];

/// One entry per non-blank line (or separated by spaces).
fn lines(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// `3600` → `1h`, `2592000` → `30d`: the largest unit that divides the lifetime.
fn lifetime_text(seconds: i64) -> String {
    [(86_400, "d"), (3_600, "h"), (60, "m")]
        .into_iter()
        .find(|(unit, _)| seconds % unit == 0)
        .map_or(format!("{seconds}s"), |(unit, name)| {
            format!("{}{name}", seconds / unit)
        })
}

#[derive(Template)]
#[template(path = "console/application.html")]
struct ApplicationPage {
    chrome: Chrome,
    issuer: Issuer,
    /// None while it is being registered.
    saved: Option<Application>,
    form: ApplicationForm,
    groups: Vec<(String, String)>,
    scopes: &'static [&'static str],
    grants: &'static [&'static str],
    algs: Vec<&'static str>,
    /// Why the form was not saved, beside the fields concerned.
    errors: FieldErrors,
    /// A secret just made: shown this once.
    secret: Option<String>,
    activity: Vec<EventRow>,
}
impl_page!(ApplicationPage, chrome.layout);

impl ApplicationPage {
    fn action(&self) -> String {
        self.saved.as_ref().map_or("/console/applications".into(), |a| {
            format!("/console/applications/{}", a.id)
        })
    }
}

/// The application's page: its form (filled with `form`, or with what is saved), the secret
/// if one was just made, and its activity.
async fn application_page(
    state: &AppState,
    admin: &Admin,
    saved: Option<Application>,
    refused: Option<(ApplicationForm, FieldErrors)>,
    secret: Option<String>,
) -> Response {
    let loaded = async {
        let groups = keybound_app::groups::list(state, &admin.realm.id, &Filter::default(), ALL)
            .await?
            .items
            .into_iter()
            .map(|g| (g.id, g.display_name))
            .collect();
        let activity = match &saved {
            Some(a) => activity(state, admin, &a.id).await?,
            None => Vec::new(),
        };
        Ok::<_, ApiError>((groups, activity))
    };
    let (groups, activity) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return failure(admin, e),
    };
    let (form, errors) = match refused {
        Some((form, errors)) => (Some(form), errors),
        None => (None, FieldErrors::default()),
    };
    let status = if !errors.is_empty() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let title = saved
        .as_ref()
        .map_or_else(|| admin.t("console-new-application"), |a| a.display_name.clone());
    let form = form
        .or_else(|| saved.as_ref().map(ApplicationForm::of))
        .unwrap_or_else(ApplicationForm::new_application);
    let html = ApplicationPage {
        chrome: admin.chrome_titled(title, "applications"),
        issuer: Issuer::of(state, admin),
        saved,
        form,
        groups,
        scopes: SCOPES,
        grants: keybound_core::application::GRANT_TYPES,
        algs: SigningAlg::ALL.iter().map(|a| a.as_str()).collect(),
        errors,
        secret,
        activity,
    };
    crate::web::pages::page(status, &html)
}

/// The latest events about the application (its sign-ins and its changes), with the names of
/// the people they concern.
async fn activity(state: &AppState, admin: &Admin, id: &str) -> Result<Vec<EventRow>, ApiError> {
    let mut query = keybound_app::audit::AuditQuery::default();
    query
        .filter
        .clauses
        .push(Clause::eq("target_type", "application"));
    query.filter.clauses.push(Clause::eq("target_id", id));
    let events = keybound_app::audit::list(
        state,
        &admin.realm.id,
        &query,
        PageRequest {
            size: ACTIVITY,
            after: None,
        },
    )
    .await?
    .items;
    event_rows(state, admin, events).await
}

/// `GET /console/applications/new`.
pub async fn new(State(state): State<AppState>, admin: Admin) -> Response {
    application_page(&state, &admin, None, None, None).await
}

/// `POST /console/applications`: registers it and shows its secret once.
pub async fn create(State(state): State<AppState>, posted: Posted<ApplicationForm>) -> Response {
    let Posted { admin, form } = posted;
    let input = match form.input(admin.lang) {
        Ok(input) => input,
        Err(why) => return application_page(&state, &admin, None, Some((form, why)), None).await,
    };
    match applications::create(&state, &admin.actor, &admin.realm.id, input).await {
        Ok((application, secret)) => match secret {
            Some(_) => application_page(&state, &admin, Some(application), None, secret).await,
            None => back(&format!("/console/applications/{}", application.id)),
        },
        Err(e) => {
            let why = FieldErrors::of(e, FIELDS, None);
            application_page(&state, &admin, None, Some((form, why)), None).await
        }
    }
}

/// `GET /console/applications/{id}`.
pub async fn show(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    match applications::get(&state, &admin.realm.id, &id).await {
        Ok(application) => application_page(&state, &admin, Some(application), None, None).await,
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/applications/{id}`: saves the form. An application made confidential gets
/// a secret, shown once.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<ApplicationForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let current = match applications::get(&state, &admin.realm.id, &id).await {
        Ok(current) => current,
        Err(e) => return failure(&admin, e),
    };
    let input = match form.input(admin.lang) {
        Ok(input) => input,
        Err(why) => return application_page(&state, &admin, Some(current), Some((form, why)), None).await,
    };
    match applications::update(&state, &admin.actor, &admin.realm.id, &id, input).await {
        Ok((application, secret)) => match secret {
            Some(_) => application_page(&state, &admin, Some(application), None, secret).await,
            None => back(&format!("/console/applications/{id}")),
        },
        Err(e) => {
            let why = FieldErrors::of(e, FIELDS, None);
            application_page(&state, &admin, Some(current), Some((form, why)), None).await
        }
    }
}

/// `POST /console/applications/{id}/rotate-secret`: the old secret stops working at once.
pub async fn rotate_secret(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match applications::rotate_secret(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok((application, secret)) => {
            application_page(&state, &admin, Some(application), None, Some(secret)).await
        }
        Err(e) => failure(&admin, e),
    }
}

/// `GET /console/applications/{id}/delete`: asks first.
pub async fn confirm_delete(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    match applications::get(&state, &admin.realm.id, &id).await {
        Ok(application) => confirm(
            &admin,
            admin.t_args(
                "console-delete-confirm",
                &[("name", application.display_name.into())],
            ),
            admin.t("console-delete-application-text"),
            format!("/console/applications/{id}/delete"),
            &admin.t("console-delete-application"),
            format!("/console/applications/{id}"),
        ),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/applications/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match applications::delete(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(()) => back("/console/applications"),
        Err(e) => failure(&admin, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_read_back_as_typed() {
        for (seconds, text) in [(3_600, "1h"), (2_592_000, "30d"), (90, "90s"), (300, "5m")] {
            assert_eq!(lifetime_text(seconds), text);
            assert_eq!(parse_lifetime(text).unwrap().whole_seconds(), seconds);
        }
    }

    #[test]
    fn a_public_application_needs_no_secret_and_always_pkce() {
        let form = ApplicationForm {
            display_name: "Notes".into(),
            confidentiality: "public".into(),
            client_auth: "client_secret_post".into(),
            redirect_uris: "http://127.0.0.1/cb\n\n  com.example.notes:/cb ".into(),
            pkce: None,
            scopes: vec!["email".into()],
            ..ApplicationForm::new_application()
        };
        let input = form.input(Lang::ENGLISH).unwrap();
        assert_eq!(input.protocol.client_auth, ClientAuth::None);
        assert!(input.protocol.pkce_required);
        assert_eq!(
            input.protocol.redirect_uris,
            ["http://127.0.0.1/cb", "com.example.notes:/cb"]
        );
        assert_eq!(
            input.protocol.allowed_scopes,
            ["openid", "email"],
            "openid is always asked for"
        );
    }

    #[test]
    fn a_lifetime_that_does_not_read_is_named() {
        let form = ApplicationForm {
            access_token_lifetime: "soon".into(),
            ..ApplicationForm::new_application()
        };
        assert!(!form
            .input(Lang::ENGLISH)
            .unwrap_err()
            .get("access_token_lifetime")
            .is_empty());
    }
}
