//! Passkey sign-in and sessions, in process with a software authenticator, on every backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use support::{apps, TestApp, PUBLIC_URL};
use tower::ServiceExt;

/// Sends a request with an optional session cookie; returns status, JSON and any Set-Cookie.
async fn send(
    app: &TestApp,
    method: &str,
    uri: &str,
    cookie: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value, Option<String>) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if body.is_some() {
        req = req.header("content-type", "application/json");
    }
    let req = req
        .body(
            body.map(|b| Body::from(b.to_string()))
                .unwrap_or_else(Body::empty),
        )
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let set_cookie = res
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        set_cookie,
    )
}

/// An identity with a passkey on `device`; returns the identity id.
async fn enrolled(app: &TestApp, username: &str, device: &mut SoftPasskey) -> String {
    let config = app.hosted_config().await;
    let id = app.identity(username, None).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let created = app.return_job(&id, &config).await;
    let link = created["credential_binding_link"].as_str().unwrap();
    let (status, done) = app.bind_with(support::begin_link(link), device).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    id
}

/// Signs in with `device`; returns status, body and the cookie (`name=value`) if one was set.
async fn sign_in(app: &TestApp, device: &mut SoftPasskey) -> (StatusCode, Value, Option<String>) {
    let (status, begun, _) = send(app, "POST", "/signin/begin", None, Some(json!({}))).await;
    assert_eq!(status, StatusCode::OK, "{begun}");
    // Asked for; then required of every passkey whose policy requires it (all by default).
    assert_eq!(begun["public_key"]["userVerification"], "preferred");
    let answer = device
        .authenticate(PUBLIC_URL, &begun["public_key"])
        .await
        .unwrap();
    let (status, body, set) = send(
        app,
        "POST",
        "/signin/finish",
        None,
        Some(json!({"ceremony_id": begun["ceremony_id"], "credential": answer})),
    )
    .await;
    (status, body, set.map(|c| c.split(';').next().unwrap().to_owned()))
}

