//! What Keybound asks of its database, one trait per area. Every method is one atomic unit:
//! it either happens entirely or not at all.

use crate::StoreError;
use async_trait::async_trait;
use keybound_core::api_token::ApiToken;
use keybound_core::filter::Filter;
use keybound_core::group::Group;
use keybound_core::identity::{Identity, IdentityPatch, NewIdentity};
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::{Realm, Tenant};
use time::OffsetDateTime;

pub type Result<T> = std::result::Result<T, StoreError>;

/// Attributes that identity lists can be filtered on.
pub const IDENTITY_FILTER_ATTRIBUTES: &[&str] = &[
    "traits.username",
    "traits.primary_email_address",
    "display_name",
    "status",
    "enrollment_status",
    // Username, email or name: `search co "ann"` (with `co` only).
    "search",
];
/// Attributes that group lists can be filtered on.
pub const GROUP_FILTER_ATTRIBUTES: &[&str] = &["display_name"];

#[async_trait]
pub trait TenantStore {
    /// Creates the installation's tenant and its "Default" realm on first start; afterwards
    /// returns the existing tenant. Safe when several replicas start at once.
    async fn bootstrap(&self, now: OffsetDateTime) -> Result<Tenant>;
    async fn tenant(&self, id: &str) -> Result<Tenant>;
    async fn update_tenant(&self, id: &str, display_name: &str, now: OffsetDateTime) -> Result<Tenant>;
    async fn set_tenant_logo(&self, id: &str, logo_url: Option<&str>, now: OffsetDateTime) -> Result<()>;
}

#[async_trait]
pub trait RealmStore {
    async fn create_realm(&self, tenant_id: &str, display_name: &str, now: OffsetDateTime) -> Result<Realm>;
    async fn realm(&self, tenant_id: &str, id: &str) -> Result<Realm>;
    async fn list_realms(&self, tenant_id: &str, page: PageRequest) -> Result<Page<Realm>>;
    /// The tenant's oldest realm (where people sign in when no realm is named), if any.
    async fn first_realm(&self, tenant_id: &str) -> Result<Option<Realm>>;
    async fn update_realm(
        &self,
        tenant_id: &str,
        id: &str,
        display_name: &str,
        now: OffsetDateTime,
    ) -> Result<Realm>;
    /// Deletes the realm and everything in it.
    async fn delete_realm(&self, tenant_id: &str, id: &str) -> Result<()>;
}

