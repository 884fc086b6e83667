//! Binding a passkey, end to end in process with a software authenticator: every delivery
//! method, every state, expiry by moving the clock, revocation, reuse, a wrong origin, a
//! suspended identity and racing completions. On every backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use support::{apps, begin_link, find_link, link_parts, TestApp, PUBLIC_URL};
use time::Duration;

async fn person(app: &TestApp, username: &str) -> String {
    app.identity(username, Some(&format!("{username}@example.com")))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn identity(app: &TestApp, id: &str) -> Value {
    app.call(
        "GET",
        &app.realm_path(&format!("/identities/{id}")),
        &app.admin,
        None,
    )
    .await
    .1
}

async fn job_state(app: &TestApp, identity_id: &str, job_id: &str) -> String {
    let uri = app.realm_path(&format!(
        "/identities/{identity_id}/credential-binding-jobs/{job_id}"
    ));
    let (status, job) = app.call("GET", &uri, &app.admin, None).await;
    assert_eq!(status, StatusCode::OK, "{job}");
    job["state"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_returned_link_binds_a_passkey_once_and_the_identity_shows_enrolled() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let jane = person(&app, "jane").await;
        let created = app.return_job(&jane, &config).await;
        let job = &created["credential_binding_job"];
        let job_id = job["id"].as_str().unwrap();
        assert_eq!(job["state"], "LINK_SENT");
        assert_eq!(job["delivery_method"], "RETURN");
        assert_eq!(
            job["expire_time"], "2026-11-08T09:00:00Z",
            "seven days by default"
        );
        let link = created["credential_binding_link"].as_str().unwrap();
        assert!(link.starts_with(&format!("{PUBLIC_URL}/v1/tenants/{}/realms/{}/identities/{jane}/credential-binding-jobs/{job_id}:invokeAuthenticator?token=", app.tenant_id, app.realm_id)));

        let page_path = link.strip_prefix(PUBLIC_URL).unwrap();
        let (status, page) = app.raw("GET", page_path, None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.as_str().unwrap().contains("jane Example"),
            "the page says who it is for"
        );
        assert_eq!(job_state(&app, &jane, job_id).await, "LINK_OPENED");

        let (status, begun) = app.post("/bind/begin", begin_link(link)).await;
        assert_eq!(status, StatusCode::OK, "{begun}");
        assert_eq!(job_state(&app, &jane, job_id).await, "REQUEST_DELIVERED");
        let options = &begun["public_key"];
        assert_eq!(options["rp"]["id"], "localhost");
        assert_eq!(options["authenticatorSelection"]["residentKey"], "required");
        assert_eq!(options["authenticatorSelection"]["userVerification"], "required");
        let answer = SoftPasskey::new().register(PUBLIC_URL, options).await.unwrap();
        let finish = json!({"ceremony_id": begun["ceremony_id"], "credential": answer});
        let (status, done) = app.post("/bind/finish", finish.clone()).await;
        assert_eq!(status, StatusCode::OK, "{}: {done}", app.backend);
        let credential_id = done["credential"]["id"].as_str().unwrap();
        assert_eq!(done["credential"]["state"], "ACTIVE");

        let uri = app.realm_path(&format!("/identities/{jane}/credential-binding-jobs/{job_id}"));
        let (_, finished) = app.call("GET", &uri, &app.admin, None).await;
        assert_eq!(
            (finished["state"].as_str(), finished["credential_id"].as_str()),
            (Some("COMPLETE"), Some(credential_id))
        );
        assert_eq!(
            identity(&app, &jane).await["enrollment_status"],
            "ENROLLED",
            "{}",
            app.backend
        );
        let (_, creds) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{jane}/credentials")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(creds["total_size"], 1);
        assert_eq!(creds["credentials"][0]["name"], "Passkey");

        // The same link and the same ceremony bind nothing more.
        let (status, again) = app.post("/bind/begin", begin_link(link)).await;
        assert_eq!(status, StatusCode::GONE, "{again}");
        assert!(again["message"].as_str().unwrap().contains("already been used"));
        let (status, _) = app.post("/bind/finish", finish).await;
        assert_eq!(status, StatusCode::GONE);
        let (status, _) = app.raw("GET", page_path, None, None).await;
        assert_eq!(status, StatusCode::GONE);
        let (status, _) = app.call("POST", &format!("{uri}:revoke"), &app.admin, None).await;
        assert_eq!(status, StatusCode::CONFLICT, "a complete job cannot be revoked");

        // Revoking the passkey makes the identity pending again.
        let revoke = app.realm_path(&format!("/identities/{jane}/credentials/{credential_id}:revoke"));
        let (status, revoked) = app.call("POST", &revoke, &app.admin, None).await;
        assert_eq!(
            (status, revoked["state"].as_str()),
            (StatusCode::OK, Some("REVOKED"))
        );
        assert_eq!(identity(&app, &jane).await["enrollment_status"], "PENDING");
    }
}

#[tokio::test]
async fn an_emailed_link_arrives_in_the_outbox_and_binds() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let ann = person(&app, "ann").await;
        let (status, created) = app
            .job(
                &ann,
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        assert_eq!(created["credential_binding_job"]["state"], "LINK_SENT");
        assert!(
            created.get("credential_binding_link").is_none(),
            "an emailed link is not returned"
        );
        assert!(app.last_email().is_none(), "queued, not yet sent");
        assert_eq!(app.deliver().await, 1);
        let email = app.last_email().expect("an email in the outbox");
        assert!(email.contains("To: \"ann Example\" <ann@example.com>"), "{email}");
        let link = find_link(&email, ":invokeAuthenticator").unwrap();
        let (status, done) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::OK, "{}: {done}", app.backend);
        assert_eq!(identity(&app, &ann).await["enrollment_status"], "ENROLLED");

        let nomail = app.identity("nomail", None).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (status, err) = app
            .job(
                &nomail,
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    }
}

