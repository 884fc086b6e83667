//! Passkey sign-in (discoverable credentials, so no username is asked) and the sessions it
//! opens. A sign-count that goes backwards or a backup-eligibility flag that changes means the
//! passkey may have been cloned: the credential is flagged and refused from then on.

use crate::audit::{self, Client};
use crate::webauthn::{b64, identity_of, relying_party};
use crate::ErrorKind;
use crate::{App, AppError};
use keybound_core::audit::{Action, Actor, AuditEvent};
use keybound_core::binding::{DeviceType, UserVerification};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::{Credential, CredentialState};
use keybound_core::identity::Identity;
use keybound_core::secret;
use keybound_core::session::Session;
use serde::Serialize;
use serde_json::Value;
use time::Duration;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PublicKeyCredential, WebauthnError};

const CEREMONY_LIFETIME: Duration = Duration::minutes(5);
/// Said for every passkey that cannot sign in, so that answers do not tell which exist.
const NOT_ACCEPTED: &str = "error-passkey-not-accepted";
/// The code of the refusal of a passkey Keybound no longer has (deleted, or revoked): the page
/// then asks the browser to forget it (`PublicKeyCredential.signalUnknownCredential`). Only its
/// holder can present one, so saying so tells nobody else anything.
pub const UNKNOWN_CREDENTIAL: &str = "unknown_credential";
const UNKNOWN_PASSKEY: &str = "error-passkey-removed";

/// What a page tells the browser's passkey manager about a person's passkeys (the WebAuthn
/// Signal API): which of them still work, and the person's current names.
#[derive(Debug, Clone, Serialize)]
pub struct PasskeySignals {
    pub rp_id: String,
    /// The WebAuthn user handle the passkeys were made with, base64url.
    pub user_id: String,
    /// The WebAuthn ids of the person's active passkeys, base64url.
    pub all_accepted_credential_ids: Vec<String>,
    pub name: String,
    pub display_name: String,
}

/// The signals for `identity`'s passkeys.
pub async fn signals(state: &App, identity: &Identity) -> Result<PasskeySignals, AppError> {
    let active = state.store.active_credential_ids(&identity.id).await?;
    signals_of(state, identity, active)
}

/// The signals for `identity`, whose active passkeys have the WebAuthn ids `active`.
fn signals_of(state: &App, identity: &Identity, active: Vec<String>) -> Result<PasskeySignals, AppError> {
    Ok(PasskeySignals {
        rp_id: crate::webauthn::rp_id(&state.public_url)?,
        user_id: b64(crate::webauthn::user_handle(&identity.id).as_bytes()),
        all_accepted_credential_ids: active,
        name: identity.traits.username.clone(),
        display_name: identity.display_name.clone(),
    })
}

#[derive(Serialize)]
pub struct Begun {
    pub ceremony_id: String,
    /// `PublicKeyCredentialRequestOptions` in WebAuthn's JSON form.
    pub public_key: Value,
}

/// Starts a sign-in in `realm_id`. With `known`, the person confirming who they are (signed in,
/// but not recently enough for what they asked): the browser is offered only their passkeys,
/// each with the transports it reported, and hinted towards their kinds of device.
pub async fn begin(
    state: &App,
    realm_id: &str,
    client: &Client,
    known: Option<&Identity>,
) -> Result<Begun, AppError> {
    let outcome = begin_unmeasured(state, realm_id, client, known).await;
    crate::metrics::begun(crate::metrics::SIGN_IN, &outcome);
    outcome
}

