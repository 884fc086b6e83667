//! What a signed-in person does with their own account: add, rename and remove passkeys, see
//! and end their sessions, read their recent sign-ins. Every function takes an
//! [`Authenticated`] session, so only an active person with a live session gets here; every
//! change is audited with them as the actor.

use crate::audit::{self, Client};
use crate::registration::{self, KeyRequest};
use crate::session::{Authenticated, Ending};
use crate::{App, AppError, ErrorKind, Result};
use keybound_core::audit::{Action, Actor, AuditEvent};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::Credential;
use keybound_core::page::PageRequest;
use keybound_core::session::Session;
use serde_json::Value;

/// Everything the account page shows.
pub struct Overview {
    pub passkeys: Vec<Credential>,
    pub sessions: Vec<Session>,
    /// The latest sign-ins and refused attempts with the person's passkeys, newest first.
    pub signins: Vec<AuditEvent>,
}

pub async fn overview(app: &App, who: &Authenticated) -> Result<Overview> {
    let session = &who.session;
    let all = PageRequest {
        size: 200,
        after: None,
    };
    let mut query = keybound_store::AuditQuery::default();
    query.filter.clauses = vec![
        keybound_core::filter::Clause::eq("action", Action::SessionStarted.as_str()),
        keybound_core::filter::Clause::eq("identity_id", &session.identity_id),
    ];
    let latest = PageRequest {
        size: 10,
        after: None,
    };
    let (passkeys, sessions, signins) = tokio::try_join!(
        app.store
            .list_credentials(&session.realm_id, &session.identity_id, all),
        app.store.live_sessions(&session.identity_id, app.clock.now()),
        app.store.list_audit(&session.realm_id, &query, latest),
    )?;
    Ok(Overview {
        passkeys: passkeys.items,
        sessions,
        signins: signins.items,
    })
}

/// A registration ceremony for another passkey of the signed-in person: (ceremony id, options).
pub async fn add_passkey_begin(app: &App, who: &Authenticated) -> Result<(String, Value)> {
    let identity = still_active(app, who).await?;
    registration::start(
        app,
        &identity,
        &[],
        (CeremonyPurpose::AddPasskey, &who.identity.id),
        &KeyRequest::default(),
        None,
    )
    .await
}

