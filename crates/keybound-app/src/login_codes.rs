//! Login codes: one-time sign-in links an admin makes for a person without a passkey.

use crate::audit::{self, Client};
use crate::{App, AppError};
use keybound_core::audit::{Action, Actor, AuditEvent};
use keybound_core::identity::Identity;
use keybound_core::login_code::{split, LoginCode, OneTimeAccessRequest, SIGNIN};
use keybound_core::realm::Realm;
use keybound_core::secret;
use keybound_core::session::Session;
use qrcode::render::svg;
use qrcode::QrCode;
use time::Duration;

pub struct Created {
    pub code: LoginCode,
    pub link: String,
    /// The link as a QR code, an SVG image.
    pub qr_svg: String,
}

/// Makes a sign-in link (`/lc/{code}`) for the identity, by `actor`: it needs
/// `login-codes:create`, and administrator rights when the identity is an administrator (their
/// link would open the console).
pub async fn create(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity_id: &str,
    lifetime: Duration,
) -> Result<Created, AppError> {
    actor.require("login-codes:create")?;
    let identity = state.store.identity(&realm.id, identity_id).await?;
    actor.require_over(state, &identity).await?;
    let event = actor.event(state, Action::LoginCodeCreated);
    issue(state, realm, identity, lifetime, SIGNIN, event).await
}

/// Makes a login code for the identity and records `event` (its actor, action and client) about it.
/// `purpose` is [`keybound_core::login_code::SIGNIN`] (a link to `/lc/{code}`) or
/// [`keybound_core::login_code::ADMIN_SETUP`] (a link to `/console/setup/{code}`).
pub(crate) async fn issue(
    state: &App,
    realm: &Realm,
    identity: Identity,
    lifetime: Duration,
    purpose: &str,
    event: AuditEvent,
) -> Result<Created, AppError> {
    let now = state.clock.now();
    let secret_text = secret::random_secret();
    let code = LoginCode {
        id: keybound_core::new_id(),
        purpose: purpose.to_owned(),
        secret_hash: secret::hash(&secret_text),
        identity_id: identity.id,
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        expire_time: now + lifetime,
        used_time: None,
        create_time: now,
    };
    state.store.create_login_code(&code).await?;
    let event = event
        .realm(&realm.id)
        .about(&code.identity_id)
        .on("login_code", &code.id)
        .detail(format!(
            "valid until {}",
            keybound_core::time_fmt::rfc3339(code.expire_time)
        ));
    crate::audit::record(state, event).await;
    let path = if purpose == keybound_core::login_code::ADMIN_SETUP {
        "console/setup"
    } else {
        "lc"
    };
    let link = format!("{}/{path}/{}.{secret_text}", state.public_url, code.id);
    let qr_svg = QrCode::new(link.as_bytes())
        .map_err(|e| AppError::internal("QR code", &e))?
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .build();
    Ok(Created { code, link, qr_svg })
}

/// How long an emailed one-time access link works.
pub const ONE_TIME_ACCESS_LIFETIME: Duration = Duration::minutes(15);

/// Records a request for a one-time sign-in link to `address` in `realm`. It does the same
/// work for every address, known or not (nothing is looked up here), so neither its answer
/// nor its timing tells which addresses have accounts; [`send_one_time_access`] does the rest
/// in the background.
pub async fn request_one_time_access(
    state: &App,
    realm: &Realm,
    address: &str,
    client: &Client,
) -> Result<(), AppError> {
    let request = OneTimeAccessRequest {
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        email: address.to_lowercase(),
        ip: client.ip.clone(),
        user_agent: client.user_agent.clone(),
        create_time: state.clock.now(),
    };
    state.store.queue_one_time_access(&request).await?;
    Ok(())
}

/// Works through recorded one-time access requests: for each address that an active identity
/// of the realm uses, a 15-minute login code is made (audited) and its link queued for email.
/// Returns how many requests it took.
pub async fn send_one_time_access(state: &App) -> Result<usize, AppError> {
    use keybound_core::email_template::{human_time, TemplateKind};
    let requests = state.store.take_one_time_access(50).await?;
    for request in &requests {
        let Some(identity) = state
            .store
            .identity_by_email(&request.realm_id, &request.email)
            .await?
        else {
            continue;
        };
        // Not for administrators: a mailbox alone must never open the console. Their request
        // is treated as an unknown address's: the same answer, and no email.
        if crate::session::ensure_active(&identity).is_err() || state.store.is_admin(&identity.id).await? {
            continue;
        }
        let realm = state.store.realm(&request.tenant_id, &request.realm_id).await?;
        let client = Client {
            ip: request.ip.clone(),
            user_agent: request.user_agent.clone(),
        };
        let event = client.event(state, Action::OneTimeAccessRequested);
        let created = issue(
            state,
            &realm,
            identity.clone(),
            ONE_TIME_ACCESS_LIFETIME,
            SIGNIN,
            event,
        )
        .await?;
        let message = crate::email::Personal {
            link: created.link,
            expire_time: human_time(created.code.expire_time),
            ..Default::default()
        };
        crate::email::queue_templated(state, &realm, &identity, TemplateKind::OneTimeAccess, message).await?;
    }
    Ok(requests.len())
}

/// Said for a login link that is malformed, unknown, used or expired.
pub const LINK_SPENT: &str =
    "This sign-in link has been used or has expired. Ask your administrator for a new one.";

/// The unused login code `code` (`<id>.<secret>`) of `purpose` and whom it is for, without
/// using it: opening a link must not spend it, so that mail and chat previews cannot.
pub async fn peek(app: &App, purpose: &str, code: &str) -> Result<(LoginCode, Identity), AppError> {
    let (id, secret_text) = split(code).ok_or_else(|| AppError::gone(LINK_SPENT))?;
    let found = app
        .store
        .peek_login_code(purpose, id, secret_text, app.clock.now())
        .await?
        .ok_or_else(|| AppError::gone(LINK_SPENT))?;
    let identity = app.store.identity(&found.realm_id, &found.identity_id).await?;
    Ok((found, identity))
}

/// Uses a sign-in link (once, however many try) and opens a session: (session, cookie value).
/// A suspended person's link is refused before it is spent, so it still works if they are
/// resumed before it expires.
pub async fn redeem(app: &App, code: &str, client: &Client) -> Result<(Session, String), AppError> {
    let (_, identity) = peek(app, SIGNIN, code).await?;
    crate::session::ensure_active(&identity)?;
    let (id, secret_text) = split(code).ok_or_else(|| AppError::gone(LINK_SPENT))?;
    let redeemed = app
        .store
        .redeem_login_code(SIGNIN, id, secret_text, app.clock.now())
        .await?
        .ok_or_else(|| AppError::gone(LINK_SPENT))?;
    let opened = crate::session::open(
        app,
        &identity,
        None,
        keybound_core::oidc::amr(None, false),
        client,
    )
    .await?;
    let event = client
        .event(app, Action::LoginCodeRedeemed)
        .realm(&identity.realm_id)
        .by(Actor::identity(&identity.id))
        .about(&identity.id)
        .on("login_code", &redeemed.id)
        .detail("signed in with a one-time link");
    audit::record(app, event).await;
    Ok(opened)
}