async fn begin_unmeasured(
    state: &App,
    realm_id: &str,
    client: &Client,
    known: Option<&Identity>,
) -> Result<Begun, AppError> {
    let rp = relying_party(&state.public_url, &[])?;
    let (options, authentication) = rp
        .start_discoverable_authentication()
        .map_err(|e| AppError::internal("starting sign-in", &e))?;
    let mut options = serde_json::to_value(options).map_err(|e| AppError::internal("options", &e))?;
    let mut public_key = options["publicKey"].take();
    // Which passkey answers is not known yet, so verification is asked for ("preferred") and
    // then required of each passkey whose policy requires it (all but those an admin relaxed).
    public_key["userVerification"] = "preferred".into();
    if let Some(identity) = known.filter(|i| i.realm_id == realm_id) {
        let all = keybound_core::page::PageRequest {
            size: 200,
            after: None,
        };
        let passkeys = state
            .store
            .list_credentials(realm_id, &identity.id, all)
            .await?
            .items;
        offer_only(&mut public_key, &passkeys);
    }
    let now = state.clock.now();
    let ceremony_id = secret::ordered_secret(now);
    let mut saved =
        serde_json::to_value(&authentication).map_err(|e| AppError::internal("ceremony state", &e))?;
    saved["ast"]["policy"] = "preferred".into();
    let saved = saved.to_string();
    // Counted against the address's limit as it is saved (one write).
    state
        .save_begun_ceremony(
            client,
            &ceremony_id,
            CeremonyPurpose::SignIn,
            realm_id,
            &saved,
            now + CEREMONY_LIFETIME,
        )
        .await?;
    Ok(Begun {
        ceremony_id,
        public_key,
    })
}

/// Narrows request options to these passkeys (the active ones): `allowCredentials` with the
/// transports each reported when it was made, and `hints` for their kinds of device, the most
/// recently used first.
fn offer_only(public_key: &mut Value, passkeys: &[Credential]) {
    let mut active: Vec<&Credential> = passkeys
        .iter()
        .filter(|c| c.state == CredentialState::Active)
        .collect();
    if active.is_empty() {
        return;
    }
    active.sort_by_key(|c| std::cmp::Reverse(c.last_used_time.unwrap_or(c.create_time)));
    public_key["allowCredentials"] = active
        .iter()
        .map(|c| {
            let mut allowed = serde_json::json!({"type": "public-key", "id": c.credential_id});
            if !c.transports.is_empty() {
                allowed["transports"] = c.transports.clone().into();
            }
            allowed
        })
        .collect();
    let mut hints: Vec<&str> = Vec::new();
    for c in &active {
        let hint = match c.device_type {
            DeviceType::Smartphone if c.device_policy.bluetooth_proximity => "hybrid",
            DeviceType::Smartphone | DeviceType::ContactlessCard | DeviceType::HardwareKey => "security-key",
            DeviceType::Any => "client-device",
        };
        if !hints.contains(&hint) {
            hints.push(hint);
        }
    }
    public_key["hints"] = hints.into();
}

pub struct SignedIn {
    pub identity: Identity,
    pub credential: Credential,
    pub session: Session,
    /// The cookie value: `<session id>.<secret>`.
    pub cookie: String,
    /// What the page tells the browser's passkey manager about the person's passkeys, read
    /// with the passkey that signed in.
    pub signals: PasskeySignals,
}

/// A refusal a person reads: the catalogue message `id`.
fn refused(id: &'static str) -> AppError {
    AppError::said(ErrorKind::Unauthenticated, id)
}

