//! The WebAuthn registration ceremony, shared by binding links and codes and by the account
//! page's "add a passkey": discoverable and user-verified passkeys, the identity's existing
//! ones excluded, state kept in the database under a purpose.

use crate::webauthn::{aaguid, b64, relying_party, unb64, user_handle};
use crate::{ApiError, AppState};
use keybound_core::credential::{default_name, Credential, CredentialState};
use keybound_core::identity::Identity;
use keybound_core::secret;
use serde_json::Value;
use time::{Duration, OffsetDateTime};
use webauthn_rs::prelude::{CredentialID, PasskeyRegistration, RegisterPublicKeyCredential};

/// How long a begun ceremony may take to finish.
pub const CEREMONY_LIFETIME: Duration = Duration::minutes(5);

/// Starts a ceremony for `identity`; returns its id and the creation options (WebAuthn JSON).
pub async fn start(
    state: &AppState,
    identity: &Identity,
    extra_origins: &[String],
    purpose: &str,
    subject: &str,
) -> Result<(String, Value), ApiError> {
    let rp = relying_party(&state.public_url, extra_origins)?;
    let exclude: Vec<CredentialID> = state
        .store
        .active_credential_ids(&identity.id)
        .await?
        .iter()
        .filter_map(|id| unb64(id))
        .collect();
    let (options, registration) = rp
        .start_passkey_registration(
            user_handle(&identity.id),
            &identity.traits.username,
            &identity.display_name,
            Some(exclude).filter(|e| !e.is_empty()),
        )
        .map_err(|e| ApiError::internal("starting registration", &e))?;
    let mut options = serde_json::to_value(options).map_err(|e| ApiError::internal("options", &e))?;
    let mut public_key = options["publicKey"].take();
    // Discoverable, so that sign-in needs no username; verified, as passkeys should be.
    public_key["authenticatorSelection"]["residentKey"] = "required".into();
    public_key["authenticatorSelection"]["requireResidentKey"] = true.into();
    public_key["authenticatorSelection"]["userVerification"] = "required".into();

    let ceremony_id = secret::random_secret();
    let saved = serde_json::to_string(&registration).map_err(|e| ApiError::internal("ceremony state", &e))?;
    let expires = state.clock.now() + CEREMONY_LIFETIME;
    state
        .store
        .save_ceremony(&ceremony_id, purpose, subject, &saved, expires)
        .await?;
    Ok((ceremony_id, public_key))
}

/// Verifies `answer` against the saved ceremony state; returns the credential to store.
pub fn verify(
    state: &AppState,
    saved: &str,
    answer: Value,
    extra_origins: &[String],
    identity: (&str, &str, &str),
    now: OffsetDateTime,
) -> Result<Credential, ApiError> {
    let (identity_id, realm_id, tenant_id) = identity;
    let rp = relying_party(&state.public_url, extra_origins)?;
    let registration: PasskeyRegistration =
        serde_json::from_str(saved).map_err(|e| ApiError::internal("ceremony state", &e))?;
    let model = answer["response"]["attestationObject"].as_str().and_then(aaguid);
    let answer: RegisterPublicKeyCredential = serde_json::from_value(answer).map_err(|e| {
        ApiError::bad_field(
            "credential",
            format!("is not a WebAuthn registration response: {e}"),
        )
    })?;
    let passkey = rp
        .finish_passkey_registration(&answer, &registration)
        .map_err(|e| ApiError::bad_field("credential", format!("the passkey could not be verified: {e}")))?;
    let verified: webauthn_rs::prelude::Credential = passkey.clone().into();
    let transports = verified
        .transports
        .iter()
        .flatten()
        .filter_map(|t| serde_json::to_value(t).ok()?.as_str().map(str::to_owned))
        .collect();
    Ok(Credential {
        id: keybound_core::new_id(),
        identity_id: identity_id.to_owned(),
        realm_id: realm_id.to_owned(),
        tenant_id: tenant_id.to_owned(),
        state: CredentialState::Active,
        name: default_name(model.as_deref()),
        credential_id: b64(verified.cred_id.as_ref()),
        aaguid: model,
        transports,
        backup_eligible: verified.backup_eligible,
        backup_state: verified.backup_state,
        sign_count: i64::from(verified.counter),
        passkey: serde_json::to_string(&passkey).map_err(|e| ApiError::internal("passkey", &e))?,
        create_time: now,
        update_time: now,
        last_used_time: None,
        flagged_reason: None,
    })
}
