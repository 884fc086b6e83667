//! Binding a passkey: creating credential binding jobs and running their WebAuthn ceremony.
//! The REST API, the hosted pages and the SDK all come through here.

use crate::audit::{self, Client};
use crate::ErrorKind;
use crate::{registration, App, AppError};
use keybound_core::audit::{Action, Actor};
use keybound_core::binding::{
    self, AuthenticatorConfig, BindingJob, ConfigType, DeliveryMethod, DevicePolicy, DeviceType, JobState,
};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::Credential;
use keybound_core::email::Email;
use keybound_core::email_template::{EmailTemplate, TemplateKind, TemplateVars};
use keybound_core::identity::{Identity, IdentityStatus};
use keybound_core::realm::Realm;
use keybound_core::secret;
use keybound_store::RateCount;
use keybound_store::{JobSecret, StoreError};
use serde::Serialize;
use serde_json::Value;
use time::Duration;

/// Wrong codes one client address may enter per window before it must wait.
const CODE_FAILURES_PER_ADDRESS: i64 = 10;
pub(crate) const CODE_FAILURE_WINDOW: Duration = Duration::minutes(10);
/// Said for every code that does not work, so that nothing tells which codes exist.
const BAD_CODE: &str = "error-bad-code";

#[derive(Clone)]
pub struct NewJob {
    pub delivery_method: DeliveryMethod,
    pub authenticator_config_id: String,
    pub post_binding_redirect_uri: Option<String>,
    pub expire_after_seconds: Option<i64>,
    /// EMAIL only: the template to send with (else the realm's default, else the built-in one).
    pub email_template_id: Option<String>,
    pub device_type: DeviceType,
    pub device_policy: DevicePolicy,
    /// A name for the key (a contactless card's), at most 64 characters.
    pub key_name: Option<String>,
}

pub struct CreatedJob {
    pub job: BindingJob,
    pub link: Option<String>,
    pub short_code: Option<String>,
}

/// The most identities one [`create_jobs`] call makes jobs for.
pub const MAX_BATCH: usize = 1000;

/// What the jobs of one request share: the config, the email template and the branding, each
/// checked once.
pub(crate) struct Prepared {
    config: AuthenticatorConfig,
    /// The template the request names, if it names one.
    template: Option<EmailTemplate>,
    /// Else the realm's default enrolment templates, one per language.
    defaults: Vec<EmailTemplate>,
    brand: (String, String),
    /// The realm's default language and time zone, for email.
    settings: keybound_core::settings::RealmSettings,
}

pub(crate) async fn prepare(state: &App, realm: &Realm, new: &NewJob) -> Result<Prepared, AppError> {
    let config = match state.store.config(&realm.id, &new.authenticator_config_id).await {
        Err(StoreError::NotFound { .. }) => {
            return Err(AppError::bad_field(
                "job.authenticator_config_id",
                "no such authenticator config in this realm",
            ))
        }
        other => other?,
    };
    if let Some(uri) = &new.post_binding_redirect_uri {
        if !config.allows_redirect(uri, &state.public_url) {
            return Err(AppError::bad_field(
                "job.post_binding_redirect_uri",
                "must be on one of the authenticator config's trusted origins",
            ));
        }
    }
    let template = match (&new.email_template_id, new.delivery_method) {
        (Some(_), DeliveryMethod::Return | DeliveryMethod::ShortCode) => {
            return Err(AppError::bad_field(
                "job.email_template_id",
                "is only for delivery_method EMAIL",
            ))
        }
        (Some(id), DeliveryMethod::Email) => match state.store.template(&realm.id, id).await {
            Err(StoreError::NotFound { .. }) => {
                return Err(AppError::bad_field(
                    "job.email_template_id",
                    "no such email template in this realm",
                ))
            }
            other => Some(other?),
        },
        (None, _) => None,
    };
    let defaults = match (&template, new.delivery_method) {
        (None, DeliveryMethod::Email) => {
            state
                .store
                .default_templates(&realm.id, TemplateKind::EnrollmentLink)
                .await?
        }
        _ => Vec::new(),
    };
    binding::lifetime(new.delivery_method, new.expire_after_seconds)?;
    let (brand, settings) = match new.delivery_method {
        DeliveryMethod::Email => (
            crate::email::brand(state, &realm.tenant_id).await?,
            state.store.realm_settings(&realm.id).await?,
        ),
        _ => Default::default(),
    };
    Ok(Prepared {
        config,
        template,
        defaults,
        brand,
        settings,
    })
}

