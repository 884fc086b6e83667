//! `/device`: where a person approves a device's sign-in (RFC 8628) by typing the code it
//! shows, signed in with a passkey. The rules are keybound-app's (`oidc::device`).

use super::shares;
use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{message, page};
use crate::web::{ApiError, AppState, CurrentSession, Peer};
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use keybound_app::oidc::device;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "oidc_device.html")]
struct DevicePage {
    layout: Layout,
    /// Shown as typed (or as the device's link gave it).
    user_code: String,
    /// The code's application, once the code is known: then the approval is asked.
    app_name: Option<String>,
    person: String,
    shares: Vec<String>,
    problem: String,
}
impl_page!(DevicePage, layout);

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    user_code: String,
}

#[derive(Deserialize)]
pub struct DecisionForm {
    user_code: String,
    decision: String,
}

/// Off to sign in, and back here with the code.
fn to_login(user_code: &str) -> Response {
    let back = format!(
        "/device?user_code={}",
        url::form_urlencoded::byte_serialize(user_code.as_bytes()).collect::<String>()
    );
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("next", &back)
        .finish();
    Redirect::to(&format!("/login?{query}")).into_response()
}

fn form(layout: Layout, user_code: String, problem: &str) -> DevicePage {
    DevicePage {
        layout,
        user_code,
        app_name: None,
        person: String::new(),
        shares: Vec::new(),
        problem: problem.to_owned(),
    }
}

/// `GET /device[?user_code=…]`: the code to type (filled in from the device's link).
pub async fn show(
    layout: Layout,
    session: Result<CurrentSession, ApiError>,
    Query(q): Query<CodeForm>,
) -> Response {
    if session.is_err() {
        return to_login(&q.user_code);
    }
    page(StatusCode::OK, &form(layout, q.user_code, ""))
}

/// The message for a code no device waits with.
const UNKNOWN: &str = "device-unknown-code";

/// `POST /device`: the code's application and what it asks for, to allow or deny.
pub async fn ask(
    layout: Layout,
    State(state): State<AppState>,
    Peer(client): Peer,
    session: Result<CurrentSession, ApiError>,
    Form(f): Form<CodeForm>,
) -> Response {
    let Ok(CurrentSession(who)) = session else {
        return to_login(&f.user_code);
    };
    match device::request_of(&state, &f.user_code, &client).await {
        Ok(Some((application, request))) => {
            let code = device::normalize_user_code(&f.user_code).unwrap_or_default();
            page(
                StatusCode::OK,
                &DevicePage {
                    shares: shares(&layout, &request.scopes),
                    layout,
                    user_code: device::display_user_code(&code),
                    app_name: Some(application.display_name),
                    person: who.identity.display_name.clone(),
                    problem: String::new(),
                },
            )
        }
        Ok(None) => {
            let problem = layout.t(UNKNOWN);
            page(StatusCode::NOT_FOUND, &form(layout, f.user_code, &problem))
        }
        Err(e) if e.kind() == keybound_app::ErrorKind::TooManyRequests => {
            let text = e.message_in(layout.lang);
            page(StatusCode::TOO_MANY_REQUESTS, &form(layout, f.user_code, &text))
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /device/decide`: allowed or denied; the device learns it at its next poll.
pub async fn decide(
    layout: Layout,
    State(state): State<AppState>,
    Peer(client): Peer,
    session: Result<CurrentSession, ApiError>,
    Form(f): Form<DecisionForm>,
) -> Response {
    let Ok(CurrentSession(who)) = session else {
        return to_login(&f.user_code);
    };
    let allow = f.decision == "allow";
    match device::decide(&state, &who, &f.user_code, allow, &client).await {
        Ok(true) if allow => {
            let (title, text) = (
                layout.t("title-device-connected"),
                layout.t("text-device-connected"),
            );
            message(layout, StatusCode::OK, &title, &text)
        }
        Ok(true) => {
            let (title, text) = (layout.t("title-request-denied"), layout.t("text-device-denied"));
            message(layout, StatusCode::OK, &title, &text)
        }
        Ok(false) => {
            let problem = layout.t(UNKNOWN);
            page(StatusCode::NOT_FOUND, &form(layout, f.user_code, &problem))
        }
        Err(e) if e.kind() == keybound_app::ErrorKind::Forbidden => {
            let (title, text) = (layout.t("title-no-access"), e.message_in(layout.lang));
            message(layout, StatusCode::FORBIDDEN, &title, &text)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}
