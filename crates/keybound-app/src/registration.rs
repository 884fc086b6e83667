//! The WebAuthn registration ceremony, shared by binding links and codes and by the account
//! page's "add a passkey": discoverable and user-verified passkeys, the identity's existing
//! ones excluded, state kept in the database under a purpose.

use crate::webauthn::{aaguid, attestation_format, b64, relying_party, unb64, user_handle};
use crate::ErrorKind;
use crate::{App, AppError, Client};
use keybound_core::binding::{DevicePolicy, DeviceType, UserVerification};
use keybound_core::credential::{default_name, Credential, CredentialState};
use keybound_core::identity::Identity;
use keybound_core::secret;
use keybound_store::BindingBegun;
use serde::Deserialize;
use serde_json::Value;
use time::{Duration, OffsetDateTime};
use webauthn_rs::prelude::{CredentialID, PasskeyRegistration, RegisterPublicKeyCredential};

/// What kind of authenticator a ceremony asks for, and what its result must show (the device
/// types and key policies an admin chose).
#[derive(Debug, Clone, Default)]
pub struct KeyRequest {
    pub device_type: DeviceType,
    pub policy: DevicePolicy,
    /// Hardware keys only: an attestation is required, from one of these AAGUIDs (empty: any).
    pub attestation: Option<Vec<String>>,
    /// The name the admin gave the key; else the credential is named after its model.
    pub name: Option<String>,
    /// The config's rules for every passkey: attestation asked for, models refused, synced
    /// passkeys allowed or not.
    pub rules: keybound_core::binding::KeyRules,
}

impl KeyRequest {
    /// The request of a binding job, under its authenticator config.
    pub fn of_job(
        job: &keybound_core::binding::BindingJob,
        config: &keybound_core::binding::AuthenticatorConfig,
    ) -> Self {
        Self {
            device_type: job.device_type,
            policy: job.device_policy,
            attestation: (job.device_type == DeviceType::HardwareKey && config.require_attestation)
                .then(|| config.aaguid_allow_list.clone()),
            name: job.key_name.clone(),
            rules: config.rules.clone(),
        }
    }

    /// Adjusts webauthn-rs's creation options for the device type and policy.
    fn shape(&self, public_key: &mut Value) {
        let uv = match self.policy.user_verification {
            UserVerification::Required => "required",
            UserVerification::Preferred => "preferred",
        };
        let selection = &mut public_key["authenticatorSelection"];
        selection["residentKey"] = "required".into();
        selection["requireResidentKey"] = true.into();
        selection["userVerification"] = uv.into();
        if self.device_type != DeviceType::Any {
            selection["authenticatorAttachment"] = "cross-platform".into();
        }
        if self.policy.user_verification == UserVerification::Preferred {
            public_key["extensions"]["credentialProtectionPolicy"] = "userVerificationOptional".into();
        }
        let hints: &[&str] = match self.device_type {
            DeviceType::Any => &[],
            DeviceType::Smartphone if self.policy.bluetooth_proximity => &["hybrid"],
            DeviceType::Smartphone | DeviceType::ContactlessCard | DeviceType::HardwareKey => {
                &["security-key"]
            }
        };
        if !hints.is_empty() {
            public_key["hints"] = hints.iter().map(|h| Value::from(*h)).collect();
        }
        let conveyance = self.rules.attestation_conveyance.as_str();
        if conveyance != "none" && !conveyance.is_empty() {
            public_key["attestation"] = conveyance.into();
        } else if self.attestation.is_some() {
            public_key["attestation"] = "direct".into();
        }
    }

    /// Refuses a verified registration whose authenticator does not match the request. The
    /// transports and attachment are what the browser reports; the AAGUID, attestation format
    /// and backup eligibility come from the signed attestation object.
    fn check(&self, answer: &Value, backup_eligible: bool) -> Result<(), AppError> {
        let model = answer["response"]["attestationObject"].as_str().and_then(aaguid);
        if let Some(denied) = model.as_ref().filter(|m| self.rules.aaguid_deny_list.contains(m)) {
            let refusal = match keybound_core::credential::model_name(denied) {
                Some(name) => {
                    let args = vec![("name", name.to_owned()), ("model", denied.clone())];
                    AppError::said_with(ErrorKind::Unacceptable, "error-model-denied", args)
                }
                None => {
                    let args = vec![("model", denied.clone())];
                    AppError::said_with(ErrorKind::Unacceptable, "error-unnamed-model-denied", args)
                }
            };
            return Err(refusal);
        }
        if backup_eligible && !self.rules.synced_passkeys_allowed {
            return Err(AppError::said(
                ErrorKind::Unacceptable,
                "error-synced-not-allowed",
            ));
        }
        let transports = reported_transports(answer);
        let attachment = answer["authenticatorAttachment"].as_str();
        let has = |t: &str| transports.contains(&t);
        let refuse = |why: &'static str| Err(AppError::said(ErrorKind::Unacceptable, why));
        let roaming =
            attachment != Some("platform") && !(transports.is_empty() || transports == ["internal"]);
        match self.device_type {
            DeviceType::Any => {}
            _ if !roaming => {
                return refuse(match self.device_type {
                    DeviceType::Smartphone => "error-not-built-in-smartphone",
                    DeviceType::ContactlessCard => "error-not-built-in-card",
                    _ => "error-not-built-in-key",
                })
            }
            DeviceType::Smartphone if self.policy.bluetooth_proximity && !has("hybrid") => {
                return refuse("error-needs-phone")
            }
            DeviceType::Smartphone if !self.policy.bluetooth_proximity && has("hybrid") => {
                return refuse("error-no-bluetooth")
            }
            DeviceType::ContactlessCard if !has("nfc") => return refuse("error-needs-card"),
            DeviceType::HardwareKey if !(has("usb") || has("nfc") || has("ble")) || has("hybrid") => {
                return refuse("error-needs-key")
            }
            _ => {}
        }
        if let Some(allowed) = &self.attestation {
            let object = answer["response"]["attestationObject"]
                .as_str()
                .unwrap_or_default();
            if attestation_format(object).as_deref().is_none_or(|f| f == "none") {
                return refuse("error-no-attestation");
            }
            let model = aaguid(object);
            if !allowed.is_empty() && !model.as_ref().is_some_and(|m| allowed.contains(m)) {
                let model = model.unwrap_or_else(|| "unknown".to_owned());
                return Err(AppError::said_with(
                    ErrorKind::Unacceptable,
                    "error-model-not-approved",
                    vec![("model", model)],
                ));
            }
        }
        Ok(())
    }
}