/// Creates a job for `identity_id` by `actor` (who needs `credential-binding-jobs:create`, and
/// administrator rights for an administrator's job), delivers it as its method says and audits
/// it.
pub async fn create_job(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity_id: &str,
    new: NewJob,
) -> Result<CreatedJob, AppError> {
    state
        .atomically(async {
            actor.require(CREATE)?;
            let identity = state.store.identity(&realm.id, identity_id).await?;
            let prepared = prepare(state, realm, &new).await?;
            create_prepared(state, actor, realm, &identity, &new, &prepared).await
        })
        .await
}

/// The permission to create binding jobs.
const CREATE: &str = "credential-binding-jobs:create";

/// Creates the same job for each of up to [`MAX_BATCH`] identities, delivered as its method
/// says, each recorded as `event`. The job itself is checked once (a bad config is an error and
/// nothing is made); then each person succeeds or fails alone: a suspended one, one with no
/// email address for an emailed job, or one deleted meanwhile gets an error in their place.
pub async fn create_jobs(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity_ids: &[String],
    new: NewJob,
) -> Result<Vec<Result<CreatedJob, AppError>>, AppError> {
    actor.require(CREATE)?;
    if identity_ids.len() > MAX_BATCH {
        return Err(AppError::bad_field(
            "identity_ids",
            format!("must name at most {MAX_BATCH} identities"),
        ));
    }
    let prepared = prepare(state, realm, &new).await?;
    let mut out = Vec::with_capacity(identity_ids.len());
    for id in identity_ids {
        let made = match state.store.identity(&realm.id, id).await {
            Ok(identity) => create_prepared(state, actor, realm, &identity, &new, &prepared).await,
            Err(e) => Err(e.into()),
        };
        out.push(made);
    }
    Ok(out)
}

/// One job of a batch: for `identity_id`, by `actor`, from a job already checked.
pub(crate) async fn create_for(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity_id: &str,
    new: &NewJob,
    prepared: &Prepared,
) -> Result<CreatedJob, AppError> {
    let identity = state.store.identity(&realm.id, identity_id).await?;
    create_prepared(state, actor, realm, &identity, new, prepared).await
}

async fn create_prepared(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity: &Identity,
    new: &NewJob,
    prepared: &Prepared,
) -> Result<CreatedJob, AppError> {
    state
        .atomically(async {
            actor.require_over(state, identity).await?;
            let built = build(state, realm, identity, new, prepared)?;
            match &built.email {
                Some(email) => {
                    // The email is queued with the job, in one transaction; the worker delivers it.
                    state
                        .store
                        .create_job_with_email(&built.job, &built.secret, email)
                        .await?;
                    crate::metrics::email_queued();
                }
                None => state.store.create_job(&built.job, &built.secret).await?,
            }
            record_created(state, actor, realm, &built.job).await?;
            Ok(built.created())
        })
        .await
}

/// A job made ready to store: the job, its secret as stored, the email that delivers it (for
/// EMAIL), and what is handed back once (the link or the code).
pub(crate) struct Built {
    pub(crate) job: BindingJob,
    pub(crate) secret: JobSecret,
    pub(crate) email: Option<Email>,
    link: Option<String>,
    short_code: Option<String>,
}

impl Built {
    pub(crate) fn created(self) -> CreatedJob {
        CreatedJob {
            job: self.job,
            link: self.link,
            short_code: self.short_code,
        }
    }
}

