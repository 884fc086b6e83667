//! The OpenID Connect provider in process, on every backend: applications, the code flow with
//! PKCE and consent, every grant, and the refusals a provider must make.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::{engine::general_purpose::STANDARD, engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use http_body_util::BodyExt;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use sha2::Digest;
use std::collections::HashMap;
use support::{apps, TestApp, PUBLIC_URL};
use tower::ServiceExt;

const REDIRECT: &str = "https://app.example.com/callback";
const VERIFIER: &str = "dBjftJeZ4CVP-mJ0Z-ZpS1YGXcFjoR36R7xc7sp8Z0C.kiZ~q3Zy";

struct Answer {
    status: StatusCode,
    location: Option<String>,
    set_cookie: Option<String>,
    headers: axum::http::HeaderMap,
    text: String,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or(Value::Null)
    }
    /// The query parameters of the redirect.
    fn redirect_params(&self) -> HashMap<String, String> {
        let location = self.location.as_deref().unwrap_or_else(|| {
            let said = self
                .text
                .split("<main class=\"card\">")
                .nth(1)
                .unwrap_or(&self.text);
            panic!("no redirect: {} {said}", self.status)
        });
        let url = url::Url::parse(location).unwrap();
        url.query_pairs().into_owned().collect()
    }
}

async fn send(
    app: &TestApp,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    form: Option<&[(&str, &str)]>,
) -> Answer {
    send_to(&app.router, method, uri, headers, form).await
}

async fn send_to(
    router: &axum::Router,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    form: Option<&[(&str, &str)]>,
) -> Answer {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let body = match form {
        Some(pairs) => {
            req = req.header("content-type", "application/x-www-form-urlencoded");
            Body::from(
                url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish(),
            )
        }
        None => Body::empty(),
    };
    let res = router.clone().oneshot(req.body(body).unwrap()).await.unwrap();
    let header = |name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
    let (status, location, set_cookie) = (res.status(), header("location"), header("set-cookie"));
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        location,
        set_cookie,
        headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn challenge() -> String {
    URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(VERIFIER.as_bytes()))
}

/// A person with a passkey, signed in; returns (identity id, cookie).
async fn signed_in(app: &TestApp, username: &str) -> (String, String, SoftPasskey) {
    let mut device = SoftPasskey::new();
    let config = app.hosted_config().await;
    let id = app
        .identity(username, Some(&format!("{username}@example.com")))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let created = app.return_job(&id, &config).await;
    let (status, done) = app
        .bind_with(
            support::begin_link(created["credential_binding_link"].as_str().unwrap()),
            &mut device,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let cookie = sign_in(app, &mut device).await;
    (id, cookie, device)
}

async fn sign_in(app: &TestApp, device: &mut SoftPasskey) -> String {
    let (_, begun) = app.post("/signin/begin", json!({})).await;
    let answer = device
        .authenticate(PUBLIC_URL, &begun["public_key"])
        .await
        .unwrap();
    let req = Request::builder()
        .method("POST")
        .uri("/signin/finish")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"ceremony_id": begun["ceremony_id"], "credential": answer}).to_string(),
        ))
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

/// Registers an application; returns the whole answer.
async fn application(app: &TestApp, config: Value) -> Value {
    let mut body = json!({"application": {"display_name": "Wiki", "protocol_config": {
        "type": "oidc", "redirect_uris": [REDIRECT], "post_logout_redirect_uris": ["https://app.example.com/bye"],
        "allowed_scopes": ["openid", "profile", "email", "groups", "offline_access"]}}});
    merge(&mut body["application"], config);
    let (status, created) = app
        .call("POST", &app.realm_path("/applications"), &app.admin, Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    created
}

fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                merge(a.entry(k).or_insert(Value::Null), v);
            }
        }
        (slot, v) => *slot = v,
    }
}

fn authorize_uri(app: &TestApp, client_id: &str, extra: &[(&str, &str)]) -> String {
    let challenge = challenge();
    let defaults = [
        ("client_id", client_id),
        ("redirect_uri", REDIRECT),
        ("response_type", "code"),
        ("scope", "openid profile email groups offline_access"),
        ("state", "st-1"),
        ("nonce", "n-1"),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    // What `extra` names replaces the default.
    for (k, v) in defaults
        .iter()
        .filter(|(k, _)| !extra.iter().any(|(e, _)| e == k))
    {
        q.append_pair(k, v);
    }
    for (k, v) in extra {
        q.append_pair(k, v);
    }
    format!("/realms/{}/authorize?{}", app.realm_id, q.finish())
}

/// A JSON string's text.
fn text(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_owned()
}

/// The realm's discovery document.
async fn discovery(app: &TestApp) -> Value {
    let uri = format!("/realms/{}/.well-known/openid-configuration", app.realm_id);
    send(app, "GET", &uri, &[], None).await.json()
}

fn basic(client_id: &str, secret: &str) -> String {
    format!("Basic {}", STANDARD.encode(format!("{client_id}:{secret}")))
}

/// A registered application's client id, and its HTTP Basic credentials.
fn client_of(created: &Value) -> (String, String) {
    let client_id = text(&created["protocol_config"]["client_id"]);
    let auth = basic(
        &client_id,
        created["protocol_config"]["client_secret"].as_str().unwrap(),
    );
    (client_id, auth)
}

/// Runs the flow through consent; returns the code.
async fn code_for(app: &TestApp, cookie: &str, client_id: &str) -> String {
    code_for_with(app, cookie, client_id, &[]).await
}

/// [`code_for`], with `extra` authorization parameters.
async fn code_for_with(app: &TestApp, cookie: &str, client_id: &str, extra: &[(&str, &str)]) -> String {
    let started = send(
        app,
        "GET",
        &authorize_uri(app, client_id, extra),
        &[("cookie", cookie)],
        None,
    )
    .await;
    let answered = if started.status == StatusCode::OK && started.text.contains("Allow") {
        let request = started
            .text
            .split("name=\"request\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let uri = format!("/realms/{}/authorize/consent", app.realm_id);
        send(
            app,
            "POST",
            &uri,
            &[("cookie", cookie)],
            Some(&[("request", &request), ("decision", "allow")]),
        )
        .await
    } else {
        started
    };
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.text);
    let params = answered.redirect_params();
    assert_eq!(params["state"], "st-1");
    assert_eq!(params["iss"], format!("{PUBLIC_URL}/realms/{}", app.realm_id));
    params["code"].clone()
}

async fn exchange(app: &TestApp, auth: &str, code: &str) -> Answer {
    let uri = format!("/realms/{}/token", app.realm_id);
    send(
        app,
        "POST",
        &uri,
        &[("authorization", auth)],
        Some(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
        ]),
    )
    .await
}

async fn refresh(app: &TestApp, auth: &str, token: &str) -> Answer {
    let uri = format!("/realms/{}/token", app.realm_id);
    send(
        app,
        "POST",
        &uri,
        &[("authorization", auth)],
        Some(&[("grant_type", "refresh_token"), ("refresh_token", token)]),
    )
    .await
}

fn claims(id_token: &str) -> Value {
    let payload = id_token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

#[tokio::test]
async fn an_application_signs_a_person_in_with_the_code_flow_and_every_token_works_once() {
    for app in apps().await {
        let (identity_id, cookie, _) = signed_in(&app, "ann").await;
        let created = application(&app, json!({})).await;
        let client_id = text(&created["protocol_config"]["client_id"]);
        let secret = text(&created["protocol_config"]["client_secret"]);
        let (_, listed) = app
            .call(
                "GET",
                &app.realm_path(&format!("/applications/{}", created["id"].as_str().unwrap())),
                &app.admin,
                None,
            )
            .await;
        assert!(
            listed["protocol_config"].get("client_secret").is_none(),
            "the secret is shown once: {listed}"
        );

        let discovery = discovery(&app).await;
        assert_eq!(
            discovery["issuer"],
            format!("{PUBLIC_URL}/realms/{}", app.realm_id)
        );
        assert_eq!(discovery["code_challenge_methods_supported"], json!(["S256"]));
        let jwks = send(&app, "GET", &format!("/realms/{}/jwks", app.realm_id), &[], None)
            .await
            .json();
        let algs: Vec<&str> = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["alg"].as_str().unwrap())
            .collect();
        assert_eq!(algs, ["RS256", "ES256", "EdDSA"], "{}", app.backend);

        let code = code_for(&app, &cookie, &client_id).await;
        let auth = basic(&client_id, &secret);
        let tokens = exchange(&app, &auth, &code).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.text);
        let tokens = tokens.json();
        let id = claims(tokens["id_token"].as_str().unwrap());
        assert_eq!(id["sub"], identity_id.as_str());
        assert_eq!(id["aud"], client_id.as_str());
        assert_eq!(id["nonce"], "n-1");
        // The software authenticator's passkeys may sync (backup eligible): `swk`.
        assert_eq!(id["amr"], json!(["swk", "user"]));
        assert_eq!(id["acr"], "phr");
        assert_eq!(id["email"], "ann@example.com");
        assert!(id["auth_time"].is_i64() && id["at_hash"].is_string());

        // The second use of the code fails and takes back what the first got.
        let again = exchange(&app, &auth, &code).await;
        assert_eq!(
            (again.status, again.json()["error"].clone()),
            (StatusCode::BAD_REQUEST, json!("invalid_grant"))
        );
        let userinfo_uri = format!("/realms/{}/userinfo", app.realm_id);
        let bearer = format!("Bearer {}", tokens["access_token"].as_str().unwrap());
        let info = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None).await;
        assert_eq!(
            info.status,
            StatusCode::UNAUTHORIZED,
            "the reused code revoked the access token"
        );

        // A fresh code: userinfo, refresh rotation, family revocation on reuse.
        let code = code_for(&app, &cookie, &client_id).await;
        let tokens = exchange(&app, &auth, &code).await.json();
        let bearer = format!("Bearer {}", tokens["access_token"].as_str().unwrap());
        let info = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None)
            .await
            .json();
        assert_eq!(info["sub"], identity_id.as_str());
        assert_eq!(info["preferred_username"], "ann");
        assert_eq!(info["groups"], json!([]));
        let first_refresh = tokens["refresh_token"].as_str().unwrap().to_owned();
        let rotated = refresh(&app, &auth, &first_refresh).await;
        assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.text);
        let rotated = rotated.json();
        assert_ne!(rotated["refresh_token"], first_refresh.as_str());
        // Within the grace period the client (another of its workers) presenting the token
        // just replaced gets a new access token and the same successor.
        let again = refresh(&app, &auth, &first_refresh).await;
        assert_eq!(again.status, StatusCode::OK, "{}", again.text);
        assert_eq!(again.json()["refresh_token"], rotated["refresh_token"]);
        assert_ne!(again.json()["access_token"], rotated["access_token"]);
        // After it, reuse revokes the family.
        app.clock.advance(time::Duration::seconds(11));
        let reused = refresh(&app, &auth, &first_refresh).await;
        assert_eq!(reused.json()["error"], "invalid_grant");
        let after = refresh(&app, &auth, rotated["refresh_token"].as_str().unwrap()).await;
        assert_eq!(
            after.status,
            StatusCode::BAD_REQUEST,
            "the family was revoked: {}",
            after.text
        );

        // Introspection and revocation.
        let code = code_for(&app, &cookie, &client_id).await;
        let tokens = exchange(&app, &auth, &code).await.json();
        let access = tokens["access_token"].as_str().unwrap();
        let introspect_uri = format!("/realms/{}/introspect", app.realm_id);
        let active = send(
            &app,
            "POST",
            &introspect_uri,
            &[("authorization", &auth)],
            Some(&[("token", access)]),
        )
        .await
        .json();
        assert_eq!(
            (active["active"].clone(), active["sub"].clone()),
            (json!(true), json!(identity_id))
        );
        let revoke_uri = format!("/realms/{}/revoke", app.realm_id);
        let revoked = send(
            &app,
            "POST",
            &revoke_uri,
            &[("authorization", &auth)],
            Some(&[("token", access)]),
        )
        .await;
        assert_eq!(revoked.status, StatusCode::OK);
        let inactive = send(
            &app,
            "POST",
            &introspect_uri,
            &[("authorization", &auth)],
            Some(&[("token", access)]),
        )
        .await
        .json();
        assert_eq!(inactive, json!({"active": false}));

        // A wrong secret, or a public client's method, is refused.
        let bad = exchange(&app, &basic(&client_id, "not-the-secret"), "x").await;
        assert_eq!(
            (bad.status, bad.json()["error"].clone()),
            (StatusCode::UNAUTHORIZED, json!("invalid_client"))
        );
    }
}

