//! Security keys by device type and per-key policy, in process with a software authenticator,
//! on every backend: the API checks the fields, the creation options follow the type, results
//! that do not match are refused with the job left open, and verification is enforced per key
//! at sign-in.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use support::{apps, TestApp, PUBLIC_URL};

/// An identity and a RETURN job for it with these extra job fields; returns (identity id, job
/// id, link token) or the refusal.
async fn job(
    app: &TestApp,
    config: &str,
    extra: Value,
) -> Result<(String, String, String), (StatusCode, Value)> {
    let id = app.identity(&format!("k{}", keybound_core::new_id()), None).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut body = json!({"delivery_method": "RETURN", "authenticator_config_id": config});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let (status, created) = app.job(&id, body).await;
    if status != StatusCode::OK {
        return Err((status, created));
    }
    let (job_id, token) = support::link_parts(created["credential_binding_link"].as_str().unwrap());
    Ok((id, job_id, token))
}

async fn begin(app: &TestApp, job_id: &str, token: &str) -> Value {
    let (status, begun) = app
        .post("/bind/begin", json!({"link": {"job_id": job_id, "token": token}}))
        .await;
    assert_eq!(status, StatusCode::OK, "{begun}");
    begun
}

#[tokio::test]
async fn the_api_checks_device_types_and_policies() {
    for app in apps().await {
        let config = app.hosted_config().await;
        for (extra, field) in [
            (json!({"device_type": "laptop"}), "job.device_type"),
            (
                json!({"device_policy": {"user_verification": "sometimes"}}),
                "job.device_policy.user_verification",
            ),
            (
                json!({"device_policy": {"auditable": "yes"}}),
                "job.device_policy.auditable",
            ),
            (json!({"key_name": "x".repeat(65)}), "job.key_name"),
        ] {
            let (status, err) = job(&app, &config, extra.clone()).await.unwrap_err();
            assert_eq!(status, StatusCode::BAD_REQUEST, "{extra}: {err}");
            let named = err["details"][0]["field_violations"][0]["field"]
                .as_str()
                .unwrap();
            assert!(named.starts_with(field), "{extra}: {named}");
        }
        let (_, err) = job(&app, &config, json!({"device_policy": {"pin": true}}))
            .await
            .unwrap_err();
        assert!(
            err["message"].as_str().unwrap().contains("pin"),
            "unknown policy fields are named: {err}"
        );
        let jobs = app
            .call(
                "GET",
                &app.realm_path("/identities/-/credential-binding-jobs"),
                &app.admin,
                None,
            )
            .await
            .1;
        assert_eq!(
            jobs["total_size"], 0,
            "{}: refused requests made nothing",
            app.backend
        );
    }
}

#[tokio::test]
async fn creation_options_follow_the_device_type_and_policy() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let (status, hw_config) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "hosted_web", "require_attestation": true,
                    "aaguid_allow_list": ["EE882879-721C-4913-9775-3DFCCE97072A"]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{hw_config}");
        assert_eq!(
            hw_config["config"]["aaguid_allow_list"][0],
            "ee882879-721c-4913-9775-3dfcce97072a"
        );
        let hw_config = hw_config["id"].as_str().unwrap();
        for (config, extra, attachment, hints, uv, attestation) in [
            (
                config.as_str(),
                json!({}),
                Value::Null,
                Value::Null,
                "required",
                "none",
            ),
            (
                config.as_str(),
                json!({"device_type": "smartphone"}),
                json!("cross-platform"),
                json!(["hybrid"]),
                "required",
                "none",
            ),
            (
                config.as_str(),
                json!({"device_type": "smartphone", "device_policy": {"bluetooth_proximity": false}}),
                json!("cross-platform"),
                json!(["security-key"]),
                "required",
                "none",
            ),
            (
                config.as_str(),
                json!({"device_type": "contactless_card"}),
                json!("cross-platform"),
                json!(["security-key"]),
                "required",
                "none",
            ),
            (
                config.as_str(),
                json!({"device_type": "any", "device_policy": {"user_verification": "preferred"}}),
                Value::Null,
                Value::Null,
                "preferred",
                "none",
            ),
            (
                hw_config,
                json!({"device_type": "hardware_key"}),
                json!("cross-platform"),
                json!(["security-key"]),
                "required",
                "direct",
            ),
        ] {
            let (_, job_id, token) = job(&app, config, extra.clone()).await.unwrap();
            let options = &begin(&app, &job_id, &token).await["public_key"];
            let selection = &options["authenticatorSelection"];
            assert_eq!(selection["authenticatorAttachment"], attachment, "{extra}");
            assert_eq!(options["hints"], hints, "{extra}");
            assert_eq!(selection["userVerification"], uv, "{extra}");
            assert_eq!(selection["residentKey"], "required");
            assert_eq!(
                options["attestation"].as_str().unwrap_or("none"),
                attestation,
                "{extra}"
            );
        }
    }
}