/// Builds the job `new` for `identity`, checked (an active person, an address to email), and
/// its secret and email; nothing is stored.
fn build(
    state: &App,
    realm: &Realm,
    identity: &Identity,
    new: &NewJob,
    prepared: &Prepared,
) -> Result<Built, AppError> {
    if identity.status == IdentityStatus::Suspended {
        return Err(AppError::new(
            ErrorKind::Unacceptable,
            "the identity is suspended; resume it before binding a passkey",
        ));
    }
    if new.delivery_method == DeliveryMethod::Email && identity.traits.primary_email_address.is_none() {
        return Err(AppError::new(
            ErrorKind::Unacceptable,
            "the identity has no primary_email_address to send the link to",
        ));
    }
    let lifetime = binding::lifetime(new.delivery_method, new.expire_after_seconds)?;
    let now = state.clock.now();
    let job = BindingJob {
        id: keybound_core::new_id(),
        identity_id: identity.id.clone(),
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        delivery_method: new.delivery_method,
        authenticator_config_id: prepared.config.id.clone(),
        post_binding_redirect_uri: new.post_binding_redirect_uri.clone(),
        state: JobState::LinkSent,
        credential_id: None,
        device_type: new.device_type,
        device_policy: new.device_policy,
        key_name: new.key_name.clone(),
        expire_time: now + lifetime,
        create_time: now,
        update_time: now,
    };
    Ok(match new.delivery_method {
        DeliveryMethod::ShortCode => {
            let code = binding::new_short_code();
            let (locator, secret_part) = binding::split_code(&code);
            let secret = JobSecret::Code {
                locator: locator.to_owned(),
                secret_hash: secret::hash(secret_part),
            };
            Built {
                job,
                secret,
                email: None,
                link: None,
                short_code: Some(code),
            }
        }
        DeliveryMethod::Return => {
            let token = binding::new_link_token();
            let secret = JobSecret::Link {
                token_hash: secret::hash(&token),
            };
            let link = link(&state.public_url, &job, &token);
            Built {
                job,
                secret,
                email: None,
                link: Some(link),
                short_code: None,
            }
        }
        DeliveryMethod::Email => {
            let token = binding::new_link_token();
            let (organization, logo_url) = prepared.brand.clone();
            let lang = crate::i18n::email_language(identity, prepared.settings.default_language.as_deref());
            let (expire_time, expires_in) =
                crate::i18n::expiry(lang, prepared.settings.time_zone.as_deref(), job.expire_time, now);
            let vars = TemplateVars {
                display_name: identity.display_name.clone(),
                username: identity.traits.username.clone(),
                link: link(&state.public_url, &job, &token),
                code: String::new(),
                expire_time,
                expires_in,
                realm: realm.display_name.clone(),
                organization,
                logo_url,
                key_name: job.key_name.clone().unwrap_or_default(),
                device_instructions: lang.t(job.device_type.message_id()),
            };
            let template = prepared
                .template
                .clone()
                .or_else(|| EmailTemplate::for_language(&prepared.defaults, lang.code()).cloned())
                .unwrap_or_else(|| crate::i18n::builtin_template(TemplateKind::EnrollmentLink, lang));
            let rendered = template
                .render(&vars)
                .map_err(|e| AppError::from(e).within("email_template"))?;
            let email = Email::pending(identity, Some(&job.id), rendered, now);
            let secret = JobSecret::Link {
                token_hash: secret::hash(&token),
            };
            Built {
                job,
                secret,
                email: Some(email),
                link: None,
                short_code: None,
            }
        }
    })
}

/// Audits a job created by `actor`.
pub(crate) async fn record_created(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    job: &BindingJob,
) -> Result<(), AppError> {
    let event = actor
        .event(state, Action::BindingJobCreated)
        .realm(&realm.id)
        .about(&job.identity_id)
        .on("credential_binding_job", &job.id)
        .detail(format!("delivery {}", job.delivery_method.as_str()));
    audit::write(state, event).await?;
    Ok(())
}