#[tokio::test]
async fn a_code_works_for_sixty_seconds_for_its_client_redirect_and_verifier_only() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "bo").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let other = application(&app, json!({"display_name": "Other"})).await;
        let other_auth = basic(
            other["protocol_config"]["client_id"].as_str().unwrap(),
            other["protocol_config"]["client_secret"].as_str().unwrap(),
        );

        let code = code_for(&app, &cookie, &client_id).await;
        app.clock.advance(time::Duration::seconds(61));
        assert_eq!(
            exchange(&app, &auth, &code).await.json()["error"],
            "invalid_grant",
            "expired"
        );

        let code = code_for(&app, &cookie, &client_id).await;
        assert_eq!(
            exchange(&app, &other_auth, &code).await.json()["error"],
            "invalid_grant",
            "another client"
        );

        let code = code_for(&app, &cookie, &client_id).await;
        let uri = format!("/realms/{}/token", app.realm_id);
        let wrong_verifier = send(
            &app,
            "POST",
            &uri,
            &[("authorization", &auth)],
            Some(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", "x".repeat(50).as_str()),
            ]),
        )
        .await;
        assert_eq!(wrong_verifier.json()["error"], "invalid_grant");

        let code = code_for(&app, &cookie, &client_id).await;
        let wrong_redirect = send(
            &app,
            "POST",
            &uri,
            &[("authorization", &auth)],
            Some(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", "https://app.example.com/other"),
                ("code_verifier", VERIFIER),
            ]),
        )
        .await;
        assert_eq!(wrong_redirect.json()["error"], "invalid_grant");

        // plain PKCE is refused, back at the application.
        let plain = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("code_challenge_method", "plain")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert_eq!(plain.redirect_params()["error"], "invalid_request");
    }
}

/// A code works once however many race for it. A refresh token rotates once: fifty workers of
/// one client presenting it at once (as Apache's do when a token expires) all get the same
/// successor within the grace period, and the family stands.
#[tokio::test]
async fn fifty_parallel_redemptions_of_a_code_succeed_once_and_of_a_refresh_token_rotate_once() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "cy").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let code = code_for(&app, &cookie, &client_id).await;
        let results = join_all((0..50).map(|_| exchange(&app, &auth, &code)).collect()).await;
        let ok = results.iter().filter(|a| a.status == StatusCode::OK).count();
        assert_eq!(ok, 1, "{}: one of 50 redemptions of a code", app.backend);

        let code = code_for(&app, &cookie, &client_id).await;
        let refresh_token = exchange(&app, &auth, &code).await.json()["refresh_token"]
            .as_str()
            .unwrap()
            .to_owned();
        let results = join_all((0..50).map(|_| refresh(&app, &auth, &refresh_token)).collect()).await;
        let successors: std::collections::BTreeSet<String> = results
            .iter()
            .map(|a| {
                assert_eq!(a.status, StatusCode::OK, "{}: {}", app.backend, a.text);
                a.json()["refresh_token"].as_str().unwrap().to_owned()
            })
            .collect();
        assert_eq!(successors.len(), 1, "{}: one successor for 50 uses", app.backend);
        let successor = successors.into_iter().next().unwrap();
        let next = refresh(&app, &auth, &successor).await;
        assert_eq!(
            next.status,
            StatusCode::OK,
            "{}: the family stands: {}",
            app.backend,
            next.text
        );
    }
}