#[async_trait]
pub trait IdentityStore {
    /// Fails with `Conflict` when the username is taken in the realm (case-insensitively).
    async fn create_identity(&self, realm: &Realm, new: NewIdentity, now: OffsetDateTime)
        -> Result<Identity>;
    /// Creates an identity already a member of `group_ids`, in one transaction: all of it, or
    /// (a group unknown or managed by LDAP, a username taken) nothing.
    async fn create_identity_in_groups(
        &self,
        realm: &Realm,
        new: NewIdentity,
        group_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<Identity>;
    /// [`create_identity_in_groups`](Self::create_identity_in_groups) with the identity's id
    /// given and its first binding job (its secret, and for EMAIL the email that delivers it)
    /// in the same transaction.
    async fn create_enrolled_identity(
        &self,
        realm: &Realm,
        id: &str,
        new: NewIdentity,
        group_ids: &[String],
        job: (
            &keybound_core::binding::BindingJob,
            &JobSecret,
            Option<&keybound_core::email::Email>,
        ),
        now: OffsetDateTime,
    ) -> Result<Identity>;
    async fn identity(&self, realm_id: &str, id: &str) -> Result<Identity>;
    /// A page of identities, with the total that match. The totals of the unfiltered list and of
    /// equality filters on the status and enrolment status come from kept counts.
    async fn list_identities(
        &self,
        realm_id: &str,
        filter: &Filter,
        page: PageRequest,
    ) -> Result<Page<Identity>>;
    /// The console's users list: up to `limit` identities from `offset` in `sort` order (ties in
    /// creation order), with the total that match.
    async fn browse_identities(
        &self,
        realm_id: &str,
        filter: &Filter,
        sort: keybound_core::identity::Sort,
        offset: u64,
        limit: u32,
    ) -> Result<(Vec<Identity>, i64)>;
    /// Folds the changes to the kept identity counts into them (the counts are right before
    /// and after; this keeps reading them quick). Returns how many changes it folded.
    async fn fold_identity_counts(&self) -> Result<u64>;
    async fn update_identity(
        &self,
        realm_id: &str,
        id: &str,
        patch: &IdentityPatch,
        now: OffsetDateTime,
    ) -> Result<Identity>;
    async fn delete_identity(&self, realm_id: &str, id: &str) -> Result<()>;
    /// Deletes all of `ids` or, if any is unknown, none (`NotFound` names the first unknown one).
    async fn batch_delete_identities(&self, realm_id: &str, ids: &[String]) -> Result<()>;
    async fn identity_groups(
        &self,
        realm_id: &str,
        identity_id: &str,
        page: PageRequest,
    ) -> Result<Page<Group>>;
    /// Gives the identity a console role (`None`: none). Taking the admin role from the
    /// tenant's last active administrator changes nothing and answers false; racing removals of
    /// the last two leave one.
    async fn set_role(
        &self,
        identity_id: &str,
        grant: Option<&keybound_core::role::RoleGrant>,
    ) -> Result<bool>;
    /// Is the identity an active administrator?
    async fn is_admin(&self, identity_id: &str) -> Result<bool>;
    /// Does any administrator of the tenant have an active passkey?
    async fn admin_has_passkey(&self, tenant_id: &str) -> Result<bool>;
    /// Passkeys bound in the realm per day (days since the Unix epoch, UTC) from `since` on.
    async fn passkeys_bound_per_day(&self, realm_id: &str, since: OffsetDateTime) -> Result<Vec<(i64, i64)>>;
    /// For each of `identity_ids`: its number of active passkeys and its last sign-in with one.
    async fn passkey_stats(
        &self,
        identity_ids: &[String],
    ) -> Result<Vec<(String, i64, Option<OffsetDateTime>)>>;
}

#[async_trait]
pub trait GroupStore {
    async fn create_group(
        &self,
        realm: &Realm,
        display_name: &str,
        description: &str,
        now: OffsetDateTime,
    ) -> Result<Group>;
    async fn group(&self, realm_id: &str, id: &str) -> Result<Group>;
    async fn list_groups(&self, realm_id: &str, filter: &Filter, page: PageRequest) -> Result<Page<Group>>;
    async fn update_group(
        &self,
        realm_id: &str,
        id: &str,
        display_name: Option<&str>,
        description: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Group>;
    async fn delete_group(&self, realm_id: &str, id: &str) -> Result<()>;
    /// Adds all of `identity_ids` (members already in stay) or, if any is unknown, none.
    async fn add_members(
        &self,
        realm_id: &str,
        group_id: &str,
        identity_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<()>;
    /// Removes all of `identity_ids` that are members or, if any is unknown, none.
    async fn delete_members(
        &self,
        realm_id: &str,
        group_id: &str,
        identity_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<()>;
    async fn group_members(
        &self,
        realm_id: &str,
        group_id: &str,
        page: PageRequest,
    ) -> Result<Page<Identity>>;
    /// Is the identity a member of any of `group_ids`?
    async fn is_member_of_any(&self, identity_id: &str, group_ids: &[String]) -> Result<bool>;
}

#[async_trait]
pub trait ApiTokenStore {
    async fn create_api_token(&self, token: &ApiToken) -> Result<()>;
    async fn api_token(&self, id: &str) -> Result<ApiToken>;
    async fn list_api_tokens(&self, tenant_id: &str, page: PageRequest) -> Result<Page<ApiToken>>;
    async fn delete_api_token(&self, tenant_id: &str, id: &str) -> Result<()>;
    /// Records a use. Written at most once a minute per token, to keep reads cheap.
    async fn touch_api_token(&self, id: &str, now: OffsetDateTime) -> Result<()>;
}

#[async_trait]
pub trait EmailStore {
    /// Queues an email that no other action writes (a test message, ...).
    async fn queue_email(&self, email: &keybound_core::email::Email) -> Result<()>;
    /// Claims up to `limit` emails due at `now` (pending, or claimed by a worker whose claim
    /// lapsed) until `lease_until`, counting the attempt. Each email goes to one claimer.
    async fn claim_emails(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<keybound_core::email::Email>>;
    /// Records delivery. An enrolment email that arrives clears its identity's INVITE_FAILED.
    async fn email_sent(&self, id: &str, now: OffsetDateTime) -> Result<()>;
    /// Emails not yet sent nor given up (pending or being sent), across the installation.
    async fn emails_waiting(&self) -> Result<i64>;
    /// Records a failed attempt: try again at `retry_at`, or, when `None`, give up: the email
    /// is FAILED, its binding job FAILED_TO_SEND and its identity INVITE_FAILED.
    async fn email_failed(
        &self,
        id: &str,
        error: &str,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<()>;
    async fn email(&self, id: &str) -> Result<keybound_core::email::Email>;
    async fn list_emails(
        &self,
        realm_id: &str,
        page: PageRequest,
    ) -> Result<Page<keybound_core::email::Email>>;
}

#[async_trait]
pub trait EmailTemplateStore {
    /// Stores a template; if it is the default, the realm's previous default of its kind stops being one.
    async fn create_template(&self, template: &keybound_core::email_template::EmailTemplate) -> Result<()>;
    async fn template(
        &self,
        realm_id: &str,
        id: &str,
    ) -> Result<keybound_core::email_template::EmailTemplate>;
    async fn list_templates(
        &self,
        realm_id: &str,
        page: PageRequest,
    ) -> Result<Page<keybound_core::email_template::EmailTemplate>>;
    async fn update_template(&self, template: &keybound_core::email_template::EmailTemplate) -> Result<()>;
    async fn delete_template(&self, realm_id: &str, id: &str) -> Result<()>;
    /// The realm's default templates of `kind`: at most one without a language and one per
    /// language.
    async fn default_templates(
        &self,
        realm_id: &str,
        kind: keybound_core::email_template::TemplateKind,
    ) -> Result<Vec<keybound_core::email_template::EmailTemplate>>;
}

#[async_trait]
pub trait LoginCodeStore {
    async fn create_login_code(&self, code: &keybound_core::login_code::LoginCode) -> Result<()>;
    /// The unused, unexpired code with this id and secret, without using it.
    async fn peek_login_code(
        &self,
        purpose: &str,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<keybound_core::login_code::LoginCode>>;
    /// Records a request for a one-time sign-in link by email.
    async fn queue_one_time_access(
        &self,
        request: &keybound_core::login_code::OneTimeAccessRequest,
    ) -> Result<()>;
    /// Takes up to `limit` recorded requests, oldest first; each is taken by one taker only.
    async fn take_one_time_access(
        &self,
        limit: i64,
    ) -> Result<Vec<keybound_core::login_code::OneTimeAccessRequest>>;
    /// Uses the code: exactly one of any number of racing redemptions gets it.
    async fn redeem_login_code(
        &self,
        purpose: &str,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<keybound_core::login_code::LoginCode>>;
}

#[async_trait]
pub trait SettingsStore {
    /// The realm's settings (defaults until changed).
    async fn realm_settings(&self, realm_id: &str) -> Result<keybound_core::settings::RealmSettings>;
    /// The default language set for the tenant's first realm (the one people who are not
    /// signed in use), if any: one read.
    async fn first_realm_language(&self, tenant_id: &str) -> Result<Option<String>>;
    async fn set_realm_settings(
        &self,
        realm_id: &str,
        settings: &keybound_core::settings::RealmSettings,
        now: OffsetDateTime,
    ) -> Result<()>;
    /// The identity of the realm with this username (case-insensitive), if any.
    async fn identity_by_username(&self, realm_id: &str, username: &str) -> Result<Option<Identity>>;
    /// The identity whose username is `username` or looks the same (the same confusable
    /// skeleton), if any.
    async fn identity_like_username(&self, realm_id: &str, username: &str) -> Result<Option<Identity>>;
    /// The active identity of the realm with this primary email address (case-insensitive).
    async fn identity_by_email(&self, realm_id: &str, email: &str) -> Result<Option<Identity>>;
}

#[async_trait]
pub trait SignupTokenStore {
    async fn create_signup_token(&self, token: &keybound_core::signup_token::SignupToken) -> Result<()>;
    async fn signup_token(
        &self,
        realm_id: &str,
        id: &str,
    ) -> Result<keybound_core::signup_token::SignupToken>;
    /// The realm's tokens, newest first; only those still usable at `usable_at` when given.
    async fn list_signup_tokens(
        &self,
        realm_id: &str,
        usable_at: Option<OffsetDateTime>,
        page: PageRequest,
    ) -> Result<Page<keybound_core::signup_token::SignupToken>>;
    async fn revoke_signup_token(
        &self,
        realm_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<keybound_core::signup_token::SignupToken>;
    /// The usable token with this id and secret, without using it.
    async fn peek_signup_token(
        &self,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<keybound_core::signup_token::SignupToken>>;
    /// Creates the identity (with the id `credential.identity_id`) and its first passkey in one
    /// transaction. With a token (`id`, `secret`), one of its uses is taken in the same
    /// transaction and the identity joins the token's groups; `Ok(None)` when the token cannot
    /// be used (any longer): then nothing is created. However many sign-ups race, no more than
    /// the token's limit succeed. A taken username is a `Conflict`.
    async fn sign_up(
        &self,
        realm: &Realm,
        token: Option<(&str, &str)>,
        new: NewIdentity,
        credential: &keybound_core::credential::Credential,
        now: OffsetDateTime,
    ) -> Result<Option<Identity>>;
}

/// Which audit events to list: a filter on [`keybound_core::audit::FILTER_ATTRIBUTES`] and a
/// time range (`since` inclusive, `until` exclusive).
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub filter: Filter,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
}

#[async_trait]
pub trait AuditStore {
    async fn record_audit(&self, event: &keybound_core::audit::AuditEvent) -> Result<()>;
    /// The realm's events, newest first.
    async fn list_audit(
        &self,
        realm_id: &str,
        query: &AuditQuery,
        page: PageRequest,
    ) -> Result<Page<keybound_core::audit::AuditEvent>>;
}

/// All of Keybound's storage.
#[async_trait]
pub trait Store:
    TenantStore
    + RealmStore
    + IdentityStore
    + GroupStore
    + ApiTokenStore
    + BindingStore
    + CredentialStore
    + RateLimitStore
    + EmailStore
    + EmailTemplateStore
    + SessionStore
    + LoginCodeStore
    + SettingsStore
    + SignupTokenStore
    + AuditStore
    + ApplicationStore
    + OidcStore
    + LdapStore
    + BatchStore
    + ScimStore
    + MdsStore
    + Send
    + Sync
{
    /// Is the database reachable?
    async fn ping(&self) -> Result<()>;
    /// The database connections this process holds: in use, and open but idle.
    fn connections(&self) -> Connections;
    /// Begins a unit for [`crate::atomically`]; `None` when this task already runs one here.
    async fn begin_unit(&self) -> Result<Option<std::sync::Arc<crate::Unit>>>;
}

/// See [`Store::connections`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Connections {
    pub in_use: usize,
    pub idle: usize,
}

/// The secret part of a new binding job, as stored (hashes only).
#[derive(Debug, Clone)]
pub enum JobSecret {
    /// A binding link's token.
    Link { token_hash: String },
    /// A short code: its locator in the clear, the rest hashed.
    Code { locator: String, secret_hash: String },
}

#[async_trait]
pub trait BindingStore {
    async fn create_config(&self, config: &keybound_core::binding::AuthenticatorConfig) -> Result<()>;
    async fn config(&self, realm_id: &str, id: &str) -> Result<keybound_core::binding::AuthenticatorConfig>;
    async fn list_configs(
        &self,
        realm_id: &str,
        page: PageRequest,
    ) -> Result<Page<keybound_core::binding::AuthenticatorConfig>>;
    async fn update_config(&self, config: &keybound_core::binding::AuthenticatorConfig) -> Result<()>;
    async fn delete_config(&self, realm_id: &str, id: &str) -> Result<()>;

    async fn create_job(&self, job: &keybound_core::binding::BindingJob, secret: &JobSecret) -> Result<()>;
    /// Creates a job and queues the email that delivers it, in one transaction.
    async fn create_job_with_email(
        &self,
        job: &keybound_core::binding::BindingJob,
        secret: &JobSecret,
        email: &keybound_core::email::Email,
    ) -> Result<()>;
    /// A job of the realm, optionally only if it belongs to `identity_id`.
    async fn job(
        &self,
        realm_id: &str,
        identity_id: Option<&str>,
        id: &str,
    ) -> Result<keybound_core::binding::BindingJob>;
    /// A job by id alone, for ceremonies that carry only the job's id.
    async fn job_by_id(&self, id: &str) -> Result<keybound_core::binding::BindingJob>;
    /// Jobs of the realm, or of one identity.
    async fn list_jobs(
        &self,
        realm_id: &str,
        identity_id: Option<&str>,
        page: PageRequest,
    ) -> Result<Page<keybound_core::binding::BindingJob>>;
    /// The job a binding link names, if `token` is its secret.
    async fn job_by_link(
        &self,
        job_id: &str,
        token: &str,
    ) -> Result<Option<keybound_core::binding::BindingJob>>;
    /// The live job a short code names, if any. Every try counts against the codes with its
    /// locator before the secret is compared, in one statement, so parallel guesses cannot
    /// outrun the limit; a right one is given back. After `MAX_CODE_FAILURES` the code matches
    /// nothing.
    async fn job_by_code(
        &self,
        code: &str,
        now: OffsetDateTime,
    ) -> Result<Option<keybound_core::binding::BindingJob>>;
    /// Moves an open job forward (never back): `LINK_SENT` -> `LINK_OPENED` -> `REQUEST_DELIVERED`.
    async fn advance_job(
        &self,
        job_id: &str,
        to: keybound_core::binding::JobState,
        now: OffsetDateTime,
    ) -> Result<()>;
    /// Revokes an open job; `Conflict` for a complete one.
    async fn revoke_job(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<keybound_core::binding::BindingJob>;
    async fn fail_job_delivery(&self, job_id: &str, now: OffsetDateTime) -> Result<()>;
    /// Revokes every open, unexpired job of the identity in one statement; returns their ids.
    async fn revoke_open_jobs(&self, identity_id: &str, now: OffsetDateTime) -> Result<Vec<String>>;

    /// Keeps a ceremony's server-side state until `expire_time`. What `subject` holds depends on the
    /// purpose (the job's id for a binding, the realm's for a sign-in, ...).
    async fn save_ceremony(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
    ) -> Result<()>;
    /// [`save_ceremony`](Self::save_ceremony), unless `cap` ceremonies of this purpose and
    /// subject are already in flight at `now`: then nothing is saved and the answer is false.
    #[expect(clippy::too_many_arguments, reason = "one row's fields and its cap")]
    async fn save_ceremony_capped(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
        cap: i64,
        now: OffsetDateTime,
    ) -> Result<bool>;
    /// [`save_ceremony`](Self::save_ceremony) after counting its begin as
    /// [`RateLimitStore::rate_limit`] does, in one write (one commit, and on PostgreSQL one
    /// statement): beyond the limit the begin is counted, nothing is saved and the answer is
    /// false.
    async fn save_ceremony_counted(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
        count: &RateCount<'_>,
    ) -> Result<bool>;
    /// A binding ceremony for `job_id`, begun: in one write (one commit, and on PostgreSQL one
    /// statement) the begin is counted under `count` as [`RateLimitStore::rate_limit`] does
    /// (when there is a limit), and within it, with fewer than `cap` of the job's ceremonies
    /// under way, the ceremony is saved and the job moves on to `REQUEST_DELIVERED`. A begin
    /// beyond the limit or the cap keeps its count and nothing else.
    #[allow(clippy::too_many_arguments)]
    async fn save_binding_ceremony(
        &self,
        id: &str,
        job_id: &str,
        state: &str,
        expire_time: OffsetDateTime,
        cap: i64,
        count: Option<&RateCount<'_>>,
        now: OffsetDateTime,
    ) -> Result<BindingBegun>;
    /// Deletes ceremonies that expired unfinished (a background task calls this, not requests).
    async fn sweep_ceremonies(&self, now: OffsetDateTime) -> Result<u64>;
    /// What registering a passkey for `job` needs besides the job, in one read: its identity
    /// (`NotFound` unless in the job's realm), its authenticator config (`NotFound` if gone),
    /// and the WebAuthn ids of the identity's active passkeys (which the new one may not be).
    async fn binding_subject(
        &self,
        job: &keybound_core::binding::BindingJob,
    ) -> Result<(Identity, keybound_core::binding::AuthenticatorConfig, Vec<String>)>;
    /// A binding ceremony that has not expired, left in place, read with its job and the job's
    /// authenticator config (each `None` if it is gone): what checking its answer needs.
    async fn binding_ceremony(&self, id: &str, now: OffsetDateTime) -> Result<Option<BindingCeremony>>;
    /// Takes a ceremony of `purpose` (its subject and state), once: a second take, one after
    /// expiry, or one for another purpose finds nothing.
    async fn take_ceremony(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        now: OffsetDateTime,
    ) -> Result<Option<(String, String)>>;

    /// Completes an open, unexpired job with a new credential, for an active identity: all or
    /// nothing, and only once however many completions race. `Conflict` says why not. In the
    /// same transaction the identity's other open jobs are revoked (superseded by the passkey
    /// now bound); returns their ids.
    async fn complete_binding(
        &self,
        job_id: &str,
        credential: &keybound_core::credential::Credential,
        now: OffsetDateTime,
    ) -> Result<Vec<String>>;

    /// Binds a passkey through binding ceremony `ceremony_id` of job `job_id`, all at once:
    /// takes the ceremony, completes the job with `credential` and revokes the identity's other
    /// open jobs as [`Self::complete_binding`] does, and records `events`. `Ok(None)` when the
    /// ceremony is gone or expired (nothing changes). `Conflict` says why the job cannot
    /// complete; the ceremony is then used up, and nothing else changes (a passkey registered
    /// already changes nothing at all). Otherwise returns the superseded jobs' ids.
    async fn bind_passkey(
        &self,
        ceremony_id: &str,
        job_id: &str,
        credential: &keybound_core::credential::Credential,
        events: &[keybound_core::audit::AuditEvent],
        now: OffsetDateTime,
    ) -> Result<Option<Vec<String>>>;
}

#[async_trait]
pub trait CredentialStore {
    async fn credential(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
    ) -> Result<keybound_core::credential::Credential>;
    async fn list_credentials(
        &self,
        realm_id: &str,
        identity_id: &str,
        page: PageRequest,
    ) -> Result<Page<keybound_core::credential::Credential>>;
    /// The WebAuthn credential ids of an identity's active credentials.
    async fn active_credential_ids(&self, identity_id: &str) -> Result<Vec<String>>;
    async fn rename_credential(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        name: &str,
        now: OffsetDateTime,
    ) -> Result<keybound_core::credential::Credential>;
    async fn revoke_credential(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<keybound_core::credential::Credential>;
    /// Adds a passkey to an active identity (from its own account page); `Conflict` if the
    /// WebAuthn credential id is registered already or the identity is suspended.
    async fn add_credential(&self, credential: &keybound_core::credential::Credential) -> Result<()>;
    /// The credential with this WebAuthn credential id (base64url), in any state.
    async fn credential_by_webauthn_id(
        &self,
        webauthn_id: &str,
    ) -> Result<Option<keybound_core::credential::Credential>>;
    /// Marks a credential as not to be trusted (it can no longer sign in), saying why.
    async fn flag_credential(&self, id: &str, reason: &str, now: OffsetDateTime) -> Result<()>;
}

/// What [`BindingStore::save_binding_ceremony`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindingBegun {
    Saved,
    /// The address began more ceremonies than its limit allows (counted, nothing saved).
    OverLimit,
    /// The job has `cap` ceremonies under way already (counted, nothing saved).
    TooManyUnderWay,
}

/// See [`BindingStore::binding_ceremony`].
#[derive(Debug, Clone)]
pub struct BindingCeremony {
    pub job_id: String,
    /// The ceremony's saved WebAuthn state.
    pub state: String,
    pub job: Option<keybound_core::binding::BindingJob>,
    pub config: Option<keybound_core::binding::AuthenticatorConfig>,
}

/// See [`SessionStore::sign_in_context`].
#[derive(Debug, Clone)]
pub struct SignInContext {
    /// The realm the sign-in was begun in.
    pub realm_id: String,
    /// The ceremony's saved WebAuthn state.
    pub state: String,
    pub credential: Option<keybound_core::credential::Credential>,
    /// The credential's identity, when there is a credential.
    pub identity: Option<keybound_core::identity::Identity>,
    /// The WebAuthn ids of that identity's active passkeys (what the page tells the browser's
    /// passkey manager once signed in); empty without a credential.
    pub active_credential_ids: Vec<String>,
}

#[async_trait]
pub trait SessionStore {
    async fn create_session(&self, session: &keybound_core::session::Session) -> Result<()>;
    /// What finishing a passkey sign-in needs to know, in one read: the sign-in ceremony
    /// `ceremony_id` (none if there is no such ceremony or it expired by `now`), the credential
    /// with WebAuthn credential id `webauthn_id` (base64url) and the identity it belongs to. The
    /// ceremony is left in place: [`record_sign_in`](Self::record_sign_in) takes it.
    async fn sign_in_context(
        &self,
        ceremony_id: &str,
        webauthn_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<SignInContext>>;
    /// A passkey sign-in, all or nothing: takes the sign-in ceremony `ceremony_id`, records the
    /// credential's new counter, flags and last use, the session it opens, and its audit event
    /// (none for a non-auditable key). False, with nothing written, when the ceremony was
    /// taken already: of racing sign-ins with one ceremony, one is recorded.
    async fn record_sign_in(
        &self,
        ceremony_id: &str,
        credential: &keybound_core::credential::Credential,
        session: &keybound_core::session::Session,
        event: Option<&keybound_core::audit::AuditEvent>,
    ) -> Result<bool>;
    async fn session(&self, id: &str) -> Result<Option<keybound_core::session::Session>>;
    /// Records use: last seen now, idle expiry pushed to `idle_expire_time`.
    async fn touch_session(
        &self,
        id: &str,
        now: OffsetDateTime,
        idle_expire_time: OffsetDateTime,
    ) -> Result<()>;
    /// Revokes one of an identity's sessions; `NotFound` if it has no such live session.
    async fn revoke_session(&self, identity_id: &str, id: &str, now: OffsetDateTime) -> Result<()>;
    /// Revokes every session of an identity; returns how many.
    async fn revoke_sessions(&self, identity_id: &str, now: OffsetDateTime) -> Result<u64>;
    /// The identity's sessions live at `now`, newest first.
    async fn live_sessions(
        &self,
        identity_id: &str,
        now: OffsetDateTime,
    ) -> Result<Vec<keybound_core::session::Session>>;
}

/// One event to count under `key`, at `now`, within `max` per `window`.
#[derive(Debug, Clone, Copy)]
pub struct RateCount<'a> {
    pub key: &'a str,
    pub max: i64,
    pub window: time::Duration,
    pub now: OffsetDateTime,
}

#[async_trait]
pub trait RateLimitStore {
    /// Counts one event under `count.key` and tells whether it is within `count.max` per
    /// `count.window`. The count lives in the database, so the limit holds across replicas.
    async fn rate_limit(&self, count: &RateCount<'_>) -> Result<bool>;
    /// Gives back one event counted under `key` (a try that was counted before it was
    /// evaluated, and turned out right).
    async fn rate_limit_refund(&self, key: &str) -> Result<()>;
    /// Deletes up to `batch` counts whose window started at or before `started_before` and
    /// returns how many went. A count is only read within its window, so deleting one whose
    /// window is over changes no limit; without this, every address ever counted keeps a row.
    async fn sweep_rate_limits(&self, started_before: OffsetDateTime, batch: i64) -> Result<u64>;
}

#[async_trait]
pub trait ApplicationStore {
    /// `Conflict` if the client id is taken.
    async fn create_application(&self, app: &keybound_core::application::Application) -> Result<()>;
    async fn application(&self, realm_id: &str, id: &str) -> Result<keybound_core::application::Application>;
    async fn application_by_client_id(
        &self,
        client_id: &str,
    ) -> Result<Option<keybound_core::application::Application>>;
    async fn list_applications(
        &self,
        realm_id: &str,
        page: PageRequest,
    ) -> Result<Page<keybound_core::application::Application>>;
    /// Saves every field, the secret's hash included.
    async fn update_application(&self, app: &keybound_core::application::Application) -> Result<()>;
    /// Deletes the application with its codes, tokens and consents.
    async fn delete_application(&self, realm_id: &str, id: &str) -> Result<()>;
}

/// Access and refresh tokens to issue, made by the caller (hashes and expiries) before the
/// grant they carry is known.
#[derive(Debug, Clone)]
pub struct NewTokens {
    pub access_hash: String,
    pub access_expire_time: OffsetDateTime,
    /// The access token's scopes when fewer than the grant's (a refresh that narrows them).
    pub access_scopes: Option<Vec<String>>,
    /// Hash and expiry of a refresh token, if one may be issued: it is stored only for a grant
    /// of `offline_access`.
    pub refresh: Option<(String, OffsetDateTime)>,
    /// The key (its thumbprint) both tokens are bound to (DPoP), if any.
    pub dpop_jkt: Option<String>,
}

/// A device authorization (RFC 8628) waiting for its person: what a user code names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDevice {
    pub application_id: String,
    pub realm_id: String,
    pub scopes: Vec<String>,
    /// The resource (RFC 8707) the device asked for, if any.
    pub resource: Option<String>,
}

/// What a device's poll with its device code came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DevicePoll {
    /// Nobody has approved or denied it yet.
    Pending,
    /// Polled sooner than its interval allows; the interval is now 5 seconds longer.
    SlowDown,
    Denied,
    Expired,
    /// Approved: this poll takes the grant, once.
    Approved(Box<keybound_core::oidc::Grant>),
    /// Its tokens were already taken.
    Used,
    Unknown,
}

/// What redeeming a code or a refresh token came to.
#[derive(Debug, Clone)]
pub enum Redemption<T> {
    /// This call redeemed it, and the new tokens are stored.
    Redeemed(T),
    /// A refresh token used again within the grace period after its rotation, by the same
    /// client: only the new access token is stored, and the family stands.
    Grace(T),
    /// It had been redeemed before: every token of its family is now revoked.
    Reused,
    /// No such code or token, or expired, or revoked.
    Unknown,
}

#[async_trait]
pub trait OidcStore {
    async fn signing_keys(&self) -> Result<Vec<keybound_core::oidc::SigningKey>>;
    /// Adds a key; false (and nothing added) if its algorithm has that generation already,
    /// which is how one of several replicas rotating at once wins.
    async fn add_signing_key(&self, key: &keybound_core::oidc::SigningKey) -> Result<bool>;

    async fn save_authorization_request(
        &self,
        request: &keybound_core::oidc::AuthorizationRequest,
        expire_time: OffsetDateTime,
    ) -> Result<()>;
    /// The unexpired request with this id, without using it.
    async fn authorization_request(
        &self,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<keybound_core::oidc::AuthorizationRequest>>;
    /// Stores the code that answers the request and deletes the request, once: false (and no
    /// code) if the request was already answered or expired.
    async fn answer_authorization_request(
        &self,
        request_id: &str,
        code: &keybound_core::oidc::AuthorizationCode,
        now: OffsetDateTime,
    ) -> Result<bool>;
    /// Keeps a pushed authorization request (RFC 9126) under `id` until `expire_time`; it is not
    /// one [`OidcStore::authorization_request`] finds.
    async fn push_authorization_request(
        &self,
        id: &str,
        request: &keybound_core::oidc::AuthorizationRequest,
        prompt_none: bool,
        expire_time: OffsetDateTime,
    ) -> Result<()>;
    /// Takes (uses up) the unexpired pushed request `id` of `application_id`: the request and
    /// whether it said `prompt=none`.
    async fn take_pushed_request(
        &self,
        id: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<(keybound_core::oidc::AuthorizationRequest, bool)>>;
    /// Stores a device authorization of `application_id`, pending, with the hashes of its device
    /// and user codes; false if the user code is taken (the caller draws another).
    #[allow(clippy::too_many_arguments)]
    async fn create_device_authorization(
        &self,
        device_code_hash: &str,
        user_code_hash: &str,
        pending: &PendingDevice,
        interval_seconds: i64,
        expire_time: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<bool>;
    /// The pending, unexpired authorization a user code names.
    async fn pending_device(
        &self,
        user_code_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<PendingDevice>>;
    /// Approves it with `grant`, or denies it (`None`), if it is still pending: false if not.
    async fn decide_device(
        &self,
        user_code_hash: &str,
        grant: Option<&keybound_core::oidc::Grant>,
        now: OffsetDateTime,
    ) -> Result<bool>;
    /// A device's poll (RFC 8628 section 3.4), answered and recorded.
    async fn poll_device(
        &self,
        device_code_hash: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<DevicePoll>;
    /// Records a DPoP proof (by hash) until `expire_time`: false if it was seen before.
    async fn use_dpop_proof(
        &self,
        proof_hash: &str,
        expire_time: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<bool>;
    /// Deletes the requests that expired unanswered; returns how many.
    async fn sweep_authorization_requests(&self, now: OffsetDateTime) -> Result<u64>;
    /// Stores a code that answers no stored request (the SDK's inline sign-in).
    async fn create_code(&self, code: &keybound_core::oidc::AuthorizationCode) -> Result<()>;
    /// Uses the code of `application_id` and stores `tokens` for its grant, in one
    /// transaction; only one of any number of racing redemptions gets it. A used code's
    /// second redemption revokes every token issued from it.
    async fn redeem_code(
        &self,
        code_hash: &str,
        application_id: &str,
        tokens: &NewTokens,
        now: OffsetDateTime,
    ) -> Result<Redemption<keybound_core::oidc::AuthorizationCode>>;
    /// Stores tokens for a grant that comes from no code (client credentials).
    async fn create_tokens(
        &self,
        grant: &keybound_core::oidc::Grant,
        tokens: &NewTokens,
        now: OffsetDateTime,
    ) -> Result<()>;
    async fn token(&self, token_hash: &str) -> Result<Option<keybound_core::oidc::Token>>;
    /// Uses a live refresh token of `application_id` and stores `tokens` in its family, in one
    /// transaction, once. A second use within `grace` of the first stores only the access
    /// token (`Grace`: several workers of one client refreshing at once); any later one
    /// revokes the whole family.
    async fn rotate_refresh_token(
        &self,
        token_hash: &str,
        application_id: &str,
        tokens: &NewTokens,
        now: OffsetDateTime,
        grace: time::Duration,
    ) -> Result<Redemption<keybound_core::oidc::Grant>>;
    /// Revokes one token (of `application_id`) and, for a refresh token, its family. False if
    /// there was no such token.
    async fn revoke_token(&self, token_hash: &str, application_id: &str, now: OffsetDateTime)
        -> Result<bool>;
    /// Revokes the tokens an identity holds from one of its sessions (`Some`) or from all, and
    /// returns where they were signed in: each application with each session (`None` for
    /// tokens of no session) that still held a token.
    async fn revoke_sign_ins(
        &self,
        identity_id: &str,
        session_id: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Vec<(keybound_core::application::Application, Option<String>)>>;

    async fn consent(
        &self,
        identity_id: &str,
        application_id: &str,
    ) -> Result<Option<keybound_core::oidc::Consent>>;
    /// Records consent, replacing an earlier one.
    async fn save_consent(&self, consent: &keybound_core::oidc::Consent) -> Result<()>;
    /// The identity's consents with the application each is for, oldest first.
    async fn consents(
        &self,
        identity_id: &str,
    ) -> Result<
        Vec<(
            keybound_core::oidc::Consent,
            keybound_core::application::Application,
        )>,
    >;
    /// Withdraws consent and revokes the identity's tokens for the application, in one
    /// transaction; false if there was no consent.
    async fn delete_consent(
        &self,
        identity_id: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<bool>;

    /// Queues a back-channel logout token for delivery.
    async fn queue_logout_delivery(&self, delivery: &LogoutDelivery) -> Result<()>;
    /// Claims up to `limit` deliveries due at `now` until `lease_until`, counting the attempt.
    async fn claim_logout_deliveries(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<LogoutDelivery>>;
    /// Records a delivery's success, or a failure to try again at `retry_at` (`None`: give up).
    async fn logout_delivery_done(
        &self,
        id: &str,
        error: Option<&str>,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<()>;
}

/// A back-channel logout token on its way to an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoutDelivery {
    pub id: String,
    pub application_id: String,
    pub uri: String,
    pub logout_token: String,
    pub attempts: i64,
    pub next_attempt_time: OffsetDateTime,
    pub sent_time: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

/// One LDAP sync, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LdapSyncRun {
    pub id: String,
    pub realm_id: String,
    /// `schedule`, `cli`, `api` or `console`.
    pub trigger: String,
    pub dry_run: bool,
    pub start_time: OffsetDateTime,
    pub end_time: OffsetDateTime,
    /// None when the sync failed or was refused.
    pub report: Option<keybound_core::ldap::SyncReport>,
    pub error: Option<String>,
}

#[async_trait]
pub trait LdapStore {
    /// The settings an admin saved for a realm (all unset if none).
    async fn ldap_settings(&self, realm_id: &str) -> Result<keybound_core::ldap::LdapSettings>;
    async fn set_ldap_settings(
        &self,
        realm_id: &str,
        settings: &keybound_core::ldap::LdapSettings,
        now: OffsetDateTime,
    ) -> Result<()>;
    /// Realms with saved LDAP settings.
    async fn ldap_realms(&self) -> Result<Vec<String>>;
    /// Takes the realm's sync lease until `lease_until` if nobody holds it and, when `due_only`,
    /// if its next scheduled sync is due at `now`. One replica at a time wins.
    async fn claim_ldap_sync(
        &self,
        realm_id: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        due_only: bool,
    ) -> Result<bool>;
    /// Gives the lease back; the next scheduled sync is due at `next_sync_time` (None: never).
    async fn release_ldap_sync(&self, realm_id: &str, next_sync_time: Option<OffsetDateTime>) -> Result<()>;
    /// What the directory put in the realm, and which of `username_skeletons` (what the
    /// directory's usernames look like) local identities' usernames have.
    async fn ldap_state(
        &self,
        realm_id: &str,
        username_skeletons: &[String],
    ) -> Result<keybound_core::ldap::RealmState>;
    /// Applies a sync's difference in one transaction: all of it or nothing.
    async fn apply_ldap_changes(
        &self,
        realm: &keybound_core::realm::Realm,
        changes: &keybound_core::ldap::Changes,
        now: OffsetDateTime,
    ) -> Result<()>;
    async fn record_ldap_sync(&self, run: &LdapSyncRun) -> Result<()>;
    /// The realm's syncs, newest first.
    async fn list_ldap_syncs(&self, realm_id: &str, page: PageRequest) -> Result<Page<LdapSyncRun>>;
}

/// A batch of credential binding jobs to make: one item per person, in order.
#[derive(Debug, Clone)]
pub struct NewBatch {
    pub id: String,
    pub tenant_id: String,
    pub realm_id: String,
    /// The job template as given (JSON).
    pub job_template: String,
    /// Who asked (JSON), to make each job as them.
    pub actor: String,
    pub identity_ids: Vec<String>,
}

/// A batch as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub id: String,
    pub realm_id: String,
    pub job_template: String,
    pub identity_ids: Vec<String>,
    pub total: i64,
    pub pending: i64,
    pub created: i64,
    pub failed: i64,
    /// A replica is working on it now.
    pub leased: bool,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

/// One person's place in a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchItem {
    pub position: i64,
    pub identity_id: String,
    /// `PENDING`, `CREATED` or `FAILED`.
    pub state: String,
    pub job_id: Option<String>,
    /// The bound passkey, once the job completed.
    pub credential_id: Option<String>,
    pub error: Option<String>,
}

/// A batch a worker took to make its pending jobs, until `lease_until`.
#[derive(Debug, Clone)]
pub struct BatchClaim {
    pub id: String,
    pub tenant_id: String,
    pub realm_id: String,
    pub job_template: String,
    pub actor: String,
}

#[async_trait]
pub trait BatchStore {
    /// Stores a batch and its items, all pending.
    async fn create_batch(&self, batch: &NewBatch, now: OffsetDateTime) -> Result<()>;
    /// The batch, with its counts; NotFound if the realm has none by that id.
    async fn batch(&self, realm_id: &str, id: &str, now: OffsetDateTime) -> Result<Batch>;
    /// The items of a batch, in order.
    async fn batch_items(&self, realm_id: &str, id: &str, page: PageRequest) -> Result<Page<BatchItem>>;
    /// How many of the realm's batches still have jobs to make.
    async fn queued_batches(&self, realm_id: &str) -> Result<i64>;
    /// Takes a batch with jobs to make whose lease ran out (or never was), until `lease_until`.
    async fn claim_batch(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
    ) -> Result<Option<BatchClaim>>;
    /// Keeps a claimed batch for longer.
    async fn renew_batch(&self, id: &str, lease_until: OffsetDateTime) -> Result<()>;
    /// Lets another worker take the batch at once.
    async fn release_batch(&self, id: &str) -> Result<()>;
    /// Up to `limit` pending items of a batch: (position, identity id).
    async fn pending_items(&self, batch_id: &str, limit: i64) -> Result<Vec<(i64, String)>>;
    /// Marks a pending item made (`Ok(job id)`) or failed (`Err(why)`); false if it was not
    /// pending any more (another worker did it), and then nothing changes.
    async fn finish_item(
        &self,
        batch_id: &str,
        position: i64,
        outcome: std::result::Result<&str, &str>,
        now: OffsetDateTime,
    ) -> Result<bool>;
}

/// Which SCIM resource a query is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScimKind {
    User,
    Group,
}

/// A SCIM list: its filter, order and page (`offset` counts from 0).
#[derive(Debug, Clone, Copy)]
pub struct ScimQuery<'a> {
    pub filter: Option<&'a keybound_core::scim_filter::Expr>,
    pub sort_by: Option<&'a keybound_core::scim_filter::AttrPath>,
    pub descending: bool,
    pub offset: u64,
    pub limit: u32,
    /// Members of these groups only (a role limited to some groups).
    pub in_groups: Option<&'a [String]>,
}

#[async_trait]
pub trait ScimStore {
    /// The realm's people matching the query, and how many match in all. A filter on an
    /// attribute that cannot be filtered is Invalid.
    async fn scim_identities(&self, realm_id: &str, q: &ScimQuery<'_>) -> Result<(Vec<Identity>, u64)>;
    /// The realm's groups matching the query, and how many match in all.
    async fn scim_groups(&self, realm_id: &str, q: &ScimQuery<'_>) -> Result<(Vec<Group>, u64)>;
    /// The SCIM documents (JSON) of those of `identity_ids` that have one.
    async fn scim_documents(
        &self,
        identity_ids: &[String],
    ) -> Result<std::collections::HashMap<String, String>>;
    /// Stores (or, with `None`, drops) a person's SCIM document.
    async fn set_scim_document(
        &self,
        realm_id: &str,
        identity_id: &str,
        document: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<()>;
    /// Marks where a group comes from and the id its directory knows it by.
    async fn set_group_origin(
        &self,
        realm: &Realm,
        group_id: &str,
        source: keybound_core::identity::Source,
        external_id: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Group>;
    /// The members of these groups: (group id, identity id, display name), oldest first.
    async fn members_of(&self, group_ids: &[String]) -> Result<Vec<(String, String, String)>>;
    /// The groups of these people: (identity id, group id, group name).
    async fn groups_of(&self, identity_ids: &[String]) -> Result<Vec<(String, String, String)>>;
}

/// The FIDO Metadata Service BLOB the operator imported, shared by every replica.
#[async_trait]
pub trait MdsStore {
    /// Replaces what is stored with this BLOB, unless a newer one (a higher serial number) is
    /// stored already: then nothing changes and the stored summary is returned as the error's
    /// reason (Conflict).
    async fn replace_mds(&self, blob: &keybound_core::mds::MdsBlob, now: OffsetDateTime) -> Result<()>;
    /// What is imported, if anything.
    async fn mds_summary(&self) -> Result<Option<keybound_core::mds::MdsSummary>>;
    /// What the BLOB says about these models (lower-case AAGUIDs); models it does not list are
    /// left out.
    async fn mds_entries(&self, aaguids: &[String]) -> Result<Vec<keybound_core::mds::MdsEntry>>;
}