#[tokio::test]
async fn a_bound_passkey_signs_in_without_a_username_and_opens_a_session() {
    for app in apps().await {
        let mut phone = SoftPasskey::new().with_counter();
        let id = enrolled(&app, "sam", &mut phone).await;
        let (status, body, cookie) = sign_in(&app, &mut phone).await;
        assert_eq!(status, StatusCode::OK, "{}: {body}", app.backend);
        assert_eq!(body["identity"]["id"], id.as_str());
        let cookie = cookie.expect("a session cookie");
        assert!(cookie.starts_with("keybound_session="), "{cookie}");

        let (status, me, _) = send(&app, "GET", "/account/me", Some(&cookie), None).await;
        assert_eq!(status, StatusCode::OK, "{me}");
        assert_eq!(me["identity"]["username"], "sam");
        assert_eq!(me["sessions"].as_array().unwrap().len(), 1);
        assert_eq!(me["sessions"][0]["current"], true);
        let passkey = &me["passkeys"][0];
        assert_eq!(
            passkey["sign_count"], 1,
            "{}: counter kept up to date",
            app.backend
        );
        assert_eq!(passkey["last_used_time"], "2026-11-01T09:00:00Z");

        let (status, _, _) = send(&app, "POST", "/signout", Some(&cookie), None).await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a form post cannot sign out (CSRF)"
        );
        let (status, _, cleared) = send(&app, "POST", "/signout", Some(&cookie), Some(json!({}))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(cleared.unwrap().contains("Max-Age=0"));
        let (status, _, _) = send(&app, "GET", "/account/me", Some(&cookie), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "the session is gone");
        let (status, _, _) = send(
            &app,
            "GET",
            "/account/me",
            Some("keybound_session=forged.value"),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn a_cloned_authenticator_is_detected_and_the_passkey_flagged() {
    for app in apps().await {
        let mut original = SoftPasskey::new().with_counter();
        enrolled(&app, "cli", &mut original).await;
        let mut clone = original.clone_device();
        let (status, _, _) = sign_in(&app, &mut original).await;
        assert_eq!(status, StatusCode::OK);
        // The clone still has the old counter: its signature replays a count already seen.
        let (status, err, cookie) = sign_in(&app, &mut clone).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{}: {err}", app.backend);
        assert!(cookie.is_none());
        let (status, _, _) = sign_in(&app, &mut original).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{}: the flagged passkey is refused from now on",
            app.backend
        );
        // The audit log tells the story, newest first.
        let (_, log) = app
            .call("GET", &app.realm_path("/audit-events"), &app.admin, None)
            .await;
        let story: Vec<(&str, &str)> = log["audit_events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["action"].as_str().unwrap(), e["outcome"].as_str().unwrap()))
            .collect();
        assert_eq!(
            story,
            [
                ("session.started", "FAILURE"),
                ("session.started", "FAILURE"),
                ("credential.flagged", "SUCCESS"),
                ("session.started", "SUCCESS"),
                ("binding_job.completed", "SUCCESS"),
                ("credential.bound", "SUCCESS"),
                ("binding_job.created", "SUCCESS"),
                // The test's setup, made through the API, is audited too.
                ("identity.created", "SUCCESS"),
                ("authenticator_config.created", "SUCCESS"),
            ],
            "{}: {log}",
            app.backend
        );
        let flagged = &log["audit_events"][2];
        assert!(
            flagged["detail"]
                .as_str()
                .unwrap()
                .contains("counter went backwards"),
            "{flagged}"
        );
        assert_eq!(
            log["audit_events"][0]["actor"]["type"], "identity",
            "a recognised passkey names whose it was"
        );
    }
}

#[tokio::test]
async fn the_audit_log_records_who_did_what_from_where_and_filters() {
    for app in apps().await {
        let mut key = SoftPasskey::new();
        let id = enrolled(&app, "aud", &mut key).await;
        let (_, _, cookie) = sign_in(&app, &mut key).await;
        let cookie = cookie.unwrap();
        let (_, me, _) = send(&app, "GET", "/account/me", Some(&cookie), None).await;
        let passkey_id = me["passkeys"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(me["recent_signins"][0]["outcome"], "SUCCESS", "{me}");
        send(
            &app,
            "PATCH",
            &format!("/account/passkeys/{passkey_id}"),
            Some(&cookie),
            Some(json!({"name": "Work laptop"})),
        )
        .await;

        let filter = |f: &str| app.realm_path(&format!("/audit-events?filter={}", urlencode(f)));
        let (status, renamed) = app
            .call(
                "GET",
                &filter(r#"action eq "credential.renamed""#),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{renamed}");
        assert_eq!(renamed["total_size"], 1);
        let event = &renamed["audit_events"][0];
        assert_eq!(event["actor"], json!({"type": "identity", "id": id}));
        assert_eq!(event["target"], json!({"type": "credential", "id": passkey_id}));
        assert_eq!(event["identity_id"], id.as_str());
        assert_eq!(event["time"], "2026-11-01T09:00:00Z");
        assert!(
            event["detail"].as_str().unwrap().contains("Work laptop"),
            "{event}"
        );

        let (_, mine) = app
            .call(
                "GET",
                &filter(&format!(r#"identity_id eq "{id}" and outcome eq "success""#)),
                &app.admin,
                None,
            )
            .await;
        // Created through the API, its job made and completed, bound, signed in, renamed a passkey.
        assert_eq!(mine["total_size"], 6, "{}: {mine}", app.backend);
        let later = app.realm_path("/audit-events?since=2026-11-01T10:00:00Z");
        assert_eq!(app.call("GET", &later, &app.admin, None).await.1["total_size"], 0);

        // Bad filters and times are refused and name the parameter; a token needs the scope.
        let (status, err) = app
            .call("GET", &filter(r#"password eq "x""#), &app.admin, None)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        let (status, err) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?until=yesterday"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(
            (status, err["details"][0]["field_violations"][0]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("until"))
        );
        let reader = app.token(&["identities:read"]).await;
        let (status, _) = app
            .call("GET", &app.realm_path("/audit-events"), &reader, None)
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn suspended_people_revoked_passkeys_and_reused_ceremonies_do_not_sign_in() {
    for app in apps().await {
        let mut key = SoftPasskey::new();
        let id = enrolled(&app, "sue", &mut key).await;

        let (_, begun, _) = send(&app, "POST", "/signin/begin", None, Some(json!({}))).await;
        let answer = key.authenticate(PUBLIC_URL, &begun["public_key"]).await.unwrap();
        let finish = json!({"ceremony_id": begun["ceremony_id"], "credential": answer});
        let (status, _, _) = send(&app, "POST", "/signin/finish", None, Some(finish.clone())).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _, _) = send(&app, "POST", "/signin/finish", None, Some(finish)).await;
        assert_eq!(status, StatusCode::GONE, "a challenge works once");

        app.set_status(&id, "suspended").await;
        let (status, _, _) = sign_in(&app, &mut key).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", app.backend);
        app.set_status(&id, "active").await;
        let (status, _, _) = sign_in(&app, &mut key).await;
        assert_eq!(status, StatusCode::OK);

        let (_, creds) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{id}/credentials")),
                &app.admin,
                None,
            )
            .await;
        let cred = creds["credentials"][0]["id"].as_str().unwrap();
        app.call(
            "POST",
            &app.realm_path(&format!("/identities/{id}/credentials/{cred}:revoke")),
            &app.admin,
            None,
        )
        .await;
        let (status, _, _) = sign_in(&app, &mut key).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{}: a revoked passkey cannot sign in",
            app.backend
        );

        let mut stranger = SoftPasskey::new();
        enrolled(&app, "other", &mut stranger).await;
        let (status, page) = app.raw("GET", "/login", None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.as_str()
                .unwrap()
                .contains("autocomplete=\"username webauthn\""),
            "autofill is offered"
        );
    }
}

#[tokio::test]
async fn a_signed_in_person_adds_another_passkey_which_then_signs_in() {
    for app in apps().await {
        let mut laptop = SoftPasskey::new();
        enrolled(&app, "ana", &mut laptop).await;
        let (_, _, cookie) = sign_in(&app, &mut laptop).await;
        let cookie = cookie.unwrap();

        let (status, _, _) = send(&app, "POST", "/account/passkeys/begin", None, Some(json!({}))).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "only when signed in");
        let (status, _, _) = send(&app, "POST", "/account/passkeys/begin", Some(&cookie), None).await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not from a cross-site form"
        );

        let (status, begun, _) = send(
            &app,
            "POST",
            "/account/passkeys/begin",
            Some(&cookie),
            Some(json!({})),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{begun}");
        assert_eq!(
            begun["public_key"]["excludeCredentials"]
                .as_array()
                .unwrap()
                .len(),
            1,
            "the laptop's passkey is excluded"
        );
        let mut phone = SoftPasskey::new();
        let answer = phone.register(PUBLIC_URL, &begun["public_key"]).await.unwrap();
        let finish = json!({"ceremony_id": begun["ceremony_id"], "credential": answer});
        let (status, added, _) = send(
            &app,
            "POST",
            "/account/passkeys/finish",
            Some(&cookie),
            Some(finish.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{}: {added}", app.backend);
        let (status, _, _) = send(
            &app,
            "POST",
            "/account/passkeys/finish",
            Some(&cookie),
            Some(finish),
        )
        .await;
        assert_eq!(status, StatusCode::GONE, "once");

        let (_, me, _) = send(&app, "GET", "/account/me", Some(&cookie), None).await;
        assert_eq!(me["passkeys"].as_array().unwrap().len(), 2);
        let (status, body, _) = sign_in(&app, &mut phone).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{}: the new passkey signs in: {body}",
            app.backend
        );
        let (status, page) = app.raw("GET", "/account", None, None).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        // The front door sends a signed-in person to their account, anybody else to sign in.
        assert_eq!(front_door(&app, Some(&cookie)).await, "/account");
        assert_eq!(front_door(&app, None).await, "/login");
    }
}

/// Where `GET /` redirects to.
async fn front_door(app: &TestApp, cookie: Option<&str>) -> String {
    let mut req = Request::builder().uri("/");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    res.headers()["location"].to_str().unwrap().to_owned()
}

/// A login code for `identity_id`; returns the `/lc/...` path.
async fn login_code(app: &TestApp, identity_id: &str, expires_in: &str) -> String {
    let uri = app.realm_path(&format!("/identities/{identity_id}/login-codes"));
    let (status, created) = app
        .call(
            "POST",
            &uri,
            &app.admin,
            Some(json!({"login_code": {"expires_in": expires_in}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    assert!(
        created["qr_svg"].as_str().unwrap().starts_with("<?xml"),
        "a QR code comes with it"
    );
    created["link"]
        .as_str()
        .unwrap()
        .strip_prefix(PUBLIC_URL)
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_login_code_signs_in_once_until_it_expires() {
    for app in apps().await {
        let id = app.identity("nia", None).await["id"].as_str().unwrap().to_owned();
        let uri = app.realm_path(&format!("/identities/{id}/login-codes"));
        let (status, err) = app
            .call(
                "POST",
                &uri,
                &app.admin,
                Some(json!({"login_code": {"expires_in": "2h"}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");

        let path = login_code(&app, &id, "15m").await;
        let (status, page) = app.raw("GET", &path, None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.as_str().unwrap().contains("nia Example"),
            "the page says who it signs in"
        );
        let (status, page) = app.raw("GET", &path, None, None).await;
        assert_eq!(status, StatusCode::OK, "looking does not spend it: {page}");

        let (status, _, cookie) = send(&app, "POST", &path, None, None).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let cookie = cookie.expect("a session").split(';').next().unwrap().to_owned();
        let (status, me, _) = send(&app, "GET", "/account/me", Some(&cookie), None).await;
        assert_eq!(
            (status, me["identity"]["id"].as_str()),
            (StatusCode::OK, Some(id.as_str()))
        );
        let (status, _, again) = send(&app, "POST", &path, None, None).await;
        assert_eq!(
            (status, again),
            (StatusCode::GONE, None),
            "{}: a second use is refused, no session",
            app.backend
        );

        let late = login_code(&app, &id, "15m").await;
        app.clock.advance(time::Duration::minutes(16));
        let (status, _, cookie) = send(&app, "POST", &late, None, None).await;
        assert_eq!(
            (status, cookie),
            (StatusCode::GONE, None),
            "expired after 15 minutes"
        );
        let (status, _) = app.raw("GET", "/lc/garbage", None, None).await;
        assert_eq!(status, StatusCode::GONE);
    }
}

#[tokio::test]
async fn fifty_parallel_uses_of_one_login_code_open_one_session() {
    for app in apps().await {
        let id = app.identity("raz", None).await["id"].as_str().unwrap().to_owned();
        let path = login_code(&app, &id, "1h").await;
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let router = app.router.clone();
                let path = path.clone();
                tokio::spawn(async move {
                    let req = Request::post(&path).body(Body::empty()).unwrap();
                    let res = router.oneshot(req).await.unwrap();
                    (res.status(), res.headers().contains_key("set-cookie"))
                })
            })
            .collect();
        let mut sessions = 0;
        for t in tasks {
            let (status, cookie) = t.await.unwrap();
            assert!(
                status == StatusCode::SEE_OTHER || status == StatusCode::GONE,
                "{status}"
            );
            sessions += usize::from(cookie);
        }
        assert_eq!(sessions, 1, "{}", app.backend);
    }
}

#[tokio::test]
async fn people_rename_and_remove_their_passkeys_and_sign_out_other_sessions() {
    for app in apps().await {
        let mut key = SoftPasskey::new();
        enrolled(&app, "max", &mut key).await;
        let (_, _, first) = sign_in(&app, &mut key).await;
        let (_, _, second) = sign_in(&app, &mut key).await;
        let (first, second) = (first.unwrap(), second.unwrap());

        let (_, me, _) = send(&app, "GET", "/account/me", Some(&first), None).await;
        let passkey = me["passkeys"][0]["id"].as_str().unwrap().to_owned();
        let (status, renamed, _) = send(
            &app,
            "PATCH",
            &format!("/account/passkeys/{passkey}"),
            Some(&first),
            Some(json!({"name": "My laptop"})),
        )
        .await;
        assert_eq!(
            (status, renamed["name"].as_str()),
            (StatusCode::OK, Some("My laptop")),
            "{renamed}"
        );
        let (status, _, _) = send(
            &app,
            "PATCH",
            "/account/passkeys/ffffffffffffffff",
            Some(&first),
            Some(json!({"name": "x"})),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "only one's own passkeys");

        let (status, warning, _) = send(
            &app,
            "DELETE",
            &format!("/account/passkeys/{passkey}"),
            Some(&first),
            Some(json!({})),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "{}: the last passkey needs confirming",
            app.backend
        );
        assert!(warning["message"].as_str().unwrap().contains("last passkey"));

        // Sign the other browser out, then everywhere.
        let (_, me, _) = send(&app, "GET", "/account/me", Some(&first), None).await;
        let other = me["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["current"] == false)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (status, _, _) = send(
            &app,
            "DELETE",
            &format!("/account/sessions/{other}"),
            Some(&first),
            Some(json!({})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _, _) = send(&app, "GET", "/account/me", Some(&second), None).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{}: the other browser is signed out",
            app.backend
        );
        let (status, _, _) = send(&app, "GET", "/account/me", Some(&first), None).await;
        assert_eq!(status, StatusCode::OK);

        let (status, removed, _) = send(
            &app,
            "DELETE",
            &format!("/account/passkeys/{passkey}"),
            Some(&first),
            Some(json!({"confirm_last": true})),
        )
        .await;
        assert_eq!(
            (status, removed["state"].as_str()),
            (StatusCode::OK, Some("REVOKED"))
        );
        let (status, _, _) = sign_in(&app, &mut key).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "a removed passkey no longer signs in"
        );

        let (status, _, cleared) =
            send(&app, "DELETE", "/account/sessions", Some(&first), Some(json!({}))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(cleared.unwrap().contains("Max-Age=0"));
        let (status, _, _) = send(&app, "GET", "/account/me", Some(&first), None).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{}: signed out everywhere",
            app.backend
        );
    }
}

#[tokio::test]
async fn email_one_time_access_sends_a_link_to_known_addresses_and_says_the_same_for_all() {
    for app in apps().await {
        let body = json!({"identity": {"display_name": "Otto", "traits": {"type": "traits_v0", "username": "otto", "primary_email_address": "Otto@Example.com"}}});
        app.call("POST", &app.realm_path("/identities"), &app.admin, Some(body))
            .await;
        let (status, page) = app.raw("GET", "/login", None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            !page.as_str().unwrap().contains("Don’t have access"),
            "off by default"
        );
        let (status, _, _) = send(
            &app,
            "POST",
            "/login/email",
            None,
            Some(json!({"email": "otto@example.com"})),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "not offered while off");

        let (status, settings) = app
            .call(
                "PATCH",
                &app.realm_path("/settings"),
                &app.admin,
                Some(json!({"settings": {"email_one_time_access": true}})),
            )
            .await;
        assert_eq!(
            (status, settings["email_one_time_access"].as_bool()),
            (StatusCode::OK, Some(true)),
            "{settings}"
        );
        let (_, page) = app.raw("GET", "/login", None, None).await;
        assert!(page
            .as_str()
            .unwrap()
            .contains("Don’t have access to your passkey?"));

        let (status, known, _) = send(
            &app,
            "POST",
            "/login/email",
            None,
            Some(json!({"email": "OTTO@example.com"})),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{known}");
        let (status, unknown, _) = send(
            &app,
            "POST",
            "/login/email",
            None,
            Some(json!({"email": "nobody@example.com"})),
        )
        .await;
        assert_eq!(
            (status, &unknown),
            (StatusCode::OK, &known),
            "the same answer for an unknown address"
        );
        assert_eq!(
            app.deliver().await,
            1,
            "{}: one email, to the known address",
            app.backend
        );
        let email = app.last_email().unwrap();
        assert!(
            email.contains("Otto@Example.com") && email.contains("Your one-time sign-in link"),
            "{email}"
        );
        let link = support::find_link(&email, "/lc/").unwrap();
        let (status, _, cookie) =
            send(&app, "POST", link.strip_prefix(PUBLIC_URL).unwrap(), None, None).await;
        assert!(
            status == StatusCode::SEE_OTHER && cookie.is_some(),
            "the link signs in"
        );

        // Three requests per address per 15 minutes; the rest get 429 (known or not).
        for _ in 0..2 {
            send(
                &app,
                "POST",
                "/login/email",
                None,
                Some(json!({"email": "otto@example.com"})),
            )
            .await;
        }
        let (status, _, _) = send(
            &app,
            "POST",
            "/login/email",
            None,
            Some(json!({"email": "otto@example.com"})),
        )
        .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{}", app.backend);
        let (status, _, _) = send(
            &app,
            "POST",
            "/login/email",
            None,
            Some(json!({"email": "not-an-address"})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}

/// `GET /metrics` with `token`: status and text.
async fn scrape(app: &TestApp, token: Option<&str>) -> (StatusCode, String) {
    let mut req = Request::builder().uri("/metrics");
    if let Some(token) = token {
        req = req.header("authorization", format!("Bearer {token}"));
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(bytes.to_vec()).unwrap())
}

/// The sum of the samples of `name` that have all of `labels`.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|line| line.starts_with(&format!("{name}{{")) || line.starts_with(&format!("{name} ")))
        .filter(|line| labels.iter().all(|(k, v)| line.contains(&format!("{k}=\"{v}\""))))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test]
async fn metrics_count_sign_ins_and_requests_for_tokens_that_may_read_them() {
    for app in apps().await {
        let reader = app.token(&["metrics:read"]).await;
        let (status, _) = scrape(&app, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "no token, no metrics");
        let other = app.token(&["identities:read"]).await;
        let (status, _) = scrape(&app, Some(&other)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a token without metrics:read");

        let mut phone = SoftPasskey::new().with_counter();
        enrolled(&app, &format!("metered-{}", app.backend), &mut phone).await;
        // Other tests in this process count too: compare before and after.
        let (status, before) = scrape(&app, Some(&reader)).await;
        assert_eq!(status, StatusCode::OK, "{before}");
        let (status, body, _) = sign_in(&app, &mut phone).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, after) = scrape(&app, Some(&reader)).await;
        let moved = |name: &str, labels: &[(&str, &str)]| {
            sample(&after, name, labels) - sample(&before, name, labels)
        };
        assert!(
            moved("keybound_ceremonies_begun_total", &[("kind", "sign-in")]) >= 1.0,
            "{after}"
        );
        assert!(
            moved("keybound_ceremonies_finished_total", &[("kind", "sign-in")]) >= 1.0,
            "{after}"
        );
        let finish = [("method", "POST"), ("route", "/signin/finish"), ("status", "200")];
        assert!(moved("keybound_http_requests_total", &finish) >= 1.0, "{after}");
        assert!(
            moved("keybound_http_request_duration_seconds_count", &finish) >= 1.0,
            "{after}"
        );
        assert!(sample(&after, "keybound_build_info", &[]) == 1.0, "{after}");
        assert!(after.contains("keybound_db_connections{"), "{after}");
        // Requests are counted by their route's template, never by the path sent.
        let (status, _) = app.raw("GET", "/no/such/page-4711", None, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, later) = scrape(&app, Some(&reader)).await;
        assert!(
            sample(
                &later,
                "keybound_http_requests_total",
                &[("route", "unmatched"), ("status", "404")]
            ) >= 1.0
        );
        assert!(!later.contains("page-4711"), "{later}");

        // An enrolment email: counted when queued, and when the worker delivers it.
        let config = app.hosted_config().await;
        let person = app
            .identity(&format!("mailed-{}", app.backend), Some("mailed@example.com"))
            .await;
        let (status, job) = app
            .job(
                person["id"].as_str().unwrap(),
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{job}");
        let (_, queued) = scrape(&app, Some(&reader)).await;
        let counted = |text: &str, name: &str| sample(text, name, &[]) - sample(&later, name, &[]);
        assert!(
            counted(&queued, "keybound_emails_queued_total") >= 1.0,
            "{queued}"
        );
        assert!(app.deliver().await >= 1);
        let (_, sent) = scrape(&app, Some(&reader)).await;
        assert!(counted(&sent, "keybound_emails_sent_total") >= 1.0, "{sent}");
        assert!(sent.contains("keybound_email_outbox_depth "), "{sent}");
    }
}

#[tokio::test]
async fn a_sign_in_signals_the_accepted_passkeys_and_a_removed_one_is_answered_unknown() {
    for app in apps().await {
        let mut kept = SoftPasskey::new();
        let mut gone = SoftPasskey::new();
        let id = enrolled(&app, "sig", &mut kept).await;
        let config = app.hosted_config().await;
        let created = app.return_job(&id, &config).await;
        let link = created["credential_binding_link"].as_str().unwrap();
        let (status, _) = app.bind_with(support::begin_link(link), &mut gone).await;
        assert_eq!(status, StatusCode::OK);
        let (_, creds) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{id}/credentials")),
                &app.admin,
                None,
            )
            .await;
        let creds = creds["credentials"].as_array().unwrap().clone();
        let (status, body, _) = sign_in(&app, &mut gone).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let gone_id = body["signals"]["all_accepted_credential_ids"]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(gone_id, 2);
        let removed = creds
            .iter()
            .find(|c| c["name"].is_string() && c["id"] != creds[0]["id"])
            .unwrap();
        app.call(
            "POST",
            &app.realm_path(&format!(
                "/identities/{id}/credentials/{}:revoke",
                removed["id"].as_str().unwrap()
            )),
            &app.admin,
            None,
        )
        .await;

        // The kept passkey signs in; the signals name it alone, with the person's names.
        let holder = if removed["id"] == creds[0]["id"] {
            &mut gone
        } else {
            &mut kept
        };
        let (status, body, _) = sign_in(&app, holder).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let signals = &body["signals"];
        assert_eq!(signals["rp_id"], "localhost");
        assert_eq!(signals["name"], "sig");
        assert_eq!(signals["display_name"], "sig Example");
        let accepted: Vec<&str> = signals["all_accepted_credential_ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let remaining = creds.iter().find(|c| c["id"] != removed["id"]).unwrap();
        assert_eq!(accepted, [remaining["credential_id"].as_str().unwrap()]);
        assert_eq!(
            signals["user_id"].as_str().unwrap().len(),
            22,
            "16 bytes, base64url"
        );

        // The revoked one: unknown, with what the page needs to have the browser forget it.
        let other = if removed["id"] == creds[0]["id"] {
            &mut kept
        } else {
            &mut gone
        };
        let (status, body, cookie) = sign_in(&app, other).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        assert_eq!(body["code"], "unknown_credential");
        assert_eq!(body["rp_id"], "localhost");
        assert_eq!(body["credential_id"], removed["credential_id"]);
        assert!(body["message"].as_str().unwrap().contains("no longer works here"));
        assert!(cookie.is_none());

        // Deleted with its person: unknown too.
        app.call(
            "DELETE",
            &app.realm_path(&format!("/identities/{id}")),
            &app.admin,
            None,
        )
        .await;
        let (status, body, _) = sign_in(&app, &mut kept).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("unknown_credential")),
            "{body}"
        );
    }
}

#[tokio::test]
async fn the_related_origins_are_the_operators_and_the_embedded_configs_and_follow_changes() {
    for app in apps().await {
        let app = app.with_related_origins(&["https://shop.example.net"]);
        let origins = |app: &TestApp| {
            let app = app.router.clone();
            async move {
                let req = Request::builder()
                    .uri("/.well-known/webauthn")
                    .body(Body::empty())
                    .unwrap();
                let res = app.oneshot(req).await.unwrap();
                assert_eq!(res.status(), StatusCode::OK);
                let bytes = res.into_body().collect().await.unwrap().to_bytes();
                serde_json::from_slice::<Value>(&bytes).unwrap()["origins"].clone()
            }
        };
        assert_eq!(origins(&app).await, json!(["https://shop.example.net"]));
        let (status, config) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "embedded", "invoke_url": "https://app.example.org", "trusted_origins": ["https://app.example.org"]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{config}");
        assert_eq!(
            origins(&app).await,
            json!(["https://app.example.org", "https://shop.example.net"])
        );
        let id = config["id"].as_str().unwrap();
        let (status, body) = app
            .call(
                "PATCH",
                &app.realm_path(&format!("/authenticator-configs/{id}")),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "embedded", "invoke_url": "https://app.example.org", "trusted_origins": ["https://app2.example.org"]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            origins(&app).await,
            json!(["https://app2.example.org", "https://shop.example.net"])
        );
    }
}