/// The transports the browser reports for a new credential (`getTransports()`), known ones only.
fn reported_transports(answer: &Value) -> Vec<&str> {
    const KNOWN: [&str; 6] = ["usb", "nfc", "ble", "hybrid", "internal", "smart-card"];
    answer["response"]["transports"]
        .as_array()
        .map(|t| {
            t.iter()
                .filter_map(Value::as_str)
                .filter(|t| KNOWN.contains(t))
                .collect()
        })
        .unwrap_or_default()
}

/// How many ceremonies one binding link or admin link may have in flight at once.
pub const CEREMONIES_PER_LINK: i64 = 5;

/// How long a begun ceremony may take to finish.
pub const CEREMONY_LIFETIME: Duration = Duration::minutes(5);

/// Starts a ceremony for `identity`; returns its id and the creation options (WebAuthn JSON).
/// With `cap`, at most that many ceremonies of this purpose and subject may be in flight; one
/// more is refused (TooManyRequests) and stores nothing.
pub async fn start(
    state: &App,
    identity: &Identity,
    extra_origins: &[String],
    (purpose, subject): (keybound_core::ceremony::CeremonyPurpose, &str),
    key: &KeyRequest,
    cap: Option<i64>,
) -> Result<(String, Value), AppError> {
    let active = state.store.active_credential_ids(&identity.id).await?;
    let prepared = prepare(state, identity, &active, extra_origins, key)?;
    if !prepared.save(state, (purpose, subject), cap).await? {
        return Err(too_many_under_way());
    }
    Ok((prepared.ceremony_id, prepared.public_key))
}

/// The answer to a begin beyond [`CEREMONIES_PER_LINK`].
pub fn too_many_under_way() -> AppError {
    AppError::new(
        crate::ErrorKind::TooManyRequests,
        "Too many attempts with this link are under way. Finish one, or wait five minutes.",
    )
}

/// A ceremony made but not yet kept: [`start`] in two steps, for a caller that keeps it in
/// one write with changes of its own.
pub struct Prepared {
    pub ceremony_id: String,
    /// `PublicKeyCredentialCreationOptions` in WebAuthn's JSON form.
    pub public_key: Value,
    saved: String,
    expire_time: OffsetDateTime,
    now: OffsetDateTime,
}

/// Makes the ceremony for `identity` (its active passkeys, `active_credential_ids`, excluded)
/// without keeping it.
pub fn prepare(
    state: &App,
    identity: &Identity,
    active_credential_ids: &[String],
    extra_origins: &[String],
    key: &KeyRequest,
) -> Result<Prepared, AppError> {
    let rp = relying_party(&state.public_url, extra_origins)?;
    let exclude: Vec<CredentialID> = active_credential_ids
        .iter()
        .filter_map(|id| unb64(id))
        .map(CredentialID::from)
        .collect();
    let (options, registration) = rp
        .start_passkey_registration(
            user_handle(&identity.id),
            &identity.traits.username,
            &identity.display_name,
            Some(exclude).filter(|e| !e.is_empty()),
        )
        .map_err(|e| AppError::internal("starting registration", &e))?;
    let mut options = serde_json::to_value(options).map_err(|e| AppError::internal("options", &e))?;
    let mut public_key = options["publicKey"].take();
    // Discoverable, so that sign-in needs no username; verified as the key's policy says.
    key.shape(&mut public_key);

    let now = state.clock.now();
    let mut saved =
        serde_json::to_value(&registration).map_err(|e| AppError::internal("ceremony state", &e))?;
    if key.policy.user_verification == UserVerification::Preferred {
        // webauthn-rs's passkeys always demand verification; a key whose policy only prefers it
        // is held to that when the answer is checked.
        saved["rs"]["policy"] = "preferred".into();
    }
    Ok(Prepared {
        ceremony_id: secret::ordered_secret(now),
        public_key,
        saved: saved.to_string(),
        expire_time: now + CEREMONY_LIFETIME,
        now,
    })
}

