//! Sign-up: a new person creates their account and first passkey in one step, through a
//! sign-up token (`with_token` mode) or freely (`open` mode). Nothing is stored until the
//! passkey is verified; then the identity, the passkey, the token's use and its groups are
//! written in one transaction.

use crate::audit::{self, Client};
use crate::ErrorKind;
use crate::{registration, App, AppError};
use keybound_core::audit::{Action, Actor};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::identity::{EnrollmentStatus, Identity, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::realm::Realm;
use keybound_core::secret;
use keybound_core::settings::SignupMode;
use keybound_core::signup_token::{self, SignupToken};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

/// Said for a sign-up link that cannot be used.
fn spent() -> AppError {
    AppError::said(ErrorKind::Gone, "error-signup-link-spent")
}

pub struct CreatedToken {
    pub token: SignupToken,
    /// `{public_url}/st/{id}.{secret}`; shown once.
    pub link: String,
}

/// Makes a sign-up token, by `actor`.
pub async fn create_token(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    usage_limit: i64,
    expire_time: OffsetDateTime,
    group_ids: Vec<String>,
) -> Result<CreatedToken, AppError> {
    state
        .atomically(async {
            actor.require("signup-tokens:create")?;
            let now = state.clock.now();
            signup_token::validate(usage_limit, expire_time - now)?;
            for (i, group) in group_ids.iter().enumerate() {
                if state.store.group(&realm.id, group).await.is_err() {
                    return Err(AppError::bad_field(
                        format!("group_ids[{i}]"),
                        format!("no group `{group}` in this realm"),
                    ));
                }
            }
            let secret_text = secret::random_secret();
            let token = SignupToken {
                id: keybound_core::new_id(),
                secret_hash: secret::hash(&secret_text),
                realm_id: realm.id.clone(),
                tenant_id: realm.tenant_id.clone(),
                usage_limit,
                usage_count: 0,
                group_ids,
                expire_time,
                revoked_time: None,
                create_time: now,
            };
            state.store.create_signup_token(&token).await?;
            let event = actor
                .event(state, Action::SignupTokenCreated)
                .realm(&realm.id)
                .on("signup_token", &token.id)
                .detail(format!(
                    "{usage_limit} uses until {}",
                    keybound_core::email_template::human_time(expire_time)
                ));
            audit::write(state, event).await?;
            let link = format!("{}/st/{}.{secret_text}", state.public_url, token.id);
            Ok(CreatedToken { token, link })
        })
        .await
}

/// Revokes a sign-up token: its link stops working.
pub async fn revoke_token(
    state: &App,
    actor: &crate::Actor,
    realm_id: &str,
    id: &str,
) -> Result<SignupToken, AppError> {
    state
        .atomically(async {
            actor.require("signup-tokens:update")?;
            let token = state
                .store
                .revoke_signup_token(realm_id, id, state.clock.now())
                .await?;
            let event = actor
                .event(state, Action::SignupTokenRevoked)
                .realm(realm_id)
                .on("signup_token", &token.id)
                .detail(format!(
                    "{} of {} uses taken",
                    token.usage_count, token.usage_limit
                ));
            audit::write(state, event).await?;
            Ok(token)
        })
        .await
}

/// What the sign-up form sends.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Applicant {
    pub username: String,
    #[serde(default)]
    pub given_name: Option<String>,
    #[serde(default)]
    pub family_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

impl Applicant {
    fn new_identity(&self) -> Result<NewIdentity, AppError> {
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let given_name = clean(&self.given_name);
        let family_name = clean(&self.family_name);
        let full_name = [given_name.as_deref(), family_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let username = self.username.trim().to_owned();
        let new = NewIdentity {
            display_name: if full_name.is_empty() {
                username.clone()
            } else {
                full_name
            },
            status: IdentityStatus::Active,
            source: Source::Local,
            traits: Traits {
                username,
                primary_email_address: clean(&self.email),
                given_name,
                family_name,
                external_id: None,
                locale: None,
            },
        };
        // Name the form's fields, not the identity's.
        keybound_core::identity::validate(&new.display_name, &new.traits).map_err(|mut invalid| {
            for v in &mut invalid.0 {
                v.field = match v.field.as_str() {
                    "traits.primary_email_address" => "email".to_owned(),
                    "display_name" => "given_name".to_owned(),
                    other => other.trim_start_matches("traits.").to_owned(),
                };
            }
            AppError::from(invalid)
        })?;
        Ok(new)
    }
}

/// Where a sign-up may happen: the realm, and the token when one is needed or given.
pub struct Door {
    pub realm: Realm,
    pub token: Option<(String, String)>,
}

/// Checks that sign-up is possible in `realm` with `token` (`<id>.<secret>`), without using it.
pub async fn open_door(state: &App, realm: Realm, token: Option<&str>) -> Result<Door, AppError> {
    let mode = state.store.realm_settings(&realm.id).await?.signup_mode;
    if mode == SignupMode::Disabled {
        return Err(AppError::said(ErrorKind::Forbidden, "error-signup-off"));
    }
    let token = match token {
        None if mode == SignupMode::WithToken => {
            return Err(AppError::said(ErrorKind::Forbidden, "error-signup-needs-link"))
        }
        None => None,
        Some(text) => {
            let (id, secret_text) = signup_token::split(text).ok_or_else(spent)?;
            let found = state
                .store
                .peek_signup_token(id, secret_text, state.clock.now())
                .await?
                .filter(|t| t.realm_id == realm.id)
                .ok_or_else(spent)?;
            Some((found.id, secret_text.to_owned()))
        }
    };
    Ok(Door { realm, token })
}

#[derive(Serialize, Deserialize)]
struct Pending {
    realm_id: String,
    token_id: Option<String>,
    applicant: Applicant,
}

#[derive(Serialize)]
pub struct Begun {
    pub ceremony_id: String,
    pub public_key: Value,
}

/// Starts the passkey ceremony for a new identity that does not exist yet.
pub async fn begin(state: &App, door: &Door, applicant: Applicant) -> Result<Begun, AppError> {
    let outcome = begin_unmeasured(state, door, applicant).await;
    crate::metrics::begun(crate::metrics::SIGN_UP, &outcome);
    outcome
}

async fn begin_unmeasured(state: &App, door: &Door, applicant: Applicant) -> Result<Begun, AppError> {
    let new = applicant.new_identity()?;
    let now = state.clock.now();
    let taken = state
        .store
        .identity_by_username(&door.realm.id, &new.traits.username)
        .await?;
    if taken.is_some() {
        return Err(AppError::said(ErrorKind::Conflict, "error-username-taken"));
    }
    let provisional = Identity {
        id: keybound_core::new_id(),
        realm_id: door.realm.id.clone(),
        tenant_id: door.realm.tenant_id.clone(),
        display_name: new.display_name,
        status: IdentityStatus::Active,
        enrollment_status: EnrollmentStatus::Pending,
        source: Source::Local,
        traits: new.traits,
        role: None,
        create_time: now,
        update_time: now,
    };
    let pending = Pending {
        realm_id: door.realm.id.clone(),
        token_id: door.token.as_ref().map(|(id, _)| id.clone()),
        applicant,
    };
    let subject = serde_json::to_string(&(provisional.id.as_str(), &pending))
        .map_err(|e| AppError::internal("sign-up state", &e))?;
    let (ceremony_id, public_key) = registration::start(
        state,
        &provisional,
        &[],
        (CeremonyPurpose::SignUp, &subject),
        &registration::KeyRequest::default(),
        None,
    )
    .await?;
    Ok(Begun {
        ceremony_id,
        public_key,
    })
}

pub struct SignedUp {
    pub identity: Identity,
    /// The new session's cookie value.
    pub cookie: String,
}

/// Verifies the passkey and creates the identity with it, taking one use of the token.
pub async fn finish(
    state: &App,
    door: &Door,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<SignedUp, AppError> {
    let outcome = finish_unmeasured(state, door, ceremony_id, answer, client).await;
    crate::metrics::finished(crate::metrics::SIGN_UP, &outcome);
    outcome
}

async fn finish_unmeasured(
    state: &App,
    door: &Door,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<SignedUp, AppError> {
    let now = state.clock.now();
    let gone = || AppError::said(ErrorKind::Gone, "error-attempt-expired");
    let (subject, saved) = state
        .store
        .take_ceremony(ceremony_id, CeremonyPurpose::SignUp, now)
        .await?
        .ok_or_else(gone)?;
    let (identity_id, pending): (String, Pending) =
        serde_json::from_str(&subject).map_err(|e| AppError::internal("sign-up state", &e))?;
    let token_id = door.token.as_ref().map(|(id, _)| id.clone());
    if pending.realm_id != door.realm.id || pending.token_id != token_id {
        return Err(gone());
    }
    let credential = registration::verify(
        state,
        &saved,
        answer,
        &[],
        (&identity_id, &door.realm.id, &door.realm.tenant_id),
        &registration::KeyRequest::default(),
        now,
    )
    .await?;
    let token = door
        .token
        .as_ref()
        .map(|(id, secret_text)| (id.as_str(), secret_text.as_str()));
    // The person, their passkey, the token's use and the audit event in one transaction.
    let identity = state
        .atomically(async {
            let identity = state
                .store
                .sign_up(
                    &door.realm,
                    token,
                    pending.applicant.new_identity()?,
                    &credential,
                    now,
                )
                .await?
                .ok_or_else(spent)?;
            let mut event = client
                .event(state, Action::IdentitySignedUp)
                .realm(&door.realm.id)
                .by(Actor::identity(&identity.id))
                .about(&identity.id)
                .on("identity", &identity.id)
                .detail(format!("signed up with the passkey \"{}\"", credential.name));
            if let Some(token_id) = &token_id {
                event = event.on("signup_token", token_id);
            }
            audit::write(state, event).await?;
            Ok(identity)
        })
        .await?;
    let (_, cookie) = crate::session::open(
        state,
        &identity,
        Some(&credential.id),
        crate::signin::amr_of(&credential),
        client,
    )
    .await?;
    Ok(SignedUp { identity, cookie })
}

pub async fn token(state: &App, realm_id: &str, id: &str) -> Result<SignupToken, AppError> {
    Ok(state.store.signup_token(realm_id, id).await?)
}

/// The realm's sign-up tokens; with `live_at`, only those still usable then.
pub async fn tokens(
    state: &App,
    realm_id: &str,
    live_at: Option<OffsetDateTime>,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<SignupToken>, AppError> {
    Ok(state.store.list_signup_tokens(realm_id, live_at, page).await?)
}
