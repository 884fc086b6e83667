//! Privilege boundaries, on every backend: no actor acts on someone with more rights than its
//! own, nobody hands out a scope they lack, the console needs a passkey, one-time access and
//! the LDAP bind password cannot be turned into a way in, and a bound passkey closes the other
//! enrolments.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use support::console::{csrf_of, send, session_for, signed_in};
use support::{apps, begin_link, TestApp};

/// The audit events of the realm, newest first: (action, detail).
async fn audit(app: &TestApp) -> Vec<(String, String)> {
    let (status, events) = app
        .call(
            "GET",
            &app.realm_path("/audit-events?page_size=200"),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{events}");
    events["audit_events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["detail"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

async fn identity_status(app: &TestApp, id: &str) -> String {
    let (_, identity) = app
        .call(
            "GET",
            &app.realm_path(&format!("/identities/{id}")),
            &app.admin,
            None,
        )
        .await;
    identity["status"].as_str().unwrap().to_owned()
}

fn refused_for_an_administrator(status: StatusCode, body: &Value, what: &str) {
    assert_eq!(status, StatusCode::FORBIDDEN, "{what}: {body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("administrator"),
        "{what}: the refusal says why: {body}"
    );
}

#[tokio::test]
async fn a_narrow_token_cannot_reach_an_administrator() {
    for app in apps().await {
        let (_, boss) = signed_in(&app, "boss", true).await;
        let pat = app.identity("pat", Some("pat@example.com")).await;
        let pat = pat["id"].as_str().unwrap().to_owned();
        let config = app.hosted_config().await;
        let before = audit(&app).await.len();

        // A sign-in link for an administrator would open the console.
        let codes = app.token(&["login-codes:create", "identities:read"]).await;
        let body = json!({"login_code": {"expires_in": "15m"}});
        let (status, refused) = app
            .call(
                "POST",
                &app.realm_path(&format!("/identities/{boss}/login-codes")),
                &codes,
                Some(body.clone()),
            )
            .await;
        refused_for_an_administrator(status, &refused, "login code");
        let (status, made) = app
            .call(
                "POST",
                &app.realm_path(&format!("/identities/{pat}/login-codes")),
                &codes,
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "a person without rights: {made}");

        // Binding the token holder's own passkey to an administrator.
        let jobs = app.token(&["credential-binding-jobs:create"]).await;
        let job = json!({"job": {"delivery_method": "RETURN", "authenticator_config_id": config}});
        let (status, refused) = app
            .call(
                "POST",
                &app.realm_path(&format!("/identities/{boss}/credential-binding-jobs")),
                &jobs,
                Some(job.clone()),
            )
            .await;
        refused_for_an_administrator(status, &refused, "binding job");
        let (status, made) = app
            .call(
                "POST",
                &app.realm_path(&format!("/identities/{pat}/credential-binding-jobs")),
                &jobs,
                Some(job),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{made}");

        // Suspending, editing, deleting, revoking passkeys of an administrator.
        let people = app
            .token(&["identities:update", "identities:delete", "credentials:update"])
            .await;
        let boss_path = app.realm_path(&format!("/identities/{boss}"));
        for (method, uri, body) in [
            (
                "PATCH",
                boss_path.clone(),
                Some(json!({"identity": {"status": "suspended"}})),
            ),
            (
                "PATCH",
                boss_path.clone(),
                Some(json!({"identity": {"display_name": "Mallory"}})),
            ),
            ("DELETE", boss_path.clone(), None),
            (
                "POST",
                format!("{boss_path}/credentials/c1234567890abcde:revoke"),
                None,
            ),
        ] {
            let (status, refused) = app.call(method, &uri, &people, body).await;
            refused_for_an_administrator(status, &refused, &format!("{method} {uri}"));
        }
        let (status, refused) = app
            .call(
                "POST",
                &app.realm_path("/identities:batchDelete"),
                &people,
                Some(json!({"ids": [pat.clone(), boss.clone()]})),
            )
            .await;
        refused_for_an_administrator(status, &refused, "batch delete");
        assert_eq!(identity_status(&app, &pat).await, "active", "nothing deleted");
        assert_eq!(identity_status(&app, &boss).await, "active");
        let (_, boss_now) = app.call("GET", &boss_path, &app.admin, None).await;
        assert_eq!(boss_now["display_name"], "boss Example", "nothing changed");

        // Only the two allowed changes were audited.
        let events = audit(&app).await;
        let new: Vec<&str> = events[..events.len() - before]
            .iter()
            .map(|(a, _)| a.as_str())
            .collect();
        assert!(
            new.iter().filter(|a| **a == "login_code.created").count() == 1
                && new.iter().filter(|a| **a == "binding_job.created").count() == 1
                && !new.contains(&"identity.suspended")
                && !new.contains(&"identity.deleted"),
            "{}: {new:?}",
            app.backend
        );

        // A token with every scope is an administrator's equal.
        let (status, _) = app
            .call(
                "PATCH",
                &boss_path,
                &app.admin,
                Some(json!({"identity": {"status": "suspended"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(identity_status(&app, &boss).await, "suspended");
    }
}

#[tokio::test]
async fn no_token_hands_out_a_scope_it_does_not_hold() {
    for app in apps().await {
        let maker = app.token(&["api-tokens:create", "identities:read"]).await;
        let uri = format!("/v1/tenants/{}/api-tokens", app.tenant_id);
        for scopes in [
            json!(["*"]),
            json!(["identities:*"]),
            json!(["identities:read", "groups:read"]),
        ] {
            let body = json!({"api_token": {"name": "wider", "scopes": scopes}});
            let (status, refused) = app.call("POST", &uri, &maker, Some(body)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{scopes}: {refused}");
        }
        let body = json!({"api_token": {"name": "same", "scopes": ["identities:read"]}});
        let (status, made) = app.call("POST", &uri, &maker, Some(body)).await;
        assert_eq!(status, StatusCode::OK, "{made}");
    }
}

#[tokio::test]
async fn the_console_opens_only_for_a_session_signed_in_with_a_passkey() {
    for app in apps().await {
        let (by_link, _) = session_for(&app, "linked.admin", true, false).await;
        let (status, body, _) = send(&app, "GET", "/console", &by_link, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", app.backend);
        assert!(body.contains("Sign in with a passkey"), "{body}");
        let (status, _, _) = send(&app, "GET", "/console/api-tokens", &by_link, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = send(&app, "GET", "/account", &by_link, None).await;
        assert_eq!(status, StatusCode::OK, "the account page, to add a passkey");

        let (with_passkey, _) = signed_in(&app, "passkey.admin", true).await;
        let (status, page, _) = send(&app, "GET", "/console/api-tokens", &with_passkey, None).await;
        assert_eq!(status, StatusCode::OK);
        // And a form posted with a link session's cookie changes nothing.
        let form = format!("csrf={}&name=x&scopes=*", csrf_of(&page));
        let (status, _, _) = send(&app, "POST", "/console/api-tokens", &by_link, Some(&form)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn email_one_time_access_never_reaches_an_administrator() {
    for app in apps().await {
        let (status, _) = app
            .call(
                "PATCH",
                &app.realm_path("/settings"),
                &app.admin,
                Some(json!({"settings": {"email_one_time_access": true}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let boss = app.identity("boss", Some("boss@example.com")).await;
        app.state
            .store()
            .set_role(
                boss["id"].as_str().unwrap(),
                Some(&keybound_core::role::RoleGrant::new(
                    keybound_core::role::Role::Admin,
                    Vec::new(),
                )),
            )
            .await
            .unwrap();
        app.identity("pat", Some("pat@example.com")).await;
        let (status, for_boss) = app
            .raw(
                "POST",
                "/login/email",
                None,
                Some(json!({"email": "boss@example.com"}).to_string()),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{for_boss}");
        let (status, for_pat) = app
            .raw(
                "POST",
                "/login/email",
                None,
                Some(json!({"email": "pat@example.com"}).to_string()),
            )
            .await;
        assert_eq!((status, &for_pat), (StatusCode::OK, &for_boss), "the same answer");
        assert_eq!(
            app.deliver().await,
            1,
            "{}: one email, to the person",
            app.backend
        );
        let email = app.last_email().unwrap();
        assert!(
            email.contains("pat@example.com") && !email.contains("boss@"),
            "{email}"
        );
    }
}

#[tokio::test]
async fn ldap_settings_keep_the_password_with_its_server_and_refuse_skipping_verification() {
    for app in apps().await {
        let uri = app.realm_path("/ldap-config");
        let saved_password = || async {
            let realm = app
                .state
                .store()
                .realm(&app.tenant_id, &app.realm_id)
                .await
                .unwrap();
            keybound_app::ldap::settings(&app.state, &realm)
                .await
                .unwrap()
                .saved
                .bind_password
        };
        let body = json!({"ldap_config": {"url": "ldap://127.0.0.1:3890", "bind_dn": "cn=sync,dc=example,dc=org",
            "bind_password": "s3cret", "base_dn": "dc=example,dc=org"}});
        let (status, saved) = app.call("PATCH", &uri, &app.admin, Some(body)).await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        assert_eq!(saved_password().await.as_deref(), Some("s3cret"));

        let ldap = app.token(&["ldap:update", "ldap:read"]).await;
        let (status, _) = app
            .call(
                "PATCH",
                &uri,
                &ldap,
                Some(json!({"ldap_config": {"base_dn": "dc=example,dc=com"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            saved_password().await.as_deref(),
            Some("s3cret"),
            "same server: kept"
        );

        let (status, refused) = app
            .call(
                "PATCH",
                &uri,
                &ldap,
                Some(json!({"ldap_config": {"skip_cert_verify": true}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
        assert!(refused.to_string().contains("skip_cert_verify"), "{refused}");

        // Pointed at another server, the password is not sent there.
        let (status, _) = app
            .call(
                "PATCH",
                &uri,
                &ldap,
                Some(json!({"ldap_config": {"url": "ldap://127.0.0.2:3890"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(saved_password().await, None, "a new URL drops the saved password");
        let (status, report) = app
            .call(
                "POST",
                &app.realm_path("/ldap-config:sync"),
                &ldap,
                Some(json!({})),
            )
            .await;
        assert_ne!(status, StatusCode::OK, "{report}");
        assert!(report.to_string().contains("no bind password"), "{report}");
        let (_, events) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?filter=action%20eq%20%22ldap_config.updated%22"),
                &app.admin,
                None,
            )
            .await;
        let details = events.to_string();
        assert!(details.contains("bind password dropped"), "{details}");
    }
}

#[tokio::test]
async fn a_bound_passkey_revokes_the_persons_other_open_enrolments() {
    for app in apps().await {
        let pat = app.identity("pat", Some("pat@example.com")).await;
        let pat = pat["id"].as_str().unwrap().to_owned();
        let config = app.hosted_config().await;
        let first = app.return_job(&pat, &config).await;
        let second = app.return_job(&pat, &config).await;
        let (status, done) = app
            .bind(begin_link(first["credential_binding_link"].as_str().unwrap()))
            .await;
        assert_eq!(status, StatusCode::OK, "{done}");
        let second_id = second["credential_binding_job"]["id"].as_str().unwrap();
        let (_, job) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{pat}/credential-binding-jobs/{second_id}")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(job["state"], "REVOKED", "{}: {job}", app.backend);
        let (status, _) = app
            .post(
                "/bind/begin",
                begin_link(second["credential_binding_link"].as_str().unwrap()),
            )
            .await;
        assert_eq!(status, StatusCode::GONE, "the left-over link no longer works");
        let superseded = audit(&app)
            .await
            .into_iter()
            .any(|(action, detail)| action == "binding_job.revoked" && detail.contains("superseded"));
        assert!(superseded, "audited as superseded");
    }
}