#[tokio::test]
async fn a_short_code_binds_once_and_is_refused_after_sixty_seconds() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let bob = person(&app, "bob").await;
        let (status, created) = app
            .job(
                &bob,
                json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        let code = created["short_code"].as_str().unwrap().to_owned();
        assert_eq!(code.len(), 9);
        assert_eq!(
            created["credential_binding_job"]["expire_time"],
            "2026-11-01T09:01:00Z"
        );
        // Typed in lower case with a dash and spaces: still the code.
        let typed = format!(" {}-{} ", code[..4].to_lowercase(), &code[4..]);
        let (status, done) = app.bind(json!({"code": typed})).await;
        assert_eq!(status, StatusCode::OK, "{}: {done}", app.backend);
        assert_eq!(identity(&app, &bob).await["enrollment_status"], "ENROLLED");
        let (status, _) = app.bind(json!({"code": code})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "a used code matches nothing");

        let cy = person(&app, "cy").await;
        let (_, created) = app
            .job(
                &cy,
                json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config}),
            )
            .await;
        let late = created["short_code"].as_str().unwrap().to_owned();
        app.clock.advance(Duration::seconds(59));
        let (status, _) = app.post("/bind/begin", json!({"code": late})).await;
        assert_eq!(status, StatusCode::OK, "valid at 59 s");
        app.clock.advance(Duration::seconds(2));
        let (status, err) = app.post("/bind/begin", json!({"code": late})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "refused after 60 s: {err}");
        let (_, jobs) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{cy}/credential-binding-jobs")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(jobs["credential_binding_jobs"][0]["state"], "EXPIRED");

        let (status, err) = app.job(&cy, json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config, "expire_after_seconds": 30})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        let (status, created) = app.job(&cy, json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config, "expire_after_seconds": 900})).await;
        assert_eq!(status, StatusCode::OK, "{created}");
    }
}

