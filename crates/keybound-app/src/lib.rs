//! Keybound's use cases, between the edges (REST API, hosted pages, console, CLI) and the
//! store. This is the one place that decides who may act: an identity that is suspended or
//! deleted cannot sign in, bind a passkey, redeem a code or keep a session, whichever edge
//! asks. Ceremonies are begun and taken here, and every change is audited here.
//!
//! Nothing in this crate knows about HTTP: errors are [`AppError`]s with a kind, and each edge
//! maps them once.

pub mod account;
pub mod activation;
pub mod actor;
pub mod admin;
pub mod api_tokens;
pub mod applications;
pub mod audit;
pub mod batches;
pub mod binding;
pub mod configs;
pub mod database;
pub mod email;
mod error;
pub mod groups;
pub mod i18n;
pub mod identities;
pub mod ldap;
pub mod login_codes;
pub mod mds;
pub mod metrics;
pub mod oidc;
pub mod outbound;
pub mod realms;
pub mod registration;
pub mod scim;
pub mod session;
pub mod settings;
pub mod signin;
pub mod signup;
pub mod templates;
pub mod webauthn;
pub mod workers;

pub use actor::Actor;
pub use audit::Client;
pub use error::{AppError, ErrorKind, Result, Said};

use keybound_core::Clock;
use keybound_store::Store;
use std::sync::Arc;

/// What every use case may use: the store, and the installation's [`Setup`] (its fields read
/// as the App's own: `app.clock`, `app.public_url`, ...). The store is this crate's alone:
/// every edge reaches the database through the use cases.
#[derive(Clone)]
pub struct App {
    store: Arc<dyn Store>,
    /// Shared: the App is cloned for every request (each extractor takes one).
    setup: Arc<Setup>,
}

/// How the installation is set up: the clock, and how Keybound is reached and mails.
#[derive(Clone)]
pub struct Setup {
    pub clock: Arc<dyn Clock>,
    /// The installation's one tenant.
    pub tenant_id: String,
    /// Where people and programs reach this server, e.g. `http://localhost:8080`.
    pub public_url: String,
    pub email: Arc<dyn email::EmailSender>,
    pub email_retry: keybound_core::email::RetryPolicy,
    /// Does email reach people (SMTP configured)? Email one-time access is only offered then.
    pub email_delivers: bool,
    /// Ceremonies (sign-in, binding) one client address may begin per minute; 0: no limit.
    pub begins_per_minute: i64,
    /// LDAP settings from the configuration file and the environment.
    pub ldap: Arc<ldap::LdapEnv>,
    /// Where Keybound may send requests (back-channel logouts).
    pub outbound: outbound::Outbound,
    /// How long a rotated refresh token still works for its client (workers refreshing at once).
    pub oidc_refresh_grace: time::Duration,
    /// Must DPoP proofs carry a nonce Keybound gave out?
    pub dpop_nonce: bool,
    /// Other sites' origins the operator lets use this server's passkeys (besides embedded
    /// configs' trusted origins).
    pub related_origins: Vec<String>,
}

impl std::ops::Deref for App {
    type Target = Setup;

    fn deref(&self) -> &Setup {
        &self.setup
    }
}

impl std::ops::DerefMut for App {
    fn deref_mut(&mut self) -> &mut Setup {
        Arc::make_mut(&mut self.setup)
    }
}

impl App {
    fn on(store: Arc<dyn Store>, setup: Setup) -> Self {
        Self {
            store,
            setup: Arc::new(setup),
        }
    }

    /// The use cases on a store of the tests' choosing.
    #[cfg(feature = "testing")]
    pub fn on_store(store: Arc<dyn Store>, setup: Setup) -> Self {
        Self::on(store, setup)
    }

    /// The same, on another store (another replica's connections).
    #[cfg(feature = "testing")]
    pub fn with_store(&self, store: Arc<dyn Store>) -> Self {
        Self {
            store,
            setup: self.setup.clone(),
        }
    }

    /// The store, for tests to set up and inspect what the use cases did.
    #[cfg(feature = "testing")]
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Is the database reachable?
    pub async fn ping(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// Database connections in use and idle, for the metrics.
    pub fn connections(&self) -> database::Connections {
        self.store.connections()
    }

    /// Runs a change as one transaction: what it reads, what it changes and the audit event it
    /// writes commit together when it returns `Ok`, and are undone together when it fails. A
    /// change must not wait for the network inside (on SQLite it holds the one writer).
    pub(crate) async fn atomically<T>(
        &self,
        change: impl std::future::Future<Output = Result<T>> + Send,
    ) -> Result<T> {
        keybound_store::atomically(&*self.store, change).await
    }

    /// [`App::atomically`] for use cases with errors of their own (SCIM's).
    pub(crate) async fn atomically_as<T, E: From<keybound_store::StoreError>>(
        &self,
        change: impl std::future::Future<Output = Result<T, E>> + Send,
    ) -> Result<T, E> {
        keybound_store::atomically(&*self.store, change).await
    }
}

/// What the per-address limit on ceremonies counts under (before the address).
const BEGINS: &str = "ceremony-begins";

/// How long a count is kept after its window started: longer than every window counted here.
const RATE_COUNTS_KEPT: time::Duration = time::Duration::hours(1);
/// The per-address limits' window.
const PER_MINUTE: time::Duration = time::Duration::minutes(1);

fn too_many_attempts() -> AppError {
    AppError::new(
        ErrorKind::TooManyRequests,
        "Too many attempts from your network. Wait a minute and try again.",
    )
}

impl App {
    /// The realm people sign in to when nothing names one: the tenant's first.
    pub async fn default_realm(&self) -> Result<keybound_core::realm::Realm> {
        self.store
            .first_realm(&self.tenant_id)
            .await?
            .ok_or_else(|| AppError::not_found("no realm to sign in to"))
    }