impl Prepared {
    /// Keeps the ceremony for binding `job_id`, begun by `client`, in one write: the begin is
    /// counted against the address's limit, at most [`CEREMONIES_PER_LINK`] of the job's
    /// ceremonies are under way, and the job moves on to `REQUEST_DELIVERED`. A begin beyond
    /// the limit or the cap keeps its count and nothing else.
    pub async fn save_for_job(&self, state: &App, client: &Client, job_id: &str) -> Result<(), AppError> {
        let key = state.begin_key(client);
        let count = key.as_deref().map(|key| state.per_minute(key));
        let begun = state
            .store
            .save_binding_ceremony(
                &self.ceremony_id,
                job_id,
                &self.saved,
                self.expire_time,
                CEREMONIES_PER_LINK,
                count.as_ref(),
                self.now,
            )
            .await?;
        match begun {
            BindingBegun::Saved => Ok(()),
            BindingBegun::OverLimit => Err(crate::too_many_attempts()),
            BindingBegun::TooManyUnderWay => Err(too_many_under_way()),
        }
    }

    /// Keeps the ceremony for `purpose` and `subject`; with `cap`, only while fewer than that
    /// many of them are in flight (false: nothing was kept).
    pub async fn save(
        &self,
        state: &App,
        (purpose, subject): (keybound_core::ceremony::CeremonyPurpose, &str),
        cap: Option<i64>,
    ) -> Result<bool, AppError> {
        let (id, saved, expires) = (&self.ceremony_id, &self.saved, self.expire_time);
        Ok(match cap {
            None => {
                state
                    .store
                    .save_ceremony(id, purpose, subject, saved, expires)
                    .await?;
                true
            }
            Some(cap) => {
                state
                    .store
                    .save_ceremony_capped(id, purpose, subject, saved, expires, cap, self.now)
                    .await?
            }
        })
    }
}

/// Verifies `answer` against the saved ceremony state; returns the credential to store, named
/// after its model (from the imported FIDO metadata, else Keybound's list) unless the admin
/// named it. Under a config that requires attestation and with FIDO metadata imported, the
/// attestation must chain to the roots listed for the model.
pub async fn verify(
    state: &App,
    saved: &str,
    answer: Value,
    extra_origins: &[String],
    identity: (&str, &str, &str),
    key: &KeyRequest,
    now: OffsetDateTime,
) -> Result<Credential, AppError> {
    let (identity_id, realm_id, tenant_id) = identity;
    let rp = relying_party(&state.public_url, extra_origins)?;
    let registration: PasskeyRegistration =
        serde_json::from_str(saved).map_err(|e| AppError::internal("ceremony state", &e))?;
    let model = answer["response"]["attestationObject"].as_str().and_then(aaguid);
    let response = RegisterPublicKeyCredential::deserialize(&answer).map_err(|e| {
        AppError::bad_field(
            "credential",
            format!("is not a WebAuthn registration response: {e}"),
        )
    })?;
    let passkey = rp
        .finish_passkey_registration(&response, &registration)
        .map_err(|e| AppError::bad_field("credential", format!("the passkey could not be verified: {e}")))?;
    let verified: webauthn_rs::prelude::Credential = passkey.clone().into();
    key.check(&answer, verified.backup_eligible)?;
    let listed = match &model {
        Some(m) => crate::mds::entries(state, std::slice::from_ref(m)).await?.pop(),
        None => None,
    };
    if key.attestation.is_some() && crate::mds::summary(state).await?.is_some() {
        let format = answer["response"]["attestationObject"]
            .as_str()
            .and_then(attestation_format)
            .unwrap_or_default();
        let model_id = model.as_deref().unwrap_or("unknown");
        if let Some(refusal) =
            crate::mds::untrusted(listed.as_ref(), model_id, &format, &verified.attestation.data)
        {
            return Err(refusal);
        }
    }

    let transports = reported_transports(&answer)
        .into_iter()
        .map(str::to_owned)
        .collect();
    Ok(Credential {
        id: keybound_core::new_id(),
        identity_id: identity_id.to_owned(),
        realm_id: realm_id.to_owned(),
        tenant_id: tenant_id.to_owned(),
        state: CredentialState::Active,
        name: key
            .name
            .clone()
            .or_else(|| listed.map(|l| l.description))
            .unwrap_or_else(|| default_name(model.as_deref())),
        credential_id: b64(verified.cred_id.as_ref()),
        aaguid: model,
        transports,
        backup_eligible: verified.backup_eligible,
        backup_state: verified.backup_state,
        sign_count: i64::from(verified.counter),
        passkey: serde_json::to_string(&passkey).map_err(|e| AppError::internal("passkey", &e))?,
        create_time: now,
        update_time: now,
        last_used_time: None,
        flagged_reason: None,
        device_type: key.device_type,
        device_policy: key.policy,
    })
}
