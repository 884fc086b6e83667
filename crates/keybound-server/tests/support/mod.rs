//! An in-process Keybound on a fresh store, driven through `Router::oneshot`.
//! Shared by several test crates, each of which uses only part of it.
#![allow(dead_code)]

pub mod console;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use keybound_core::api_token::ApiToken;
use keybound_core::page::PageRequest;
use keybound_core::{Clock, ManualClock};
use keybound_server::AppState;
use keybound_store::testing::TestStore;
use keybound_store::{ApiTokenStore, RealmStore, TenantStore};
use serde_json::Value;
use std::sync::Arc;
use time::macros::datetime;
use tower::ServiceExt;

pub const PUBLIC_URL: &str = "http://localhost:8080";

pub struct TestApp {
    pub backend: &'static str,
    pub router: Router,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub tenant_id: String,
    pub realm_id: String,
    /// A token with every scope.
    pub admin: String,
    /// Where email goes (`.eml` files).
    pub outbox: std::path::PathBuf,
    _store: TestStore,
}

/// One app per backend (SQLite always, PostgreSQL when configured).
pub async fn apps() -> Vec<TestApp> {
    let mut out = Vec::new();
    for store in keybound_store::testing::stores().await {
        out.push(TestApp::new(store).await);
    }
    out
}

impl TestApp {
    pub async fn new(test_store: TestStore) -> Self {
        let clock = Arc::new(ManualClock::new(datetime!(2026-11-01 09:00 UTC)));
        let store = Arc::new(test_store.store.clone());
        let tenant = store.bootstrap(clock.now()).await.unwrap();
        let realm = store
            .list_realms(&tenant.id, PageRequest::default())
            .await
            .unwrap()
            .items
            .remove(0);
        let (token, admin) =
            ApiToken::issue(&tenant.id, "test admin", vec!["*".into()], None, clock.now()).unwrap();
        store.create_api_token(&token).await.unwrap();
        let outbox = std::env::temp_dir().join(format!(
            "keybound-outbox-{}",
            keybound_core::secret::random_hex(6)
        ));
        let state = AppState::on_store(
            store,
            keybound_app::Setup {
                clock: clock.clone(),
                tenant_id: tenant.id.clone(),
                public_url: PUBLIC_URL.into(),
                email: Arc::new(keybound_app::email::OutboxDir {
                    dir: outbox.clone(),
                    from: "Keybound <noreply@localhost>".into(),
                }),
                email_retry: keybound_core::email::RetryPolicy {
                    max_attempts: 3,
                    base: time::Duration::seconds(30),
                },
                // The outbox folder stands in for SMTP here.
                email_delivers: true,
                begins_per_minute: 600,
                ldap: Default::default(),
                outbound: Default::default(),
                oidc_refresh_grace: time::Duration::seconds(10),
                dpop_nonce: false,
                related_origins: Vec::new(),
            },
        );
        Self {
            backend: test_store.name,
            router: keybound_server::router(state.clone()),
            state,
            clock,
            tenant_id: tenant.id,
            realm_id: realm.id,
            admin,
            outbox,
            _store: test_store,
        }
    }

    /// The same app, allowed to send requests to loopback addresses (the tests' own
    /// receivers), as `oidc_backchannel_allow = "127.0.0.0/8, ::1"` allows.
    pub fn calling_loopback(self) -> Self {
        let allow = keybound_core::net::Networks::parse("127.0.0.0/8, ::1").unwrap();
        self.calling(keybound_app::outbound::Outbound::new(allow))
    }

    /// The same app, asking DPoP proofs for nonces, as `oidc_dpop_nonce = true` does.
    pub fn asking_dpop_nonces(mut self) -> Self {
        self.state.dpop_nonce = true;
        self.router = keybound_server::router(self.state.clone());
        self
    }

    /// The same app, allowing each address `n` ceremony begins a minute.
    pub fn limiting_begins(mut self, n: i64) -> Self {
        self.state.begins_per_minute = n;
        self.router = keybound_server::router(self.state.clone());
        self
    }

    /// The same app, with the operator's related origins (`related_origins`).
    pub fn with_related_origins(mut self, origins: &[&str]) -> Self {
        self.state.related_origins = origins.iter().map(|o| o.to_string()).collect();
        self.router = keybound_server::router(self.state.clone());
        self
    }

    /// The same app, sending requests by `outbound`'s rule.
    pub fn calling(mut self, outbound: keybound_app::outbound::Outbound) -> Self {
        self.state.outbound = outbound;
        self.router = keybound_server::router(self.state.clone());
        self
    }

    /// A second server on the same database, with its own connections, as another replica.
    pub async fn replica(&self) -> Router {
        keybound_server::router(self.replica_state().await)
    }

    /// Another replica's state: the same setup, its own connections to the same database.
    pub async fn replica_state(&self) -> AppState {
        let store = keybound_store::SqlStore::connect(&self._store.url).await.unwrap();
        self.state.with_store(Arc::new(store))
    }

    /// The database's URL, for another store on it.
    pub fn store_url(&self) -> String {
        self._store.url.clone()
    }

    /// `/v1/tenants/{t}/realms/{r}` + `rest`.
    pub fn realm_path(&self, rest: &str) -> String {
        format!("/v1/tenants/{}/realms/{}{rest}", self.tenant_id, self.realm_id)
    }