/// Polls all of `futs` together, so that the store sees them at once.
async fn join_all<Fut: std::future::Future<Output = Answer>>(futs: Vec<Fut>) -> Vec<Answer> {
    let mut pinned: Vec<std::pin::Pin<Box<Fut>>> = futs.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<Answer>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if results[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => results[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    results.into_iter().map(Option::unwrap).collect()
}

#[tokio::test]
async fn suspended_people_and_people_outside_the_allowed_groups_get_no_code_and_no_token() {
    for app in apps().await {
        let (identity_id, cookie, mut device) = signed_in(&app, "di").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let code = code_for(&app, &cookie, &client_id).await;
        let tokens = exchange(&app, &auth, &code).await.json();

        app.set_status(&identity_id, "suspended").await;
        let refused = refresh(&app, &auth, tokens["refresh_token"].as_str().unwrap()).await;
        assert_eq!(refused.json()["error"], "invalid_grant", "{}", refused.text);
        let bearer = format!("Bearer {}", tokens["access_token"].as_str().unwrap());
        let info = send(
            &app,
            "GET",
            &format!("/realms/{}/userinfo", app.realm_id),
            &[("authorization", &bearer)],
            None,
        )
        .await;
        assert_eq!(info.status, StatusCode::UNAUTHORIZED);
        app.set_status(&identity_id, "active").await;
        let refused = refresh(&app, &auth, tokens["refresh_token"].as_str().unwrap()).await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "revoked for good, not only while suspended"
        );

        // Limited to a group the person is not in: a refusal page, no code.
        let (_, group) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(json!({"group": {"display_name": "Staff"}})),
            )
            .await;
        let limited = application(
            &app,
            json!({"display_name": "Payroll", "allowed_group_ids": [group["id"]], "skip_consent": true}),
        )
        .await;
        let limited_id = limited["protocol_config"]["client_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let cookie = sign_in(&app, &mut device).await;
        let page = send(
            &app,
            "GET",
            &authorize_uri(&app, &limited_id, &[]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert_eq!(
            (page.status, page.location.clone()),
            (StatusCode::BAD_REQUEST, None)
        );
        assert!(page.text.contains("does not have access"), "{}", page.text);
        let uri = app.realm_path(&format!("/groups/{}:addMembers", group["id"].as_str().unwrap()));
        let (status, _) = app
            .call(
                "POST",
                &uri,
                &app.admin,
                Some(json!({"identity_ids": [identity_id]})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let allowed = send(
            &app,
            "GET",
            &authorize_uri(&app, &limited_id, &[]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert!(
            allowed.redirect_params().contains_key("code"),
            "a member signs in without a consent screen"
        );
    }
}

#[tokio::test]
async fn redirect_uris_match_exactly_and_a_mismatch_never_redirects() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "ed").await;
        let created = application(
            &app,
            json!({"protocol_config": {"redirect_uris": [REDIRECT, "http://127.0.0.1/cb"]}}),
        )
        .await;
        let client_id = text(&created["protocol_config"]["client_id"]);
        let refused = [
            "https://evil.com/callback",
            "https://app.example.com.evil.com/callback",
            "https://app.example.com@evil.com/callback",
            "https://evil.com@app.example.com/callback",
            "http://app.example.com/callback",
            "https://app.example.com:8443/callback",
            "https://app.example.com/callback/../admin",
            "https://app.example.com/callback/%2e%2e/admin",
            "https://app.example.com/callback?next=https://evil.com",
            "https://app.example.com/callback#frag",
            "https://app.example.com/callback/",
            "https://app.example.com/Callback",
            "https://APP.example.com/callback",
            "https://app.example.com/callbackx",
            "https://app.example.com",
            "http://localhost:x@evil.com/cb",
            "http://127.0.0.1:8080@evil.com/cb",
            "http://127.0.0.1.evil.com/cb",
            "http://127.0.0.1:8080/cb2",
            "https://127.0.0.1/cb",
            "javascript:alert(1)//app.example.com/callback",
            "data:text/html,hi",
            "//evil.com/callback",
            "https://app.example.com\\@evil.com/callback",
            "",
        ];
        for uri in refused {
            let mut q = url::form_urlencoded::Serializer::new(String::new());
            q.append_pair("client_id", &client_id)
                .append_pair("redirect_uri", uri)
                .append_pair("response_type", "code")
                .append_pair("scope", "openid")
                .append_pair("code_challenge", &challenge())
                .append_pair("code_challenge_method", "S256");
            let page = send(
                &app,
                "GET",
                &format!("/realms/{}/authorize?{}", app.realm_id, q.finish()),
                &[("cookie", &cookie)],
                None,
            )
            .await;
            assert_eq!(
                (page.status, page.location.clone()),
                (StatusCode::BAD_REQUEST, None),
                "{uri}"
            );
        }
        // RFC 8252: a loopback redirect URI matches on any port.
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("client_id", &client_id)
            .append_pair("redirect_uri", "http://127.0.0.1:53412/cb")
            .append_pair("response_type", "code")
            .append_pair("scope", "openid")
            .append_pair("code_challenge", &challenge())
            .append_pair("code_challenge_method", "S256");
        let ok = send(
            &app,
            "GET",
            &format!("/realms/{}/authorize?{}", app.realm_id, q.finish()),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert_eq!(
            ok.status,
            StatusCode::OK,
            "consent for the loopback URI: {}",
            ok.text
        );

        // Wildcards are refused when registered, naming the field.
        let (status, body) = app
            .call(
                "POST",
                &app.realm_path("/applications"),
                &app.admin,
                Some(json!({"application": {
            "display_name": "Bad", "protocol_config": {"redirect_uris": ["https://*.example.com/cb"]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body["details"][0]["field_violations"][0]["field"],
            "application.protocol_config.redirect_uris[0]",
            "{body}"
        );
    }
}

#[tokio::test]
async fn prompt_max_age_and_sign_in_send_people_through_the_login_page() {
    for app in apps().await {
        let (_, cookie, mut device) = signed_in(&app, "fay").await;
        let created = application(&app, json!({"skip_consent": true})).await;
        let client_id = text(&created["protocol_config"]["client_id"]);
        let none = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("prompt", "none")]),
            &[],
            None,
        )
        .await;
        assert_eq!(none.redirect_params()["error"], "login_required");

        // Without a session: to /login, then back to the request, which then answers with a code.
        let to_login = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("login_hint", "fay")]),
            &[],
            None,
        )
        .await;
        let login = to_login.location.clone().unwrap();
        assert!(login.starts_with("/login?next="), "{login}");
        let next: HashMap<String, String> = url::Url::parse(&format!("{PUBLIC_URL}{login}"))
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect();
        assert_eq!(next["login_hint"], "fay");
        let page = send(&app, "GET", &login, &[], None).await;
        assert!(page.text.contains("value=\"fay\""), "the hint fills the username");
        let fresh = sign_in(&app, &mut device).await;
        let back = send(&app, "GET", &next["next"], &[("cookie", &fresh)], None).await;
        assert!(back.redirect_params().contains_key("code"));
        let twice = send(&app, "GET", &next["next"], &[("cookie", &fresh)], None).await;
        assert_eq!(
            twice.status,
            StatusCode::BAD_REQUEST,
            "a request is answered once"
        );

        // prompt=login and an exceeded max_age ask for a new sign-in even with a session.
        let again = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("prompt", "login")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        let confirm = again.location.unwrap();
        assert!(
            confirm.starts_with("/login?") && confirm.contains("reauthenticate=1"),
            "{confirm}"
        );
        // The signed-in person is asked to confirm it is them, by name.
        let page = send(&app, "GET", &confirm, &[("cookie", &cookie)], None).await;
        assert!(page.text.contains("Confirm it’s you"), "{}", page.text);
        assert!(
            page.text.contains("You are signed in as fay Example"),
            "{}",
            page.text
        );
        assert!(
            !to_login.location.unwrap().contains("reauthenticate"),
            "not without a session"
        );
        app.clock.advance(time::Duration::seconds(120));
        let old = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("max_age", "60")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert!(old.location.unwrap().starts_with("/login?"));
        let recent = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("max_age", "600")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert!(recent.redirect_params().contains_key("code"));
        let form_post = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("response_mode", "form_post")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert!(
            form_post.text.contains(&format!("action=\"{REDIRECT}\""))
                && form_post.text.contains("name=\"code\""),
            "{}",
            form_post.text
        );
    }
}

#[tokio::test]
async fn client_credentials_logout_and_a_rotated_key() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "gus").await;
        let created = application(
            &app,
            json!({"protocol_config": {"token_endpoint_auth_method": "client_secret_post",
                "grant_types": ["authorization_code", "refresh_token", "client_credentials"]}}),
        )
        .await;
        let client_id = text(&created["protocol_config"]["client_id"]);
        let secret = text(&created["protocol_config"]["client_secret"]);
        let uri = format!("/realms/{}/token", app.realm_id);
        let cc = send(
            &app,
            "POST",
            &uri,
            &[],
            Some(&[
                ("grant_type", "client_credentials"),
                ("client_id", &client_id),
                ("client_secret", &secret),
                ("scope", "profile"),
            ]),
        )
        .await;
        assert_eq!(cc.status, StatusCode::OK, "{}", cc.text);
        assert!(cc.json().get("id_token").is_none() && cc.json().get("refresh_token").is_none());

        let code = code_for(&app, &cookie, &client_id).await;
        let tokens = send(
            &app,
            "POST",
            &uri,
            &[],
            Some(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", VERIFIER),
                ("client_id", &client_id),
                ("client_secret", &secret),
            ]),
        )
        .await
        .json();
        let id_token = tokens["id_token"].as_str().unwrap().to_owned();

        // Rotation: the old key stays published, so the token signed before still verifies.
        let keys_before = keybound_app::oidc::keys::all(&app.state).await.unwrap();
        keybound_app::oidc::keys::rotate(&app.state, false).await.unwrap();
        let keys_after = keybound_app::oidc::keys::all(&app.state).await.unwrap();
        assert!(keybound_app::oidc::keys::verify(&keys_after, &id_token).is_some());
        let jwks = send(&app, "GET", &format!("/realms/{}/jwks", app.realm_id), &[], None)
            .await
            .json();
        assert_eq!(
            jwks["keys"].as_array().unwrap().len(),
            6,
            "old and next keys published"
        );
        let (signing, _) =
            keybound_app::oidc::keys::signing_key(&app.state, keybound_core::application::SigningAlg::Rs256)
                .await
                .unwrap();
        assert!(
            keys_before.iter().any(|k| k.kid == signing.kid),
            "the next key does not sign before its hour"
        );
        app.clock.advance(time::Duration::hours(2));
        let (signing, _) =
            keybound_app::oidc::keys::signing_key(&app.state, keybound_core::application::SigningAlg::Rs256)
                .await
                .unwrap();
        assert!(!keys_before.iter().any(|k| k.kid == signing.kid), "then it does");

        // RP-initiated logout with the ID token: signed out, sent back with state, tokens dead.
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("id_token_hint", &id_token)
            .append_pair("post_logout_redirect_uri", "https://app.example.com/bye")
            .append_pair("state", "s9");
        let end = format!("/realms/{}/end_session?{}", app.realm_id, q.finish());
        let out = send(&app, "GET", &end, &[("cookie", &cookie)], None).await;
        assert_eq!(
            out.location.as_deref(),
            Some("https://app.example.com/bye?state=s9"),
            "{}",
            out.text
        );
        assert!(out.set_cookie.is_some());
        let me = send(&app, "GET", "/account/me", &[("cookie", &cookie)], None).await;
        assert_eq!(me.status, StatusCode::UNAUTHORIZED, "the session is over");
        let refreshed = send(
            &app,
            "POST",
            &uri,
            &[],
            Some(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
                ("client_id", &client_id),
                ("client_secret", &secret),
            ]),
        )
        .await;
        assert_eq!(
            refreshed.status,
            StatusCode::BAD_REQUEST,
            "tokens of the session ended with it"
        );
        // An unregistered post-logout URI is refused without a redirect.
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("id_token_hint", &id_token)
            .append_pair("post_logout_redirect_uri", "https://evil.com/");
        let refused = send(
            &app,
            "GET",
            &format!("/realms/{}/end_session?{}", app.realm_id, q.finish()),
            &[],
            None,
        )
        .await;
        assert_eq!(
            (refused.status, refused.location),
            (StatusCode::BAD_REQUEST, None)
        );
    }
}

#[tokio::test]
async fn a_flow_begun_on_one_replica_finishes_on_another_and_people_remove_an_apps_access() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "hal").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let other = app.replica().await;
        // The request is stored by this replica, consented to on the other, redeemed on the first.
        let started = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        let request = started
            .text
            .split("name=\"request\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let uri = format!("/realms/{}/authorize/consent", app.realm_id);
        let answered = send_to(
            &other,
            "POST",
            &uri,
            &[("cookie", &cookie)],
            Some(&[("request", request.as_str()), ("decision", "allow")]),
        )
        .await;
        let code = answered.redirect_params()["code"].clone();
        let tokens = exchange(&app, &auth, &code).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}: {}", app.backend, tokens.text);
        let token_uri = format!("/realms/{}/token", app.realm_id);
        let refresh_token = tokens.json()["refresh_token"].as_str().unwrap().to_owned();
        let rotated = send_to(
            &other,
            "POST",
            &token_uri,
            &[("authorization", &auth)],
            Some(&[("grant_type", "refresh_token"), ("refresh_token", &refresh_token)]),
        )
        .await;
        assert_eq!(rotated.status, StatusCode::OK, "refreshed on the other replica");

        // The account page lists the application; removing its access ends its tokens.
        let page = send(&app, "GET", "/account", &[("cookie", &cookie)], None).await;
        assert!(
            page.text.contains("data-unlink") && page.text.contains("Wiki"),
            "{}",
            page.text
        );
        let removed = send(
            &app,
            "DELETE",
            &format!("/account/applications/{}", created["id"].as_str().unwrap()),
            &[("cookie", &cookie), ("content-type", "application/json")],
            None,
        )
        .await;
        assert_eq!(removed.status, StatusCode::OK, "{}", removed.text);
        let refused = refresh(&app, &auth, rotated.json()["refresh_token"].as_str().unwrap()).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        let asks_again = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert!(asks_again.text.contains("Allow Wiki"), "consent is asked again");
    }
}

/// Accepts HTTP requests on a loopback port and gives back each body.
fn one_request() -> (u16, std::sync::mpsc::Receiver<String>) {
    one_request_answering("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".into())
}

