//! What the use-case tests share: an `App` on each backend, with a realm and a manual clock.

#![allow(dead_code, reason = "each test file uses some of these")]
#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_app::binding::{self, NewJob};
use keybound_app::{App, Client};
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType};
use keybound_core::identity::{Identity, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_core::realm::Realm;
use keybound_core::{Clock, ManualClock};
use keybound_store::testing::{stores, TestStore};
use keybound_store::{RealmStore, TenantStore};
use std::sync::Arc;
use time::macros::datetime;

pub const PUBLIC_URL: &str = "http://localhost:8080";

pub struct World {
    pub app: App,
    pub clock: Arc<ManualClock>,
    pub realm: Realm,
    pub name: &'static str,
    _store: TestStore,
}

impl World {
    /// The database's URL, for a second connection to it.
    pub fn database_url(&self) -> &str {
        &self._store.url
    }
}

pub async fn worlds() -> Vec<World> {
    let mut out = Vec::new();
    for test_store in stores().await {
        let clock = Arc::new(ManualClock::new(datetime!(2026-11-01 09:00 UTC)));
        let store = Arc::new(test_store.store.clone());
        let tenant = store.bootstrap(clock.now()).await.unwrap();
        let realm = store
            .list_realms(&tenant.id, PageRequest::default())
            .await
            .unwrap()
            .items
            .remove(0);
        let outbox = std::env::temp_dir().join(format!(
            "keybound-app-outbox-{}",
            keybound_core::secret::random_hex(6)
        ));
        let app = App::on_store(
            store,
            keybound_app::Setup {
                clock: clock.clone(),
                tenant_id: tenant.id,
                public_url: PUBLIC_URL.into(),
                email: Arc::new(keybound_app::email::OutboxDir {
                    dir: outbox,
                    from: "Keybound <noreply@localhost>".into(),
                }),
                email_retry: keybound_core::email::RetryPolicy {
                    max_attempts: 3,
                    base: time::Duration::seconds(30),
                },
                email_delivers: true,
                begins_per_minute: 30,
                ldap: Default::default(),
                outbound: Default::default(),
                oidc_refresh_grace: time::Duration::seconds(10),
                dpop_nonce: false,
                related_origins: Vec::new(),
            },
        );
        out.push(World {
            app,
            clock,
            realm,
            name: test_store.name,
            _store: test_store,
        });
    }
    out
}

pub fn client(ip: &str) -> Client {
    Client {
        ip: ip.into(),
        user_agent: "test".into(),
    }
}

/// The command line: every right.
pub fn system() -> keybound_app::Actor {
    keybound_app::Actor::system()
}

pub async fn person(w: &World, username: &str, email: Option<&str>) -> Identity {
    let new = NewIdentity {
        display_name: username.to_owned(),
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: username.to_owned(),
            primary_email_address: email.map(str::to_owned),
            ..Traits::default()
        },
    };
    w.app
        .store()
        .create_identity(&w.realm, new, w.app.clock.now())
        .await
        .unwrap()
}

pub async fn job(w: &World, identity: &Identity, method: DeliveryMethod) -> binding::CreatedJob {
    let new = new_job(w, method).await;
    binding::create_job(&w.app, &system(), &w.realm, &identity.id, new)
        .await
        .unwrap()
}

/// A job of `method` through the realm's hosted config, not yet made.
pub async fn new_job(w: &World, method: DeliveryMethod) -> NewJob {
    let config = binding::hosted_config(&w.app, &w.realm).await.unwrap();
    NewJob {
        delivery_method: method,
        authenticator_config_id: config.id,
        post_binding_redirect_uri: None,
        expire_after_seconds: None,
        email_template_id: None,
        device_type: DeviceType::Any,
        device_policy: DevicePolicy::default(),
        key_name: None,
    }
}
