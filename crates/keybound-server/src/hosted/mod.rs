//! Pages people see (the binding page behind a link, `/enroll` for codes, `/login`), the
//! ceremony endpoints the pages and the SDK call, and the SDK itself.

mod account;
pub(crate) use account::default_realm;
mod signup;

use crate::api::credentials::CredentialView;
use crate::api::JsonBody;
use crate::audit::Client;
use crate::binding::{self, Begun, BindTarget};
use crate::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use keybound_core::binding::{ConfigType, JobState};
use keybound_core::identity::IdentityStatus;
use serde::{Deserialize, Serialize};
use tower_http::cors::{Any, CorsLayer};

const SDK: &str = include_str!("../../static/keybound.js");
const CSS: &str = include_str!("../../static/keybound.css");
const CONSOLE_CSS: &str = include_str!("../../static/console.css");

pub fn routes() -> Router<AppState> {
    // The ceremony endpoints are called from embedded apps on other origins. They need no
    // cookie: the link's token or the code is the authority, so any origin may call them.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::POST])
        .allow_headers([header::CONTENT_TYPE]);
    Router::new()
        .route("/enroll", get(enroll_page))
        .route("/login", get(account::login_page))
        .route(
            "/login/email",
            get(account::login_email_page).post(account::login_email),
        )
        .route("/signup", get(signup::open_page))
        .route("/st/{token}", get(signup::token_page))
        .route("/signup/begin", post(signup::begin))
        .route("/signup/finish", post(signup::finish))
        .route("/signin/begin", post(account::begin))
        .route("/signin/finish", post(account::finish))
        .route("/signout", post(account::sign_out))
        .route("/account", get(account::account_page))
        .route(
            "/lc/{code}",
            get(account::login_code_page).post(account::login_code_redeem),
        )
        .route("/account/me", get(account::me))
        .route("/account/passkeys/begin", post(account::add_passkey_begin))
        .route("/account/passkeys/finish", post(account::add_passkey_finish))
        .route(
            "/account/passkeys/{id}",
            axum::routing::patch(account::rename_passkey).delete(account::remove_passkey),
        )
        .route(
            "/account/sessions",
            axum::routing::delete(account::revoke_all_sessions),
        )
        .route(
            "/account/sessions/{id}",
            axum::routing::delete(account::revoke_session),
        )
        .route(
            "/sdk/keybound.js",
            get(|| async { asset("text/javascript; charset=utf-8", SDK) }),
        )
        .route(
            "/static/keybound.css",
            get(|| async { asset("text/css; charset=utf-8", CSS) }),
        )
        // Browsers ask for it on every page; there is no icon, and saying so quietly keeps 404s
        // out of their consoles.
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route(
            "/static/console.css",
            get(|| async { asset("text/css; charset=utf-8", CONSOLE_CSS) }),
        )
        .merge(
            Router::new()
                .route("/bind/begin", post(begin))
                .route("/bind/finish", post(finish))
                .layer(cors),
        )
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// Minimal HTML escaping for text placed in markup outside templates.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[derive(Template)]
#[template(path = "bind.html")]
struct BindPage<'a> {
    display_name: &'a str,
    username: &'a str,
}

#[derive(Template)]
#[template(path = "enroll.html")]
struct EnrollPage;

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    title: &'a str,
    message: &'a str,
}

/// A page that must not be cached or leak its URL (which holds a secret) to other sites.
pub(crate) fn page(status: StatusCode, html: Result<String, askama::Error>) -> Response {
    match html {
        Ok(html) => {
            let mut response = (status, Html(html)).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
            response
        }
        Err(e) => ApiError::internal("rendering a page", &e).into_response(),
    }
}

pub(crate) fn message(status: StatusCode, title: &str, message: &str) -> Response {
    page(status, MessagePage { title, message }.render())
}

async fn enroll_page() -> Response {
    page(StatusCode::OK, EnrollPage.render())
}

/// `GET …/credential-binding-jobs/{job}:invokeAuthenticator?token=…`: the binding page for a
/// hosted config, or a redirect into the developer's app for an embedded one.
pub async fn invoke_authenticator(
    state: &AppState,
    tenant_id: &str,
    realm_id: &str,
    identity_id: &str,
    job_id: &str,
    token: Option<&str>,
) -> Response {
    let invalid = || {
        message(
            StatusCode::NOT_FOUND,
            "Link not valid",
            "This link is not valid. Check that you copied all of it.",
        )
    };
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return invalid();
    };
    let job = match state.store.job_by_link(job_id, token).await {
        Ok(Some(job))
            if job.tenant_id == tenant_id && job.realm_id == realm_id && job.identity_id == identity_id =>
        {
            job
        }
        Ok(_) => return invalid(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let now = state.clock.now();
    if let Some(why) = job.refusal(now) {
        return message(StatusCode::GONE, "Link no longer valid", why);
    }
    let (config, identity) = match tokio::try_join!(
        state.store.config(&job.realm_id, &job.authenticator_config_id),
        state.store.identity(&job.realm_id, &job.identity_id)
    ) {
        Ok(found) => found,
        Err(e) => return ApiError::from(e).into_response(),
    };
    if identity.status == IdentityStatus::Suspended {
        return message(
            StatusCode::FORBIDDEN,
            "Account suspended",
            "This account is suspended. Contact your administrator.",
        );
    }
    if let Err(e) = state.store.advance_job(&job.id, JobState::LinkOpened, now).await {
        return ApiError::from(e).into_response();
    }
    if config.config_type == ConfigType::Embedded {
        return match binding::embedded_redirect(state, &config, &job, token) {
            Some(to) => Redirect::to(&to).into_response(),
            None => message(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Misconfigured",
                "The app for this link has no invoke URL.",
            ),
        };
    }
    page(
        StatusCode::OK,
        BindPage {
            display_name: &identity.display_name,
            username: &identity.traits.username,
        }
        .render(),
    )
}

#[derive(Deserialize)]
pub struct BeginRequest {
    link: Option<LinkBody>,
    code: Option<String>,
}

#[derive(Deserialize)]
pub struct LinkBody {
    job_id: String,
    token: String,
}

async fn begin(
    State(state): State<AppState>,
    client: Client,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<Begun>, ApiError> {
    let target = match (body.link, body.code) {
        (Some(link), None) => BindTarget::Link {
            job_id: link.job_id,
            token: link.token,
        },
        (None, Some(code)) => BindTarget::Code(code),
        _ => {
            return Err(ApiError::bad_field(
                "body",
                "give either `link` {job_id, token} or `code`",
            ))
        }
    };
    Ok(Json(binding::begin(&state, &target, &client).await?))
}

#[derive(Deserialize)]
pub struct FinishRequest {
    ceremony_id: String,
    credential: serde_json::Value,
}

#[derive(Serialize)]
pub struct FinishResponse {
    credential: CredentialView,
    post_binding_redirect_uri: Option<String>,
}

async fn finish(
    State(state): State<AppState>,
    client: Client,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Json<FinishResponse>, ApiError> {
    let done = binding::finish(&state, &body.ceremony_id, body.credential, &client).await?;
    Ok(Json(FinishResponse {
        credential: done.credential.into(),
        post_binding_redirect_uri: done.post_binding_redirect_uri,
    }))
}