/// [`one_request`], answering each with `answer`.
fn one_request_answering(answer: String) -> (u16, std::sync::mpsc::Receiver<String>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            if let Some(body) = read_request(&mut stream.unwrap(), &answer) {
                let _ = tx.send(body);
            }
        }
    });
    (port, rx)
}

/// Reads one request from `stream`, answers it with `answer` and gives back its body.
fn read_request(stream: &mut (impl std::io::Read + std::io::Write), answer: &str) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).ok().filter(|n| *n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf).into_owned();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap())
                })
                .unwrap_or(0);
            if body.len() >= length {
                stream.write_all(answer.as_bytes()).ok()?;
                return Some(body.to_owned());
            }
        }
    }
}

/// How a person's session ends in the back-channel test.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ending {
    /// They sign out.
    SignOut,
    /// An admin suspends them: every session ends.
    Suspension,
}

#[tokio::test]
async fn signing_out_or_being_suspended_sends_a_logout_token_to_apps_that_registered_a_back_channel() {
    for app in apps().await {
        let app = app.calling_loopback();
        // An application that skips the consent screen is told too.
        for (ending, username, skip_consent) in [
            (Ending::SignOut, "ivy", false),
            (Ending::Suspension, "ike", false),
            (Ending::SignOut, "ida", true),
            (Ending::Suspension, "ian", true),
        ] {
            back_channel_logout(&app, ending, username, skip_consent).await;
        }
    }
}

async fn back_channel_logout(app: &TestApp, ending: Ending, username: &str, skip_consent: bool) {
    let (identity_id, cookie, _) = signed_in(app, username).await;
    let (port, received) = one_request();
    let created = application(
        app,
        json!({"skip_consent": skip_consent,
               "protocol_config": {"backchannel_logout_uri": format!("http://127.0.0.1:{port}/bc")}}),
    )
    .await;
    let (client_id, auth) = client_of(&created);
    let code = code_for(app, &cookie, &client_id).await;
    let id_token = exchange(app, &auth, &code).await.json()["id_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let sid = claims(&id_token)["sid"].as_str().unwrap().to_owned();

    match ending {
        Ending::SignOut => {
            let out = send(
                app,
                "POST",
                "/signout",
                &[("cookie", &cookie), ("content-type", "application/json")],
                None,
            )
            .await;
            assert_eq!(out.status, StatusCode::OK, "{}", out.text);
        }
        Ending::Suspension => app.set_status(&identity_id, "suspended").await,
    }
    let delivered = keybound_app::oidc::logout::deliver_due(&app.state).await.unwrap();
    assert_eq!(delivered, 1, "{} {ending:?}", app.backend);
    let body = received.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
    let token: String = url::form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == "logout_token")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    let keys = keybound_app::oidc::keys::all(&app.state).await.unwrap();
    let logout = keybound_app::oidc::keys::verify(&keys, &token).expect("signed by a published key");
    assert_eq!(logout["sub"], identity_id.as_str());
    // Both name the session, as its ID tokens did, so an app that keeps sessions by `sid`
    // finds it.
    assert_eq!(logout["sid"], sid.as_str(), "{ending:?}");
    assert_eq!(logout["aud"], client_id.as_str());
    assert!(logout["events"]
        .get("http://schemas.openid.net/event/backchannel-logout")
        .is_some());
    assert!(logout.get("nonce").is_none());
    assert_eq!(
        keybound_app::oidc::logout::deliver_due(&app.state).await.unwrap(),
        0,
        "delivered once"
    );
}

#[tokio::test]
async fn back_channel_addresses_off_the_internet_are_refused_unless_the_operator_allows_them() {
    for app in apps().await {
        for uri in [
            "http://127.0.0.1:9/bc",
            "https://localhost/bc",
            "https://[::1]/bc",
            "https://169.254.169.254/latest/meta-data",
            "https://10.0.0.7/bc",
            "https://192.168.1.2/bc",
            "https://100.64.0.1/bc",
            "https://[fd00::1]/bc",
            "https://[::ffff:172.16.0.1]/bc",
        ] {
            let (status, body) = app
                .call(
                    "POST",
                    &app.realm_path("/applications"),
                    &app.admin,
                    Some(
                        json!({"application": {"display_name": "Inside", "protocol_config": {
                        "redirect_uris": [REDIRECT], "backchannel_logout_uri": uri}}}),
                    ),
                )
                .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
            assert_eq!(
                body["details"][0]["field_violations"][0]["field"],
                "application.protocol_config.backchannel_logout_uri",
                "{body}"
            );
        }
        let (_, list) = app
            .call("GET", &app.realm_path("/applications"), &app.admin, None)
            .await;
        assert_eq!(list["total_size"], 0, "nothing registered: {list}");

        // Allowed by the operator (a single-machine setup), registered; sending follows the
        // rule in force when it sends.
        let strict = app.state.clone();
        let app = app.calling_loopback();
        let (identity_id, cookie, _) = signed_in(&app, "kit").await;
        let (port, received) = one_request();
        let created = application(
            &app,
            json!({"protocol_config": {"backchannel_logout_uri": format!("http://127.0.0.1:{port}/bc")}}),
        )
        .await;
        let (client_id, auth) = client_of(&created);
        let code = code_for(&app, &cookie, &client_id).await;
        exchange(&app, &auth, &code).await;
        app.set_status(&identity_id, "suspended").await;
        let delivered = keybound_app::oidc::logout::deliver_due(&strict).await.unwrap();
        assert_eq!(
            delivered, 0,
            "{}: sent to loopback without the operator's leave",
            app.backend
        );
        assert!(received
            .recv_timeout(std::time::Duration::from_millis(300))
            .is_err());
    }
}

#[tokio::test]
async fn a_back_channel_redirect_is_not_followed() {
    for app in apps().await {
        let app = app.calling_loopback();
        let (elsewhere, reached) = one_request();
        let (port, redirected) = one_request_answering(format!(
            "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{elsewhere}/steal\r\nContent-Length: 0\r\n\r\n"
        ));
        let (identity_id, cookie, _) = signed_in(&app, "rex").await;
        let created = application(
            &app,
            json!({"protocol_config": {"backchannel_logout_uri": format!("http://127.0.0.1:{port}/bc")}}),
        )
        .await;
        let (client_id, auth) = client_of(&created);
        let code = code_for(&app, &cookie, &client_id).await;
        exchange(&app, &auth, &code).await;
        app.set_status(&identity_id, "suspended").await;
        let delivered = keybound_app::oidc::logout::deliver_due(&app.state).await.unwrap();
        assert_eq!(delivered, 0, "{}: a redirect is not a delivery", app.backend);
        assert!(redirected.recv_timeout(std::time::Duration::from_secs(5)).is_ok());
        assert!(
            reached
                .recv_timeout(std::time::Duration::from_millis(500))
                .is_err(),
            "{}: the redirect was followed",
            app.backend
        );
    }
}

/// A certificate authority and a certificate it issued for 127.0.0.1: (CA PEM, certificate,
/// key).
fn test_ca_and_server_certificate() -> (
    Vec<u8>,
    openssl::x509::X509,
    openssl::pkey::PKey<openssl::pkey::Private>,
) {
    use openssl::asn1::Asn1Time;
    use openssl::bn::BigNum;
    use openssl::ec::{EcGroup, EcKey};
    use openssl::hash::MessageDigest;
    use openssl::nid::Nid;
    use openssl::pkey::PKey;
    use openssl::x509::extension::{BasicConstraints, SubjectAlternativeName};
    use openssl::x509::{X509NameBuilder, X509};
    let key = || {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        PKey::from_ec_key(EcKey::generate(&group).unwrap()).unwrap()
    };
    let name = |cn: &str| {
        let mut name = X509NameBuilder::new().unwrap();
        name.append_entry_by_nid(Nid::COMMONNAME, cn).unwrap();
        name.build()
    };
    let (ca_key, server_key) = (key(), key());
    let mut ca = X509::builder().unwrap();
    ca.set_version(2).unwrap();
    ca.set_serial_number(&BigNum::from_u32(1).unwrap().to_asn1_integer().unwrap())
        .unwrap();
    ca.set_subject_name(&name("Keybound test CA")).unwrap();
    ca.set_issuer_name(&name("Keybound test CA")).unwrap();
    ca.set_pubkey(&ca_key).unwrap();
    ca.set_not_before(&Asn1Time::days_from_now(0).unwrap()).unwrap();
    ca.set_not_after(&Asn1Time::days_from_now(2).unwrap()).unwrap();
    ca.append_extension(BasicConstraints::new().critical().ca().build().unwrap())
        .unwrap();
    ca.sign(&ca_key, MessageDigest::sha256()).unwrap();
    let ca = ca.build();
    let mut cert = X509::builder().unwrap();
    cert.set_version(2).unwrap();
    cert.set_serial_number(&BigNum::from_u32(2).unwrap().to_asn1_integer().unwrap())
        .unwrap();
    cert.set_subject_name(&name("127.0.0.1")).unwrap();
    cert.set_issuer_name(ca.subject_name()).unwrap();
    cert.set_pubkey(&server_key).unwrap();
    cert.set_not_before(&Asn1Time::days_from_now(0).unwrap()).unwrap();
    cert.set_not_after(&Asn1Time::days_from_now(2).unwrap()).unwrap();
    let san = SubjectAlternativeName::new()
        .ip("127.0.0.1")
        .build(&cert.x509v3_context(Some(&ca), None))
        .unwrap();
    cert.append_extension(san).unwrap();
    cert.sign(&ca_key, MessageDigest::sha256()).unwrap();
    (ca.to_pem().unwrap(), cert.build(), server_key)
}

/// Accepts HTTPS requests on a loopback port with `cert`, answering 200, and gives back each
/// body (a handshake the client gives up on gives nothing).
fn https_receiver(
    cert: openssl::x509::X509,
    key: openssl::pkey::PKey<openssl::pkey::Private>,
) -> (u16, std::sync::mpsc::Receiver<String>) {
    use openssl::ssl::{SslAcceptor, SslMethod};
    let mut acceptor = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).unwrap();
    acceptor.set_certificate(&cert).unwrap();
    acceptor.set_private_key(&key).unwrap();
    let acceptor = acceptor.build();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = acceptor.accept(stream.unwrap()) else {
                continue;
            };
            if let Some(body) = read_request(&mut stream, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") {
                let _ = tx.send(body);
            }
        }
    });
    (port, rx)
}

