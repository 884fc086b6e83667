//! Driving the admin console as a signed-in browser would: forms with the session's cookie.

use super::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use keybound_core::role::{Role, RoleGrant};
use keybound_core::session::{Session, ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use keybound_core::{secret, Clock};
use tower::ServiceExt;

/// GET or POST (a form) with a cookie; returns status, body text and Location.
pub async fn send(
    app: &TestApp,
    method: &str,
    uri: &str,
    cookie: &str,
    form: Option<&str>,
) -> (StatusCode, String, String) {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("cookie", cookie);
    if form.is_some() {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = req
        .body(form.map(|f| Body::from(f.to_owned())).unwrap_or_else(Body::empty))
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned(), location)
}

/// A session cookie for a new identity `username`, an administrator or not, signed in with a
/// passkey.
pub async fn signed_in(app: &TestApp, username: &str, admin: bool) -> (String, String) {
    session_for(app, username, admin, true).await
}

/// A session cookie for a new identity `username`, signed in with a passkey or (`passkey`
/// false) with a one-time link.
pub async fn session_for(app: &TestApp, username: &str, admin: bool, passkey: bool) -> (String, String) {
    let admin = admin.then(|| RoleGrant::new(Role::Admin, Vec::new()));
    session_with_role(app, username, admin, passkey).await
}

/// A session cookie for a new identity `username` with the console role `grant`, signed in
/// with a passkey.
pub async fn signed_in_as(app: &TestApp, username: &str, grant: RoleGrant) -> (String, String) {
    session_with_role(app, username, Some(grant), true).await
}

async fn session_with_role(
    app: &TestApp,
    username: &str,
    grant: Option<RoleGrant>,
    passkey: bool,
) -> (String, String) {
    let identity = app.identity(username, None).await;
    let id = identity["id"].as_str().unwrap().to_owned();
    if let Some(grant) = grant {
        assert!(app.state.store().set_role(&id, Some(&grant)).await.unwrap());
    }
    (session_cookie(app, &id, passkey).await, id)
}

/// A session cookie for the existing identity `id`, signed in with a passkey or (`passkey`
/// false) with a one-time link.
pub async fn session_cookie(app: &TestApp, id: &str, passkey: bool) -> String {
    let store = &app.state.store();
    let id = id.to_owned();
    let now = app.clock.now();
    let secret_text = secret::random_secret();
    let session = Session {
        id: keybound_core::new_id(),
        secret_hash: secret::hash(&secret_text),
        identity_id: id.clone(),
        realm_id: app.realm_id.clone(),
        tenant_id: app.tenant_id.clone(),
        credential_id: passkey.then(keybound_core::new_id),
        amr: if passkey {
            vec!["hwk".into(), "user".into()]
        } else {
            vec!["otp".into()]
        },
        user_agent: FIREFOX_ON_LINUX.into(),
        ip: "192.0.2.1".into(),
        create_time: now,
        last_seen_time: now,
        idle_expire_time: now + IDLE_TIMEOUT,
        expire_time: now + ABSOLUTE_TIMEOUT,
        revoked_time: None,
    };
    store.create_session(&session).await.unwrap();
    format!("keybound_session={}.{secret_text}", session.id)
}

/// The browser the sessions of [`signed_in`] say they were opened in.
pub const FIREFOX_ON_LINUX: &str =
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

pub fn csrf_of(html: &str) -> String {
    let at = html
        .find("name=\"csrf\" value=\"")
        .expect("a form with a CSRF token")
        + 19;
    html[at..at + 64].to_owned()
}

/// The `value` of the input with this id (empty when it has none).
pub fn value_of(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\"")).unwrap();
    let tag = &html[at..at + html[at..].find('>').unwrap()];
    tag.split("value=\"")
        .nth(1)
        .map_or(String::new(), |v| v.split('"').next().unwrap().to_owned())
}
