//! Sessions, and the rule every edge goes through: who may act. A session only counts while
//! it is live and its identity is active; suspending or deleting an identity ends its sessions
//! (the store revokes them in the same write), and every check reads the identity again, so a
//! session can never outlive the person's right to act.

use crate::audit::Client;
use crate::{App, AppError, Result};
use keybound_core::identity::{Identity, IdentityStatus};
use keybound_core::secret;
use keybound_core::session::{parse_cookie, Session, ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use keybound_store::StoreError;
use time::Duration;

/// Said to a suspended person, wherever they try to act.
pub const SUSPENDED: &str = "error-suspended";

/// May `identity` act (sign in, bind a passkey, redeem a code, use a session)?
pub fn ensure_active(identity: &Identity) -> Result<()> {
    match identity.status {
        IdentityStatus::Active => Ok(()),
        IdentityStatus::Suspended => Err(AppError::said(crate::ErrorKind::Forbidden, SUSPENDED)),
    }
}

/// A live session and the active identity it belongs to.
pub struct Authenticated {
    pub session: Session,
    pub identity: Identity,
}

/// Uses closer together than this are not recorded again.
const TOUCH_INTERVAL: Duration = Duration::minutes(1);

/// Checks a session cookie's value (`<id>.<secret>`) and records the use. Unauthenticated
/// unless the session is live and its identity exists and is active.
pub async fn authenticate(app: &App, cookie: &str) -> Result<Authenticated> {
    let signed_out = || AppError::said(crate::ErrorKind::Unauthenticated, "error-signed-out");
    let (id, secret_text) = parse_cookie(cookie).ok_or_else(signed_out)?;
    let session = app.store.session(id).await?.ok_or_else(signed_out)?;
    let now = app.clock.now();
    if !secret::verify(secret_text, &session.secret_hash) || !session.is_live(now) {
        return Err(signed_out());
    }
    let identity = match app.store.identity(&session.realm_id, &session.identity_id).await {
        Ok(identity) => identity,
        Err(StoreError::NotFound { .. }) => return Err(signed_out()),
        Err(e) => return Err(e.into()),
    };
    if ensure_active(&identity).is_err() {
        return Err(signed_out());
    }
    if now - session.last_seen_time >= TOUCH_INTERVAL {
        app.store
            .touch_session(&session.id, now, (now + IDLE_TIMEOUT).min(session.expire_time))
            .await?;
    }
    Ok(Authenticated { session, identity })
}

/// Opens a session for `identity` (signed in with `credential_id`, or by a one-time link; `amr`
/// says how, see [`keybound_core::oidc::amr`]);
/// returns it and the cookie value `<session id>.<secret>`.
pub async fn open(
    app: &App,
    identity: &Identity,
    credential_id: Option<&str>,
    amr: Vec<String>,
    client: &Client,
) -> Result<(Session, String)> {
    ensure_active(identity)?;
    let (session, cookie) = new_session(app, identity, credential_id, amr, client);
    app.store.create_session(&session).await?;
    Ok((session, cookie))
}

/// A new session for `identity`, not yet stored, and its cookie value.
pub(crate) fn new_session(
    app: &App,
    identity: &Identity,
    credential_id: Option<&str>,
    amr: Vec<String>,
    client: &Client,
) -> (Session, String) {
    let now = app.clock.now();
    let session_secret = secret::random_secret();
    let session = Session {
        id: keybound_core::ordered_id(now),
        secret_hash: secret::hash(&session_secret),
        identity_id: identity.id.clone(),
        realm_id: identity.realm_id.clone(),
        tenant_id: identity.tenant_id.clone(),
        credential_id: credential_id.map(str::to_owned),
        amr,
        user_agent: client.user_agent.clone(),
        ip: client.ip.clone(),
        create_time: now,
        last_seen_time: now,
        idle_expire_time: now + IDLE_TIMEOUT,
        expire_time: now + ABSOLUTE_TIMEOUT,
        revoked_time: None,
    };
    let cookie = format!("{}.{session_secret}", session.id);
    (session, cookie)
}

/// Which of a person's sessions end.
#[derive(Debug, Clone, Copy)]
pub enum Ending<'a> {
    One(&'a str),
    All,
}

/// Ends sessions of a person, for every reason one ends (sign-out, sign-out everywhere, an
/// administrator ending one, suspension, deletion, LDAP): the sessions stop working, the
/// OpenID Connect tokens issued from them are revoked, and the applications that asked to know
/// are sent a back-channel logout. Returns how many sessions ended.
pub async fn end(app: &App, identity_id: &str, ending: Ending<'_>) -> Result<u64> {
    let now = app.clock.now();
    let ended = match ending {
        Ending::One(id) => {
            app.store.revoke_session(identity_id, id, now).await?;
            1
        }
        Ending::All => app.store.revoke_sessions(identity_id, now).await?,
    };
    let one = match ending {
        Ending::One(id) => Some(id),
        Ending::All => None,
    };
    crate::oidc::logout::tell_applications(app, identity_id, one).await?;
    Ok(ended)
}