#[tokio::test]
async fn back_channel_logout_reaches_an_https_application_whose_certificate_is_trusted() {
    let (ca_pem, cert, key) = test_ca_and_server_certificate();
    for app in apps().await {
        let loopback = keybound_core::net::Networks::parse("127.0.0.0/8").unwrap();
        let untrusting = app.state.clone();
        let app = app.calling(keybound_app::outbound::Outbound::new(loopback.clone()).trusting(&ca_pem));
        let mut untrusting = untrusting;
        untrusting.outbound = keybound_app::outbound::Outbound::new(loopback);
        let (port, received) = https_receiver(cert.clone(), key.clone());
        let (identity_id, cookie, _) = signed_in(&app, "tia").await;
        let created = application(
            &app,
            json!({"protocol_config": {"backchannel_logout_uri": format!("https://127.0.0.1:{port}/bc")}}),
        )
        .await;
        let (client_id, auth) = client_of(&created);
        let code = code_for(&app, &cookie, &client_id).await;
        exchange(&app, &auth, &code).await;
        app.set_status(&identity_id, "suspended").await;
        // A server that does not know the test CA refuses the certificate: nothing is sent.
        let refused = keybound_app::oidc::logout::deliver_due(&untrusting)
            .await
            .unwrap();
        assert_eq!(
            refused, 0,
            "{}: delivered over TLS to an unknown certificate",
            app.backend
        );
        assert!(received
            .recv_timeout(std::time::Duration::from_millis(300))
            .is_err());
        // The retry comes due; one that trusts the CA delivers.
        app.clock.advance(time::Duration::minutes(5));
        let delivered = keybound_app::oidc::logout::deliver_due(&app.state).await.unwrap();
        assert_eq!(delivered, 1, "{}", app.backend);
        let body = received.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
        assert!(body.starts_with("logout_token="), "{body}");
    }
}

#[tokio::test]
async fn a_code_dies_with_the_session_it_was_issued_from() {
    for app in apps().await {
        let (identity_id, cookie, mut device) = signed_in(&app, "cal").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let json_cookie = |cookie: &str| {
            [
                ("cookie", cookie.to_owned()),
                ("content-type", "application/json".into()),
            ]
        };

        // Signed out of this browser.
        let code = code_for(&app, &cookie, &client_id).await;
        let h = json_cookie(&cookie);
        let out = send(
            &app,
            "POST",
            "/signout",
            &[(h[0].0, &h[0].1), (h[1].0, &h[1].1)],
            None,
        )
        .await;
        assert_eq!(out.status, StatusCode::OK, "{}", out.text);
        let refused = exchange(&app, &auth, &code).await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "{}: {}",
            app.backend,
            refused.text
        );
        assert_eq!(refused.json()["error"], "invalid_grant");

        // Signed out everywhere.
        let cookie = sign_in(&app, &mut device).await;
        let code = code_for(&app, &cookie, &client_id).await;
        let h = json_cookie(&cookie);
        let out = send(
            &app,
            "DELETE",
            "/account/sessions",
            &[(h[0].0, &h[0].1), (h[1].0, &h[1].1)],
            None,
        )
        .await;
        assert!(out.status.is_success(), "{}", out.text);
        assert_eq!(
            exchange(&app, &auth, &code).await.json()["error"],
            "invalid_grant"
        );

        // Suspended, then resumed before the code was used.
        let cookie = sign_in(&app, &mut device).await;
        let code = code_for(&app, &cookie, &client_id).await;
        app.set_status(&identity_id, "suspended").await;
        app.set_status(&identity_id, "active").await;
        assert_eq!(
            exchange(&app, &auth, &code).await.json()["error"],
            "invalid_grant"
        );

        // A code of a session that stands still works.
        let cookie = sign_in(&app, &mut device).await;
        let code = code_for(&app, &cookie, &client_id).await;
        let ok = exchange(&app, &auth, &code).await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
    }
}

#[tokio::test]
async fn ending_every_session_tells_each_application_once_per_session_with_its_sid() {
    for app in apps().await {
        let app = app.calling_loopback();
        let (identity_id, laptop_cookie, mut device) = signed_in(&app, "eve").await;
        let phone_cookie = sign_in(&app, &mut device).await;
        let (port, received) = one_request();
        let created = application(
            &app,
            json!({"protocol_config": {"backchannel_logout_uri": format!("http://127.0.0.1:{port}/bc")}}),
        )
        .await;
        let (client_id, auth) = client_of(&created);
        let mut sids = Vec::new();
        for cookie in [&laptop_cookie, &phone_cookie] {
            let code = code_for(&app, cookie, &client_id).await;
            let id_token = exchange(&app, &auth, &code).await.json()["id_token"]
                .as_str()
                .unwrap()
                .to_owned();
            sids.push(claims(&id_token)["sid"].as_str().unwrap().to_owned());
        }
        assert_ne!(sids[0], sids[1]);
        app.set_status(&identity_id, "suspended").await;
        let delivered = keybound_app::oidc::logout::deliver_due(&app.state).await.unwrap();
        assert_eq!(delivered, 2, "{}", app.backend);
        let keys = keybound_app::oidc::keys::all(&app.state).await.unwrap();
        let mut told = Vec::new();
        for _ in 0..2 {
            let body = received.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
            let token: String = url::form_urlencoded::parse(body.as_bytes())
                .find(|(k, _)| k == "logout_token")
                .map(|(_, v)| v.into_owned())
                .unwrap();
            let logout = keybound_app::oidc::keys::verify(&keys, &token).unwrap();
            assert_eq!(logout["sub"], identity_id.as_str());
            told.push(logout["sid"].as_str().unwrap().to_owned());
        }
        told.sort();
        sids.sort();
        assert_eq!(told, sids, "{}", app.backend);
    }
}

#[tokio::test]
async fn refresh_tokens_need_offline_access_and_a_token_carries_only_what_its_app_still_may() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "liv").await;
        let created = application(&app, json!({})).await;
        let id = created["id"].as_str().unwrap().to_owned();
        let (client_id, auth) = client_of(&created);
        let userinfo_uri = format!("/realms/{}/userinfo", app.realm_id);

        // Not asked for offline_access: no refresh token.
        let code = code_for_with(&app, &cookie, &client_id, &[("scope", "openid profile email")]).await;
        let tokens = exchange(&app, &auth, &code).await.json();
        assert!(tokens["access_token"].is_string(), "{tokens}");
        assert!(tokens.get("refresh_token").is_none(), "{}: {tokens}", app.backend);

        // Asked for: a refresh token, which may ask for fewer scopes (RFC 6749 section 6).
        let code = code_for(&app, &cookie, &client_id).await;
        let tokens = exchange(&app, &auth, &code).await.json();
        let refresh_token = tokens["refresh_token"].as_str().unwrap().to_owned();
        let uri = format!("/realms/{}/token", app.realm_id);
        let narrowed = send(
            &app,
            "POST",
            &uri,
            &[("authorization", &auth)],
            Some(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", &refresh_token),
                ("scope", "openid email"),
            ]),
        )
        .await;
        assert_eq!(narrowed.status, StatusCode::OK, "{}", narrowed.text);
        let narrowed = narrowed.json();
        assert_eq!(narrowed["scope"], "openid email");
        let bearer = format!("Bearer {}", narrowed["access_token"].as_str().unwrap());
        let info = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None)
            .await
            .json();
        assert_eq!(info["email"], "liv@example.com");
        assert!(info.get("preferred_username").is_none(), "{info}");
        // The refresh token kept the whole grant.
        let refresh_token = narrowed["refresh_token"].as_str().unwrap().to_owned();
        let whole = refresh(&app, &auth, &refresh_token).await.json();
        assert_eq!(whole["scope"], "openid profile email groups offline_access");
        let refresh_token = whole["refresh_token"].as_str().unwrap().to_owned();
        let bearer = format!("Bearer {}", whole["access_token"].as_str().unwrap());

        // The application loses email and profile: tokens already issued lose them too.
        let path = app.realm_path(&format!("/applications/{id}"));
        let body = json!({"application": {"protocol_config": {"allowed_scopes": ["openid", "groups", "offline_access"]}}});
        let (status, changed) = app.call("PATCH", &path, &app.admin, Some(body)).await;
        assert_eq!(status, StatusCode::OK, "{changed}");
        let info = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None)
            .await
            .json();
        assert!(
            info.get("email").is_none() && info.get("preferred_username").is_none(),
            "{}: {info}",
            app.backend
        );
        let later = refresh(&app, &auth, &refresh_token).await.json();
        assert_eq!(later["scope"], "openid groups offline_access", "{later}");
        let refresh_token = later["refresh_token"].as_str().unwrap().to_owned();

        // A token in the URL is refused, even a good one; in a POSTed form it is taken.
        let access = later["access_token"].as_str().unwrap().to_owned();
        let in_url = send(
            &app,
            "GET",
            &format!("{userinfo_uri}?access_token={access}"),
            &[],
            None,
        )
        .await;
        assert_eq!(in_url.status, StatusCode::BAD_REQUEST, "{}", in_url.text);
        assert_eq!(in_url.json()["error"], "invalid_request");
        let posted = send(
            &app,
            "POST",
            &userinfo_uri,
            &[],
            Some(&[("access_token", &access)]),
        )
        .await;
        assert_eq!(posted.status, StatusCode::OK, "{}", posted.text);

        // And without offline_access, its refresh tokens stop.
        let body = json!({"application": {"protocol_config": {"allowed_scopes": ["openid", "groups"]}}});
        let (status, _) = app.call("PATCH", &path, &app.admin, Some(body)).await;
        assert_eq!(status, StatusCode::OK);
        let refused = refresh(&app, &auth, &refresh_token).await;
        assert_eq!(refused.json()["error"], "invalid_grant", "{}", refused.text);
    }
}