/// Checks `new` and builds it for `identity`, a person not yet stored (see
/// [`crate::identities::create_enrolled`]).
pub(crate) async fn build_for_new(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity: &Identity,
    new: &NewJob,
) -> Result<Built, AppError> {
    actor.require(CREATE)?;
    let prepared = prepare(state, realm, new).await?;
    build(state, realm, identity, new, &prepared)
}

/// The binding link of a job.
pub fn link(public_url: &str, job: &BindingJob, token: &str) -> String {
    format!(
        "{public_url}/v1/tenants/{}/realms/{}/identities/{}/credential-binding-jobs/{}:invokeAuthenticator?token={token}",
        job.tenant_id, job.realm_id, job.identity_id, job.id
    )
}

/// What a person brings to bind a passkey.
pub enum BindTarget {
    Link { job_id: String, token: String },
    Code(String),
}

/// What a link or code opens, if it may still bind.
struct Resolved {
    job: BindingJob,
    config: AuthenticatorConfig,
    identity: Identity,
    /// The WebAuthn ids of the identity's active passkeys.
    active_credential_ids: Vec<String>,
}

/// The job a link or code opens, if it may still bind, with its config and identity.
async fn resolve(state: &App, target: &BindTarget, client: &Client) -> Result<Resolved, AppError> {
    let now = state.clock.now();
    let job = match target {
        BindTarget::Link { job_id, token } => state
            .store
            .job_by_link(job_id, token)
            .await?
            .ok_or_else(|| AppError::said(ErrorKind::NotFound, LINK_INVALID))?,
        BindTarget::Code(typed) => {
            // Each try is counted before it is evaluated (one atomic statement), so a burst of
            // parallel guesses gets no more evaluations than the limit; a right one is given back.
            let key = format!("code-tries:{}", client.ip);
            if !state
                .store
                .rate_limit(&RateCount {
                    key: &key,
                    max: CODE_FAILURES_PER_ADDRESS,
                    window: CODE_FAILURE_WINDOW,
                    now,
                })
                .await?
            {
                return Err(AppError::said(ErrorKind::TooManyRequests, "error-too-many-codes"));
            }
            let found = match binding::normalize_code(typed) {
                Some(code) => state.store.job_by_code(&code, now).await?,
                None => None,
            };
            let job = found.ok_or_else(|| AppError::said(ErrorKind::NotFound, BAD_CODE))?;
            state.store.rate_limit_refund(&key).await?;
            job
        }
    };
    if let Some(why) = job.refusal(now) {
        return Err(AppError::said(ErrorKind::Gone, why));
    }
    let (identity, config, active_credential_ids) = state.store.binding_subject(&job).await?;
    crate::session::ensure_active(&identity)?;
    Ok(Resolved {
        job,
        config,
        identity,
        active_credential_ids,
    })
}

#[derive(Serialize)]
pub struct Begun {
    pub ceremony_id: String,
    /// `PublicKeyCredentialCreationOptions` in WebAuthn's JSON form (binary as base64url).
    pub public_key: Value,
    pub identity: BeginIdentity,
    pub post_binding_redirect_uri: Option<String>,
    /// The kind of authenticator the job asks for (`any`, `smartphone`, ...).
    pub device_type: &'static str,
    /// The same, for the edge to say what to do with it in the person's language.
    #[serde(skip)]
    pub device: keybound_core::binding::DeviceType,
}

#[derive(Serialize)]
pub struct BeginIdentity {
    pub display_name: String,
    pub username: String,
}

/// Starts the registration ceremony for what `target` opens.
pub async fn begin(state: &App, target: &BindTarget, client: &Client) -> Result<Begun, AppError> {
    let outcome = begin_unmeasured(state, target, client).await;
    crate::metrics::begun(crate::metrics::BINDING, &outcome);
    outcome
}

/// The other sites whose pages may run a binding ceremony of `config`: its trusted origins and
/// the operator's related origins.
fn origins_of(state: &App, config: &keybound_core::binding::AuthenticatorConfig) -> Vec<String> {
    let mut origins = config.trusted_origins.clone();
    origins.extend(state.related_origins.iter().cloned());
    origins
}