#[tokio::test]
async fn a_result_that_does_not_match_the_key_is_refused_and_the_job_stays_open() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let (identity, job_id, token) = job(&app, &config, json!({"device_type": "smartphone"}))
            .await
            .unwrap();
        let mut phone = SoftPasskey::new();
        for (attachment, transports, expected) in [
            ("platform", json!(["internal"]), StatusCode::UNPROCESSABLE_ENTITY),
            ("cross-platform", json!(["usb"]), StatusCode::UNPROCESSABLE_ENTITY),
            ("cross-platform", json!(["hybrid"]), StatusCode::OK),
        ] {
            let begun = begin(&app, &job_id, &token).await;
            let mut answer = phone.register(PUBLIC_URL, &begun["public_key"]).await.unwrap();
            answer["authenticatorAttachment"] = attachment.into();
            answer["response"]["transports"] = transports.clone();
            let (status, body) = app
                .post(
                    "/bind/finish",
                    json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
                )
                .await;
            assert_eq!(
                status, expected,
                "{}: {attachment} {transports}: {body}",
                app.backend
            );
            if status != StatusCode::OK {
                assert!(
                    body["message"]
                        .as_str()
                        .unwrap()
                        .to_lowercase()
                        .contains("smartphone"),
                    "{body}"
                );
            }
            phone = SoftPasskey::new();
        }
        let creds = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{identity}/credentials")),
                &app.admin,
                None,
            )
            .await
            .1;
        assert_eq!(creds["total_size"], 1, "only the matching phone was bound");
        assert_eq!(creds["credentials"][0]["device_type"], "smartphone");
        assert_eq!(creds["credentials"][0]["transports"], json!(["hybrid"]));

        // A hardware key under a config that requires attestation: "none" is refused.
        let (status, strict) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "hosted_web", "require_attestation": true}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, job_id, token) = job(
            &app,
            strict["id"].as_str().unwrap(),
            json!({"device_type": "hardware_key"}),
        )
        .await
        .unwrap();
        let begun = begin(&app, &job_id, &token).await;
        let mut answer = SoftPasskey::new()
            .register(PUBLIC_URL, &begun["public_key"])
            .await
            .unwrap();
        answer["authenticatorAttachment"] = "cross-platform".into();
        answer["response"]["transports"] = json!(["usb"]);
        let (status, body) = app
            .post(
                "/bind/finish",
                json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            body["message"].as_str().unwrap().contains("attestation"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn verification_is_enforced_at_sign_in_for_keys_that_require_it() {
    for app in apps().await {
        let config = app.hosted_config().await;
        // "preferred": a key that cannot verify is accepted, and signs in unverified. (A key that
        // did verify when bound must always verify: webauthn-rs holds it to what it showed.)
        for (uv, signs_in) in [("required", false), ("preferred", true)] {
            let (_, job_id, token) = job(&app, &config, json!({"device_policy": {"user_verification": uv}}))
                .await
                .unwrap();
            let verifying = SoftPasskey::new();
            let mut key = if signs_in {
                verifying.without_verification()
            } else {
                verifying
            };
            let mut begun = begin(&app, &job_id, &token).await;
            // Without credProtect, so that the authenticator itself does not insist on
            // verification: what is tested here is that Keybound does.
            begun["public_key"]["extensions"]
                .as_object_mut()
                .unwrap()
                .remove("credentialProtectionPolicy");
            let answer = key.register(PUBLIC_URL, &begun["public_key"]).await.unwrap();
            let (status, body) = app
                .post(
                    "/bind/finish",
                    json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            // The same key on an authenticator that cannot verify the user.
            let mut unverified = key.without_verification();
            let (_, begun) = app.post("/signin/begin", json!({})).await;
            let answer = unverified
                .authenticate(PUBLIC_URL, &begun["public_key"])
                .await
                .unwrap();
            let (status, body) = app
                .post(
                    "/signin/finish",
                    json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
                )
                .await;
            if signs_in {
                assert_eq!(status, StatusCode::OK, "{}: {uv}: {body}", app.backend);
            } else {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{}: {uv}: {body}", app.backend);
                assert!(body["message"].as_str().unwrap().contains("verif"), "{body}");
            }
        }
    }
}

#[tokio::test]
async fn a_person_confirming_who_they_are_is_offered_their_passkeys_with_their_transports_and_hints() {
    use support::console::session_cookie;
    for app in apps().await {
        let config = app.hosted_config().await;
        let identity = app.identity(&format!("k{}", keybound_core::new_id()), None).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let mut ids = Vec::new();
        for (device_type, transports) in [
            ("smartphone", json!(["hybrid"])),
            ("hardware_key", json!(["usb"])),
        ] {
            let (_, created) = app
                .job(
                    &identity,
                    json!({"delivery_method": "RETURN", "authenticator_config_id": config, "device_type": device_type}),
                )
                .await;
            let (job_id, token) = support::link_parts(created["credential_binding_link"].as_str().unwrap());
            let attachment = "cross-platform";
            let begun = begin(&app, &job_id, &token).await;
            let mut answer = SoftPasskey::new()
                .register(PUBLIC_URL, &begun["public_key"])
                .await
                .unwrap();
            answer["authenticatorAttachment"] = attachment.into();
            answer["response"]["transports"] = transports;
            ids.push(answer["id"].as_str().unwrap().to_owned());
            let (status, body) = app
                .post(
                    "/bind/finish",
                    json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
        let cookie = session_cookie(&app, &identity, true).await;
        let begin_with = |cookie: Option<String>, body: Value| {
            let router = app.router.clone();
            async move {
                use http_body_util::BodyExt;
                use tower::ServiceExt;
                let mut req =
                    axum::http::Request::post("/signin/begin").header("content-type", "application/json");
                if let Some(cookie) = cookie {
                    req = req.header("cookie", cookie);
                }
                let res = router
                    .oneshot(req.body(axum::body::Body::from(body.to_string())).unwrap())
                    .await
                    .unwrap();
                assert_eq!(res.status(), StatusCode::OK);
                let bytes = res.into_body().collect().await.unwrap().to_bytes();
                serde_json::from_slice::<Value>(&bytes).unwrap()["public_key"].clone()
            }
        };

        let confirming = begin_with(Some(cookie.clone()), json!({"reauthenticate": true})).await;
        let allowed = confirming["allowCredentials"].as_array().unwrap();
        assert_eq!(allowed.len(), 2, "{confirming}");
        for (id, transports) in ids.iter().zip([json!(["hybrid"]), json!(["usb"])]) {
            let offered = allowed.iter().find(|a| a["id"] == id.as_str()).unwrap();
            assert_eq!(offered["transports"], transports, "{confirming}");
        }
        let hints: Vec<&str> = confirming["hints"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert!(
            hints.contains(&"hybrid") && hints.contains(&"security-key"),
            "{confirming}"
        );

        // An ordinary sign-in, or one without a session, offers any passkey.
        for (cookie, body) in [
            (Some(cookie.clone()), json!({})),
            (None, json!({"reauthenticate": true})),
        ] {
            let options = begin_with(cookie, body).await;
            assert!(
                options["allowCredentials"].as_array().is_none_or(Vec::is_empty),
                "{options}"
            );
            assert!(options.get("hints").is_none(), "{options}");
        }
    }
}
