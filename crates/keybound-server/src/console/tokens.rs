//! Sign-up tokens (with the realm's sign-up mode) and API tokens.

use super::Empty;
use super::{back, failure, page, problem, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_core::api_token::parse_lifetime;
use keybound_core::filter::Filter;
use keybound_core::page::PageRequest;
use keybound_core::settings::SignupMode;
use serde::Deserialize;

const ALL: PageRequest = PageRequest {
    size: 200,
    after: None,
};

pub struct SignupRow {
    id: String,
    state: &'static str,
    used: i64,
    limit: i64,
    expires: Moment,
    groups: String,
    created: Moment,
}

#[derive(Template)]
#[template(path = "console/signup_tokens.html")]
struct SignupPage {
    chrome: Chrome,
    mode: &'static str,
    rows: Vec<SignupRow>,
    groups: Vec<(String, String)>,
    /// A link just made: shown this once.
    created: Option<String>,
}
impl_page!(SignupPage, chrome.layout);

async fn signup_page(state: &AppState, admin: &Admin, created: Option<String>) -> Response {
    let loaded = async {
        let now = state.clock.now();
        let mode = keybound_app::settings::get(state, &admin.realm.id)
            .await?
            .signup_mode;
        let groups: Vec<(String, String)> =
            keybound_app::groups::list(state, &admin.realm.id, &Filter::default(), ALL)
                .await?
                .items
                .into_iter()
                .map(|g| (g.id, g.display_name))
                .collect();
        let rows = keybound_app::signup::tokens(state, &admin.realm.id, None, ALL)
            .await?
            .items
            .into_iter()
            .map(|t| SignupRow {
                state: t.state(now),
                used: t.usage_count,
                limit: t.usage_limit,
                expires: Moment::of(t.expire_time),
                groups: t
                    .group_ids
                    .iter()
                    .map(|id| {
                        groups
                            .iter()
                            .find(|(g, _)| g == id)
                            .map_or(id.as_str(), |(_, n)| n.as_str())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                created: Moment::of(t.create_time),
                id: t.id,
            })
            .collect();
        Ok::<_, ApiError>(SignupPage {
            chrome: admin.chrome("console-nav-signup", "signup"),
            mode: mode.as_str(),
            rows,
            groups,
            created,
        })
    };
    match loaded.await {
        Ok(p) => page(&p),
        Err(e) => failure(admin, e),
    }
}

/// `GET /console/signup-tokens`.
pub async fn signup_tokens(State(state): State<AppState>, admin: Admin) -> Response {
    signup_page(&state, &admin, None).await
}

#[derive(Deserialize)]
pub struct SignupForm {
    usage_limit: i64,
    /// A lifetime like `1d` or `4w`.
    expires: String,
    #[serde(default)]
    groups: Vec<String>,
}

/// `POST /console/signup-tokens`: makes a link and shows it once.
pub async fn create_signup_token(State(state): State<AppState>, posted: Posted<SignupForm>) -> Response {
    let Posted { admin, form } = posted;
    let lifetime = match parse_lifetime(&form.expires) {
        Ok(lifetime) => lifetime,
        Err(why) => return problem(&admin, StatusCode::BAD_REQUEST, &why),
    };
    let expire_time = state.clock.now() + lifetime;
    match keybound_app::signup::create_token(
        &state,
        &admin.actor,
        &admin.realm,
        form.usage_limit,
        expire_time,
        form.groups,
    )
    .await
    {
        Ok(created) => signup_page(&state, &admin, Some(created.link)).await,
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/signup-tokens/{id}/revoke`.
pub async fn revoke_signup_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::signup::revoke_token(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(_) => back("/console/signup-tokens"),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct ModeForm {
    mode: String,
}

/// `POST /console/signup-mode`.
pub async fn set_signup_mode(State(state): State<AppState>, posted: Posted<ModeForm>) -> Response {
    let Posted { admin, form } = posted;
    let Some(mode) = SignupMode::parse(&form.mode) else {
        return problem(
            &admin,
            StatusCode::BAD_REQUEST,
            "sign-up mode must be disabled, with_token or open",
        );
    };
    let change = keybound_app::settings::SettingsChange {
        signup_mode: Some(mode),
        ..Default::default()
    };
    match keybound_app::settings::update(&state, &admin.actor, &admin.realm.id, change).await {
        Ok(_) => back("/console/signup-tokens"),
        Err(e) => failure(&admin, e),
    }
}

pub struct ApiTokenRow {
    id: String,
    name: String,
    scopes: String,
    expires: Option<Moment>,
    last_used: Option<Moment>,
    created: Moment,
}

#[derive(Template)]
#[template(path = "console/api_tokens.html")]
struct ApiTokensPage {
    chrome: Chrome,
    rows: Vec<ApiTokenRow>,
    /// A secret just made: shown this once.
    secret: Option<String>,
}
impl_page!(ApiTokensPage, chrome.layout);

async fn api_page(state: &AppState, admin: &Admin, secret: Option<String>) -> Response {
    match keybound_app::api_tokens::list(state, ALL).await {
        Ok(found) => page(&ApiTokensPage {
            chrome: admin.chrome("console-nav-api", "api"),
            rows: found
                .items
                .into_iter()
                .map(|t| ApiTokenRow {
                    scopes: t.scopes.join(" "),
                    expires: t.expire_time.map(Moment::of),
                    last_used: t.last_used_time.map(Moment::of),
                    created: Moment::of(t.create_time),
                    id: t.id,
                    name: t.name,
                })
                .collect(),
            secret,
        }),
        Err(e) => failure(admin, e),
    }
}

/// `GET /console/api-tokens`.
pub async fn api_tokens(State(state): State<AppState>, admin: Admin) -> Response {
    api_page(&state, &admin, None).await
}

#[derive(Deserialize)]
pub struct ApiTokenForm {
    name: String,
    /// Space- or comma-separated.
    scopes: String,
    /// Empty: never.
    expires: Option<String>,
}

/// `POST /console/api-tokens`: shows the secret once.
pub async fn create_api_token(State(state): State<AppState>, posted: Posted<ApiTokenForm>) -> Response {
    let Posted { admin, form } = posted;
    let now = state.clock.now();
    let expire_time = match form.expires.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        None => None,
        Some(text) => match parse_lifetime(text) {
            Ok(lifetime) => Some(now + lifetime),
            Err(why) => return problem(&admin, StatusCode::BAD_REQUEST, &why),
        },
    };
    let scopes = form
        .scopes
        .split([' ', ',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let secret =
        match keybound_app::api_tokens::create(&state, &admin.actor, form.name.trim(), scopes, expire_time)
            .await
        {
            Ok((_, secret)) => secret,
            Err(e) => return failure(&admin, e),
        };
    api_page(&state, &admin, Some(secret)).await
}

/// `POST /console/api-tokens/{id}/revoke`.
pub async fn revoke_api_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::api_tokens::revoke(&state, &admin.actor, &id).await {
        Ok(()) => back("/console/api-tokens"),
        Err(e) => failure(&admin, e),
    }
}