    /// A token with just these scopes.
    pub async fn token(&self, scopes: &[&str]) -> String {
        let body = serde_json::json!({"api_token": {"name": "scoped", "scopes": scopes}});
        let (status, created) = self
            .call(
                "POST",
                &format!("/v1/tenants/{}/api-tokens", self.tenant_id),
                &self.admin,
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        created["secret"].as_str().unwrap().to_owned()
    }

    /// Sends a request with a bearer token and an optional JSON body; returns status and JSON.
    pub async fn call(
        &self,
        method: &str,
        uri: &str,
        token: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        self.raw(method, uri, Some(token), body.map(|b| b.to_string()))
            .await
    }

    pub async fn raw(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<String>,
    ) -> (StatusCode, Value) {
        raw_on(&self.router, method, uri, token, body).await
    }

    /// Creates an identity in Beyond Identity's v1 shape and returns it.
    pub async fn identity(&self, username: &str, email: Option<&str>) -> Value {
        let mut traits = serde_json::json!({"type": "traits_v0", "username": username});
        if let Some(email) = email {
            traits["primary_email_address"] = email.into();
        }
        let body = serde_json::json!({"identity": {"display_name": format!("{username} Example"), "traits": traits}});
        let (status, identity) = self
            .call("POST", &self.realm_path("/identities"), &self.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{}: {identity}", self.backend);
        identity
    }
}

impl TestApp {
    /// A `hosted_web` authenticator config, returned by id.
    pub async fn hosted_config(&self) -> String {
        let body = serde_json::json!({"authenticator_config": {"config": {"type": "hosted_web"}}});
        let (status, config) = self
            .call(
                "POST",
                &self.realm_path("/authenticator-configs"),
                &self.admin,
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{config}");
        config["id"].as_str().unwrap().to_owned()
    }

    /// Creates a binding job for `identity_id`; returns the whole response.
    pub async fn job(&self, identity_id: &str, job: Value) -> (StatusCode, Value) {
        let uri = self.realm_path(&format!("/identities/{identity_id}/credential-binding-jobs"));
        self.call("POST", &uri, &self.admin, Some(serde_json::json!({ "job": job })))
            .await
    }

    /// Creates a RETURN job (a binding link) for `identity_id` under `config`; returns the
    /// whole response, which must be 200.
    pub async fn return_job(&self, identity_id: &str, config: &str) -> Value {
        let (status, created) = self
            .job(
                identity_id,
                serde_json::json!({"delivery_method": "RETURN", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        created
    }

    /// Suspends or resumes (`"suspended"`, `"active"`) an identity through the API.
    pub async fn set_status(&self, identity_id: &str, status: &str) {
        let (code, body) = self
            .call(
                "PATCH",
                &self.realm_path(&format!("/identities/{identity_id}")),
                &self.admin,
                Some(serde_json::json!({"identity": {"status": status}})),
            )
            .await;
        assert_eq!(code, StatusCode::OK, "{body}");
    }

    /// POSTs JSON without an API token (the hosted ceremony endpoints).
    pub async fn post(&self, uri: &str, body: Value) -> (StatusCode, Value) {
        self.raw("POST", uri, None, Some(body.to_string())).await
    }

    /// Runs a whole ceremony for a begin request with a fresh authenticator; returns the
    /// status and body of `/bind/finish`.
    pub async fn bind(&self, begin: Value) -> (StatusCode, Value) {
        self.bind_with(begin, &mut keybound_testkit::SoftPasskey::new())
            .await
    }

    /// [`TestApp::bind`] with this authenticator.
    pub async fn bind_with(
        &self,
        begin: Value,
        device: &mut keybound_testkit::SoftPasskey,
    ) -> (StatusCode, Value) {
        let (status, begun) = self.post("/bind/begin", begin).await;
        if status != StatusCode::OK {
            return (status, begun);
        }
        let answer = device.register(PUBLIC_URL, &begun["public_key"]).await.unwrap();
        self.post(
            "/bind/finish",
            serde_json::json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
        )
        .await
    }

    /// Runs the email worker once, as the server's background task would.
    pub async fn deliver(&self) -> usize {
        keybound_app::workers::email_round(&self.state).await.unwrap()
    }

    /// The newest email in the outbox, as written.
    pub fn last_raw_email(&self) -> Option<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.outbox)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        files.sort();
        std::fs::read_to_string(files.last()?).ok()
    }

    /// The newest email in the outbox, decoded from quoted-printable.
    pub fn last_email(&self) -> Option<String> {
        Some(keybound_testkit::decode_quoted_printable(&self.last_raw_email()?))
    }
}

/// The first `http…` link in `text` that contains `needle`.
pub fn find_link(text: &str, needle: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        .find(|w| w.starts_with("http") && w.contains(needle))
        .map(|w| w.replace("&amp;", "&"))
}

/// The `/bind/begin` body for a binding link.
pub fn begin_link(link: &str) -> Value {
    let (job_id, token) = link_parts(link);
    serde_json::json!({"link": {"job_id": job_id, "token": token}})
}

/// `(job_id, token)` of a binding link.
pub fn link_parts(link: &str) -> (String, String) {
    let (path, query) = link.split_once('?').unwrap();
    let job = path
        .rsplit('/')
        .next()
        .unwrap()
        .trim_end_matches(":invokeAuthenticator")
        .to_owned();
    let token = query.strip_prefix("token=").unwrap().to_owned();
    (job, token)
}

/// [`TestApp::call`] on another router (a server with other settings on the same store).
pub async fn call_on(
    router: &Router,
    method: &str,
    uri: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    raw_on(router, method, uri, Some(token), body.map(|b| b.to_string())).await
}

async fn raw_on(
    router: &Router,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<String>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        req = req.header("authorization", format!("Bearer {token}"));
    }
    if body.is_some() {
        req = req.header("content-type", "application/json");
    }
    let req = req
        .body(body.map(Body::from).unwrap_or_else(Body::empty))
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
    (status, json)
}