async fn begin_unmeasured(state: &App, target: &BindTarget, client: &Client) -> Result<Begun, AppError> {
    // Every begin is counted against the address's limit, one that opens nothing too (and a
    // begin beyond the limit is refused as such, whatever it names).
    let Resolved {
        job,
        config,
        identity,
        active_credential_ids,
    } = match resolve(state, target, client).await {
        Ok(found) => found,
        Err(e) => {
            state.count_begin(client).await?;
            return Err(e);
        }
    };
    let origins = origins_of(state, &config);
    let key = registration::KeyRequest::of_job(&job, &config);
    let prepared = registration::prepare(state, &identity, &active_credential_ids, &origins, &key)?;
    prepared.save_for_job(state, client, &job.id).await?;
    let registration::Prepared {
        ceremony_id,
        public_key,
        ..
    } = prepared;
    Ok(Begun {
        ceremony_id,
        public_key,
        identity: BeginIdentity {
            display_name: identity.display_name,
            username: identity.traits.username,
        },
        post_binding_redirect_uri: job.post_binding_redirect_uri,
        device_type: job.device_type.as_str(),
        device: job.device_type,
    })
}

pub struct Finished {
    pub credential: Credential,
    pub post_binding_redirect_uri: Option<String>,
    /// A code is typed by the person on the device that now holds the passkey: they are
    /// signed in there (the session's cookie value), as a sign-in with the new passkey would.
    pub session_cookie: Option<String>,
}

