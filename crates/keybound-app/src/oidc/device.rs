//! The device authorization grant (RFC 8628), for a CLI, TV or kiosk without a browser: the
//! device asks for a pair of codes, shows the user code and `{public_url}/device`, and polls the
//! token endpoint with the device code while the person approves or denies the request in a
//! browser, signed in with a passkey. The approval is always asked, even of an application that
//! skips consent; the user code says which realm and application it is for.

use super::*;
use keybound_core::application::DEVICE_CODE_GRANT;
use keybound_store::RateCount;
use keybound_store::{DevicePoll, PendingDevice};

/// How long the codes work.
pub const DEVICE_LIFETIME: Duration = Duration::minutes(10);
/// Seconds a device waits between polls.
pub const POLL_INTERVAL: i64 = 5;
/// Characters of a user code (of the enrolment code's unambiguous alphabet).
const USER_CODE_LENGTH: usize = 8;

/// Wrong user codes one address may type before it must wait, and how long.
const CODE_TRIES: i64 = 10;
pub(crate) const CODE_WINDOW: Duration = Duration::minutes(10);

/// A new user code, without its dash.
fn new_user_code() -> String {
    keybound_core::binding::random_code(USER_CODE_LENGTH)
}

/// A typed user code, in any case, with or without its dash or spaces; `None` if it cannot be
/// one.
pub fn normalize_user_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let alphabet = keybound_core::binding::CODE_ALPHABET;
    (code.len() == USER_CODE_LENGTH && code.bytes().all(|b| alphabet.contains(&b))).then_some(code)
}

