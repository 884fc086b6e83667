//! Console roles, on every backend: each role against each thing the console does (allowed:
//! done; otherwise 403 and nothing changed), a role limited to a group (everyone outside it is
//! not found), nobody acting on someone whose rights equal or exceed theirs, and roles given
//! and taken over the API.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_core::role::{Role, RoleGrant};
use serde_json::{json, Value};
use support::console::{csrf_of, send, signed_in_as};
use support::{apps, TestApp};

/// A group made over the API; its id.
async fn group(app: &TestApp, name: &str) -> String {
    let body = json!({"group": {"display_name": name}});
    let (status, group) = app
        .call("POST", &app.realm_path("/groups"), &app.admin, Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{group}");
    group["id"].as_str().unwrap().to_owned()
}

async fn add_member(app: &TestApp, group_id: &str, identity_id: &str) {
    let uri = app.realm_path(&format!("/groups/{group_id}:addMembers"));
    let (status, body) = app
        .call(
            "POST",
            &uri,
            &app.admin,
            Some(json!({"identity_ids": [identity_id]})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// A person made over the API, in `group_id` if given, with the role `role` if given; their id.
async fn person(app: &TestApp, username: &str, group_id: Option<&str>, role: Option<Role>) -> String {
    let id = app
        .identity(username, Some(&format!("{username}@example.com")))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    if let Some(g) = group_id {
        add_member(app, g, &id).await;
    }
    if let Some(role) = role {
        let grant = RoleGrant::new(role, Vec::new());
        assert!(app.state.store().set_role(&id, Some(&grant)).await.unwrap());
    }
    id
}

async fn patch(app: &TestApp, uri: &str, token: &str, body: Value) -> (StatusCode, Value) {
    app.call("PATCH", uri, token, Some(body)).await
}

/// How many events the realm's audit log holds.
async fn audited(app: &TestApp) -> i64 {
    let one = keybound_core::page::PageRequest { size: 1, after: None };
    app.state
        .store()
        .list_audit(&app.realm_id, &Default::default(), one)
        .await
        .unwrap()
        .total_size
}

async fn identity(app: &TestApp, id: &str) -> Value {
    let (status, body) = app
        .call(
            "GET",
            &app.realm_path(&format!("/identities/{id}")),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

/// What a console request of a signed-in role holder came to.
async fn console(app: &TestApp, cookie: &str, method: &str, uri: &str, form: &str) -> (StatusCode, String) {
    let (_, dashboard, _) = send(app, "GET", "/console", cookie, None).await;
    let form = (method == "POST").then(|| format!("csrf={}&{form}", csrf_of(&dashboard)));
    let (status, body, _) = send(app, method, uri, cookie, form.as_deref()).await;
    (status, body)
}

/// A 9-character code for `id`, asked by the holder of `cookie`.
async fn code(app: &TestApp, cookie: &str, id: &str) -> (StatusCode, String) {
    let uri = format!("/console/users/{id}/enroll/code");
    console(app, cookie, "POST", &uri, "").await
}

#[tokio::test]
async fn each_role_does_what_its_row_allows_and_is_refused_the_rest_with_nothing_changed() {
    use Role::*;
    for app in apps().await {
        let pat = person(&app, "pat", None, None).await;
        let body = json!({"application": {"display_name": "Wiki", "protocol_config": {
            "type": "oidc", "redirect_uris": ["https://wiki.example.com/cb"]}}});
        let (status, wiki) = app
            .call("POST", &app.realm_path("/applications"), &app.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{wiki}");
        let wiki = wiki["id"].as_str().unwrap().to_owned();
        let pages = format!("/console/users/{pat}");
        for role in Role::ALL {
            // (method, path, form, the roles allowed).
            let made = format!("display_name=Made+by+{}", role.as_str());
            let cases: Vec<(&str, String, &str, &[Role])> = vec![
                (
                    "GET",
                    "/console/users".into(),
                    "",
                    &[Helpdesk, UserManager, Auditor, Admin],
                ),
                ("GET", pages.clone(), "", &[Helpdesk, UserManager, Auditor, Admin]),
                (
                    "POST",
                    format!("{pages}/enroll/code"),
                    "",
                    &[Helpdesk, UserManager, Admin],
                ),
                (
                    "POST",
                    format!("{pages}/enroll/login-code"),
                    "expires=15m",
                    &[Helpdesk, UserManager, Admin],
                ),
                (
                    "POST",
                    pages.clone(),
                    "display_name=Renamed",
                    &[UserManager, Admin],
                ),
                (
                    "POST",
                    format!("{pages}/status"),
                    "status=suspended",
                    &[UserManager, Admin],
                ),
                ("POST", "/console/groups".into(), &made, &[UserManager, Admin]),
                (
                    "GET",
                    "/console/groups".into(),
                    "",
                    &[UserManager, Auditor, Admin],
                ),
                (
                    "GET",
                    "/console/signup-tokens".into(),
                    "",
                    &[UserManager, Auditor, Admin],
                ),
                (
                    "GET",
                    "/console/applications".into(),
                    "",
                    &[AppManager, Auditor, Admin],
                ),
                (
                    "POST",
                    format!("/console/applications/{wiki}/rotate-secret"),
                    "",
                    &[AppManager, Admin],
                ),
                (
                    "GET",
                    "/console/authenticator-configs".into(),
                    "",
                    &[Auditor, Admin],
                ),
                ("GET", "/console/email-templates".into(), "", &[Auditor, Admin]),
                ("GET", "/console/settings".into(), "", &[Auditor, Admin]),
                (
                    "POST",
                    "/console/settings".into(),
                    "organization=Changed&signup_mode=disabled",
                    &[Admin],
                ),
                ("GET", "/console/ldap".into(), "", &[Auditor, Admin]),
                ("GET", "/console/audit".into(), "", &[Auditor, Admin]),
                ("GET", "/console/api-tokens".into(), "", &[Admin]),
                (
                    "POST",
                    "/console/api-tokens".into(),
                    "name=made&scopes=identities:read",
                    &[Admin],
                ),
                (
                    "POST",
                    "/console/signup-tokens".into(),
                    "usage_limit=2&expires=1d",
                    &[UserManager, Admin],
                ),
                (
                    "POST",
                    "/console/authenticator-configs".into(),
                    "display_name=Hosted&config_type=hosted_web",
                    &[Admin],
                ),
                ("POST", format!("{pages}/role"), "role=helpdesk", &[Admin]),
            ];
            let name = format!("as-{}", role.as_str().replace('_', "-"));
            let (cookie, _) = signed_in_as(&app, &name, RoleGrant::new(role, Vec::new())).await;
            let (status, _) = console(&app, &cookie, "GET", "/console", "").await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{}: every role has a home page",
                app.backend
            );
            for (method, uri, form, allowed) in &cases {
                let before = (identity(&app, &pat).await, audited(&app).await);
                let (status, body) = console(&app, &cookie, method, uri, form).await;
                let said = format!("{}: {} {method} {uri}", app.backend, role.as_str());
                if allowed.contains(&role) {
                    assert!(
                        status.is_success() || status.is_redirection(),
                        "{said}: {status} {body}"
                    );
                } else {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{said}: {body}");
                    let after = (identity(&app, &pat).await, audited(&app).await);
                    assert_eq!(before.0, after.0, "{said}: the person is unchanged");
                    if *method == "POST" {
                        assert_eq!(
                            before.1, after.1,
                            "{said}: nothing was audited, so nothing was done"
                        );
                    }
                }
            }
            // What a page offers follows the role too: the auditor reads a profile, with no
            // button to change it.
            if role == Auditor {
                let (_, profile) = console(&app, &cookie, "GET", &pages, "").await;
                assert!(
                    !profile.contains("Enroll a Passkey") && !profile.contains("/status\""),
                    "{profile}"
                );
                let (_, settings) = console(&app, &cookie, "GET", "/console/settings", "").await;
                let inert = "<form inert method=\"post\" action=\"/console/settings\"";
                assert!(settings.contains(inert), "shown, not usable: {settings}");
            }
            if role == Admin {
                let (_, settings) = console(&app, &cookie, "GET", "/console/settings", "").await;
                assert!(!settings.contains("<form inert"), "an administrator's forms work");
            }
            // Put back what an allowed role changed, for the next role.
            let restore =
                json!({"identity": {"display_name": "pat Example", "status": "active", "role": null}});
            let (status, body) = app
                .call(
                    "PATCH",
                    &app.realm_path(&format!("/identities/{pat}")),
                    &app.admin,
                    Some(restore),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
    }
}

#[tokio::test]
async fn a_helpdesk_for_a_group_sees_and_helps_only_its_members_and_never_someone_of_equal_or_higher_role() {
    for app in apps().await {
        let sales = group(&app, "Sales").await;
        let ops = group(&app, "Ops").await;
        let pat = person(&app, "pat", Some(&sales), None).await;
        let olga = person(&app, "olga", Some(&ops), None).await;
        let boss = person(&app, "boss", Some(&sales), Some(Role::Admin)).await;
        let helen = person(&app, "helen", Some(&sales), Some(Role::Helpdesk)).await;
        let (desk, _) = signed_in_as(&app, "desk", RoleGrant::new(Role::Helpdesk, vec![sales.clone()])).await;

        let (status, list) = console(&app, &desk, "GET", "/console/users", "").await;
        assert_eq!(status, StatusCode::OK);
        assert!(list.contains("data-username=\"pat\""), "{}: {list}", app.backend);
        assert!(
            !list.contains("data-username=\"olga\""),
            "{}: not in Sales",
            app.backend
        );
        let (status, _) = console(&app, &desk, "GET", &format!("/console/users/{olga}"), "").await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "{}: outside the group: not found",
            app.backend
        );
        let (status, _) = code(&app, &desk, &olga).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let (status, page) = code(&app, &desk, &pat).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains("9-character") || page.contains("code"), "{page}");
        for (above, who) in [(&boss, "an administrator"), (&helen, "another helpdesk")] {
            let (status, body) = code(&app, &desk, above).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{}: {who}: {body}", app.backend);
            let (status, _) = console(
                &app,
                &desk,
                "POST",
                &format!("/console/users/{above}/enroll/login-code"),
                "expires=15m",
            )
            .await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{who}");
        }
        let (jobs_status, jobs) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{boss}/credential-binding-jobs")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(jobs_status, StatusCode::OK);
        assert_eq!(
            jobs["credential_binding_jobs"].as_array().map(Vec::len),
            Some(0),
            "nothing made for the administrator"
        );

        // A user manager acts on a helpdesk (whose rights are within theirs), not on an admin.
        let (manager, _) = signed_in_as(&app, "manager", RoleGrant::new(Role::UserManager, Vec::new())).await;
        let (status, _) = code(&app, &manager, &helen).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = console(
            &app,
            &manager,
            "POST",
            &format!("/console/users/{boss}/status"),
            "status=suspended",
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(identity(&app, &boss).await["status"], "active");
    }
}

#[tokio::test]
async fn a_user_manager_for_a_group_makes_people_only_inside_it_and_cannot_make_groups() {
    for app in apps().await {
        let sales = group(&app, "Sales").await;
        let ops = group(&app, "Ops").await;
        let (manager, _) = signed_in_as(
            &app,
            "manager",
            RoleGrant::new(Role::UserManager, vec![sales.clone()]),
        )
        .await;
        let make = |username: &str, groups: &[&str]| {
            let mut form = format!("username={username}");
            for g in groups {
                form.push_str(&format!("&groups={g}"));
            }
            form
        };
        let (status, body) = console(&app, &manager, "POST", "/console/users", &make("nobody", &[])).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}: {body}", app.backend);
        let (status, _) = console(&app, &manager, "POST", "/console/users", &make("opsy", &[&ops])).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, body) = console(
            &app,
            &manager,
            "POST",
            "/console/users",
            &make("salesy", &[&sales]),
        )
        .await;
        assert!(status.is_redirection() || status.is_success(), "{status}: {body}");
        let (_, people) = app
            .call("GET", &app.realm_path("/identities"), &app.admin, None)
            .await;
        let names: Vec<&str> = people["identities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["traits"]["username"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"salesy") && !names.contains(&"nobody") && !names.contains(&"opsy"),
            "{names:?}"
        );
        let (status, _) = console(&app, &manager, "POST", "/console/groups", "display_name=Mine").await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "the whole realm's groups are not theirs"
        );
    }
}

#[tokio::test]
async fn roles_are_given_and_taken_over_the_api_by_administrators_only() {
    for app in apps().await {
        let sales = group(&app, "Sales").await;
        let pat = person(&app, "pat", Some(&sales), None).await;
        let uri = app.realm_path(&format!("/identities/{pat}"));
        assert_eq!(identity(&app, &pat).await["role"], Value::Null);
        assert_eq!(identity(&app, &pat).await["role_group_ids"], json!([]));

        let give = json!({"identity": {"role": "helpdesk", "role_group_ids": [sales]}});
        let (status, body) = app.call("PATCH", &uri, &app.admin, Some(give.clone())).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            (body["role"].clone(), body["role_group_ids"].clone()),
            (json!("helpdesk"), json!([sales]))
        );

        // Groups alone: the same role, other groups; an unknown group or role is a 400.
        let (status, body) = patch(
            &app,
            &uri,
            &app.admin,
            json!({"identity": {"role_group_ids": []}}),
        )
        .await;
        assert_eq!(
            (status, body["role"].clone(), body["role_group_ids"].clone()),
            (StatusCode::OK, json!("helpdesk"), json!([]))
        );
        let (status, body) = patch(
            &app,
            &uri,
            &app.admin,
            json!({"identity": {"role": "helpdesk", "role_group_ids": ["nosuchgroup"]}}),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        let (status, _) = patch(&app, &uri, &app.admin, json!({"identity": {"role": "overlord"}})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // A token that may update people may not give roles.
        let (token_status, token) = app
            .call(
                "POST",
                &format!("/v1/tenants/{}/api-tokens", app.tenant_id),
                &app.admin,
                Some(json!({"api_token": {"name": "people", "scopes": ["identities:*"]}})),
            )
            .await;
        assert_eq!(token_status, StatusCode::OK, "{token}");
        let narrow = token["secret"].as_str().unwrap().to_owned();
        let (status, _) = patch(&app, &uri, &narrow, json!({"identity": {"role": "admin"}})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(identity(&app, &pat).await["role"], "helpdesk");

        // null takes it away; the audit log says both.
        let (status, body) = patch(&app, &uri, &app.admin, json!({"identity": {"role": null}})).await;
        assert_eq!((status, body["role"].clone()), (StatusCode::OK, Value::Null));
        let (_, events) = app
            .call(
                "GET",
                &app.realm_path(&format!("/audit-events?filter=identity_id%20eq%20%22{pat}%22")),
                &app.admin,
                None,
            )
            .await;
        let actions: Vec<&str> = events["audit_events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert!(
            actions.contains(&"role.granted") && actions.contains(&"role.revoked"),
            "{actions:?}"
        );

        // The last administrator keeps the role.
        let only = person(&app, "only", None, None).await;
        let only_uri = app.realm_path(&format!("/identities/{only}"));
        let (status, _) = patch(
            &app,
            &only_uri,
            &app.admin,
            json!({"identity": {"role": "admin"}}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, body) = patch(&app, &only_uri, &app.admin, json!({"identity": {"role": null}})).await;
        assert_eq!(status, StatusCode::CONFLICT, "{}: {body}", app.backend);
        assert_eq!(identity(&app, &only).await["role"], "admin");
    }
}