#[tokio::test]
async fn an_address_leaves_only_so_many_sign_in_requests_waiting_and_expired_ones_are_swept() {
    for app in apps().await {
        let created = application(&app, json!({})).await;
        let client_id = text(&created["protocol_config"]["client_id"]);
        let uri = authorize_uri(&app, &client_id, &[]);
        // The test servers allow 600 a minute from one address.
        for i in 0..600 {
            let waiting = send(&app, "GET", &uri, &[], None).await;
            assert_eq!(
                waiting.status,
                StatusCode::SEE_OTHER,
                "{} request {i}: {}",
                app.backend,
                waiting.text
            );
        }
        let refused = send(&app, "GET", &uri, &[], None).await;
        assert_eq!(
            refused.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}: {}",
            app.backend,
            refused.text
        );
        app.clock.advance(time::Duration::seconds(61));
        assert_eq!(
            send(&app, "GET", &uri, &[], None).await.status,
            StatusCode::SEE_OTHER
        );

        // Unanswered, they expire; the sweeper's round deletes them, with no other request.
        app.clock.advance(time::Duration::hours(1));
        app.state.sweep().await;
        let left = app
            .state
            .store()
            .sweep_authorization_requests(keybound_core::clock::Clock::now(&*app.clock))
            .await
            .unwrap();
        assert_eq!(left, 0, "{}: expired requests were left", app.backend);
    }
}

#[tokio::test]
async fn a_pushed_request_works_once_for_its_client_within_a_minute_and_an_app_may_require_them() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "pam").await;
        let created = application(
            &app,
            json!({"skip_consent": true, "protocol_config": {"require_pushed_authorization_requests": true}}),
        )
        .await;
        assert_eq!(
            created["protocol_config"]["require_pushed_authorization_requests"],
            true
        );
        let (client_id, auth) = client_of(&created);
        let other = application(&app, json!({"skip_consent": true})).await;
        let other_id = other["protocol_config"]["client_id"].as_str().unwrap().to_owned();
        let par = format!("/realms/{}/par", app.realm_id);
        let challenge = challenge();
        let push = |auth: String, redirect: &'static str| {
            let (par, challenge) = (par.clone(), challenge.clone());
            let app = &app;
            async move {
                send(
                    app,
                    "POST",
                    &par,
                    &[("authorization", &auth)],
                    Some(&[
                        ("redirect_uri", redirect),
                        ("response_type", "code"),
                        ("scope", "openid email"),
                        ("state", "pushed-1"),
                        ("code_challenge", &challenge),
                        ("code_challenge_method", "S256"),
                    ]),
                )
                .await
            }
        };
        let use_it = |client: String, request_uri: String| {
            let app = &app;
            let cookie = cookie.clone();
            async move {
                let mut q = url::form_urlencoded::Serializer::new(String::new());
                q.append_pair("client_id", &client)
                    .append_pair("request_uri", &request_uri);
                let uri = format!("/realms/{}/authorize?{}", app.realm_id, q.finish());
                send(app, "GET", &uri, &[("cookie", &cookie)], None).await
            }
        };

        let discovery = discovery(&app).await;
        assert_eq!(
            discovery["pushed_authorization_request_endpoint"],
            format!("{PUBLIC_URL}/realms/{}/par", app.realm_id)
        );

        // Pushed, then used once: a code for what was pushed.
        let pushed = push(auth.clone(), REDIRECT).await;
        assert_eq!(pushed.status, StatusCode::CREATED, "{}", pushed.text);
        let request_uri = pushed.json()["request_uri"].as_str().unwrap().to_owned();
        assert!(request_uri.starts_with("urn:ietf:params:oauth:request_uri:"));
        assert_eq!(pushed.json()["expires_in"], 60);
        let first = use_it(client_id.clone(), request_uri.clone()).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.text);
        let params = first.redirect_params();
        assert_eq!(params["state"], "pushed-1");
        assert!(params.contains_key("code"));
        // Used up.
        let again = use_it(client_id.clone(), request_uri).await;
        assert_ne!(
            again.status,
            StatusCode::SEE_OTHER,
            "{}: a pushed request worked twice",
            app.backend
        );

        // For its client only: another client naming it gets nothing, and it is then gone.
        let pushed = push(auth.clone(), REDIRECT).await.json();
        let request_uri = pushed["request_uri"].as_str().unwrap().to_owned();
        let stolen = use_it(other_id.clone(), request_uri.clone()).await;
        assert_ne!(stolen.status, StatusCode::SEE_OTHER, "{}", stolen.text);
        assert_eq!(
            use_it(client_id.clone(), request_uri).await.status,
            StatusCode::SEE_OTHER,
            "still the client's"
        );

        // Within a minute.
        let pushed = push(auth.clone(), REDIRECT).await.json();
        app.clock.advance(time::Duration::seconds(61));
        let late = use_it(
            client_id.clone(),
            pushed["request_uri"].as_str().unwrap().to_owned(),
        )
        .await;
        assert_ne!(late.status, StatusCode::SEE_OTHER, "{}", late.text);

        // This app takes pushed requests only: a plain one gets an error page and no code.
        let plain = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert_ne!(plain.status, StatusCode::SEE_OTHER, "{}", plain.text);
        assert!(plain.text.contains("pushed"), "{}", plain.text);

        // What the authorization endpoint refuses is refused when pushed, as JSON.
        let bad = push(auth.clone(), "https://evil.example/cb").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
        assert_eq!(bad.json()["error"], "invalid_request");
        let anonymous = push(basic(&client_id, "wrong"), REDIRECT).await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED, "{}", anonymous.text);
    }
}

#[tokio::test]
async fn the_authorization_server_metadata_is_the_discovery_document() {
    for app in apps().await {
        let oidc = discovery(&app).await;
        let oauth = send(
            &app,
            "GET",
            &format!("/.well-known/oauth-authorization-server/realms/{}", app.realm_id),
            &[],
            None,
        )
        .await;
        assert_eq!(oauth.status, StatusCode::OK, "{}", oauth.text);
        assert_eq!(oauth.json(), oidc);
        assert_eq!(
            oauth.json()["issuer"],
            format!("{PUBLIC_URL}/realms/{}", app.realm_id)
        );
    }
}

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

async fn poll(app: &TestApp, auth: &str, device_code: &str) -> Answer {
    let uri = format!("/realms/{}/token", app.realm_id);
    send(
        app,
        "POST",
        &uri,
        &[("authorization", auth)],
        Some(&[("grant_type", DEVICE_GRANT), ("device_code", device_code)]),
    )
    .await
}

async fn device_codes(app: &TestApp, auth: &str) -> Answer {
    let uri = format!("/realms/{}/device_authorization", app.realm_id);
    send(
        app,
        "POST",
        &uri,
        &[("authorization", auth)],
        Some(&[("scope", "openid profile offline_access")]),
    )
    .await
}

#[tokio::test]
async fn a_device_signs_in_once_its_person_approves_its_code_in_a_browser() {
    for app in apps().await {
        let (identity_id, cookie, _) = signed_in(&app, "tv").await;
        // An app that skips consent still has the device's sign-in approved.
        let created = application(
            &app,
            json!({"skip_consent": true, "protocol_config": {"grant_types": ["authorization_code", "refresh_token", DEVICE_GRANT]}}),
        )
        .await;
        let (_, auth) = client_of(&created);

        let codes = device_codes(&app, &auth).await;
        assert_eq!(codes.status, StatusCode::OK, "{}", codes.text);
        let codes = codes.json();
        let device_code = codes["device_code"].as_str().unwrap().to_owned();
        let user_code = codes["user_code"].as_str().unwrap().to_owned();
        assert_eq!(user_code.len(), 9, "{user_code}");
        assert_eq!(&user_code[4..5], "-");
        assert_eq!(codes["verification_uri"], format!("{PUBLIC_URL}/device"));
        assert_eq!(
            codes["verification_uri_complete"],
            format!("{PUBLIC_URL}/device?user_code={}", user_code.replace('-', ""))
        );
        assert_eq!(
            (codes["interval"].as_i64(), codes["expires_in"].as_i64()),
            (Some(5), Some(600))
        );

        // Waiting; polling faster than the interval is told to slow down.
        assert_eq!(
            poll(&app, &auth, &device_code).await.json()["error"],
            "authorization_pending"
        );
        assert_eq!(poll(&app, &auth, &device_code).await.json()["error"], "slow_down");
        app.clock.advance(time::Duration::seconds(11));
        assert_eq!(
            poll(&app, &auth, &device_code).await.json()["error"],
            "authorization_pending"
        );

        // The person: signed out, they are sent to sign in and back.
        let page = send(
            &app,
            "GET",
            &format!("/device?user_code={}", user_code.replace('-', "")),
            &[],
            None,
        )
        .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
        let location = page.location.clone().unwrap();
        assert!(
            location.starts_with("/login?next=%2Fdevice%3Fuser_code%3D"),
            "{location}"
        );
        // Signed in, they type the code in any case, without the dash, and are asked.
        let typed = user_code.replace('-', "").to_lowercase();
        let asked = send(
            &app,
            "POST",
            "/device",
            &[("cookie", &cookie)],
            Some(&[("user_code", &typed)]),
        )
        .await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.text);
        assert!(
            asked.text.contains("Let Wiki sign in on your device?") && asked.text.contains(&user_code),
            "{}",
            asked.text
        );
        let allowed = send(
            &app,
            "POST",
            "/device/decide",
            &[("cookie", &cookie)],
            Some(&[("user_code", &user_code), ("decision", "allow")]),
        )
        .await;
        assert_eq!(allowed.status, StatusCode::OK, "{}", allowed.text);
        assert!(allowed.text.contains("Device connected"));

        // The device's next poll (its interval is now 10 seconds) gets the tokens, once.
        app.clock.advance(time::Duration::seconds(11));
        let tokens = poll(&app, &auth, &device_code).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.text);
        let tokens = tokens.json();
        assert!(tokens["refresh_token"].is_string());
        let id_token = claims(tokens["id_token"].as_str().unwrap());
        assert_eq!(id_token["sub"], identity_id.as_str());
        let session_id = cookie.split('=').nth(1).unwrap().split('.').next().unwrap();
        assert_eq!(id_token["sid"], session_id, "the approving session");
        app.clock.advance(time::Duration::seconds(11));
        assert_eq!(
            poll(&app, &auth, &device_code).await.json()["error"],
            "invalid_grant"
        );

        // Denied.
        let codes = device_codes(&app, &auth).await.json();
        let device_code = codes["device_code"].as_str().unwrap().to_owned();
        let user_code = codes["user_code"].as_str().unwrap().to_owned();
        let denied = send(
            &app,
            "POST",
            "/device/decide",
            &[("cookie", &cookie)],
            Some(&[("user_code", &user_code), ("decision", "deny")]),
        )
        .await;
        assert!(denied.text.contains("Request denied"), "{}", denied.text);
        assert_eq!(
            poll(&app, &auth, &device_code).await.json()["error"],
            "access_denied"
        );

        // Expired after ten minutes.
        let codes = device_codes(&app, &auth).await.json();
        let device_code = codes["device_code"].as_str().unwrap().to_owned();
        app.clock.advance(time::Duration::minutes(11));
        assert_eq!(
            poll(&app, &auth, &device_code).await.json()["error"],
            "expired_token"
        );

        // An app not allowed the grant gets no codes, and the grant is refused at the token
        // endpoint.
        let plain = application(&app, json!({})).await;
        let plain_auth = basic(
            plain["protocol_config"]["client_id"].as_str().unwrap(),
            plain["protocol_config"]["client_secret"].as_str().unwrap(),
        );
        let refused = device_codes(&app, &plain_auth).await;
        assert_eq!(
            (refused.status, refused.json()["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("unauthorized_client"))
        );
        assert_eq!(
            poll(&app, &plain_auth, &device_code).await.json()["error"],
            "unauthorized_client"
        );

        // Guessing codes: ten wrong ones from an address, then it must wait.
        for i in 0..10 {
            let wrong = send(
                &app,
                "POST",
                "/device",
                &[("cookie", &cookie)],
                Some(&[("user_code", "AAAA-AAAA")]),
            )
            .await;
            assert_eq!(wrong.status, StatusCode::NOT_FOUND, "try {i}");
        }
        let blocked = send(
            &app,
            "POST",
            "/device",
            &[("cookie", &cookie)],
            Some(&[("user_code", "AAAA-AAAA")]),
        )
        .await;
        assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS, "{}", blocked.text);
    }
}

