//! Pages people see (the binding page behind a link, `/enroll` for codes, `/login`), the
//! ceremony endpoints the pages and the SDK call, and the SDK itself.

mod account;
pub(crate) mod signin;
mod signup;

use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{asset, page};
use crate::web::views::CredentialView;
use crate::web::{ApiError, AppState, JsonBody, Peer};
use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use keybound_app::binding::{self, Begun, BindTarget};
use serde::{Deserialize, Serialize};

const SDK: &str = include_str!("../../static/keybound.js");
const CSS: &str = include_str!("../../static/keybound.css");
const CONSOLE_CSS: &str = include_str!("../../static/console.css");

/// The front door: a person signed in goes to their account, anybody else to the sign-in page.
async fn home(session: Result<crate::web::CurrentSession, ApiError>) -> axum::response::Redirect {
    axum::response::Redirect::to(if session.is_ok() { "/account" } else { "/login" })
}

/// `GET /.well-known/webauthn`: the other sites whose pages may use this server's passkeys
/// (WebAuthn Related Origin Requests): `{"origins": [...]}`.
async fn related_origins(State(state): State<AppState>) -> Result<Response, ApiError> {
    let origins = keybound_app::webauthn::related_origins(&state).await?;
    let mut response =
        axum::response::IntoResponse::into_response(Json(serde_json::json!({ "origins": origins })));
    // Browsers read it before a ceremony; a change of trusted origins shows within a minute.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("public, max-age=60"),
    );
    Ok(response)
}

pub fn routes() -> Router<AppState> {
    // The ceremony endpoints are called from embedded apps on other origins; their CORS is
    // web::origin::open_cors.
    Router::new()
        .route("/", get(home))
        .route("/enroll", get(enroll_page))
        .route("/login", get(signin::login_page))
        .route(
            "/login/email",
            get(signin::login_email_page).post(signin::login_email),
        )
        .route("/signup", get(signup::open_page))
        .route("/st/{token}", get(signup::token_page))
        .route("/signup/begin", post(signup::begin))
        .route("/signup/finish", post(signup::finish))
        .route("/signin/begin", post(signin::begin))
        .route("/signin/finish", post(signin::finish))
        .route("/.well-known/webauthn", get(related_origins))
        .route("/signout", post(account::sign_out))
        .route("/account", get(account::account_page))
        .route(
            "/lc/{code}",
            get(signin::login_code_page).post(signin::login_code_redeem),
        )
        .route("/account/me", get(account::me))
        .route("/account/locale", axum::routing::put(account::set_locale))
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
            "/account/applications/{id}",
            axum::routing::delete(account::revoke_application),
        )
        .route(
            "/account/sessions/{id}",
            axum::routing::delete(account::revoke_session),
        )
        .route(
            "/sdk/keybound.js",
            // Applications import the SDK from their own origin.
            get(|| async {
                let mut response = asset("text/javascript; charset=utf-8", SDK);
                response.headers_mut().insert(
                    header::ACCESS_CONTROL_ALLOW_ORIGIN,
                    axum::http::HeaderValue::from_static("*"),
                );
                response
            }),
        )
        .route("/sdk/messages.json", get(sdk_messages))
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
        .route("/bind/begin", post(begin))
        .route("/bind/finish", post(finish))
}

#[derive(Template)]
#[template(path = "enroll.html")]
struct EnrollPage {
    layout: Layout,
}
impl_page!(EnrollPage, layout);

async fn enroll_page(layout: Layout) -> Response {
    page(StatusCode::OK, &EnrollPage { layout })
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
    Peer(client): Peer,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<BeginRequest>,
) -> Result<Json<BindBegun>, ApiError> {
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
    let begun = binding::begin(&state, &target, &client).await?;
    let lang = crate::web::layout::language(&headers, &state).await;
    Ok(Json(BindBegun {
        instructions: lang.t(begun.device.message_id()),
        begun,
    }))
}

/// A begun binding, and what to do with the device it asks for, in the person's language, for
/// the page to show before the browser's prompt.
#[derive(Serialize)]
pub struct BindBegun {
    #[serde(flatten)]
    begun: Begun,
    instructions: String,
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
    /// True when this browser is now signed in (a code typed on Keybound's own `/enroll`).
    signed_in: bool,
}

/// `POST /bind/finish`. After a code, the person is signed in on this device, unless the
/// page that asked belongs to another site (it gets no cookie).
async fn finish(
    State(state): State<AppState>,
    Peer(client): Peer,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<FinishRequest>,
) -> Result<Response, ApiError> {
    let done = binding::finish(&state, &body.ceremony_id, body.credential, &client).await?;
    let cookie = done
        .session_cookie
        .filter(|_| !crate::web::origin::from_elsewhere(&state.public_url, &headers));
    let body = Json(FinishResponse {
        credential: done.credential.into(),
        post_binding_redirect_uri: done.post_binding_redirect_uri,
        signed_in: cookie.is_some(),
    });
    Ok(match cookie {
        Some(c) => (
            [(
                header::SET_COOKIE,
                crate::web::cookies::set_session_cookie(&state.public_url, Some(&c)),
            )],
            body,
        )
            .into_response(),
        None => body.into_response(),
    })
}

/// The SDK's own messages (the ones the browser causes, not the server), by id.
const SDK_MESSAGES: [&str; 11] = [
    "sdk-not-a-link",
    "sdk-unsupported",
    "sdk-cancelled",
    "sdk-closed",
    "sdk-already-there",
    "sdk-wrong-site",
    "sdk-not-supported",
    "sdk-failed",
    "sdk-unreachable",
    "sdk-request-failed",
    "sdk-no-passkeys",
];

/// `GET /sdk/messages.json`: the SDK's messages in the language of whoever asks (their saved
/// choice, else their browser's); any site may read them.
async fn sdk_messages(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let lang = crate::web::layout::language(&headers, &state).await;
    let messages: serde_json::Map<String, serde_json::Value> = SDK_MESSAGES
        .iter()
        .map(|id| ((*id).to_owned(), lang.t(id).into()))
        .collect();
    let mut response = axum::Json(messages).into_response();
    let h = response.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        axum::http::HeaderValue::from_static("*"),
    );
    h.insert(
        header::VARY,
        axum::http::HeaderValue::from_static("Accept-Language, Cookie"),
    );
    h.insert(
        header::CONTENT_LANGUAGE,
        axum::http::HeaderValue::from_static(lang.code()),
    );
    response
}
