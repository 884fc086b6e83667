//! Administrators' first way in: a one-time admin link (printed by `keybound admin link`, and by
//! `keybound serve` while no administrator has a passkey) with which that administrator creates
//! a passkey, which signs them in to the console.

use crate::audit::{self, Client};
use crate::registration::{self, KeyRequest};
use crate::{App, AppError, Result};
use keybound_core::audit::{Action, Actor};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::identity::{Identity, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::login_code::{self, LoginCode, ADMIN_SETUP};
use serde_json::Value;
use time::Duration;

/// How long an admin link works.
pub const ADMIN_LINK_LIFETIME: Duration = Duration::hours(1);
/// Said for an admin link that is malformed, used or expired.
pub const LINK_SPENT: &str = "error-admin-link-spent";

fn spent() -> AppError {
    AppError::said(crate::ErrorKind::Gone, LINK_SPENT)
}

/// A one-time link with which `username` (in the first realm) creates a passkey and becomes an
/// administrator: nothing is granted until the link is used. A username that does not exist is
/// an error unless `create` says to make that person (audited as created by the system).
pub async fn admin_link(app: &App, username: &str, create: bool) -> Result<String> {
    let realm = app.default_realm().await?;
    let actor = crate::Actor::system();
    let existing = app.store.identity_by_username(&realm.id, username).await?;
    let identity = match existing {
        Some(identity) => identity,
        None if create => {
            let new = NewIdentity {
                display_name: username.to_owned(),
                status: IdentityStatus::Active,
                source: Source::Local,
                traits: Traits {
                    username: username.to_owned(),
                    ..Traits::default()
                },
            };
            crate::identities::create(app, &actor, &realm, new, &[]).await?
        }
        None => {
            return Err(AppError::not_found(format!(
                "there is no user `{username}` in the realm \"{}\"; check the name, or add --create to make a new administrator",
                realm.display_name
            )))
        }
    };
    if identity.status == IdentityStatus::Suspended {
        return Err(AppError::forbidden(format!(
            "`{username}` is suspended; resume it first"
        )));
    }
    let event = actor.event(app, Action::LoginCodeCreated);
    let created =
        crate::login_codes::issue(app, &realm, identity, ADMIN_LINK_LIFETIME, ADMIN_SETUP, event).await?;
    Ok(created.link)
}

/// The unused admin link `code` and whom it is for, without using it.
pub async fn peek(app: &App, code: &str) -> Result<(LoginCode, Identity)> {
    crate::login_codes::peek(app, ADMIN_SETUP, code)
        .await
        .map_err(|e| match e.kind() {
            crate::ErrorKind::Gone => spent(),
            _ => e,
        })
}

/// Begins the administrator's passkey ceremony: (ceremony id, creation options).
pub async fn setup_begin(app: &App, code: &str) -> Result<(String, Value)> {
    let (found, identity) = peek(app, code).await?;
    crate::session::ensure_active(&identity)?;
    registration::start(
        app,
        &identity,
        &[],
        (CeremonyPurpose::AdminSetup, &found.id),
        &KeyRequest::default(),
        Some(registration::CEREMONIES_PER_LINK),
    )
    .await
}

/// Verifies the passkey, then uses the link (once, however many try) and opens a session:
/// returns the session cookie value.
pub async fn setup_finish(
    app: &App,
    code: &str,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<String> {
    let gone = spent;
    let now = app.clock.now();
    let (id, secret) = login_code::split(code).ok_or_else(gone)?;
    let (code_id, saved) = app
        .store
        .take_ceremony(ceremony_id, CeremonyPurpose::AdminSetup, now)
        .await?
        .filter(|(code_id, _)| code_id == id)
        .ok_or_else(gone)?;
    let found = app
        .store
        .peek_login_code(ADMIN_SETUP, &code_id, secret, now)
        .await?
        .ok_or_else(gone)?;
    let credential = registration::verify(
        app,
        &saved,
        answer,
        &[],
        (&found.identity_id, &found.realm_id, &found.tenant_id),
        &KeyRequest::default(),
        now,
    )
    .await?;
    // The code used up, the passkey, the role and their audit events in one transaction.
    let identity = app
        .atomically(async {
            let identity = app.store.identity(&found.realm_id, &found.identity_id).await?;
            crate::session::ensure_active(&identity)?;
            app.store
                .redeem_login_code(ADMIN_SETUP, &code_id, secret, now)
                .await?
                .ok_or_else(gone)?;
            app.store.add_credential(&credential).await?;
            let event = client
                .event(app, Action::CredentialBound)
                .realm(&identity.realm_id)
                .by(Actor::identity(&identity.id))
                .about(&identity.id)
                .on("credential", &credential.id)
                .detail("administrator passkey created with an admin link");
            audit::write(app, event).await?;
            if !app.store.is_admin(&identity.id).await? {
                let admin = keybound_core::role::RoleGrant::new(keybound_core::role::Role::Admin, Vec::new());
                app.store.set_role(&identity.id, Some(&admin)).await?;
                let event = client
                    .event(app, Action::RoleGranted)
                    .realm(&identity.realm_id)
                    .by(keybound_core::audit::Actor::system())
                    .about(&identity.id)
                    .on("identity", &identity.id)
                    .detail(format!(
                        "{} became an administrator with an admin link",
                        identity.traits.username
                    ));
                audit::write(app, event).await?;
            }
            crate::binding::revoke_superseded(app, &identity.realm_id, &identity.id, client).await?;
            Ok(identity)
        })
        .await?;
    let (_, cookie) = crate::session::open(
        app,
        &identity,
        Some(&credential.id),
        crate::signin::amr_of(&credential),
        client,
    )
    .await?;
    Ok(cookie)
}