#[tokio::test]
async fn five_wrong_tries_kill_a_code_and_errors_do_not_say_which_codes_exist() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let dee = person(&app, "dee").await;
        let (_, created) = app
            .job(
                &dee,
                json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config}),
            )
            .await;
        let code = created["short_code"].as_str().unwrap().to_owned();
        let wrong_secret = format!(
            "{}{}",
            &code[..4],
            if &code[4..] == "AAAAA" { "BBBBB" } else { "AAAAA" }
        );
        let (_, unknown) = app.post("/bind/begin", json!({"code": "XXXXXXXXX"})).await;
        for _ in 0..5 {
            let (status, near) = app.post("/bind/begin", json!({"code": wrong_secret})).await;
            assert_eq!(status, StatusCode::NOT_FOUND);
            assert_eq!(
                near["message"], unknown["message"],
                "the same answer for a near miss and a stranger"
            );
        }
        let (status, _) = app.post("/bind/begin", json!({"code": code})).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "{}: dead after five wrong tries",
            app.backend
        );
        let (status, malformed) = app.post("/bind/begin", json!({"code": "0OIl"})).await;
        assert_eq!(
            (status, &malformed["message"]),
            (StatusCode::NOT_FOUND, &unknown["message"])
        );
        // The address has now made 7 wrong tries; three more and it must wait.
        for _ in 0..3 {
            app.post("/bind/begin", json!({"code": "XXXXXXXXX"})).await;
        }
        let (status, _) = app.post("/bind/begin", json!({"code": "XXXXXXXXX"})).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{}", app.backend);
    }
}

#[tokio::test]
async fn revoked_expired_and_suspended_bind_nothing_and_say_why() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let eve = person(&app, "eve").await;
        let new_link = || {
            app.job(
                &eve,
                json!({"delivery_method": "RETURN", "authenticator_config_id": config}),
            )
        };

        let (_, created) = new_link().await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        let job_id = created["credential_binding_job"]["id"].as_str().unwrap();
        let uri = app.realm_path(&format!(
            "/identities/{eve}/credential-binding-jobs/{job_id}:revoke"
        ));
        let (status, revoked) = app.call("POST", &uri, &app.admin, None).await;
        assert_eq!(
            (status, revoked["state"].as_str()),
            (StatusCode::OK, Some("REVOKED"))
        );
        let (status, err) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::GONE);
        assert!(err["message"].as_str().unwrap().contains("revoked"));

        let (_, created) = new_link().await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        let (status, begun) = app.post("/bind/begin", begin_link(&link)).await;
        assert_eq!(status, StatusCode::OK);
        app.clock.advance(Duration::days(8));
        let answer = SoftPasskey::new()
            .register(PUBLIC_URL, &begun["public_key"])
            .await
            .unwrap();
        let (status, err) = app
            .post(
                "/bind/finish",
                json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            )
            .await;
        assert_eq!(status, StatusCode::GONE, "{err}");
        let (status, err) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::GONE);
        assert!(err["message"].as_str().unwrap().contains("expired"));

        let (_, created) = new_link().await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        app.set_status(&eve, "suspended").await;
        let (status, _) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a suspended identity cannot bind");
        let (status, _) = new_link().await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "nor be sent a new link");
        assert_eq!(
            identity(&app, &eve).await["enrollment_status"],
            "PENDING",
            "{}",
            app.backend
        );

        let (status, _) = app
            .post(
                "/bind/begin",
                json!({"link": {"job_id": job_id, "token": "forged"}}),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn every_begin_on_a_link_counts_against_the_address_and_one_beyond_the_limit_keeps_nothing() {
    for app in apps().await {
        let app = app.limiting_begins(3);
        let config = app.hosted_config().await;
        let gus = person(&app, "gus").await;
        let created = app.return_job(&gus, &config).await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        let (job_id, _) = link_parts(&link);
        let forged = json!({"link": {"job_id": job_id, "token": "forged"}});
        let mut statuses = Vec::new();
        let mut begun = Vec::new();
        for body in [
            begin_link(&link),
            forged.clone(),
            begin_link(&link),
            begin_link(&link),
            forged.clone(),
        ] {
            let (status, answer) = app.post("/bind/begin", body).await;
            statuses.push(status.as_u16());
            begun.push(answer);
        }
        assert_eq!(
            statuses,
            [200, 404, 200, 429, 429],
            "{}: a begin that opens nothing counts too, and past the limit each is refused as such",
            app.backend
        );
        assert!(begun[3].get("ceremony_id").is_none(), "{}", app.backend);

        // The refused begin kept no ceremony: with two in flight, the link's cap of five leaves
        // room for three more in the next minute.
        app.clock.advance(Duration::seconds(61));
        let mut statuses = Vec::new();
        for _ in 0..3 {
            statuses.push(app.post("/bind/begin", begin_link(&link)).await.0.as_u16());
        }
        assert_eq!(statuses, [200, 200, 200], "{}", app.backend);
        // Then the cap refuses, with the address within its limit again.
        app.clock.advance(Duration::seconds(61));
        let (status, err) = app.post("/bind/begin", begin_link(&link)).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{}", app.backend);
        assert!(err["message"].as_str().unwrap().contains("under way"), "{err}");
    }
}

#[tokio::test]
async fn a_ceremony_from_another_origin_is_refused_and_the_job_stays_open() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let fay = person(&app, "fay").await;
        let created = app.return_job(&fay, &config).await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        let (_, begun) = app.post("/bind/begin", begin_link(&link)).await;
        let answer = SoftPasskey::new()
            .register("http://localhost:9999", &begun["public_key"])
            .await
            .unwrap();
        let (status, err) = app
            .post(
                "/bind/finish",
                json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        assert_eq!(err["details"][0]["field_violations"][0]["field"], "credential");
        let (status, _) = app
            .post(
                "/bind/finish",
                json!({"ceremony_id": begun["ceremony_id"], "credential": {"id": "x"}}),
            )
            .await;
        assert_eq!(status, StatusCode::GONE, "the challenge was used up");
        let (status, done) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::OK, "the job is still open: {done}");
    }
}

