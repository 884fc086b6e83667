//! An in-process Keybound on a fresh store, driven through `Router::oneshot`.

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

pub struct TestApp {
    pub backend: &'static str,
    pub router: Router,
    pub clock: Arc<ManualClock>,
    pub tenant_id: String,
    pub realm_id: String,
    /// A token with every scope.
    pub admin: String,
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
        let state = AppState {
            store,
            clock: clock.clone(),
            tenant_id: tenant.id.clone(),
            public_url: "http://localhost:8080".into(),
        };
        Self {
            backend: test_store.name,
            router: keybound_server::router(state),
            clock,
            tenant_id: tenant.id,
            realm_id: realm.id,
            admin,
            _store: test_store,
        }
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
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
        (status, json)
    }

    /// Creates an identity in the seeds' shape and returns it.
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
