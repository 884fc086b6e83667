//! "Activate now as an administrator": with a person's contactless card at hand, an
//! administrator runs the registration ceremony in their own browser for that person.
//! Keybound makes a PIN for the admin to set on the card when the browser asks, binds the card
//! to the person (not the admin), and emails the person the PIN with the card's name.

use crate::registration::{self, KeyRequest};
use crate::{audit, App, AppError, Result};
use keybound_core::audit::Action;
use keybound_core::binding::{BindingJob, DeviceType};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::email_template::TemplateKind;
use keybound_core::identity::Identity;
use keybound_core::realm::Realm;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const PIN_DIGITS: usize = 6;
const DEFAULT_CARD_NAME: &str = "Contactless card";

/// The open contactless-card job `job_id` of identity `id` in `realm`, and that person, if
/// `actor` may activate it.
pub async fn card_job(
    app: &App,
    actor: &crate::Actor,
    realm: &Realm,
    id: &str,
    job_id: &str,
) -> Result<(Identity, BindingJob)> {
    actor.require("credential-binding-jobs:update")?;
    let user = app.store.identity(&realm.id, id).await?;
    actor.require_over(app, &user).await?;
    let job = app.store.job_by_id(job_id).await?;
    if job.identity_id != user.id
        || job.realm_id != realm.id
        || job.device_type != DeviceType::ContactlessCard
    {
        return Err(AppError::not_found(
            "no contactless card waiting for activation here",
        ));
    }
    if let Some(why) = job.refusal(app.clock.now()) {
        return Err(AppError::said(crate::ErrorKind::Gone, why));
    }
    Ok((user, job))
}

/// The card's name, as the job gives it.
pub fn card_name(job: &BindingJob) -> String {
    job.key_name.clone().unwrap_or_else(|| DEFAULT_CARD_NAME.into())
}

/// A begun activation: the ceremony, its creation options, and the PIN to set on the card.
#[derive(Debug, Serialize)]
pub struct Begun {
    pub ceremony_id: String,
    pub public_key: Value,
    pub pin: String,
}

#[derive(Serialize, Deserialize)]
struct Pending {
    job: String,
    pin: String,
}

pub async fn begin(app: &App, actor: &crate::Actor, realm: &Realm, id: &str, job_id: &str) -> Result<Begun> {
    let (user, job) = card_job(app, actor, realm, id, job_id).await?;
    let config = app
        .store
        .config(&job.realm_id, &job.authenticator_config_id)
        .await?;
    let pin = keybound_core::secret::random_digits(PIN_DIGITS);
    let subject = serde_json::to_string(&Pending {
        job: job.id.clone(),
        pin: pin.clone(),
    })
    .map_err(|e| AppError::internal("activation state", &e))?;
    let (ceremony_id, public_key) = registration::start(
        app,
        &user,
        &[],
        (CeremonyPurpose::CardActivation, &subject),
        &KeyRequest::of_job(&job, &config),
        None,
    )
    .await?;
    Ok(Begun {
        ceremony_id,
        public_key,
        pin,
    })
}

/// A finished activation: the new passkey, and where the PIN was emailed (if the person has
/// an address).
#[derive(Debug, Serialize)]
pub struct Activated {
    pub credential_id: String,
    pub emailed_to: Option<String>,
}

/// Verifies the card's answer, binds it to the person and emails them the PIN.
pub async fn finish(
    app: &App,
    actor: &crate::Actor,
    realm: &Realm,
    id: &str,
    ceremony_id: &str,
    answer: Value,
) -> Result<Activated> {
    let now = app.clock.now();
    let (subject, saved) = app
        .store
        .take_ceremony(ceremony_id, CeremonyPurpose::CardActivation, now)
        .await?
        .ok_or_else(|| AppError::gone("This attempt has expired or was already used. Start again."))?;
    let pending: Pending =
        serde_json::from_str(&subject).map_err(|e| AppError::internal("activation state", &e))?;
    let (user, job) = card_job(app, actor, realm, id, &pending.job).await?;
    let config = app
        .store
        .config(&job.realm_id, &job.authenticator_config_id)
        .await?;
    let credential = registration::verify(
        app,
        &saved,
        answer,
        &[],
        (&user.id, &user.realm_id, &user.tenant_id),
        &KeyRequest::of_job(&job, &config),
        now,
    )
    .await?;
    // The card, the job's completion, the PIN's email and their audit events in one
    // transaction.
    let card = card_name(&job);
    app.atomically(async {
        let superseded = app.store.complete_binding(&job.id, &credential, now).await?;
        if user.traits.primary_email_address.is_some() {
            let message = crate::email::Personal {
                code: pending.pin,
                key_name: card.clone(),
                ..Default::default()
            };
            crate::email::queue_templated(app, realm, &user, TemplateKind::PinNotice, message).await?;
        }
        let event = actor
            .event(app, Action::CredentialBound)
            .realm(&realm.id)
            .about(&user.id)
            .on("credential", &credential.id)
            .detail(format!(
                "contactless card \"{card}\" activated by an administrator; PIN emailed to the user"
            ));
        audit::write(app, event).await?;
        crate::binding::record_completed(app, &job, &credential.id, actor.recorded(), &actor.client).await?;
        crate::binding::record_superseded(app, &user.realm_id, &user.id, &actor.client, superseded).await
    })
    .await?;
    Ok(Activated {
        credential_id: credential.id,
        emailed_to: user.traits.primary_email_address,
    })
}