#[tokio::test]
async fn access_tokens_for_a_declared_api_are_jwts_that_still_work_once_and_can_be_revoked() {
    const API: &str = "https://api.example.com";
    for app in apps().await {
        let (identity_id, cookie, _) = signed_in(&app, "jay").await;
        let created = application(
            &app,
            json!({"protocol_config": {"resources": [API], "grant_types": ["authorization_code", "refresh_token", "client_credentials"]}}),
        )
        .await;
        assert_eq!(created["protocol_config"]["resources"], json!([API]));
        let client_id = text(&created["protocol_config"]["client_id"]);
        let secret = text(&created["protocol_config"]["client_secret"]);
        let auth = basic(&client_id, &secret);
        let userinfo_uri = format!("/realms/{}/userinfo", app.realm_id);

        // Without resource: opaque.
        let code = code_for(&app, &cookie, &client_id).await;
        let opaque = exchange(&app, &auth, &code).await.json();
        assert_eq!(opaque["access_token"].as_str().unwrap().matches('.').count(), 0);

        // For the declared API: a JWT (RFC 9068), signed with the realm's keys.
        let code = code_for_with(&app, &cookie, &client_id, &[("resource", API)]).await;
        let tokens = exchange(&app, &auth, &code).await.json();
        let jwt = tokens["access_token"].as_str().unwrap().to_owned();
        let header: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(jwt.split('.').next().unwrap()).unwrap()).unwrap();
        assert_eq!(header["typ"], "at+jwt");
        let keys = keybound_app::oidc::keys::all(&app.state).await.unwrap();
        let at = keybound_app::oidc::keys::verify(&keys, &jwt).expect("signed by a published key");
        assert_eq!(at["aud"], API);
        assert_eq!(at["sub"], identity_id.as_str());
        assert_eq!(at["client_id"], client_id.as_str());
        assert_eq!(at["scope"], "openid profile email groups offline_access");
        assert_eq!(at["iss"], format!("{PUBLIC_URL}/realms/{}", app.realm_id));
        for claim in ["iat", "exp", "jti", "auth_time", "acr"] {
            assert!(!at[claim].is_null(), "{claim} in {at}");
        }
        // It is a token like any other: userinfo, introspection, revocation.
        let bearer = format!("Bearer {jwt}");
        let info = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None).await;
        assert_eq!(info.status, StatusCode::OK, "{}", info.text);
        let introspect_uri = format!("/realms/{}/introspect", app.realm_id);
        let active = send(
            &app,
            "POST",
            &introspect_uri,
            &[("authorization", &auth)],
            Some(&[("token", &jwt)]),
        )
        .await
        .json();
        assert_eq!(active["active"], true, "{active}");
        let revoke_uri = format!("/realms/{}/revoke", app.realm_id);
        send(
            &app,
            "POST",
            &revoke_uri,
            &[("authorization", &auth)],
            Some(&[("token", &jwt)]),
        )
        .await;
        let after = send(&app, "GET", &userinfo_uri, &[("authorization", &bearer)], None).await;
        assert_eq!(after.status, StatusCode::UNAUTHORIZED);

        // A refresh keeps the grant's resource; client credentials get one for themselves.
        let refreshed = refresh(&app, &auth, tokens["refresh_token"].as_str().unwrap())
            .await
            .json();
        let again =
            keybound_app::oidc::keys::verify(&keys, refreshed["access_token"].as_str().unwrap()).unwrap();
        assert_eq!(again["aud"], API);
        let uri = format!("/realms/{}/token", app.realm_id);
        let cc = send(
            &app,
            "POST",
            &uri,
            &[("authorization", &auth)],
            Some(&[("grant_type", "client_credentials"), ("resource", API)]),
        )
        .await;
        assert_eq!(cc.status, StatusCode::OK, "{}", cc.text);
        let own =
            keybound_app::oidc::keys::verify(&keys, cc.json()["access_token"].as_str().unwrap()).unwrap();
        assert_eq!(
            (own["sub"].as_str(), own["aud"].as_str()),
            (Some(client_id.as_str()), Some(API))
        );

        // An API the app did not declare: invalid_target, at either endpoint.
        let refused = send(
            &app,
            "POST",
            &uri,
            &[("authorization", &auth)],
            Some(&[
                ("grant_type", "client_credentials"),
                ("resource", "https://other.example.com"),
            ]),
        )
        .await;
        assert_eq!(
            (refused.status, refused.json()["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_target"))
        );
        let asked = send(
            &app,
            "GET",
            &authorize_uri(&app, &client_id, &[("resource", "https://other.example.com")]),
            &[("cookie", &cookie)],
            None,
        )
        .await;
        assert_eq!(asked.redirect_params()["error"], "invalid_target");
    }
}

/// A client's DPoP key (P-256) and the proofs it makes (RFC 9449).
struct DpopKey {
    key: openssl::ec::EcKey<openssl::pkey::Private>,
    jwk: Value,
}

impl DpopKey {
    fn new() -> Self {
        use openssl::bn::{BigNum, BigNumContext};
        let group = openssl::ec::EcGroup::from_curve_name(openssl::nid::Nid::X9_62_PRIME256V1).unwrap();
        let key = openssl::ec::EcKey::generate(&group).unwrap();
        let (mut x, mut y) = (BigNum::new().unwrap(), BigNum::new().unwrap());
        key.public_key()
            .affine_coordinates(&group, &mut x, &mut y, &mut BigNumContext::new().unwrap())
            .unwrap();
        let coord = |n: &BigNum| URL_SAFE_NO_PAD.encode(n.to_vec_padded(32).unwrap());
        let jwk = json!({"kty": "EC", "crv": "P-256", "x": coord(&x), "y": coord(&y)});
        Self { key, jwk }
    }

    fn thumbprint(&self) -> String {
        keybound_app::oidc::dpop::thumbprint(&self.jwk).unwrap()
    }

    fn proof(&self, method: &str, url: &str, access_token: Option<&str>, now: i64) -> String {
        self.proof_with_nonce(method, url, access_token, now, None)
    }

    fn proof_with_nonce(
        &self,
        method: &str,
        url: &str,
        access_token: Option<&str>,
        now: i64,
        nonce: Option<&str>,
    ) -> String {
        let header = json!({"typ": "dpop+jwt", "alg": "ES256", "jwk": self.jwk});
        let mut claims =
            json!({"jti": keybound_core::secret::random_hex(12), "htm": method, "htu": url, "iat": now});
        if let Some(nonce) = nonce {
            claims["nonce"] = nonce.into();
        }
        if let Some(token) = access_token {
            claims["ath"] = URL_SAFE_NO_PAD
                .encode(sha2::Sha256::digest(token.as_bytes()))
                .into();
        }
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let digest = sha2::Sha256::digest(input.as_bytes());
        let sig = openssl::ecdsa::EcdsaSig::sign(&digest, &self.key).unwrap();
        let mut raw = sig.r().to_vec_padded(32).unwrap();
        raw.extend(sig.s().to_vec_padded(32).unwrap());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(raw))
    }
}