#[tokio::test]
async fn redirects_go_only_to_trusted_origins_and_embedded_links_go_to_the_app() {
    for app in apps().await {
        let body = json!({"authenticator_config": {"display_name": "Web app", "config": {"type": "embedded",
            "invoke_url": "https://app.example.com", "trusted_origins": ["https://app.example.com"]}}});
        let (status, config) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(body),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{config}");
        assert_eq!(config["config"]["type"], "embedded");
        let config_id = config["id"].as_str().unwrap();
        let gus = person(&app, "gus").await;

        let evil = json!({"delivery_method": "RETURN", "authenticator_config_id": config_id,
            "post_binding_redirect_uri": "https://evil.example.net/phish"});
        let (status, err) = app.job(&gus, evil).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            err["details"][0]["field_violations"][0]["field"],
            "job.post_binding_redirect_uri"
        );

        let good = json!({"delivery_method": "RETURN", "authenticator_config_id": config_id,
            "post_binding_redirect_uri": "https://app.example.com/welcome"});
        let (status, created) = app.job(&gus, good).await;
        assert_eq!(status, StatusCode::OK, "{created}");
        let link = created["credential_binding_link"].as_str().unwrap();
        let req = axum::http::Request::get(link.strip_prefix(PUBLIC_URL).unwrap())
            .body(axum::body::Body::empty())
            .unwrap();
        let res = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let location = res.headers()["location"].to_str().unwrap();
        let (job_id, token) = link_parts(link);
        assert_eq!(location, format!("https://app.example.com/bind?api_base_url=http%3A%2F%2Flocalhost%3A8080&tenant_id={}&realm_id={}&identity_id={gus}&job_id={job_id}&token={token}", app.tenant_id, app.realm_id));

        for bad in [
            json!({"config": {"type": "embedded"}}),
            json!({"config": {"type": "embedded", "invoke_url": "https://a.com", "trusted_origins": ["not an origin"]}}),
            json!({"config": {"type": "plugin"}}),
        ] {
            let (status, err) = app
                .call(
                    "POST",
                    &app.realm_path("/authenticator-configs"),
                    &app.admin,
                    Some(json!({"authenticator_config": bad})),
                )
                .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        }
    }
}

