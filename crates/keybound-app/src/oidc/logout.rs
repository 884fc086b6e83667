//! Signing out of applications: RP-initiated logout (the application sends the person to the
//! end-session endpoint) and back-channel logout (Keybound tells applications that registered a
//! `backchannel_logout_uri`, with a signed logout token POSTed from a worker that retries).

use super::{issuer, keys};
use crate::session::Authenticated;
use crate::{App, AppError};
use keybound_core::application::Application;
use keybound_core::redirect_uri;
use keybound_store::LogoutDelivery;
use serde::Deserialize;
use serde_json::json;
use time::Duration;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct EndSessionParams {
    pub id_token_hint: Option<String>,
    pub post_logout_redirect_uri: Option<String>,
    pub state: Option<String>,
    pub client_id: Option<String>,
}

/// What the end-session endpoint does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndSession {
    /// Signed out (or was not signed in); go here next: the application's registered URI
    /// with `state`, or Keybound's signed-out page when `None`.
    Done { redirect: Option<String> },
    /// Ask the person first: the request does not prove that the application asking is theirs.
    Confirm,
    /// Refused, with no redirect.
    Refused(String),
}

/// Checks an end-session request and, with `confirmed` or an ID token hint of the signed-in
/// person, signs them out.
pub async fn end_session(
    app: &App,
    realm_id: &str,
    p: &EndSessionParams,
    session: Option<&Authenticated>,
    confirmed: bool,
) -> Result<EndSession, AppError> {
    let keys = keys::all(app).await?;
    let hint = match &p.id_token_hint {
        Some(token) => match keys::verify(&keys, token) {
            Some(claims) if claims["iss"] == issuer(app, realm_id).as_str() => Some(claims),
            _ => {
                return Ok(EndSession::Refused(
                    "The sign-out request carries an ID token this service did not issue.".into(),
                ))
            }
        },
        None => None,
    };
    let client_id = hint
        .as_ref()
        .and_then(|c| c["aud"].as_str().map(str::to_owned))
        .or_else(|| p.client_id.clone());
    let application = match &client_id {
        Some(id) => app
            .store
            .application_by_client_id(id)
            .await?
            .filter(|a| a.realm_id == realm_id),
        None => None,
    };
    if client_id.is_some() && application.is_none() {
        return Ok(EndSession::Refused(
            "The application asking to sign you out is not registered here.".into(),
        ));
    }
    let redirect = match &p.post_logout_redirect_uri {
        None => None,
        Some(uri) => {
            let registered = application
                .as_ref()
                .is_some_and(|a| redirect_uri::matches(&a.protocol.post_logout_redirect_uris, uri));
            if !registered {
                return Ok(EndSession::Refused(
                    "The application asked to send you to an address it has not registered, so you were not sent there.".into(),
                ));
            }
            let mut url = uri.clone();
            if let Some(state) = &p.state {
                url.push(if url.contains('?') { '&' } else { '?' });
                url.push_str("state=");
                url.push_str(&url::form_urlencoded::byte_serialize(state.as_bytes()).collect::<String>());
            }
            Some(url)
        }
    };
    let Some(session) = session else {
        return Ok(EndSession::Done { redirect });
    };
    let hint_is_theirs = hint
        .as_ref()
        .is_some_and(|c| c["sub"] == session.identity.id.as_str());
    if !confirmed && !hint_is_theirs {
        return Ok(EndSession::Confirm);
    }
    crate::account::sign_out(app, session, &crate::audit::Client::default()).await?;
    Ok(EndSession::Done { redirect })
}

/// After a session ended (`Some(session_id)`), or all of a person's sessions (`None`): those
/// sessions' tokens stop working, and every application they signed in to from them (with or
/// without a consent screen) that registered a back-channel logout URI is sent a logout token:
/// one per application and session, naming the person (`sub`) and the session (`sid`, as its
/// ID tokens did). Called by [`crate::session::end`] alone.
pub(crate) async fn tell_applications(
    app: &App,
    identity_id: &str,
    session_id: Option<&str>,
) -> Result<(), AppError> {
    let now = app.clock.now();
    for (application, sid) in app.store.revoke_sign_ins(identity_id, session_id, now).await? {
        let Some(uri) = application.protocol.backchannel_logout_uri.clone() else {
            continue;
        };
        let token = logout_token(app, &application, identity_id, sid.as_deref()).await?;
        app.store
            .queue_logout_delivery(&LogoutDelivery {
                id: keybound_core::new_id(),
                application_id: application.id.clone(),
                uri,
                logout_token: token,
                attempts: 0,
                next_attempt_time: now,
                sent_time: None,
                last_error: None,
            })
            .await?;
    }
    Ok(())
}

async fn logout_token(
    app: &App,
    application: &Application,
    sub: &str,
    sid: Option<&str>,
) -> Result<String, AppError> {
    let (key, _) = keys::signing_key(app, application.protocol.id_token_alg).await?;
    let now = app.clock.now().unix_timestamp();
    let mut claims = json!({
        "iss": issuer(app, &application.realm_id),
        "aud": application.client_id,
        "iat": now,
        "exp": now + 120,
        "jti": keybound_core::secret::random_hex(16),
        "sub": sub,
        "events": {"http://schemas.openid.net/event/backchannel-logout": {}},
    });
    if let Some(sid) = sid {
        claims["sid"] = sid.into();
    }
    keys::sign(&key, "logout+jwt", &claims)
}

/// Attempts of one delivery before it is given up.
const MAX_ATTEMPTS: i64 = 6;

/// Delivers due logout tokens; returns how many were delivered.
pub async fn deliver_due(app: &App) -> Result<usize, AppError> {
    let now = app.clock.now();
    let due = app
        .store
        .claim_logout_deliveries(now, now + Duration::minutes(1), 20)
        .await?;
    let mut delivered = 0;
    for d in due {
        let (uri, token) = (d.uri.clone(), d.logout_token.clone());
        let outbound = app.outbound.clone();
        let result = tokio::task::spawn_blocking(move || {
            outbound.post_form(
                &uri,
                &[("logout_token", token.as_str())],
                std::time::Duration::from_secs(10),
            )
        })
        .await
        .map_err(|e| AppError::internal("logout delivery", &e))?;
        let now = app.clock.now();
        match result {
            Ok(()) => {
                delivered += 1;
                app.store.logout_delivery_done(&d.id, None, now, None).await?;
            }
            Err(error) => {
                tracing::warn!(application = %d.application_id, "back-channel logout to {} failed: {error}", d.uri);
                let retry_at =
                    (d.attempts < MAX_ATTEMPTS).then(|| now + Duration::seconds(15 << d.attempts.min(10)));
                app.store
                    .logout_delivery_done(&d.id, Some(&error), now, retry_at)
                    .await?;
            }
        }
    }
    Ok(delivered)
}

/// Runs [`deliver_due`] every `interval`.
pub fn spawn_worker(app: &App, interval: std::time::Duration) -> tokio::task::JoinHandle<()> {
    let app = app.clone();
    tokio::spawn(async move {
        loop {
            if let Err(e) = deliver_due(&app).await {
                tracing::warn!("back-channel logout: {}", e.message());
            }
            tokio::time::sleep(interval).await;
        }
    })
}