/// Verifies the authenticator's answer and binds the new passkey, once.
pub async fn finish(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<Finished, AppError> {
    let outcome = finish_unmeasured(state, ceremony_id, answer, client).await;
    crate::metrics::finished(crate::metrics::BINDING, &outcome);
    outcome
}

async fn finish_unmeasured(
    state: &App,
    ceremony_id: &str,
    answer: Value,
    client: &Client,
) -> Result<Finished, AppError> {
    let now = state.clock.now();
    // Read here and taken with the passkey it makes (one write). An answer that fails, here or
    // as it is stored, uses the ceremony up as well: it cannot be answered again.
    let found = state
        .store
        .binding_ceremony(ceremony_id, now)
        .await?
        .ok_or_else(expired)?;
    let (job, credential) = match bind(state, ceremony_id, found, answer, client, now).await {
        Ok(bound) => bound,
        Err(e) => {
            state
                .store
                .take_ceremony(ceremony_id, CeremonyPurpose::Binding, now)
                .await?;
            return Err(e);
        }
    };
    let session_cookie = if job.delivery_method == DeliveryMethod::ShortCode {
        Some(open_session_after_code(state, &job, &credential, client).await?)
    } else {
        None
    };
    Ok(Finished {
        credential,
        post_binding_redirect_uri: job.post_binding_redirect_uri,
        session_cookie,
    })
}

/// Checks the answer to the ceremony `found` and stores its passkey, taking the ceremony.
async fn bind(
    state: &App,
    ceremony_id: &str,
    found: keybound_store::BindingCeremony,
    answer: Value,
    client: &Client,
    now: time::OffsetDateTime,
) -> Result<(BindingJob, Credential), AppError> {
    let job = found
        .job
        .ok_or_else(|| StoreError::not_found("credential binding job", found.job_id.as_str()))?;
    if let Some(why) = job.refusal(now) {
        return Err(AppError::said(ErrorKind::Gone, why));
    }
    let config = found
        .config
        .ok_or_else(|| StoreError::not_found("authenticator config", job.authenticator_config_id.as_str()))?;
    let credential = verified(state, &found.state, answer, &job, &config, client, now).await?;
    let how = match job.delivery_method {
        DeliveryMethod::ShortCode => "a 9-character code",
        DeliveryMethod::Email => "an emailed binding link",
        DeliveryMethod::Return => "a binding link",
    };
    let bound = client
        .event(state, Action::CredentialBound)
        .realm(&job.realm_id)
        .by(Actor::identity(&job.identity_id))
        .about(&job.identity_id)
        .on("credential", &credential.id)
        .detail(format!(
            "\"{}\" bound through {how} (job {})",
            credential.name, job.id
        ));
    let completed = completed_event(
        state,
        &job,
        &credential.id,
        Actor::identity(&job.identity_id),
        client,
    );
    // The ceremony, the passkey, the job's completion, the jobs it supersedes and their audit
    // events in one transaction: of racing answers to one ceremony, one takes it.
    state
        .atomically(async {
            let superseded = state
                .store
                .bind_passkey(ceremony_id, &job.id, &credential, &[bound, completed], now)
                .await?
                .ok_or_else(expired)?;
            record_superseded(state, &job.realm_id, &job.identity_id, client, superseded).await
        })
        .await?;
    Ok((job, credential))
}

fn expired() -> AppError {
    AppError::said(ErrorKind::Gone, "error-attempt-expired")
}

/// The passkey `answer` makes for `job`, if it checks out; a passkey the config's rules refuse
/// is audited with the reason, as the page says it.
async fn verified(
    state: &App,
    saved: &str,
    answer: Value,
    job: &BindingJob,
    config: &keybound_core::binding::AuthenticatorConfig,
    client: &Client,
    now: time::OffsetDateTime,
) -> Result<Credential, AppError> {
    match registration::verify(
        state,
        saved,
        answer,
        &origins_of(state, config),
        (&job.identity_id, &job.realm_id, &job.tenant_id),
        &registration::KeyRequest::of_job(job, config),
        now,
    )
    .await
    {
        Ok(credential) => Ok(credential),
        Err(e) => {
            if e.kind() == ErrorKind::Unacceptable {
                let event = client
                    .event(state, Action::CredentialBound)
                    .realm(&job.realm_id)
                    .by(Actor::identity(&job.identity_id))
                    .about(&job.identity_id)
                    .on("credential_binding_job", &job.id)
                    .failed(e.message());
                audit::record(state, event).await;
            }
            Err(e)
        }
    }
}

/// Signs the person in on the device where they typed their code and made their passkey;
/// audited as a sign-in with that passkey.
async fn open_session_after_code(
    state: &App,
    job: &BindingJob,
    credential: &Credential,
    client: &Client,
) -> Result<String, AppError> {
    let identity = state.store.identity(&job.realm_id, &job.identity_id).await?;
    let verified =
        credential.device_policy.user_verification == keybound_core::binding::UserVerification::Required;
    let amr = keybound_core::oidc::amr(Some(credential.backup_eligible), verified);
    let (_, cookie) = crate::session::open(state, &identity, Some(&credential.id), amr, client).await?;
    let event = client
        .event(state, Action::SessionStarted)
        .realm(&job.realm_id)
        .by(Actor::identity(&job.identity_id))
        .about(&job.identity_id)
        .on("credential", &credential.id)
        .detail(format!(
            "with the passkey \"{}\", just made with a code",
            credential.name
        ));
    audit::write(state, event).await?;
    Ok(cookie)
}

/// Revokes an open job (Conflict for a complete one), by `actor`.
pub async fn revoke_job(
    state: &App,
    actor: &crate::Actor,
    realm_id: &str,
    identity_id: &str,
    job_id: &str,
) -> Result<BindingJob, AppError> {
    state
        .atomically(async {
            actor.require("credential-binding-jobs:update")?;
            let identity = state.store.identity(realm_id, identity_id).await?;
            actor.require_over(state, &identity).await?;
            let job = state
                .store
                .revoke_job(realm_id, identity_id, job_id, state.clock.now())
                .await?;
            let event = actor
                .event(state, Action::BindingJobRevoked)
                .realm(realm_id)
                .about(identity_id)
                .on("credential_binding_job", &job.id)
                .detail(format!("delivery {}", job.delivery_method.as_str()));
            audit::write(state, event).await?;
            Ok(job)
        })
        .await
}

/// Emails an enrolment again as a new job (same config, key and policy); the old one, if still
/// open, is revoked so that only the newest link works.
pub async fn resend_job(
    state: &App,
    actor: &crate::Actor,
    realm: &Realm,
    identity_id: &str,
    job_id: &str,
) -> Result<CreatedJob, AppError> {
    state
        .atomically(async {
            let old = state.store.job(&realm.id, Some(identity_id), job_id).await?;
            if old.delivery_method != DeliveryMethod::Email || old.state == JobState::Complete {
                return Err(AppError::new(
                    ErrorKind::Conflict,
                    "Only an emailed enrolment that is not complete can be sent again.",
                ));
            }
            let new = NewJob {
                delivery_method: DeliveryMethod::Email,
                authenticator_config_id: old.authenticator_config_id.clone(),
                post_binding_redirect_uri: old.post_binding_redirect_uri.clone(),
                expire_after_seconds: None,
                email_template_id: None,
                device_type: old.device_type,
                device_policy: old.device_policy,
                key_name: old.key_name.clone(),
            };
            let created = create_job(state, actor, realm, identity_id, new).await?;
            if old.state_at(state.clock.now()).is_open() {
                revoke_job(state, actor, &realm.id, identity_id, &old.id).await?;
            }
            Ok(created)
        })
        .await
}

/// After a passkey was bound for a person outside a binding job (an admin link, the account
/// page): their open binding jobs are revoked (audited as superseded), so that a link left in
/// a mailbox or a code on a note is no longer a way in once the person has enrolled. A second
/// passkey needs a new job. (A binding job's completion does the same in its own transaction.)
pub async fn revoke_superseded(
    state: &App,
    realm_id: &str,
    identity_id: &str,
    client: &Client,
) -> Result<(), AppError> {
    state
        .atomically(async {
            let revoked = state
                .store
                .revoke_open_jobs(identity_id, state.clock.now())
                .await?;
            record_superseded(state, realm_id, identity_id, client, revoked).await?;
            Ok(())
        })
        .await
}

/// Audits a job's completion: the passkey it bound.
pub(crate) async fn record_completed(
    state: &App,
    job: &BindingJob,
    credential_id: &str,
    by: Actor,
    client: &Client,
) -> Result<(), AppError> {
    audit::write(state, completed_event(state, job, credential_id, by, client)).await
}

/// The audit event of `job`'s completion with the passkey `credential_id`.
fn completed_event(
    state: &App,
    job: &BindingJob,
    credential_id: &str,
    by: Actor,
    client: &Client,
) -> keybound_core::audit::AuditEvent {
    client
        .event(state, Action::BindingJobCompleted)
        .realm(&job.realm_id)
        .by(by)
        .about(&job.identity_id)
        .on("credential_binding_job", &job.id)
        .detail(format!("bound the passkey {credential_id}"))
}

/// Audits the jobs a bound passkey superseded.
pub(crate) async fn record_superseded(
    state: &App,
    realm_id: &str,
    identity_id: &str,
    client: &Client,
    job_ids: Vec<String>,
) -> Result<(), AppError> {
    for job_id in job_ids {
        let event = client
            .event(state, Action::BindingJobRevoked)
            .realm(realm_id)
            .about(identity_id)
            .on("credential_binding_job", &job_id)
            .detail("superseded: a passkey was bound, so the other open jobs were revoked");
        audit::write(state, event).await?;
    }
    Ok(())
}

/// Where a binding link points: `…/tenants/{t}/realms/{r}/identities/{i}/credential-binding-jobs/{job}`.
pub struct LinkPath<'a> {
    pub tenant_id: &'a str,
    pub realm_id: &'a str,
    pub identity_id: &'a str,
    pub job_id: &'a str,
}

