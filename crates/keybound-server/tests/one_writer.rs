//! The same change, made through the REST API and through the console, is the same change: the
//! same audit action with the same detail, on the same target, on every backend. (The command
//! line's share is in the `keybound` crate's CLI tests.)

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use support::console::{csrf_of, send, signed_in};
use support::{apps, TestApp};

/// The newest audit event: (action, target type, detail, actor type).
async fn newest(app: &TestApp) -> (String, String, String, String) {
    let (status, events) = app
        .call(
            "GET",
            &app.realm_path("/audit-events?page_size=1"),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{events}");
    let e = &events["audit_events"][0];
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    (
        text(&e["action"]),
        text(&e["target"]["type"]),
        text(&e["detail"]),
        text(&e["actor"]["type"]),
    )
}

/// Replaces `{id}` and `{other}` in a template.
fn fill(template: &str, id: &str, other: &str) -> String {
    template.replace("{id}", id).replace("{other}", other)
}

/// One change, both ways: the REST request (method, path under the realm or `/v1…`, body) and
/// the console form (path, fields), each made on its own fresh target.
struct Change {
    action: &'static str,
    rest: (&'static str, &'static str, Option<Value>),
    console: (&'static str, &'static str),
}

/// A fresh target for a change: a person (`{id}`) and a group or API token (`{other}`).
async fn targets(app: &TestApp, n: usize, token_for: &str) -> (String, String) {
    let person = app.identity(&format!("person{n}"), None).await;
    let id = person["id"].as_str().unwrap().to_owned();
    let other = match token_for {
        "group" => {
            let body = json!({"group": {"display_name": format!("Group {n}"), "description": ""}});
            let (_, group) = app
                .call("POST", &app.realm_path("/groups"), &app.admin, Some(body))
                .await;
            group["id"].as_str().unwrap().to_owned()
        }
        _ => {
            let body = json!({"api_token": {"name": format!("token {n}"), "scopes": ["identities:read"]}});
            let (_, token) = app
                .call(
                    "POST",
                    &format!("/v1/tenants/{}/api-tokens", app.tenant_id),
                    &app.admin,
                    Some(body),
                )
                .await;
            token["api_token"]["id"].as_str().unwrap().to_owned()
        }
    };
    (id, other)
}

#[tokio::test]
async fn a_change_is_audited_alike_from_the_api_and_the_console() {
    let changes = [
        Change {
            action: "identity.suspended",
            rest: (
                "PATCH",
                "/identities/{id}",
                Some(json!({"identity": {"status": "suspended"}})),
            ),
            console: ("/console/users/{id}/status", "status=suspended"),
        },
        Change {
            action: "identity.updated",
            rest: (
                "PATCH",
                "/identities/{id}",
                Some(json!({"identity": {"display_name": "Renamed"}})),
            ),
            console: (
                "/console/users/{id}",
                "display_name=Renamed&given_name=&family_name=&email=",
            ),
        },
        Change {
            action: "group.member_added",
            rest: (
                "POST",
                "/groups/{other}:addMembers",
                Some(json!({"identity_ids": ["{id}"]})),
            ),
            console: ("/console/users/{id}/groups", "group={other}&change=add"),
        },
        Change {
            action: "api_token.revoked",
            rest: ("DELETE", "/v1/tenants/{tenant}/api-tokens/{other}", None),
            console: ("/console/api-tokens/{other}/revoke", ""),
        },
        Change {
            action: "identity.deleted",
            rest: ("DELETE", "/identities/{id}", None),
            console: ("/console/users/{id}/delete", ""),
        },
    ];
    for app in apps().await {
        let (admin, _) = signed_in(&app, "the.admin", true).await;
        let (_, page, _) = send(&app, "GET", "/console", &admin, None).await;
        let csrf = csrf_of(&page);
        for (i, change) in changes.iter().enumerate() {
            let kind = if change.rest.1.contains("groups") || change.console.0.contains("groups") {
                "group"
            } else {
                "token"
            };
            // Through the REST API.
            let (id, other) = targets(&app, 2 * i, kind).await;
            let (method, path, body) = &change.rest;
            let path = fill(path, &id, &other).replace("{tenant}", &app.tenant_id);
            let uri = if path.starts_with("/v1") {
                path
            } else {
                app.realm_path(&path)
            };
            let body = body
                .as_ref()
                .map(|b| serde_json::from_str(&fill(&b.to_string(), &id, &other)).unwrap());
            let (status, answer) = app.call(method, &uri, &app.admin, body).await;
            assert_eq!(status, StatusCode::OK, "{}: {uri}: {answer}", app.backend);
            let by_api = newest(&app).await;

            // Through the console, on the same kind of fresh target.
            let (id, other) = targets(&app, 2 * i + 1, kind).await;
            let (path, fields) = change.console;
            let form = format!("csrf={csrf}&{}", fill(fields, &id, &other));
            let (status, body, _) = send(&app, "POST", &fill(path, &id, &other), &admin, Some(&form)).await;
            assert!(
                status == StatusCode::SEE_OTHER || status == StatusCode::OK,
                "{}: {path}: {status} {body}",
                app.backend
            );
            let by_console = newest(&app).await;

            assert_eq!(by_api.0, change.action, "{}: {by_api:?}", app.backend);
            assert_eq!(by_api.3, "api_token");
            assert_eq!(by_console.3, "identity", "the administrator acted");
            // Same action, target and detail; the names differ only by the fresh target's number.
            let strip = |d: &str| {
                let mut d = d.to_owned();
                for n in [2 * i, 2 * i + 1] {
                    for name in [format!("person{n}"), format!("token {n}"), format!("Group {n}")] {
                        d = d.replace(&name, "(fresh target)");
                    }
                }
                d
            };
            assert_eq!(
                (&by_api.0, &by_api.1, strip(&by_api.2)),
                (&by_console.0, &by_console.1, strip(&by_console.2)),
                "{}: {}",
                app.backend,
                change.action
            );
        }
    }
}

#[tokio::test]
async fn a_test_email_from_the_settings_is_sent_and_audited() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "the.admin", true).await;
        let (_, page, _) = send(&app, "GET", "/console/settings", &admin, None).await;
        let form = format!("csrf={}&to=ops%40example.com", csrf_of(&page));
        let (status, page, _) = send(&app, "POST", "/console/settings/test-email", &admin, Some(&form)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Sent to ops@example.com"), "{page}");
        let email = app.last_email().unwrap();
        assert!(email.contains("Keybound test message") && email.contains("ops@example.com"));
        let (action, _, detail, actor) = newest(&app).await;
        assert_eq!(
            (action.as_str(), actor.as_str()),
            ("email.tested", "identity"),
            "{detail}"
        );
        assert!(detail.contains("the outbox folder"), "{detail}");

        let form = format!("csrf={}&to=not-an-address", csrf_of(&page));
        let (_, page, _) = send(&app, "POST", "/console/settings/test-email", &admin, Some(&form)).await;
        assert!(page.contains("is not an email address"), "{page}");
    }
}