/// `WDJBMJHT` as people read it: `WDJB-MJHT`.
pub fn display_user_code(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// `{issuer}/device_authorization`: a device code and a user code for an application allowed
/// the device grant.
pub async fn authorize_device(
    app: &App,
    realm_id: &str,
    client: &ClientCredentials,
    scope: Option<&str>,
    resource: Option<&str>,
) -> Result<Value, OAuthError> {
    let application = authenticate_client(app, realm_id, client).await?;
    if !application
        .protocol
        .grant_types
        .iter()
        .any(|g| g == DEVICE_CODE_GRANT)
    {
        return Err(OAuthError::new(
            400,
            "unauthorized_client",
            "the application is not allowed the device authorization grant",
        ));
    }
    let scopes = requested_scopes(scope.unwrap_or("openid"), &application.protocol.allowed_scopes)
        .map_err(|why| OAuthError::new(400, "invalid_scope", why))?;
    let resource = checked_resource(&application, resource)?;
    let now = app.clock.now();
    let device_code = secret::random_secret();
    let pending = PendingDevice {
        application_id: application.id.clone(),
        realm_id: realm_id.to_owned(),
        scopes,
        resource,
    };
    for _ in 0..5 {
        let user_code = new_user_code();
        let created = app
            .store
            .create_device_authorization(
                &secret::hash(&device_code),
                &secret::hash(&user_code),
                &pending,
                POLL_INTERVAL,
                now + DEVICE_LIFETIME,
                now,
            )
            .await?;
        if created {
            let uri = format!("{}/device", app.public_url);
            return Ok(json!({
                "device_code": device_code,
                "user_code": display_user_code(&user_code),
                "verification_uri": uri,
                "verification_uri_complete": format!("{uri}?user_code={user_code}"),
                "expires_in": DEVICE_LIFETIME.whole_seconds(),
                "interval": POLL_INTERVAL,
            }));
        }
    }
    Err(OAuthError::new(
        503,
        "temporarily_unavailable",
        "no free user code; try again",
    ))
}

/// What a typed user code asks for: the application and the request, if the code is pending.
/// Every look-up counts against the address, like the enrolment code's.
pub async fn request_of(
    app: &App,
    typed: &str,
    client: &audit::Client,
) -> Result<Option<(Application, PendingDevice)>, AppError> {
    // Counted before it is looked up, so parallel guesses get no more looks than the limit; a
    // right one is given back.
    let key = format!("device-code-tries:{}", client.ip);
    let now = app.clock.now();
    if !app
        .store
        .rate_limit(&RateCount {
            key: &key,
            max: CODE_TRIES,
            window: CODE_WINDOW,
            now,
        })
        .await?
    {
        return Err(AppError::said(
            crate::ErrorKind::TooManyRequests,
            "error-too-many-codes",
        ));
    }
    let pending = match normalize_user_code(typed) {
        Some(code) => app.store.pending_device(&secret::hash(&code), now).await?,
        None => None,
    };
    let Some(pending) = pending else {
        return Ok(None);
    };
    app.store.rate_limit_refund(&key).await?;
    let application = app
        .store
        .application(&pending.realm_id, &pending.application_id)
        .await?;
    Ok(Some((application, pending)))
}

/// The person signed in as `who` approves (or denies) the request of a user code. False when
/// the code is no longer pending (expired, already decided).
pub async fn decide(
    app: &App,
    who: &Authenticated,
    typed: &str,
    approve: bool,
    client: &audit::Client,
) -> Result<bool, AppError> {
    let Some((application, pending)) = request_of(app, typed, client).await? else {
        return Ok(false);
    };
    let code = normalize_user_code(typed).unwrap_or_default();
    let now = app.clock.now();
    if !approve {
        return Ok(app.store.decide_device(&secret::hash(&code), None, now).await?);
    }
    if let Err(why) = may_sign_in(app, &application, &who.identity).await? {
        return Err(AppError::said(crate::ErrorKind::Forbidden, why));
    }
    let grant = Grant {
        application_id: application.id.clone(),
        realm_id: application.realm_id.clone(),
        identity_id: Some(who.identity.id.clone()),
        session_id: Some(who.session.id.clone()),
        scopes: pending.scopes,
        nonce: None,
        auth_time: Some(who.session.create_time.unix_timestamp()),
        amr: who.session.amr.clone(),
        family_id: keybound_core::new_id(),
        resource: pending.resource,
        dpop_jkt: None,
    };
    let event = client
        .event(app, keybound_core::audit::Action::ApplicationSignedIn)
        .realm(&application.realm_id)
        .by(Actor::identity(&who.identity.id))
        .about(&who.identity.id)
        .on("application", &application.id)
        .detail(format!(
            "approved a device's sign-in to \"{}\"",
            application.display_name
        ));
    app.atomically(async {
        let decided = app
            .store
            .decide_device(&secret::hash(&code), Some(&grant), now)
            .await?;
        if decided {
            audit::write(app, event).await?;
        }
        Ok(decided)
    })
    .await
}

/// The token endpoint's device grant: `authorization_pending`, `slow_down`, `access_denied`,
/// `expired_token`, `invalid_grant` for a used or unknown code, or the tokens, once.
pub(super) async fn device_grant(
    app: &App,
    application: &Application,
    form: TokenForm,
) -> Result<Value, OAuthError> {
    let device_code = form
        .device_code
        .clone()
        .ok_or_else(|| OAuthError::request("device_code is required"))?;
    let resource = checked_resource(application, form.resource.as_deref())?;
    let now = app.clock.now();
    let offline = application
        .protocol
        .allowed_scopes
        .iter()
        .any(|s| s == "offline_access");
    let (tokens, access, refresh) = new_tokens(
        app,
        application,
        offline.then(secret::random_secret),
        form.dpop_jkt.clone(),
    );
    // The poll that takes the grant stores the tokens with it, or neither happens.
    let polled = app
        .atomically(async {
            let polled = app
                .store
                .poll_device(&secret::hash(&device_code), &application.id, now)
                .await?;
            if let DevicePoll::Approved(grant) = &polled {
                app.store.create_tokens(grant, &tokens, now).await?;
            }
            Ok(polled)
        })
        .await?;
    let grant = match polled {
        DevicePoll::Approved(grant) => *grant,
        DevicePoll::Pending => {
            return Err(OAuthError::new(
                400,
                "authorization_pending",
                "the person has not answered yet",
            ))
        }
        DevicePoll::SlowDown => {
            return Err(OAuthError::new(
                400,
                "slow_down",
                "polled sooner than the interval allows; wait 5 seconds longer from now on",
            ))
        }
        DevicePoll::Denied => {
            return Err(OAuthError::new(
                400,
                "access_denied",
                "the person denied the request",
            ))
        }
        DevicePoll::Expired => {
            return Err(OAuthError::new(
                400,
                "expired_token",
                "the device code has expired",
            ))
        }
        DevicePoll::Used | DevicePoll::Unknown => {
            return Err(OAuthError::grant(
                "the device code is not valid or was already used",
            ))
        }
    };
    let Some(identity) = live_identity(app, application, &grant).await? else {
        return Err(OAuthError::grant(
            "the person may no longer sign in to this application",
        ));
    };
    let refresh = refresh.filter(|_| grant.scopes.iter().any(|s| s == "offline_access"));
    let grant = keybound_core::oidc::Grant {
        dpop_jkt: form.dpop_jkt.clone(),
        ..grant
    };
    let access = match resource.or_else(|| declared(application, grant.resource.as_deref())) {
        Some(resource) => {
            jwt_access_token(app, application, &grant, &identity.id, &resource, &access).await?
        }
        None => access,
    };
    token_answer(app, application, &grant, &identity, access, refresh, None).await
}