/// What opening a binding link leads to.
pub enum Opened {
    /// Keybound's own binding page, for this person and the kind of device the job asks for.
    Hosted(Box<Identity>, keybound_core::binding::DeviceType),
    /// The developer's app, at this URL.
    Embedded(String),
}

const LINK_INVALID: &str = "error-link-invalid";

/// Opens a binding link (`LINK_OPENED`): for an open job of an active identity, the page to
/// bind on. NotFound for a link that is not one, Gone for one used up or expired.
pub async fn open_link(state: &App, path: LinkPath<'_>, token: Option<&str>) -> Result<Opened, AppError> {
    let invalid = || AppError::said(ErrorKind::NotFound, LINK_INVALID);
    let token = token.filter(|t| !t.is_empty()).ok_or_else(invalid)?;
    let job = state
        .store
        .job_by_link(path.job_id, token)
        .await?
        .filter(|job| {
            job.tenant_id == path.tenant_id
                && job.realm_id == path.realm_id
                && job.identity_id == path.identity_id
        })
        .ok_or_else(invalid)?;
    let now = state.clock.now();
    if let Some(why) = job.refusal(now) {
        return Err(AppError::said(ErrorKind::Gone, why));
    }
    let (config, identity) = tokio::try_join!(
        state.store.config(&job.realm_id, &job.authenticator_config_id),
        state.store.identity(&job.realm_id, &job.identity_id)
    )?;
    crate::session::ensure_active(&identity)?;
    state
        .store
        .advance_job(&job.id, JobState::LinkOpened, now)
        .await?;
    if config.config_type == ConfigType::Embedded {
        return embedded_redirect(state, &config, &job, token)
            .map(Opened::Embedded)
            .ok_or_else(|| AppError::internal("binding link", &"the embedded config has no invoke URL"));
    }
    Ok(Opened::Hosted(Box::new(identity), job.device_type))
}