#[tokio::test]
async fn dpop_binds_tokens_to_the_clients_key_and_a_proof_works_once_at_any_replica() {
    for app in apps().await {
        let (_, cookie, _) = signed_in(&app, "dot").await;
        let created = application(
            &app,
            json!({"protocol_config": {"dpop_bound_access_tokens": true}}),
        )
        .await;
        assert_eq!(created["protocol_config"]["dpop_bound_access_tokens"], true);
        let (client_id, auth) = client_of(&created);
        let now = || keybound_core::clock::Clock::now(&*app.clock).unix_timestamp();
        let token_url = format!("{PUBLIC_URL}/realms/{}/token", app.realm_id);
        let userinfo_url = format!("{PUBLIC_URL}/realms/{}/userinfo", app.realm_id);
        let token_uri = format!("/realms/{}/token", app.realm_id);
        let userinfo_uri = format!("/realms/{}/userinfo", app.realm_id);
        let key = DpopKey::new();
        let other = DpopKey::new();

        // This app's tokens must be bound: a request without a proof is refused.
        let code = code_for(&app, &cookie, &client_id).await;
        let refused = exchange(&app, &auth, &code).await;
        assert_eq!(
            (refused.status, refused.json()["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_dpop_proof"))
        );

        let code = code_for(&app, &cookie, &client_id).await;
        let proof = key.proof("POST", &token_url, None, now());
        let tokens = send(
            &app,
            "POST",
            &token_uri,
            &[("authorization", &auth), ("dpop", &proof)],
            Some(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", VERIFIER),
            ]),
        )
        .await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.text);
        let tokens = tokens.json();
        assert_eq!(tokens["token_type"], "DPoP");
        let access = tokens["access_token"].as_str().unwrap().to_owned();

        // At the resource: as a bearer token it is refused; with a proof of its key it works.
        let bearer = send(
            &app,
            "GET",
            &userinfo_uri,
            &[("authorization", &format!("Bearer {access}"))],
            None,
        )
        .await;
        assert_eq!(bearer.status, StatusCode::UNAUTHORIZED, "{}", bearer.text);
        let dpop_auth = format!("DPoP {access}");
        let proof = key.proof("GET", &userinfo_url, Some(&access), now());
        let ok = send(
            &app,
            "GET",
            &userinfo_uri,
            &[("authorization", &dpop_auth), ("dpop", &proof)],
            None,
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
        let replayed = send(
            &app,
            "GET",
            &userinfo_uri,
            &[("authorization", &dpop_auth), ("dpop", &proof)],
            None,
        )
        .await;
        assert_eq!(replayed.status, StatusCode::UNAUTHORIZED, "a proof works once");
        let stolen = other.proof("GET", &userinfo_url, Some(&access), now());
        let stolen = send(
            &app,
            "GET",
            &userinfo_uri,
            &[("authorization", &dpop_auth), ("dpop", &stolen)],
            None,
        )
        .await;
        assert_eq!(stolen.status, StatusCode::UNAUTHORIZED, "another key's proof");

        // Introspection names the key.
        let introspect_uri = format!("/realms/{}/introspect", app.realm_id);
        let seen = send(
            &app,
            "POST",
            &introspect_uri,
            &[("authorization", &auth)],
            Some(&[("token", &access)]),
        )
        .await
        .json();
        assert_eq!(seen["cnf"]["jkt"], key.thumbprint());

        // The refresh token is bound too; a proof works once, here or at another replica.
        let refresh_token = tokens["refresh_token"].as_str().unwrap().to_owned();
        let refresh_with = |proof: String| {
            let (auth, refresh_token, token_uri) = (auth.clone(), refresh_token.clone(), token_uri.clone());
            let app = &app;
            async move {
                send(
                    app,
                    "POST",
                    &token_uri,
                    &[("authorization", &auth), ("dpop", &proof)],
                    Some(&[("grant_type", "refresh_token"), ("refresh_token", &refresh_token)]),
                )
                .await
            }
        };
        let wrong_key = refresh_with(other.proof("POST", &token_url, None, now())).await;
        assert_eq!(
            wrong_key.json()["error"],
            "invalid_dpop_proof",
            "{}",
            wrong_key.text
        );
        let proof = key.proof("POST", &token_url, None, now());
        let refreshed = refresh_with(proof.clone()).await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.text);
        assert_eq!(refreshed.json()["token_type"], "DPoP");
        let replica = app.replica().await;
        let elsewhere = send_to(
            &replica,
            "POST",
            &token_uri,
            &[("authorization", &auth), ("dpop", &proof)],
            Some(&[
                ("grant_type", "refresh_token"),
                (
                    "refresh_token",
                    refreshed.json()["refresh_token"].as_str().unwrap(),
                ),
            ]),
        )
        .await;
        assert_eq!(
            elsewhere.json()["error"],
            "invalid_dpop_proof",
            "{}: replayed at a replica: {}",
            app.backend,
            elsewhere.text
        );
        // A proof for another URL or an old one is refused.
        let old = refresh_with(key.proof("POST", &token_url, None, now() - 3600)).await;
        assert_eq!(old.json()["error"], "invalid_dpop_proof");
        let elsewhere_url = refresh_with(key.proof("POST", "https://evil.example/token", None, now())).await;
        assert_eq!(elsewhere_url.json()["error"], "invalid_dpop_proof");
    }
}

#[tokio::test]
async fn a_server_asking_for_dpop_nonces_gives_one_and_takes_it_at_any_replica_until_it_is_old() {
    for app in apps().await {
        let app = app.asking_dpop_nonces();
        let (_, cookie, _) = signed_in(&app, "nonna").await;
        let created = application(&app, json!({})).await;
        let (client_id, auth) = client_of(&created);
        let now = || keybound_core::clock::Clock::now(&*app.clock).unix_timestamp();
        let token_url = format!("{PUBLIC_URL}/realms/{}/token", app.realm_id);
        let userinfo_url = format!("{PUBLIC_URL}/realms/{}/userinfo", app.realm_id);
        let token_uri = format!("/realms/{}/token", app.realm_id);
        let userinfo_uri = format!("/realms/{}/userinfo", app.realm_id);
        let key = DpopKey::new();
        let code = code_for(&app, &cookie, &client_id).await;
        let redeem = |proof: String| {
            let (auth, code, token_uri) = (auth.clone(), code.clone(), token_uri.clone());
            let app = &app;
            async move {
                let form = [
                    ("grant_type", "authorization_code"),
                    ("code", code.as_str()),
                    ("redirect_uri", REDIRECT),
                    ("code_verifier", VERIFIER),
                ];
                send(
                    app,
                    "POST",
                    &token_uri,
                    &[("authorization", &auth), ("dpop", &proof)],
                    Some(&form),
                )
                .await
            }
        };

        // Without a nonce: 400 use_dpop_nonce, and one to use; the code is not used up.
        let asked = redeem(key.proof("POST", &token_url, None, now())).await;
        assert_eq!(
            (asked.status, asked.json()["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("use_dpop_nonce")),
            "{}",
            asked.text
        );
        let nonce = asked.header("dpop-nonce").to_owned();
        assert!(!nonce.is_empty(), "a DPoP-Nonce header");
        let forged = redeem(key.proof_with_nonce(
            "POST",
            &token_url,
            None,
            now(),
            Some("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        ))
        .await;
        assert_eq!(
            forged.json()["error"],
            "use_dpop_nonce",
            "a nonce Keybound did not give"
        );
        let tokens = redeem(key.proof_with_nonce("POST", &token_url, None, now(), Some(&nonce))).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.text);
        let access = tokens.json()["access_token"].as_str().unwrap().to_owned();

        // At userinfo: 401 with a DPoP challenge naming the error, and the nonce.
        let dpop_auth = format!("DPoP {access}");
        let at_userinfo = |router: axum::Router, nonce: Option<String>| {
            let proof = key.proof_with_nonce("GET", &userinfo_url, Some(&access), now(), nonce.as_deref());
            let (dpop_auth, userinfo_uri) = (dpop_auth.clone(), userinfo_uri.clone());
            async move {
                send_to(
                    &router,
                    "GET",
                    &userinfo_uri,
                    &[("authorization", &dpop_auth), ("dpop", &proof)],
                    None,
                )
                .await
            }
        };
        let asked = at_userinfo(app.router.clone(), None).await;
        assert_eq!(asked.status, StatusCode::UNAUTHORIZED, "{}", asked.text);
        assert!(
            asked
                .header("www-authenticate")
                .starts_with("DPoP error=\"use_dpop_nonce\""),
            "{}",
            asked.header("www-authenticate")
        );
        assert!(!asked.header("dpop-nonce").is_empty());
        // The nonce one replica gave holds at another.
        let replica = app.replica().await;
        let elsewhere = at_userinfo(replica, Some(nonce.clone())).await;
        assert_eq!(
            elsewhere.status,
            StatusCode::OK,
            "{}: {}",
            app.backend,
            elsewhere.text
        );

        // Ten minutes on, the nonce is too old; the fresh one given instead works.
        app.clock.advance(time::Duration::minutes(11));
        let old = at_userinfo(app.router.clone(), Some(nonce)).await;
        assert_eq!(old.json()["error"], "use_dpop_nonce", "{}", old.text);
        let fresh = old.header("dpop-nonce").to_owned();
        let again = at_userinfo(app.router.clone(), Some(fresh)).await;
        assert_eq!(again.status, StatusCode::OK, "{}", again.text);
    }
}

#[tokio::test]
async fn a_device_that_names_a_declared_api_gets_jwt_access_tokens_for_it() {
    const API: &str = "https://api.example.com";
    for app in apps().await {
        let (identity_id, cookie, _) = signed_in(&app, "devi").await;
        let created = application(
            &app,
            json!({"protocol_config": {"resources": [API], "grant_types": ["authorization_code", DEVICE_GRANT]}}),
        )
        .await;
        let (_, auth) = client_of(&created);
        let uri = format!("/realms/{}/device_authorization", app.realm_id);
        let ask = |resource: &'static str| {
            let (auth, uri, app) = (auth.clone(), uri.clone(), &app);
            async move {
                let form = [("scope", "openid"), ("resource", resource)];
                send(app, "POST", &uri, &[("authorization", &auth)], Some(&form)).await
            }
        };
        let undeclared = ask("https://other.example.com").await;
        assert_eq!(
            (undeclared.status, undeclared.json()["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_target"))
        );

        let codes = ask(API).await.json();
        let device_code = codes["device_code"].as_str().unwrap();
        let user_code = codes["user_code"].as_str().unwrap();
        let allowed = send(
            &app,
            "POST",
            "/device/decide",
            &[("cookie", &cookie)],
            Some(&[("user_code", user_code), ("decision", "allow")]),
        )
        .await;
        assert!(allowed.text.contains("Device connected"), "{}", allowed.text);
        let tokens = poll(&app, &auth, device_code).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.text);
        let jwt = tokens.json()["access_token"].as_str().unwrap().to_owned();
        let keys = keybound_app::oidc::keys::all(&app.state).await.unwrap();
        let at = keybound_app::oidc::keys::verify(&keys, &jwt).expect("a JWT signed by a published key");
        assert_eq!(
            (at["aud"].as_str(), at["sub"].as_str()),
            (Some(API), Some(identity_id.as_str()))
        );
    }
}