/// Verifies the answer to a sign-in ceremony and opens a session. Every outcome is audited,
/// failures with the reason and, when the passkey was recognised, whose it was.
pub async fn finish(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<SignedIn, AppError> {
    // A page of another site (a related origin, through the SDK) may run the ceremony too.
    let elsewhere =
        crate::webauthn::client_origin(&answer).is_some_and(|origin| origin != public_origin(state));
    let related = if elsewhere {
        crate::webauthn::related_origins(state).await?
    } else {
        Vec::new()
    };
    finish_on(state, ceremony_id, answer, client, &related).await
}

fn public_origin(state: &App) -> String {
    keybound_core::binding::origin_of(&state.public_url).unwrap_or_default()
}

/// [`finish`] for a ceremony run on a page of another origin as well as Keybound's (an
/// application signing its users in with the SDK, on the same site).
pub async fn finish_on(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
    extra_origins: &[String],
) -> Result<SignedIn, AppError> {
    let outcome = finish_on_unmeasured(state, ceremony_id, answer, client, extra_origins).await;
    crate::metrics::finished(crate::metrics::SIGN_IN, &outcome);
    outcome
}

async fn finish_on_unmeasured(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
    extra_origins: &[String],
) -> Result<SignedIn, AppError> {
    let mut known = Known::default();
    let event = |known: &Known| {
        let event = client.event(state, Action::SessionStarted);
        match (&known.realm_id, &known.identity_id, &known.credential_id) {
            (Some(realm), Some(identity), Some(credential)) => event
                .realm(realm)
                .by(Actor::identity(identity))
                .about(identity)
                .on("credential", credential),
            (Some(realm), _, _) => event.realm(realm),
            _ => event,
        }
    };
    let outcome = async {
        let Verified {
            identity,
            credential,
            user_verified,
            active_credential_ids,
        } = verify(state, ceremony_id, answer, extra_origins, &mut known).await?;
        let signals = signals_of(state, &identity, active_credential_ids)?;
        let (session, cookie) = crate::session::new_session(
            state,
            &identity,
            Some(&credential.id),
            keybound_core::oidc::amr(Some(credential.backup_eligible), user_verified),
            client,
        );
        let detail = format!("with the passkey \"{}\"", credential.name);
        // A key an admin made non-auditable leaves no trace of its sign-ins.
        let recorded = credential
            .device_policy
            .auditable
            .then(|| event(&known).detail(detail));
        // The ceremony is taken here, with the sign-in: of racing finishes, one is recorded.
        let taken = state
            .store
            .record_sign_in(ceremony_id, &credential, &session, recorded.as_ref())
            .await?;
        if !taken {
            return Err(used_up());
        }
        Ok(SignedIn {
            identity,
            credential,
            session,
            cookie,
            signals,
        })
    }
    .await;
    let e = match outcome {
        Ok(signed_in) => return Ok(signed_in),
        Err(e) => e,
    };
    // A failed attempt uses its ceremony up as well (if it found one): it cannot be answered again.
    if known.realm_id.is_some() {
        state
            .store
            .take_ceremony(ceremony_id, CeremonyPurpose::SignIn, state.clock.now())
            .await?;
    }
    if known.auditable {
        audit::record(state, event(&known).failed(e.message())).await;
    }
    Err(e)
}

fn used_up() -> AppError {
    AppError::said(ErrorKind::Gone, "error-signin-expired")
}

/// What a sign-in attempt got as far as knowing, for its audit event.
struct Known {
    realm_id: Option<String>,
    identity_id: Option<String>,
    credential_id: Option<String>,
    /// False once the passkey is known to be one whose sign-ins are not audited.
    auditable: bool,
}

impl Default for Known {
    fn default() -> Self {
        Self {
            realm_id: None,
            identity_id: None,
            credential_id: None,
            auditable: true,
        }
    }
}

/// A sign-in answer that checked out.
struct Verified {
    identity: Identity,
    /// The passkey, with its use recorded (not yet stored).
    credential: Credential,
    user_verified: bool,
    /// The WebAuthn ids of the identity's active passkeys.
    active_credential_ids: Vec<String>,
}

/// Checks the answer against the ceremony and the passkey it names, reading both (and the
/// passkey's owner and their other passkeys) at once; the ceremony is left for the caller to
/// take.
async fn verify(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    extra_origins: &[String],
    known: &mut Known,
) -> Result<Verified, AppError> {
    let now = state.clock.now();
    let rp = relying_party(&state.public_url, extra_origins)?;
    let answer = serde_json::from_value::<PublicKeyCredential>(answer);
    let named = answer
        .as_ref()
        .ok()
        .and_then(|answer| rp.identify_discoverable_authentication(answer).ok())
        .map(|(handle, raw_id)| (identity_of(handle.as_bytes()), b64(raw_id)));
    let webauthn_id = named.as_ref().map_or("", |(_, id)| id.as_str());
    let context = state
        .store
        .sign_in_context(ceremony_id, webauthn_id, now)
        .await?
        .ok_or_else(used_up)?;
    known.realm_id = Some(context.realm_id.clone());
    let answer =
        answer.map_err(|e| AppError::bad_field("credential", format!("is not a WebAuthn assertion: {e}")))?;
    let identity_id = named
        .and_then(|(identity_id, _)| identity_id)
        .ok_or_else(|| refused(NOT_ACCEPTED))?;
    let authentication: DiscoverableAuthentication =
        serde_json::from_str(&context.state).map_err(|e| AppError::internal("ceremony state", &e))?;
    let mut credential = context
        .credential
        .ok_or_else(|| refused(UNKNOWN_PASSKEY).with_code(UNKNOWN_CREDENTIAL))?;
    // Another realm's passkey still works there (on the same RP ID): not one to forget.
    if credential.identity_id != identity_id || credential.realm_id != context.realm_id {
        return Err(refused(NOT_ACCEPTED));
    }
    known.identity_id = Some(identity_id.clone());
    known.credential_id = Some(credential.id.clone());
    known.auditable = credential.device_policy.auditable;
    if credential.state == CredentialState::Revoked {
        return Err(refused(UNKNOWN_PASSKEY).with_code(UNKNOWN_CREDENTIAL));
    }
    if credential.state != CredentialState::Active || credential.flagged_reason.is_some() {
        return Err(refused(TURNED_OFF));
    }
    let identity = context
        .identity
        .ok_or_else(|| AppError::internal("sign-in", &"the passkey's identity is missing"))?;
    crate::session::ensure_active(&identity)?;
    let mut passkey: Passkey =
        serde_json::from_str(&credential.passkey).map_err(|e| AppError::internal("stored passkey", &e))?;
    let result = match rp.finish_discoverable_authentication(&answer, authentication, &[(&passkey).into()]) {
        Ok(result) => result,
        Err(WebauthnError::CredentialPossibleCompromise) => {
            let reason = "its signature counter went backwards: the authenticator may have been cloned";
            return Err(flag(state, &credential, reason).await);
        }
        Err(e) => {
            let reason = vec![("reason", e.to_string())];
            return Err(AppError::said_with(
                ErrorKind::Unauthenticated,
                "error-passkey-unverified",
                reason,
            ));
        }
    };
    if credential.device_policy.user_verification == UserVerification::Required && !result.user_verified() {
        return Err(refused("error-passkey-must-verify"));
    }
    if result.backup_eligible() != credential.backup_eligible {
        let reason = "its backup eligibility changed, which a genuine authenticator never does";
        return Err(flag(state, &credential, reason).await);
    }
    passkey.update_credential(&result);
    credential.sign_count = i64::from(result.counter());
    credential.backup_state = result.backup_state();
    credential.passkey = serde_json::to_string(&passkey).map_err(|e| AppError::internal("passkey", &e))?;
    credential.last_used_time = Some(now);
    Ok(Verified {
        identity,
        credential,
        user_verified: result.user_verified(),
        active_credential_ids: context.active_credential_ids,
    })
}

/// How a session opened right after a passkey was created signed in: the passkey, with the
/// person verified when its policy requires verification.
pub(crate) fn amr_of(credential: &Credential) -> Vec<String> {
    keybound_core::oidc::amr(
        Some(credential.backup_eligible),
        credential.device_policy.user_verification == UserVerification::Required,
    )
}

const TURNED_OFF: &str = "error-passkey-turned-off";

/// Flags `credential` as possibly cloned (audited) and returns the refusal to answer with.
async fn flag(state: &App, credential: &Credential, reason: &str) -> AppError {
    tracing::warn!(credential = %credential.id, identity = %credential.identity_id, "passkey flagged: {reason}");
    let event = AuditEvent::new(
        &credential.tenant_id,
        Action::CredentialFlagged,
        state.clock.now(),
    )
    .realm(&credential.realm_id)
    .by(Actor::system())
    .about(&credential.identity_id)
    .on("credential", &credential.id)
    .detail(format!("flagged because {reason}"));
    let flagged = state
        .atomically(async {
            state
                .store
                .flag_credential(&credential.id, reason, state.clock.now())
                .await?;
            audit::write(state, event).await
        })
        .await;
    if let Err(e) = flagged {
        return e;
    }
    refused(TURNED_OFF)
}