/// Begins as many ceremonies on what `begin` opens as one link may have in flight (5), then
/// sends `n` finishes of them (each ceremony's answer several times) all at once. Afterwards
/// every ceremony is used up, the one that bound and those that lost alike.
async fn race(app: &TestApp, begin: Value, n: usize) -> Vec<StatusCode> {
    let mut finishes = Vec::new();
    for _ in 0..keybound_app::registration::CEREMONIES_PER_LINK {
        let (status, begun) = app.post("/bind/begin", begin.clone()).await;
        assert_eq!(status, StatusCode::OK, "{begun}");
        let answer = SoftPasskey::new()
            .register(PUBLIC_URL, &begun["public_key"])
            .await
            .unwrap();
        finishes.push(json!({"ceremony_id": begun["ceremony_id"], "credential": answer}));
    }
    let (status, _) = app.post("/bind/begin", begin.clone()).await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "no sixth ceremony on one link"
    );
    let tasks: Vec<_> = (0..n)
        .map(|i| finishes[i % finishes.len()].clone())
        .map(|body| {
            let router = app.router.clone();
            tokio::spawn(async move {
                let req = axum::http::Request::post("/bind/finish")
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(body.to_string()))
                    .unwrap();
                tower::ServiceExt::oneshot(router, req).await.unwrap().status()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    for body in finishes {
        let (status, err) = app.post("/bind/finish", body).await;
        assert_eq!(status, StatusCode::GONE, "{}: answered again: {err}", app.backend);
    }
    statuses
}

#[tokio::test]
async fn fifty_parallel_completions_of_one_link_or_code_make_one_credential() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let hal = person(&app, "hal").await;
        let created = app.return_job(&hal, &config).await;
        let link = created["credential_binding_link"].as_str().unwrap().to_owned();
        let statuses = race(&app, begin_link(&link), 50).await;
        assert_eq!(
            statuses.iter().filter(|s| **s == StatusCode::OK).count(),
            1,
            "{}: {statuses:?}",
            app.backend
        );
        assert!(statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT || *s == StatusCode::GONE));

        let ivy = person(&app, "ivy").await;
        let (_, created) = app.job(&ivy, json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config, "expire_after_seconds": 900})).await;
        let statuses = race(&app, json!({"code": created["short_code"]}), 50).await;
        assert_eq!(
            statuses.iter().filter(|s| **s == StatusCode::OK).count(),
            1,
            "{}: {statuses:?}",
            app.backend
        );

        for who in [&hal, &ivy] {
            let (_, creds) = app
                .call(
                    "GET",
                    &app.realm_path(&format!("/identities/{who}/credentials")),
                    &app.admin,
                    None,
                )
                .await;
            assert_eq!(creds["total_size"], 1, "{}", app.backend);
        }
    }
}

