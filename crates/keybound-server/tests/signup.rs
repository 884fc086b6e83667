//! Sign-up tokens and sign-up, and the audit log they write, in process with a software
//! authenticator, on every backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use std::sync::Arc;
use support::{apps, TestApp, PUBLIC_URL};

async fn set_mode(app: &TestApp, mode: &str) {
    let (status, body) = app
        .call(
            "PATCH",
            &app.realm_path("/settings"),
            &app.admin,
            Some(json!({"settings": {"signup_mode": mode}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// Creates a sign-up token; returns the response body.
async fn token(app: &TestApp, body: Value) -> (StatusCode, Value) {
    app.call(
        "POST",
        &app.realm_path("/signup-tokens"),
        &app.admin,
        Some(json!({ "signup_token": body })),
    )
    .await
}

/// The `<id>.<secret>` of a sign-up link.
fn token_text(link: &str) -> String {
    link.rsplit_once("/st/").unwrap().1.to_owned()
}

/// Begins a sign-up; returns the status and body.
async fn begin(app: &TestApp, token: Option<&str>, username: &str) -> (StatusCode, Value) {
    app.post(
        "/signup/begin",
        json!({"token": token, "username": username, "given_name": "New", "family_name": username, "email": format!("{username}@example.com")}),
    )
    .await
}

/// Finishes a begun sign-up with a fresh authenticator.
async fn finish(app: &TestApp, token: Option<&str>, begun: &Value) -> (StatusCode, Value) {
    let answer = SoftPasskey::new()
        .register(PUBLIC_URL, &begun["public_key"])
        .await
        .unwrap();
    app.post(
        "/signup/finish",
        json!({"token": token, "ceremony_id": begun["ceremony_id"], "credential": answer}),
    )
    .await
}

async fn identities(app: &TestApp) -> Value {
    app.call("GET", &app.realm_path("/identities"), &app.admin, None)
        .await
        .1
}

#[tokio::test]
async fn sign_up_follows_the_realms_mode() {
    for app in apps().await {
        // Disabled by default.
        let (status, page) = app.raw("GET", "/signup", None, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", app.backend);
        assert!(page.as_str().unwrap().contains("turned off"));
        let (status, _) = begin(&app, None, "eve").await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        set_mode(&app, "with_token").await;
        let (status, err) = begin(&app, None, "eve").await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(
            err["message"].as_str().unwrap().contains("invitation link"),
            "{err}"
        );
        let (status, _) = app.raw("GET", "/st/0123456789abcdef.forged", None, None).await;
        assert_eq!(status, StatusCode::GONE);

        set_mode(&app, "open").await;
        let (status, page) = app.raw("GET", "/login", None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.as_str().unwrap().contains("href=\"/signup\""),
            "the sign-in page offers sign-up"
        );
        let (status, begun) = begin(&app, None, "eve").await;
        assert_eq!(status, StatusCode::OK, "{}: {begun}", app.backend);
        assert_eq!(
            begun["public_key"]["authenticatorSelection"]["residentKey"],
            "required"
        );
        let (status, done) = finish(&app, None, &begun).await;
        assert_eq!(status, StatusCode::OK, "{}: {done}", app.backend);
        assert_eq!(done["identity"]["username"], "eve");
        assert_eq!(done["identity"]["display_name"], "New eve");
        assert_eq!(done["redirect"], "/account");

        // The username is now taken, in any case; bad fields are named.
        let (status, _) = begin(&app, None, "EVE").await;
        assert_eq!(status, StatusCode::CONFLICT);
        let (status, err) = app
            .post("/signup/begin", json!({"username": "two words", "email": "nope"}))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        let fields: Vec<&str> = err["details"][0]["field_violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["username", "email"], "{err}");
        let listed = identities(&app).await;
        assert_eq!(
            listed["total_size"], 1,
            "{}: bad input created nothing",
            app.backend
        );
        assert_eq!(listed["identities"][0]["enrollment_status"], "ENROLLED");
    }
}

#[tokio::test]
async fn a_sign_up_link_creates_the_account_and_passkey_signs_in_and_joins_the_groups() {
    for app in apps().await {
        set_mode(&app, "with_token").await;
        let (_, group) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(json!({"group": {"display_name": "Contractors"}})),
            )
            .await;
        let group_id = group["id"].as_str().unwrap();

        // Limits are checked and name their field.
        for (bad, field) in [
            (json!({"usage_limit": 0}), "signup_token.usage_limit"),
            (json!({"usage_limit": 101}), "signup_token.usage_limit"),
            (
                json!({"usage_limit": 5, "expire_time": "2020-01-01T00:00:00Z"}),
                "signup_token.expire_time",
            ),
            (
                json!({"usage_limit": 5, "expire_time": "soon"}),
                "signup_token.expire_time",
            ),
            (
                json!({"usage_limit": 5, "group_ids": ["nope"]}),
                "signup_token.group_ids[0]",
            ),
        ] {
            let (status, err) = token(&app, bad.clone()).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {err}");
            assert_eq!(err["details"][0]["field_violations"][0]["field"], field, "{err}");
        }

        let (status, created) = token(&app, json!({"usage_limit": 2, "group_ids": [group_id]})).await;
        assert_eq!(status, StatusCode::OK, "{created}");
        assert_eq!(created["signup_token"]["state"], "ACTIVE");
        assert_eq!(created["signup_token"]["usage_count"], 0);
        assert_eq!(
            created["signup_token"]["expire_time"], "2026-11-08T09:00:00Z",
            "7 days by default"
        );
        let link = created["link"].as_str().unwrap();
        assert!(link.starts_with(&format!("{PUBLIC_URL}/st/")), "{link}");
        let text = token_text(link);

        let (status, page) = app.raw("GET", &format!("/st/{text}"), None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.as_str().unwrap().contains("Create your account"));

        let (_, begun) = begin(&app, Some(&text), "tom").await;
        let (status, done) = finish(&app, Some(&text), &begun).await;
        assert_eq!(status, StatusCode::OK, "{}: {done}", app.backend);
        let id = done["identity"]["id"].as_str().unwrap();
        let (_, groups) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{id}:listGroups")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(groups["groups"][0]["id"], group_id, "{groups}");

        let token_id = created["signup_token"]["id"].as_str().unwrap();
        let (_, seen) = app
            .call(
                "GET",
                &app.realm_path(&format!("/signup-tokens/{token_id}")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(seen["usage_count"], 1);

        // Revoked: the page and the ceremony refuse it, and the active list leaves it out.
        let (status, revoked) = app
            .call(
                "POST",
                &app.realm_path(&format!("/signup-tokens/{token_id}:revoke")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(
            (status, revoked["state"].as_str()),
            (StatusCode::OK, Some("REVOKED"))
        );
        let (status, _) = app.raw("GET", &format!("/st/{text}"), None, None).await;
        assert_eq!(status, StatusCode::GONE);
        let (status, _) = begin(&app, Some(&text), "una").await;
        assert_eq!(status, StatusCode::GONE);
        let (_, all) = app
            .call("GET", &app.realm_path("/signup-tokens"), &app.admin, None)
            .await;
        let (_, active) = app
            .call(
                "GET",
                &app.realm_path("/signup-tokens?active=true"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(
            (all["total_size"].as_i64(), active["total_size"].as_i64()),
            (Some(1), Some(0))
        );

        // Both the token's making and its use are in the audit log.
        let (_, log) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?filter=target_type%20eq%20%22signup_token%22"),
                &app.admin,
                None,
            )
            .await;
        let actions: Vec<&str> = log["audit_events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(
            actions,
            [
                "signup_token.revoked",
                "identity.signed_up",
                "signup_token.created"
            ],
            "{log}"
        );
    }
}

#[tokio::test]
async fn thirty_parallel_sign_ups_on_a_five_use_token_create_exactly_five_identities() {
    for app in apps().await {
        set_mode(&app, "with_token").await;
        let (_, created) = token(&app, json!({"usage_limit": 5})).await;
        let text = token_text(created["link"].as_str().unwrap());
        // Everyone gets as far as the passkey prompt: opening the form uses nothing.
        let mut begun = Vec::new();
        for i in 0..30 {
            let (status, b) = begin(&app, Some(&text), &format!("racer{i}")).await;
            assert_eq!(status, StatusCode::OK, "{b}");
            begun.push(b);
        }
        let app = Arc::new(app);
        let tasks: Vec<_> = begun
            .into_iter()
            .map(|b| {
                let (app, text) = (app.clone(), text.clone());
                tokio::spawn(async move { finish(&app, Some(&text), &b).await.0 })
            })
            .collect();
        let mut statuses = Vec::new();
        for task in tasks {
            statuses.push(task.await.unwrap());
        }
        let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
        let gone = statuses.iter().filter(|s| **s == StatusCode::GONE).count();
        assert_eq!((ok, gone), (5, 25), "{}: {statuses:?}", app.backend);
        assert_eq!(identities(&app).await["total_size"], 5, "{}", app.backend);
        let (status, _) = begin(&app, Some(&text), "late").await;
        assert_eq!(status, StatusCode::GONE, "the used-up link is refused");
    }
}
