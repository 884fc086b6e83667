//! Login codes: one-time sign-in links an admin makes for a person without a passkey.

use crate::audit::{self, Client};
use crate::{App, AppError};
use keybound_core::audit::{Action, Actor, AuditEvent};
use keybound_core::identity::Identity;
use keybound_core::login_code::{split, LoginCode, OneTimeAccessRequest, SIGNIN};
use keybound_core::realm::Realm;
use keybound_core::secret;
use keybound_core::session::Session;
use keybound_store::RateCount;
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
    state
        .atomically(async {
            state.store.create_login_code(&code).await?;
            let event = event
                .realm(&realm.id)
                .about(&code.identity_id)
                .on("login_code", &code.id)
                .detail(format!(
                    "valid until {}",
                    keybound_core::time_fmt::rfc3339(code.expire_time)
                ));
            crate::audit::write(state, event).await
        })
        .await?;
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

/// Is "Don't have access to your passkey?" offered in `realm_id`? Only where email reaches
/// people and the realm's settings turn it on.
pub async fn one_time_access_offered(state: &App, realm_id: &str) -> Result<bool, AppError> {
    Ok(state.email_delivers && state.store.realm_settings(realm_id).await?.email_one_time_access)
}

/// Requests per client address, and per email address, in a window.
const OTA_PER_ADDRESS: i64 = 10;
const OTA_PER_EMAIL: i64 = 3;
pub(crate) const OTA_WINDOW: Duration = Duration::minutes(15);

/// Records a request for a one-time sign-in link to `address` in `realm`: NotFound where it is
/// not offered, Invalid for what is not an email address, TooManyRequests past 10 requests
/// per client address or 3 per email address in 15 minutes. It does the same work for every
/// address, known or not (nothing is looked up here), so neither its answer nor its timing
/// tells which addresses have accounts; [`send_one_time_access`] does the rest in the
/// background.
pub async fn request_one_time_access(
    state: &App,
    realm: &Realm,
    address: &str,
    client: &Client,
) -> Result<(), AppError> {
    if !one_time_access_offered(state, &realm.id).await? {
        return Err(AppError::said(
            crate::ErrorKind::NotFound,
            "error-email-signin-off",
        ));
    }
    let email = address.trim().to_lowercase();
    if !keybound_core::identity::is_email(&email) || email.len() > keybound_core::identity::MAX_EMAIL {
        return Err(AppError::bad_field(
            "email",
            "must be an email address like name@example.com",
        ));
    }
    let now = state.clock.now();
    let too_many = || AppError::said(crate::ErrorKind::TooManyRequests, "error-too-many-requests");
    let per_address = format!("ota-address:{}", client.ip);
    if !state
        .store
        .rate_limit(&RateCount {
            key: &per_address,
            max: OTA_PER_ADDRESS,
            window: OTA_WINDOW,
            now,
        })
        .await?
    {
        return Err(too_many());
    }
    let per_email = format!("ota-email:{email}");
    if !state
        .store
        .rate_limit(&RateCount {
            key: &per_email,
            max: OTA_PER_EMAIL,
            window: OTA_WINDOW,
            now,
        })
        .await?
    {
        return Err(too_many());
    }
    let request = OneTimeAccessRequest {
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        email,
        ip: client.ip.clone(),
        user_agent: client.user_agent.clone(),
        create_time: now,
    };
    state.store.queue_one_time_access(&request).await?;
    Ok(())
}

/// Works through recorded one-time access requests: for each address that an active identity
/// of the realm uses, a 15-minute login code is made (audited) and its link queued for email.
/// Returns how many requests it took.
pub async fn send_one_time_access(state: &App) -> Result<usize, AppError> {
    use keybound_core::email_template::TemplateKind;
    let requests = state.store.take_one_time_access(50).await?;
    for request in &requests {
        let Some(identity) = state
            .store
            .identity_by_email(&request.realm_id, &request.email)
            .await?
        else {
            continue;
        };
        // Not for anyone with a console role: a mailbox alone must never open the console.
        // Their request is treated as an unknown address's: the same answer, and no email.
        if crate::session::ensure_active(&identity).is_err() || identity.role.is_some() {
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
            expire_time: Some(created.code.expire_time),
            ..Default::default()
        };
        crate::email::queue_templated(state, &realm, &identity, TemplateKind::OneTimeAccess, message).await?;
    }
    Ok(requests.len())
}

/// Said for a login link that is malformed, unknown, used or expired.
pub const LINK_SPENT: &str = "text-link-spent";

fn spent() -> AppError {
    AppError::said(crate::ErrorKind::Gone, LINK_SPENT)
}

/// The unused login code `code` (`<id>.<secret>`) of `purpose` and whom it is for, without
/// using it: opening a link must not spend it, so that mail and chat previews cannot.
pub async fn peek(app: &App, purpose: &str, code: &str) -> Result<(LoginCode, Identity), AppError> {
    let (id, secret_text) = split(code).ok_or_else(spent)?;
    let found = app
        .store
        .peek_login_code(purpose, id, secret_text, app.clock.now())
        .await?
        .ok_or_else(spent)?;
    let identity = app.store.identity(&found.realm_id, &found.identity_id).await?;
    Ok((found, identity))
}

/// Uses a sign-in link (once, however many try) and opens a session: (session, cookie value).
/// A suspended person's link is refused before it is spent, so it still works if they are
/// resumed before it expires.
pub async fn redeem(app: &App, code: &str, client: &Client) -> Result<(Session, String), AppError> {
    app.atomically(async {
        let (_, identity) = peek(app, SIGNIN, code).await?;
        crate::session::ensure_active(&identity)?;
        let (id, secret_text) = split(code).ok_or_else(spent)?;
        let redeemed = app
            .store
            .redeem_login_code(SIGNIN, id, secret_text, app.clock.now())
            .await?
            .ok_or_else(spent)?;
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
        audit::write(app, event).await?;
        Ok(opened)
    })
    .await
}