/// Verifies the new passkey and adds it.
pub async fn add_passkey_finish(
    app: &App,
    who: &Authenticated,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<Credential> {
    still_active(app, who).await?;
    let now = app.clock.now();
    let session = &who.session;
    let (identity_id, saved) = app
        .store
        .take_ceremony(ceremony_id, CeremonyPurpose::AddPasskey, now)
        .await?
        .filter(|(identity_id, _)| *identity_id == session.identity_id)
        .ok_or_else(|| AppError::said(crate::ErrorKind::Gone, "error-attempt-expired"))?;
    let credential = registration::verify(
        app,
        &saved,
        answer,
        &[],
        (&identity_id, &session.realm_id, &session.tenant_id),
        &KeyRequest::default(),
        now,
    )
    .await?;
    app.atomically(async {
        app.store.add_credential(&credential).await?;
        let event = own_event(app, client, session, Action::CredentialBound)
            .on("credential", &credential.id)
            .detail(format!("\"{}\" added on the account page", credential.name));
        audit::write(app, event).await?;
        crate::binding::revoke_superseded(app, &session.realm_id, &session.identity_id, client).await
    })
    .await?;
    Ok(credential)
}

pub async fn rename_passkey(
    app: &App,
    who: &Authenticated,
    id: &str,
    name: &str,
    client: &Client,
) -> Result<Credential> {
    app.atomically(async {
        let session = &who.session;
        let before = app
            .store
            .credential(&session.realm_id, &session.identity_id, id)
            .await?;
        let renamed = app
            .store
            .rename_credential(&session.realm_id, &session.identity_id, id, name, app.clock.now())
            .await?;
        let event = own_event(app, client, session, Action::CredentialRenamed)
            .on("credential", id)
            .detail(format!("\"{}\" renamed to \"{}\"", before.name, renamed.name));
        audit::write(app, event).await?;
        Ok(renamed)
    })
    .await
}

/// Saves the language the person reads pages and email in (a language Keybound speaks).
pub async fn set_locale(app: &App, who: &Authenticated, locale: &str, client: &Client) -> Result<()> {
    let lang = crate::i18n::Lang::spoken("locale", locale)?;
    app.atomically(async {
        let session = &who.session;
        let patch = keybound_core::identity::IdentityPatch {
            locale: Some(Some(lang.code().to_owned())),
            ..Default::default()
        };
        app.store
            .update_identity(&session.realm_id, &session.identity_id, &patch, app.clock.now())
            .await?;
        let event = own_event(app, client, session, Action::IdentityUpdated)
            .on("identity", &session.identity_id)
            .detail(format!("language set to {}", lang.code()));
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

/// Turns one of the person's passkeys off. The last one needs `confirm_last`: without a
/// passkey the person cannot sign in again.
pub async fn remove_passkey(
    app: &App,
    who: &Authenticated,
    id: &str,
    confirm_last: bool,
    client: &Client,
) -> Result<Credential> {
    app.atomically(async {
        let session = &who.session;
        app.store
            .credential(&session.realm_id, &session.identity_id, id)
            .await?;
        let active = app.store.active_credential_ids(&session.identity_id).await?;
        if active.len() <= 1 && !confirm_last {
            return Err(AppError::said(ErrorKind::Conflict, "error-last-passkey"));
        }
        let removed = app
            .store
            .revoke_credential(&session.realm_id, &session.identity_id, id, app.clock.now())
            .await?;
        let event = own_event(app, client, session, Action::CredentialRevoked)
            .on("credential", id)
            .detail(format!("\"{}\" removed on the account page", removed.name));
        audit::write(app, event).await?;
        Ok(removed)
    })
    .await
}

/// Signs this browser out.
pub async fn sign_out(app: &App, who: &Authenticated, client: &Client) -> Result<()> {
    app.atomically(async {
        let session = &who.session;
        crate::session::end(app, &session.identity_id, Ending::One(&session.id)).await?;
        let event = own_event(app, client, session, Action::SessionEnded)
            .on("session", &session.id)
            .detail("signed out");
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

/// Signs one of the person's sessions out.
pub async fn revoke_session(app: &App, who: &Authenticated, id: &str, client: &Client) -> Result<()> {
    app.atomically(async {
        let session = &who.session;
        crate::session::end(app, &session.identity_id, Ending::One(id)).await?;
        let event = own_event(app, client, session, Action::SessionEnded)
            .on("session", id)
            .detail("signed out on the account page");
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

/// Signs out everywhere, this browser included; returns how many sessions ended.
pub async fn revoke_all_sessions(app: &App, who: &Authenticated, client: &Client) -> Result<u64> {
    app.atomically(async {
        let session = &who.session;
        let revoked = crate::session::end(app, &session.identity_id, Ending::All).await?;
        let event = own_event(app, client, session, Action::SessionEnded)
            .on("identity", &session.identity_id)
            .detail(format!("signed out everywhere ({revoked} sessions)"));
        audit::write(app, event).await?;
        Ok(revoked)
    })
    .await
}

/// The person as they are now: a ceremony that outlasts a suspension must not finish.
async fn still_active(app: &App, who: &Authenticated) -> Result<keybound_core::identity::Identity> {
    let identity = app
        .store
        .identity(&who.session.realm_id, &who.session.identity_id)
        .await?;
    crate::session::ensure_active(&identity)?;
    Ok(identity)
}

/// An event the signed-in person caused on their own account.
fn own_event(app: &App, client: &Client, session: &Session, what: Action) -> AuditEvent {
    client
        .event(app, what)
        .realm(&session.realm_id)
        .by(Actor::identity(&session.identity_id))
        .about(&session.identity_id)
}