/// Where an embedded config sends the person who opened a binding link.
fn embedded_redirect(
    state: &App,
    config: &AuthenticatorConfig,
    job: &BindingJob,
    token: &str,
) -> Option<String> {
    if config.config_type != ConfigType::Embedded {
        return None;
    }
    let invoke = config.invoke_url.as_deref()?.trim_end_matches('/');
    let mut url = format!("{invoke}/bind?");
    let params = [
        ("api_base_url", state.public_url.as_str()),
        ("tenant_id", &job.tenant_id),
        ("realm_id", &job.realm_id),
        ("identity_id", &job.identity_id),
        ("job_id", &job.id),
        ("token", token),
    ];
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| {
            format!(
                "{k}={}",
                url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            )
        })
        .collect();
    url.push_str(&query.join("&"));
    Some(url)
}

/// The realm's first `hosted_web` authenticator config, made if it has none: what the console
/// binds passkeys with, since an admin enrolling a person picks no config.
pub async fn hosted_config(state: &App, realm: &Realm) -> Result<AuthenticatorConfig, AppError> {
    let configs = state
        .store
        .list_configs(
            &realm.id,
            keybound_core::page::PageRequest {
                size: 200,
                after: None,
            },
        )
        .await?;
    if let Some(config) = configs
        .items
        .into_iter()
        .find(|c| c.config_type == ConfigType::HostedWeb)
    {
        return Ok(config);
    }
    let now = state.clock.now();
    let config = AuthenticatorConfig {
        id: keybound_core::new_id(),
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        display_name: "Keybound hosted pages".into(),
        config_type: ConfigType::HostedWeb,
        invoke_url: None,
        trusted_origins: Vec::new(),
        require_attestation: false,
        aaguid_allow_list: Vec::new(),
        rules: Default::default(),
        create_time: now,
        update_time: now,
    };
    state.store.create_config(&config).await?;
    Ok(config)
}

/// A job of the realm, only if it is `identity_id`'s when that is given.
pub async fn job(
    state: &App,
    realm_id: &str,
    identity_id: Option<&str>,
    id: &str,
) -> Result<BindingJob, AppError> {
    Ok(state.store.job(realm_id, identity_id, id).await?)
}

/// Jobs of the realm, or of one identity.
pub async fn jobs(
    state: &App,
    realm_id: &str,
    identity_id: Option<&str>,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<BindingJob>, AppError> {
    Ok(state.store.list_jobs(realm_id, identity_id, page).await?)
}
