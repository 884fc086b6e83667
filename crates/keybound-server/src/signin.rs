//! Passkey sign-in (discoverable credentials, so no username is asked) and the sessions it
//! opens. A sign-count that goes backwards or a backup-eligibility flag that changes means the
//! passkey may have been cloned: the credential is flagged and refused from then on.

use crate::webauthn::{b64, identity_of, relying_party};
use crate::{ApiError, AppState};
use axum::http::StatusCode;
use keybound_core::credential::{Credential, CredentialState};
use keybound_core::identity::{Identity, IdentityStatus};
use keybound_core::secret;
use keybound_core::session::{Session, ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use serde::Serialize;
use serde_json::Value;
use time::Duration;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PublicKeyCredential, WebauthnError};

pub const SIGNIN: &str = "signin";
const CEREMONY_LIFETIME: Duration = Duration::minutes(5);
/// Said for every passkey that cannot sign in, so that answers do not tell which exist.
const NOT_ACCEPTED: &str = "This passkey is not accepted here. Use another one, or ask your administrator.";

#[derive(Serialize)]
pub struct Begun {
    pub ceremony_id: String,
    /// `PublicKeyCredentialRequestOptions` in WebAuthn's JSON form.
    pub public_key: Value,
}

/// Starts a sign-in in `realm_id`.
pub async fn begin(state: &AppState, realm_id: &str) -> Result<Begun, ApiError> {
    let rp = relying_party(&state.public_url, &[])?;
    let (options, authentication) = rp
        .start_discoverable_authentication()
        .map_err(|e| ApiError::internal("starting sign-in", &e))?;
    let mut options = serde_json::to_value(options).map_err(|e| ApiError::internal("options", &e))?;
    let public_key = options["publicKey"].take();
    let ceremony_id = secret::random_secret();
    let saved =
        serde_json::to_string(&authentication).map_err(|e| ApiError::internal("ceremony state", &e))?;
    let now = state.clock.now();
    state
        .store
        .save_ceremony(&ceremony_id, SIGNIN, realm_id, &saved, now + CEREMONY_LIFETIME)
        .await?;
    Ok(Begun {
        ceremony_id,
        public_key,
    })
}

pub struct SignedIn {
    pub identity: Identity,
    pub credential: Credential,
    pub session: Session,
    /// The cookie value: `<session id>.<secret>`.
    pub cookie: String,
}

fn refused(message: &str) -> ApiError {
    ApiError::unauthorized(message)
}

/// Verifies the answer to a sign-in ceremony and opens a session.
pub async fn finish(
    state: &AppState,
    ceremony_id: &str,
    answer: Value,
    user_agent: &str,
    ip: &str,
) -> Result<SignedIn, ApiError> {
    let now = state.clock.now();
    let (realm_id, saved) = state
        .store
        .take_ceremony(ceremony_id, SIGNIN, now)
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::GONE,
                "This sign-in attempt has expired or was already used. Start again.",
            )
        })?;
    let answer: PublicKeyCredential = serde_json::from_value(answer)
        .map_err(|e| ApiError::bad_field("credential", format!("is not a WebAuthn assertion: {e}")))?;
    let authentication: DiscoverableAuthentication =
        serde_json::from_str(&saved).map_err(|e| ApiError::internal("ceremony state", &e))?;
    let rp = relying_party(&state.public_url, &[])?;
    let (handle, raw_id) = rp
        .identify_discoverable_authentication(&answer)
        .map_err(|_| refused(NOT_ACCEPTED))?;
    let identity_id = identity_of(handle.as_bytes()).ok_or_else(|| refused(NOT_ACCEPTED))?;
    let mut credential = state
        .store
        .credential_by_webauthn_id(&b64(raw_id))
        .await?
        .filter(|c| c.identity_id == identity_id && c.realm_id == realm_id)
        .ok_or_else(|| refused(NOT_ACCEPTED))?;
    if credential.state != CredentialState::Active || credential.flagged_reason.is_some() {
        return Err(refused(
            "This passkey has been turned off. Use another one, or ask your administrator.",
        ));
    }
    let identity = state.store.identity(&credential.realm_id, &identity_id).await?;
    if identity.status == IdentityStatus::Suspended {
        return Err(ApiError::forbidden(
            "This account is suspended. Contact your administrator.",
        ));
    }
    let mut passkey: Passkey =
        serde_json::from_str(&credential.passkey).map_err(|e| ApiError::internal("stored passkey", &e))?;
    let result = match rp.finish_discoverable_authentication_v2(&answer, authentication, &passkey) {
        Ok(result) => result,
        Err(WebauthnError::CredentialPossibleCompromise) => {
            let reason = "its signature counter went backwards: the authenticator may have been cloned";
            tracing::warn!(credential = %credential.id, identity = %identity.id, "passkey flagged: {reason}");
            state.store.flag_credential(&credential.id, reason, now).await?;
            return Err(refused(
                "This passkey has been turned off. Use another one, or ask your administrator.",
            ));
        }
        Err(e) => return Err(refused(&format!("The passkey could not be verified: {e}"))),
    };
    if result.backup_eligible() != credential.backup_eligible {
        let reason = "its backup eligibility changed, which a genuine authenticator never does";
        tracing::warn!(credential = %credential.id, identity = %identity.id, "passkey flagged: {reason}");
        state.store.flag_credential(&credential.id, reason, now).await?;
        return Err(refused(
            "This passkey has been turned off. Use another one, or ask your administrator.",
        ));
    }
    passkey.update_credential(&result);
    credential.sign_count = i64::from(result.counter());
    credential.backup_state = result.backup_state();
    credential.passkey = serde_json::to_string(&passkey).map_err(|e| ApiError::internal("passkey", &e))?;
    credential.last_used_time = Some(now);
    state.store.record_credential_use(&credential, now).await?;

    let (session, cookie) = open_session(state, &identity, Some(&credential.id), user_agent, ip).await?;
    Ok(SignedIn {
        identity,
        credential,
        session,
        cookie,
    })
}

/// Opens a session for `identity` (signed in with `credential_id`, or by a one-time link);
/// returns it and the cookie value `<session id>.<secret>`.
pub async fn open_session(
    state: &AppState,
    identity: &Identity,
    credential_id: Option<&str>,
    user_agent: &str,
    ip: &str,
) -> Result<(Session, String), ApiError> {
    let now = state.clock.now();
    let session_secret = secret::random_secret();
    let session = Session {
        id: keybound_core::new_id(),
        secret_hash: secret::hash(&session_secret),
        identity_id: identity.id.clone(),
        realm_id: identity.realm_id.clone(),
        tenant_id: identity.tenant_id.clone(),
        credential_id: credential_id.map(str::to_owned),
        user_agent: user_agent.chars().take(512).collect(),
        ip: ip.to_owned(),
        create_time: now,
        last_seen_time: now,
        idle_expire_time: now + IDLE_TIMEOUT,
        expire_time: now + ABSOLUTE_TIMEOUT,
        revoked_time: None,
    };
    state.store.create_session(&session).await?;
    let cookie = format!("{}.{session_secret}", session.id);
    Ok((session, cookie))
}
