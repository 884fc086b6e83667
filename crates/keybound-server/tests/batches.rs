//! Batch credential binding jobs on every backend: a batch answers at once and its jobs are made
//! in the background, each person succeeding or failing alone; bad batches are refused whole;
//! the scopes are their own; a worker that dies mid-batch is taken over when its lease runs
//! out, and nobody gets two jobs.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use support::{apps, TestApp};

async fn person(app: &TestApp, username: &str, email: bool) -> String {
    let address = format!("{username}@example.com");
    app.identity(username, email.then_some(address.as_str())).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn batch_body(ids: &[String], config: &str) -> Value {
    json!({"batch_credential_binding_job": {"identity_ids": ids,
        "job_template": {"delivery_method": "EMAIL", "authenticator_config_id": config}}})
}

async fn post_batch(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    app.call(
        "POST",
        &app.realm_path("/batch-credential-binding-jobs"),
        token,
        Some(body),
    )
    .await
}

async fn batch(app: &TestApp, id: &str) -> Value {
    let (status, body) = app
        .call(
            "GET",
            &app.realm_path(&format!("/batch-credential-binding-jobs/{id}")),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["batch_credential_binding_job"].clone()
}

async fn results(app: &TestApp, id: &str) -> Vec<Value> {
    let uri = app.realm_path(&format!("/batch-credential-binding-jobs/{id}:listResults"));
    let (status, body) = app.call("GET", &uri, &app.admin, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["results"].as_array().unwrap().clone()
}

async fn jobs_of(app: &TestApp, identity_id: &str) -> usize {
    let uri = app.realm_path(&format!("/identities/{identity_id}/credential-binding-jobs"));
    let (_, body) = app.call("GET", &uri, &app.admin, None).await;
    body["credential_binding_jobs"].as_array().unwrap().len()
}

#[tokio::test]
async fn a_batch_answers_at_once_and_its_jobs_are_made_in_the_background_each_person_alone() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let ann = person(&app, "ann", true).await;
        let bob = person(&app, "bob", false).await;
        let cy = person(&app, "cy", true).await;
        let suspend = json!({"identity": {"status": "suspended"}});
        app.call(
            "PATCH",
            &app.realm_path(&format!("/identities/{cy}")),
            &app.admin,
            Some(suspend),
        )
        .await;
        let ids = vec![ann.clone(), bob.clone(), cy.clone(), "nosuchperson".into()];
        let (status, made) = post_batch(&app, &app.admin, batch_body(&ids, &config)).await;
        assert_eq!(status, StatusCode::OK, "{made}");
        let made = &made["batch_credential_binding_job"];
        assert_eq!(made["state"], "PENDING");
        assert_eq!(
            (made["total"].as_i64(), made["pending"].as_i64()),
            (Some(4), Some(4))
        );
        assert_eq!(made["identity_ids"], json!(ids));
        assert_eq!(made["job_template"]["authenticator_config_id"], config.as_str());
        let id = made["id"].as_str().unwrap().to_owned();
        assert_eq!(
            jobs_of(&app, &ann).await,
            0,
            "nothing made before the worker runs"
        );

        let settled = keybound_app::batches::work_once(&app.state).await.unwrap();
        assert_eq!(settled, 4, "{}", app.backend);
        let done = batch(&app, &id).await;
        assert_eq!(done["state"], "COMPLETE");
        assert_eq!(
            (
                done["pending"].as_i64(),
                done["created"].as_i64(),
                done["failed"].as_i64()
            ),
            (Some(0), Some(1), Some(3))
        );
        let listed = results(&app, &id).await;
        assert_eq!(listed.len(), 4);
        assert_eq!(listed[0]["identity_id"], ann.as_str());
        assert_eq!(listed[0]["state"], "CREATED");
        assert!(listed[0]["credential_binding_job_id"].is_string());
        for failed in &listed[1..] {
            assert_eq!(failed["state"], "FAILED", "{failed}");
            assert!(
                failed["error"].as_str().is_some_and(|e| !e.is_empty()),
                "{failed}"
            );
        }
        assert_eq!(jobs_of(&app, &ann).await, 1);
        let (_, emails) = app
            .call("GET", &app.realm_path("/emails"), &app.admin, None)
            .await;
        assert!(
            emails.to_string().contains("ann@example.com"),
            "ann's email is queued: {emails}"
        );
        assert_eq!(
            keybound_app::batches::work_once(&app.state).await.unwrap(),
            0,
            "nothing left"
        );
    }
}

#[tokio::test]
async fn a_bad_batch_is_refused_whole_and_the_scopes_are_their_own() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let ann = person(&app, "ann", true).await;
        let too_many: Vec<String> = (0..1001).map(|i| format!("id{i}")).collect();
        let mut wrong_method = batch_body(std::slice::from_ref(&ann), &config);
        wrong_method["batch_credential_binding_job"]["job_template"]["delivery_method"] = "RETURN".into();
        for (body, why) in [
            (batch_body(&[], &config), "no ids"),
            (batch_body(&too_many, &config), "1,001 ids"),
            (
                batch_body(std::slice::from_ref(&ann), "nosuchconfig"),
                "an unknown config",
            ),
            (wrong_method, "not EMAIL"),
        ] {
            let (status, said) = post_batch(&app, &app.admin, body).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {said}");
        }
        assert_eq!(
            keybound_app::batches::work_once(&app.state).await.unwrap(),
            0,
            "nothing was stored"
        );

        let token = |scopes: Value| {
            let app = &app;
            async move {
                let uri = format!("/v1/tenants/{}/api-tokens", app.tenant_id);
                let body = json!({"api_token": {"name": "t", "scopes": scopes}});
                let (_, made) = app.call("POST", &uri, &app.admin, Some(body)).await;
                made["secret"].as_str().unwrap().to_owned()
            }
        };
        let jobs_only = token(json!(["credential-binding-jobs:*"])).await;
        let (status, _) = post_batch(&app, &jobs_only, batch_body(std::slice::from_ref(&ann), &config)).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "credential-binding-jobs:* does not imply batches"
        );
        let batches = token(json!([
            "batch-credential-binding-jobs:create",
            "credential-binding-jobs:create"
        ]))
        .await;
        let (status, made) =
            post_batch(&app, &batches, batch_body(std::slice::from_ref(&ann), &config)).await;
        assert_eq!(status, StatusCode::OK, "{made}");
        let id = made["batch_credential_binding_job"]["id"].as_str().unwrap();
        let (status, _) = app
            .call(
                "GET",
                &app.realm_path(&format!("/batch-credential-binding-jobs/{id}")),
                &batches,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "reading needs :read");
        let (status, _) = app
            .call(
                "GET",
                &app.realm_path("/batch-credential-binding-jobs/nosuchbatch"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn a_batch_whose_worker_died_is_finished_by_another_and_nobody_gets_two_jobs() {
    for app in apps().await {
        let config = app.hosted_config().await;
        let mut ids = Vec::new();
        for i in 0..30 {
            ids.push(person(&app, &format!("p{i:02}"), true).await);
        }
        let (status, made) = post_batch(&app, &app.admin, batch_body(&ids, &config)).await;
        assert_eq!(status, StatusCode::OK, "{made}");
        let id = made["batch_credential_binding_job"]["id"]
            .as_str()
            .unwrap()
            .to_owned();

        // A worker takes the batch and dies before making anything: its lease holds the batch
        // for a minute, then a replica takes it over and makes every job.
        let now = keybound_core::clock::Clock::now(&*app.clock);
        let claimed = app
            .state
            .store()
            .claim_batch(now, now + time::Duration::seconds(60))
            .await
            .unwrap();
        assert!(claimed.is_some());
        assert_eq!(batch(&app, &id).await["state"], "RUNNING");
        assert_eq!(
            keybound_app::batches::work_once(&app.state).await.unwrap(),
            0,
            "held by the lease"
        );
        app.clock.advance(time::Duration::seconds(61));
        let replica = app.replica_state().await;
        let (a, b) = tokio::join!(
            keybound_app::batches::work_once(&replica),
            keybound_app::batches::work_once(&app.state)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 30, "{}", app.backend);
        assert_eq!(batch(&app, &id).await["state"], "COMPLETE");
        for id in &ids {
            assert_eq!(jobs_of(&app, id).await, 1, "{}: one job each", app.backend);
        }
    }
}

#[tokio::test]
async fn people_added_by_csv_import_get_one_enrolment_email_when_the_realm_says_so() {
    use support::console::{csrf_of, send, signed_in};
    for app in apps().await {
        let config = app.hosted_config().await;
        let settings = app.realm_path("/settings");
        let (status, body) = app
            .call(
                "PATCH",
                &settings,
                &app.admin,
                Some(json!({"settings": {"enroll_on_provision": {"enabled": true}}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "a config is needed: {body}");
        let turn_on = json!({"settings": {"enroll_on_provision": {"enabled": true, "authenticator_config_id": config}}});
        let (status, body) = app.call("PATCH", &settings, &app.admin, Some(turn_on)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["enroll_on_provision"]["enabled"], true);
        assert_eq!(
            body["enroll_on_provision"]["authenticator_config_id"],
            config.as_str()
        );

        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, page, _) = send(&app, "GET", "/console/users/import", &admin, None).await;
        let csv = "username,email\nimp-ann,imp-ann@example.com\nimp-bob,\n";
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf", csrf_of(&page).as_str()),
                ("csv", csv),
                ("mode", "import"),
            ])
            .finish();
        let (status, report, _) = send(&app, "POST", "/console/users/import", &admin, Some(&body)).await;
        assert_eq!(status, StatusCode::OK, "{report}");
        while keybound_app::batches::work_once(&app.state).await.unwrap() > 0 {}
        let (_, people) = app
            .call("GET", &app.realm_path("/identities"), &app.admin, None)
            .await;
        let id_of = |username: &str| {
            people["identities"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["traits"]["username"] == username)
                .unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        assert_eq!(
            jobs_of(&app, &id_of("imp-ann")).await,
            1,
            "{}: one enrolment email",
            app.backend
        );
        assert_eq!(jobs_of(&app, &id_of("imp-bob")).await, 0, "no address, no email");

        // Off again: the next import sends nothing.
        let off = json!({"settings": {"enroll_on_provision": {"enabled": false}}});
        let (_, body) = app.call("PATCH", &settings, &app.admin, Some(off)).await;
        assert_eq!(body["enroll_on_provision"]["enabled"], false);
        let (_, page, _) = send(&app, "GET", "/console/users/import", &admin, None).await;
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf", csrf_of(&page).as_str()),
                ("csv", "username,email\nimp-cy,imp-cy@example.com\n"),
                ("mode", "import"),
            ])
            .finish();
        send(&app, "POST", "/console/users/import", &admin, Some(&body)).await;
        assert_eq!(keybound_app::batches::work_once(&app.state).await.unwrap(), 0);
    }
}