    /// Counts a ceremony begun by `client`: every begin stores a row, so an address that begins
    /// too many is refused (TooManyRequests) until the minute is over.
    pub async fn count_begin(&self, client: &Client) -> Result<()> {
        self.count_per_minute(BEGINS, client).await
    }

    /// Counts an authorization request that waits, stored, for its person to sign in, like
    /// [`App::count_begin`].
    pub async fn count_stored_request(&self, client: &Client) -> Result<()> {
        self.count_per_minute("authorization-requests", client).await
    }

    /// Keeps a ceremony that `client` began, counting the begin as [`App::count_begin`] does,
    /// in one write.
    pub(crate) async fn save_begun_ceremony(
        &self,
        client: &Client,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: time::OffsetDateTime,
    ) -> Result<()> {
        let Some(key) = self.begin_key(client) else {
            return Ok(self
                .store
                .save_ceremony(id, purpose, subject, state, expire_time)
                .await?);
        };
        let saved = self
            .store
            .save_ceremony_counted(id, purpose, subject, state, expire_time, &self.per_minute(&key))
            .await?;
        saved.then_some(()).ok_or_else(too_many_attempts)
    }

    /// What a ceremony begun by `client` is counted under; none when there is no limit.
    fn begin_key(&self, client: &Client) -> Option<String> {
        self.limit_key(BEGINS, client)
    }

    /// What `client`'s requests of a kind (`what`) are counted under; none when there is no
    /// limit.
    fn limit_key(&self, what: &str, client: &Client) -> Option<String> {
        (self.begins_per_minute > 0).then(|| format!("{what}:{}", client.ip))
    }

    /// One more under `key`, within `begins_per_minute` a minute.
    fn per_minute<'a>(&self, key: &'a str) -> keybound_store::RateCount<'a> {
        keybound_store::RateCount {
            key,
            max: self.begins_per_minute,
            window: PER_MINUTE,
            now: self.clock.now(),
        }
    }

    async fn count_per_minute(&self, what: &str, client: &Client) -> Result<()> {
        let Some(key) = self.limit_key(what, client) else {
            return Ok(());
        };
        let within = self.store.rate_limit(&self.per_minute(&key)).await?;
        within.then_some(()).ok_or_else(too_many_attempts)
    }

    /// Every `interval`, off the request path: folds the changes to the kept identity counts
    /// (first at once), deletes expired, unfinished ceremonies and authorization requests, and
    /// rotates the OpenID Connect
    /// signing keys when they are due.
    pub fn spawn_sweeper(&self, interval: std::time::Duration) -> tokio::task::JoinHandle<()> {
        let app = self.clone();
        tokio::spawn(async move {
            loop {
                if let Err(e) = app.store.fold_identity_counts().await {
                    tracing::warn!("folding the identity counts: {e}");
                }
                tokio::time::sleep(interval).await;
                app.sweep().await;
            }
        })
    }

    /// One round of the sweeper, after the counts: expired ceremonies, authorization requests
    /// and counts go, and the signing keys rotate when due.
    pub async fn sweep(&self) {
        if let Err(e) = self.store.sweep_ceremonies(self.clock.now()).await {
            tracing::warn!("sweeping expired ceremonies: {e}");
        }
        self.sweep_rate_limits().await;
        match self.store.sweep_authorization_requests(self.clock.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!("swept {n} expired authorization requests"),
            Err(e) => tracing::warn!("sweeping expired authorization requests: {e}"),
        }
        match oidc::keys::rotate_if_due(self, oidc::keys::ROTATE_EVERY).await {
            Ok(true) => tracing::info!("published the next OpenID Connect signing keys"),
            Ok(false) => {}
            Err(e) => tracing::warn!("rotating signing keys: {}", e.message()),
        }
    }

    /// Deletes the counts whose window is over, a batch at a time so that other writes go on
    /// between batches (every limit here counts over at most 15 minutes; a count is kept for
    /// an hour).
    async fn sweep_rate_limits(&self) {
        const BATCH: i64 = 1000;
        let started_before = self.clock.now() - RATE_COUNTS_KEPT;
        loop {
            match self.store.sweep_rate_limits(started_before, BATCH).await {
                Ok(n) if n < BATCH as u64 => return,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!("sweeping counts whose window is over: {e}");
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_counted_window_is_over_before_its_counts_are_swept() {
        for window in [
            PER_MINUTE,
            binding::CODE_FAILURE_WINDOW,
            login_codes::OTA_WINDOW,
            oidc::device::CODE_WINDOW,
        ] {
            assert!(window < RATE_COUNTS_KEPT, "{window}");
        }
    }
}