#[tokio::test]
async fn credentials_can_be_listed_renamed_and_jobs_listed_across_identities() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let kim = person(&app, "kim").await;
        let created = app.return_job(&kim, &config).await;
        let (status, done) = app
            .bind(begin_link(created["credential_binding_link"].as_str().unwrap()))
            .await;
        assert_eq!(status, StatusCode::OK, "{done}");
        let cred = app.realm_path(&format!(
            "/identities/{kim}/credentials/{}",
            done["credential"]["id"].as_str().unwrap()
        ));
        let (status, renamed) = app
            .call(
                "PATCH",
                &cred,
                &app.admin,
                Some(json!({"credential": {"name": "Work laptop"}})),
            )
            .await;
        assert_eq!(
            (status, renamed["name"].as_str()),
            (StatusCode::OK, Some("Work laptop"))
        );
        let (status, _) = app
            .call(
                "PATCH",
                &cred,
                &app.admin,
                Some(json!({"credential": {"name": ""}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, one) = app.call("GET", &cred, &app.admin, None).await;
        assert_eq!(
            (status, one["name"].as_str()),
            (StatusCode::OK, Some("Work laptop"))
        );

        let lee = person(&app, "lee").await;
        app.job(
            &lee,
            json!({"delivery_method": "SHORT_CODE", "authenticator_config_id": config}),
        )
        .await;
        let (status, all) = app
            .call(
                "GET",
                &app.realm_path("/identities/-/credential-binding-jobs"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(
            (status, all["total_size"].as_i64()),
            (StatusCode::OK, Some(2)),
            "{all}"
        );
        let (status, _) = app
            .call(
                "GET",
                &app.realm_path("/identities/ffffffffffffffff/credential-binding-jobs"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn a_passkey_is_named_after_its_authenticator_model_when_known() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let max = person(&app, "max").await;
        let created = app.return_job(&max, &config).await;
        let one_password = [
            0xba, 0xda, 0x55, 0x66, 0xa7, 0xaa, 0x40, 0x1f, 0xbd, 0x96, 0x45, 0x61, 0x9a, 0x55, 0x12, 0x0d,
        ];
        let link = created["credential_binding_link"].as_str().unwrap();
        let (status, done) = app
            .bind_with(begin_link(link), &mut SoftPasskey::with_aaguid(one_password))
            .await;
        assert_eq!(status, StatusCode::OK, "{done}");
        assert_eq!(
            done["credential"]["aaguid"],
            "bada5566-a7aa-401f-bd96-45619a55120d"
        );
        assert_eq!(done["credential"]["name"], "1Password", "{}", app.backend);
    }
}

#[tokio::test]
async fn an_email_that_cannot_be_delivered_is_retried_then_fails_the_job_and_the_invite() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let ned = person(&app, "ned").await;
        // The outbox path is a file, so no message can be written under it.
        std::fs::write(&app.outbox, "not a directory").unwrap();
        let (status, created) = app
            .job(
                &ned,
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        let job_id = created["credential_binding_job"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        // Three attempts (the test policy), 30 s then 60 s apart.
        for (wait, attempts) in [(0, 1), (30, 2), (60, 3)] {
            app.clock.advance(Duration::seconds(wait));
            assert_eq!(app.deliver().await, 1, "attempt {attempts} is due");
            let (_, emails) = app
                .call("GET", &app.realm_path("/emails"), &app.admin, None)
                .await;
            assert_eq!(emails["emails"][0]["attempts"], attempts, "{emails}");
            assert!(
                emails["emails"][0]["last_error"]
                    .as_str()
                    .unwrap()
                    .contains("keybound-outbox"),
                "{emails}"
            );
            assert_eq!(app.deliver().await, 0, "nothing due until the backoff has passed");
        }
        let (_, emails) = app
            .call("GET", &app.realm_path("/emails"), &app.admin, None)
            .await;
        assert_eq!(emails["emails"][0]["status"], "FAILED", "{}", app.backend);
        assert_eq!(job_state(&app, &ned, &job_id).await, "FAILED_TO_SEND");
        assert_eq!(
            identity(&app, &ned).await["enrollment_status"],
            "INVITE_FAILED",
            "{}",
            app.backend
        );

        // Mail works again: a new enrolment email arrives and clears the failure.
        std::fs::remove_file(&app.outbox).unwrap();
        app.job(
            &ned,
            json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
        )
        .await;
        assert_eq!(app.deliver().await, 1);
        let (_, emails) = app
            .call("GET", &app.realm_path("/emails"), &app.admin, None)
            .await;
        assert_eq!(emails["emails"][1]["status"], "SENT", "{emails}");
        assert_eq!(
            identity(&app, &ned).await["enrollment_status"],
            "PENDING",
            "{}",
            app.backend
        );
    }
}

#[tokio::test]
async fn a_job_sends_its_chosen_template_and_the_realm_default_otherwise() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let templates = app.realm_path("/email-templates");
        let custom = json!({"email_template": {"name": "Welcome", "subject": "Welcome to {{ organization }}, {{ display_name }}",
            "html": "<h1>Hi {{ display_name }}</h1><p><a href=\"{{ link }}\">Start</a> before {{ expire_time }}</p>",
            "text": "Hi {{ username }}! Start here: {{ link }}\nRealm: {{ realm }}"}});
        let (status, template) = app.call("POST", &templates, &app.admin, Some(custom)).await;
        assert_eq!(status, StatusCode::OK, "{template}");
        assert_eq!(
            (template["kind"].as_str(), template["default"].as_bool()),
            (Some("enrollment_link"), Some(false))
        );
        let template_id = template["id"].as_str().unwrap().to_owned();

        let (status, preview) = app
            .call(
                "POST",
                &format!("{templates}/{template_id}:preview"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{preview}");
        assert_eq!(preview["subject"], "Welcome to Acme, Jane Doe");

        let ola = person(&app, "ola").await;
        let job = json!({"delivery_method": "EMAIL", "authenticator_config_id": config, "email_template_id": template_id});
        let (status, created) = app.job(&ola, job).await;
        assert_eq!(status, StatusCode::OK, "{created}");
        app.deliver().await;
        let email = app.last_email().unwrap();
        assert!(
            email.contains("Subject: Welcome to Keybound, ola Example"),
            "{email}"
        );
        assert!(
            email.contains("Hi ola! Start here: http://localhost:8080/"),
            "{email}"
        );
        assert!(email.contains("Realm: Default"), "{email}");
        let link = find_link(&email, ":invokeAuthenticator").unwrap();
        let (status, _) = app.bind(begin_link(&link)).await;
        assert_eq!(status, StatusCode::OK, "the templated link binds");

        // Made the realm's default, it is used when a job names none.
        let (status, _) = app
            .call(
                "PATCH",
                &format!("{templates}/{template_id}"),
                &app.admin,
                Some(json!({"email_template": {"default": true}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let pat = person(&app, "pat").await;
        app.job(
            &pat,
            json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
        )
        .await;
        app.deliver().await;
        assert!(
            app.last_email()
                .unwrap()
                .contains("Subject: Welcome to Keybound, pat Example"),
            "{}",
            app.backend
        );

        let (status, err) = app.job(&pat, json!({"delivery_method": "RETURN", "authenticator_config_id": config, "email_template_id": template_id})).await;
        assert_eq!(
            (status, err["details"][0]["field_violations"][0]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("job.email_template_id"))
        );
        let (status, _) = app.job(&pat, json!({"delivery_method": "EMAIL", "authenticator_config_id": config, "email_template_id": "ffffffffffffffff"})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn a_template_that_does_not_parse_is_refused_with_its_line() {
    for app in apps().await {
        let templates = app.realm_path("/email-templates");
        let broken = json!({"email_template": {"name": "Broken", "subject": "ok",
            "html": "<p>one</p>\n<p>two</p>\n{% if link %}<a>", "text": "fine"}});
        let (status, err) = app.call("POST", &templates, &app.admin, Some(broken)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        let violation = &err["details"][0]["field_violations"][0];
        assert_eq!(violation["field"], "email_template.html");
        assert!(
            violation["description"].as_str().unwrap().starts_with("line 3"),
            "{err}"
        );
        let (status, _) = app
            .call(
                "POST",
                &templates,
                &app.admin,
                Some(json!({"email_template": {"name": "x"}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (_, list) = app.call("GET", &templates, &app.admin, None).await;
        assert_eq!(list["total_size"], 0, "{}: nothing stored", app.backend);
    }
}

#[tokio::test]
async fn a_configs_rules_refuse_denied_models_and_synced_passkeys_and_say_why() {
    for app in apps().await {
        let config = |rules: Value| {
            let app = &app;
            async move {
                let mut body = json!({"authenticator_config": {"config": {"type": "hosted_web"}}});
                for (k, v) in rules.as_object().unwrap() {
                    body["authenticator_config"]["config"][k] = v.clone();
                }
                let (status, created) = app
                    .call(
                        "POST",
                        &app.realm_path("/authenticator-configs"),
                        &app.admin,
                        Some(body),
                    )
                    .await;
                assert_eq!(status, StatusCode::OK, "{created}");
                created
            }
        };
        let denied_model = "d8522d9f-575b-4866-88a9-ba99fa02f35b";
        let strict = config(
            json!({"aaguid_deny_list": [denied_model.to_uppercase()], "attestation_conveyance": "indirect"}),
        )
        .await;
        assert_eq!(strict["config"]["aaguid_deny_list"], json!([denied_model]));
        assert_eq!(strict["config"]["attestation_conveyance"], "indirect");
        assert_eq!(strict["config"]["synced_passkeys_allowed"], true);
        let strict = strict["id"].as_str().unwrap();
        let id = app.identity("rules", None).await["id"]
            .as_str()
            .unwrap()
            .to_owned();

        let bind = |config: String, device: SoftPasskey| {
            let app = &app;
            let id = id.clone();
            async move {
                let mut device = device;
                let created = app.return_job(&id, &config).await;
                let link = created["credential_binding_link"].as_str().unwrap();
                app.bind_with(begin_link(link), &mut device).await
            }
        };
        let model = |text: &str| -> [u8; 16] { *uuid::Uuid::parse_str(text).unwrap().as_bytes() };
        // The denied model is refused, with its name and why; another is bound.
        let (status, body) = bind(strict.to_owned(), SoftPasskey::with_aaguid(model(denied_model))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("not allowed by this organisation"),
            "{body}"
        );
        let (status, body) = bind(
            strict.to_owned(),
            SoftPasskey::with_aaguid(model("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");

        // Synced passkeys off: a backup-eligible one is refused, in plain words.
        let device_bound = config(json!({"synced_passkeys_allowed": false})).await;
        assert_eq!(device_bound["config"]["synced_passkeys_allowed"], false);
        let (status, body) = bind(
            device_bound["id"].as_str().unwrap().to_owned(),
            SoftPasskey::new(),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            body["message"].as_str().unwrap().contains("synced passkey"),
            "{body}"
        );

        // Both refusals are in the audit log with their reasons.
        let (_, events) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?filter=action%20eq%20%22credential.bound%22"),
                &app.admin,
                None,
            )
            .await;
        let failures: Vec<&str> = events["audit_events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["outcome"] == "FAILURE")
            .map(|e| e["detail"].as_str().unwrap())
            .collect();
        assert_eq!(failures.len(), 2, "{events}");
        assert!(failures.iter().any(|d| d.contains("synced passkey")));
        assert!(failures
            .iter()
            .any(|d| d.contains("not allowed by this organisation")));

        // Bad rules are refused.
        let (status, _) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "hosted_web", "attestation_conveyance": "always", "aaguid_deny_list": ["nope"]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn the_enrolment_email_says_what_to_do_on_the_device_the_job_asks_for() {
    for app in apps().await {
        let config = app.hosted_config().await;
        for (n, (device_type, words)) in [
            ("smartphone", "Open this on a computer, with your phone nearby"),
            ("hardware_key", "plug the key in"),
            ("contactless_card", "hold the card on the reader"),
            ("any", "Open this on the device that will hold your passkey"),
        ]
        .into_iter()
        .enumerate()
        {
            let username = format!("dev{n}");
            let address = format!("{username}@example.com");
            let id = app.identity(&username, Some(&address)).await["id"]
                .as_str()
                .unwrap()
                .to_owned();
            let (status, created) = app
                .job(&id, json!({"delivery_method": "EMAIL", "authenticator_config_id": config, "device_type": device_type}))
                .await;
            assert_eq!(status, StatusCode::OK, "{created}");
            assert_eq!(app.deliver().await, 1);
            let email = app.last_email().unwrap();
            assert!(email.contains(words), "{device_type}: {email}");
        }
    }
}
