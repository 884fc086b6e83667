//! The admin console in process, on every backend: who gets in, CSRF, every page renders, the
//! users list searches, filters and pages, changes are audited with the admin as actor.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::json;
use support::apps;
use support::console::{csrf_of, send, signed_in, value_of, FIREFOX_ON_LINUX};

#[tokio::test]
async fn only_signed_in_administrators_get_in() {
    for app in apps().await {
        let (status, _, location) = send(&app, "GET", "/console/users?q=a", "", None).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location, "/login?next=%2Fconsole%2Fusers%3Fq%3Da");
        let (user, _) = signed_in(&app, "plain", false).await;
        let (status, body, _) = send(&app, "GET", "/console", &user, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", app.backend);
        assert!(body.contains("No access to the console"));
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (status, body, _) = send(&app, "GET", "/console", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "{}: {body}", app.backend);
        assert!(body.contains("Dashboard"));
    }
}

#[tokio::test]
async fn every_console_page_renders() {
    for app in apps().await {
        let (admin, admin_id) = signed_in(&app, "boss", true).await;
        let group = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(json!({"group": {"display_name": "Ops"}})),
            )
            .await
            .1;
        let mut pages = vec![
            "/console".to_owned(),
            "/console/users".into(),
            "/console/users?status=PENDING&q=bo".into(),
            "/console/users/new".into(),
            "/console/groups".into(),
            format!("/console/groups/{}", group["id"].as_str().unwrap()),
            "/console/signup-tokens".into(),
            "/console/authenticator-configs".into(),
            "/console/email-templates".into(),
            "/console/api-tokens".into(),
            "/console/audit".into(),
            "/console/audit?user=boss&action=signin&outcome=FAILURE&from=2026-11-01&to=2026-11-02".into(),
            "/console/settings".into(),
            format!("/console/users/{admin_id}/delete"),
        ];
        for tab in ["profile", "passkeys", "groups", "activity"] {
            pages.push(format!("/console/users/{admin_id}?tab={tab}"));
        }
        pages.push(format!("/console/users/{admin_id}?enroll=passkey"));
        for uri in &pages {
            let (status, body, _) = send(&app, "GET", uri, &admin, None).await;
            assert_eq!(status, StatusCode::OK, "{}: {uri}: {body}", app.backend);
            assert!(
                body.contains("aria-label=\"Console\""),
                "{uri} is in the console's layout"
            );
        }
        let (status, _, _) = send(&app, "GET", "/console/users/0000000000000000", &admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _, _) = send(&app, "GET", "/console/audit?from=yesterday", &admin, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn forms_need_the_sessions_csrf_token_and_changes_are_audited() {
    for app in apps().await {
        let (admin, admin_id) = signed_in(&app, "boss", true).await;
        let (other, _) = signed_in(&app, "deputy", true).await;
        let (_, page, _) = send(&app, "GET", "/console/groups", &admin, None).await;
        let csrf = csrf_of(&page);
        let (_, other_page, _) = send(&app, "GET", "/console/groups", &other, None).await;
        assert_ne!(csrf, csrf_of(&other_page), "each session has its own token");

        for forged in [
            "display_name=A",
            "display_name=A&csrf=",
            &format!("display_name=A&csrf={}", csrf_of(&other_page)),
        ] {
            let (status, body, _) = send(&app, "POST", "/console/groups", &admin, Some(forged)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{forged}: {body}");
        }
        let groups = app
            .call("GET", &app.realm_path("/groups"), &app.admin, None)
            .await
            .1;
        assert_eq!(groups["total_size"], 0, "{}: nothing was created", app.backend);

        let (status, _, location) = send(
            &app,
            "POST",
            "/console/groups",
            &admin,
            Some(&format!("display_name=Night+shift&csrf={csrf}")),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(location.starts_with("/console/groups/"), "{location}");
        let log = app
            .call(
                "GET",
                &app.realm_path("/audit-events?filter=action%20eq%20%22group.created%22"),
                &app.admin,
                None,
            )
            .await
            .1;
        assert_eq!(
            log["audit_events"][0]["actor"],
            json!({"type": "identity", "id": admin_id}),
            "{log}"
        );

        // An admin cannot lock themselves out.
        let (status, _, _) = send(
            &app,
            "POST",
            &format!("/console/users/{admin_id}/status"),
            &admin,
            Some(&format!("status=suspended&csrf={csrf}")),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
    }
}

#[tokio::test]
async fn the_users_list_searches_filters_and_pages() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        for i in 0..60 {
            app.identity(&format!("member{i:02}"), Some(&format!("m{i:02}@example.com")))
                .await;
        }
        let (_, first, _) = send(&app, "GET", "/console/users", &admin, None).await;
        assert!(first.contains("61 users"), "{}", app.backend);
        assert_eq!(first.matches("<tr data-username=").count(), 50);
        let at = first.find("rel=\"next\" href=\"").unwrap() + 17;
        let next = first[at..].split('"').next().unwrap().replace("&amp;", "&");
        let (status, second, _) = send(&app, "GET", &next, &admin, None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            second.matches("<tr data-username=").count(),
            11,
            "{}",
            app.backend
        );

        let (_, found, _) = send(&app, "GET", "/console/users?q=M05%40EXAMPLE", &admin, None).await;
        assert!(found.contains("1 user<"), "search by email, any case");
        assert!(found.contains("data-username=\"member05\""));
        let (_, enrolled, _) = send(&app, "GET", "/console/users?status=ENROLLED", &admin, None).await;
        assert!(enrolled.contains("0 users"), "nobody has a passkey");
    }
}

#[tokio::test]
async fn the_organisation_name_and_logo_set_in_settings_appear_in_emails_and_on_the_hosted_pages() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, login, _) = send(&app, "GET", "/login", "", None).await;
        assert!(
            !login.contains("class=\"brand\"") && login.contains("· Keybound</title>"),
            "no header while the organisation keeps the default name: {login}"
        );
        let (_, page, _) = send(&app, "GET", "/console/settings", &admin, None).await;
        let csrf = csrf_of(&page);
        let form = |logo: &str| {
            format!("organization=Acme+Rockets&logo_url={logo}&signup_mode=disabled&csrf={csrf}")
        };
        let (status, _, _) = send(
            &app,
            "POST",
            "/console/settings",
            &admin,
            Some(&form("javascript%3Aalert(1)")),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "only http(s) logos");
        let logo = "https%3A%2F%2Fcdn.example.com%2Facme.png";
        let (status, _, location) = send(&app, "POST", "/console/settings", &admin, Some(&form(logo))).await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, "/console/settings?saved=1")
        );

        let config = app.hosted_config().await;
        let person = app.identity("pat", Some("pat@example.com")).await;
        let (status, _) = app
            .job(
                person["id"].as_str().unwrap(),
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(app.deliver().await, 1);
        let mail = app.last_email().unwrap();
        // Attribute values are HTML-escaped (`/` as `&#x2f;`), which browsers and mail clients undo.
        assert!(
            mail.contains("<img src=\"https:&#x2f;&#x2f;cdn.example.com&#x2f;acme.png\""),
            "{}: {mail}",
            app.backend
        );
        assert!(mail.contains("Acme Rockets"), "{mail}");

        let header = "<header class=\"brand\"><img src=\"https://cdn.example.com/acme.png\" alt=\"\"><span>Acme Rockets</span></header>";
        for (path, cookie) in [("/login", ""), ("/enroll", ""), ("/account", admin.as_str())] {
            let (_, page, _) = send(&app, "GET", path, cookie, None).await;
            assert!(page.contains(header), "{} {path}: {page}", app.backend);
            assert!(page.contains("· Acme Rockets</title>"), "{path}: {page}");
        }
    }
}

#[tokio::test]
async fn administrators_sign_out_of_the_console_and_find_it_from_their_account() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, account, _) = send(&app, "GET", "/account", &admin, None).await;
        assert!(
            account.contains("href=\"/console\""),
            "an administrator's account page links to the console"
        );
        let (user, _) = signed_in(&app, "plain", false).await;
        let (_, account, _) = send(&app, "GET", "/account", &user, None).await;
        assert!(!account.contains("href=\"/console\""), "nobody else's does");

        let (_, page, _) = send(&app, "GET", "/console", &admin, None).await;
        assert!(page.contains("action=\"/console/signout\""), "{page}");
        let (status, _, _) = send(&app, "POST", "/console/signout", &admin, Some("csrf=forged")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "not without the form's token");
        let (status, _, _) = send(&app, "GET", "/console", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "a refused sign-out changed nothing");
        let form = format!("csrf={}", csrf_of(&page));
        let (status, _, location) = send(&app, "POST", "/console/signout", &admin, Some(&form)).await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, "/login"),
            "{}",
            app.backend
        );
        let (status, _, location) = send(&app, "GET", "/console", &admin, None).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "the session is over");
        assert!(location.starts_with("/login"));
    }
}

#[tokio::test]
async fn an_unknown_console_address_is_a_page_and_an_unknown_api_address_is_json() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (status, body, _) = send(&app, "GET", "/console/no-such-page", &admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            body.contains("<html") && body.contains("Page not found"),
            "{body}"
        );
        let (status, body) = app.raw("GET", "/v1/no-such-thing", None, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["code"], "not_found", "{body}");
    }
}

#[tokio::test]
async fn administrators_are_made_and_removed_but_the_last_one_stays() {
    for app in apps().await {
        let (boss, boss_id) = signed_in(&app, "boss", true).await;
        let (_, helper_id) = signed_in(&app, "helper", false).await;
        let (_, page, _) = send(&app, "GET", &format!("/console/users/{helper_id}"), &boss, None).await;
        assert!(page.contains("Console role"), "{page}");
        let csrf = csrf_of(&page);
        let post = |id: &str, admin: bool| {
            let role = if admin { "admin" } else { "" };
            (
                format!("/console/users/{id}/role"),
                format!("csrf={csrf}&role={role}"),
            )
        };

        let (uri, form) = post(&helper_id, true);
        let (status, _, _) = send(&app, "POST", &uri, &boss, Some(&form)).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{}", app.backend);
        assert!(app.state.store().is_admin(&helper_id).await.unwrap());
        let (uri, form) = post(&helper_id, false);
        let (status, _, _) = send(&app, "POST", &uri, &boss, Some(&form)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(!app.state.store().is_admin(&helper_id).await.unwrap());

        // Now the boss is the only administrator: removing them is refused and changes nothing.
        let (uri, form) = post(&boss_id, false);
        let (status, body, _) = send(&app, "POST", &uri, &boss, Some(&form)).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert!(body.contains("last administrator"), "{body}");
        assert!(app.state.store().is_admin(&boss_id).await.unwrap());
        let (_, audit, _) = send(&app, "GET", "/console/audit", &boss, None).await;
        assert!(
            audit.contains("role.granted") && audit.contains("role.revoked"),
            "audited"
        );
    }
}

#[tokio::test]
async fn an_administrator_sees_a_users_sessions_and_signs_one_out() {
    for app in apps().await {
        let (boss, _) = signed_in(&app, "boss", true).await;
        let (person, person_id) = signed_in(&app, "traveller", false).await;
        let tab = format!("/console/users/{person_id}?tab=sessions");
        let (_, page, _) = send(&app, "GET", &tab, &boss, None).await;
        assert!(
            page.contains("id=\"sessions\"") && page.contains("192.0.2.1"),
            "{page}"
        );
        // The device in a few words, the browser's own description a hover away.
        assert!(
            page.contains(&format!("<td title=\"{FIREFOX_ON_LINUX}\">Firefox on Linux</td>")),
            "{page}"
        );
        let (_, account, _) = send(&app, "GET", "/account", &person, None).await;
        assert!(
            account.contains("Firefox on Linux</span> <span class=\"muted\">· 192.0.2.1"),
            "{account}"
        );
        let session_id = person
            .split('=')
            .nth(1)
            .unwrap()
            .split('.')
            .next()
            .unwrap()
            .to_owned();
        let revoke = format!("/console/users/{person_id}/sessions/{session_id}/revoke");
        let (status, _, _) = send(&app, "POST", &revoke, &boss, Some("csrf=forged")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = send(&app, "GET", "/account/me", &person, None).await;
        assert_eq!(status, StatusCode::OK, "still signed in after a refused form");
        let form = format!("csrf={}", csrf_of(&page));
        let (status, _, location) = send(&app, "POST", &revoke, &boss, Some(&form)).await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, tab.as_str()),
            "{}",
            app.backend
        );
        let (status, _, _) = send(&app, "GET", "/account/me", &person, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "signed out");
        let (_, page, _) = send(&app, "GET", &tab, &boss, None).await;
        assert!(page.contains("not signed in anywhere"), "{page}");
        let (status, _, _) = send(&app, "POST", &revoke, &boss, Some(&form)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "a session already over");
    }
}

#[tokio::test]
async fn the_users_list_exports_what_it_shows_as_csv() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        app.identity("csv.one", Some("one@example.com")).await;
        let body = json!({"identity": {"display_name": "=HYPERLINK(\"x\")", "traits": {"type": "traits_v0", "username": "csv.two"}}});
        let (status, suspended) = app
            .call("POST", &app.realm_path("/identities"), &app.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{suspended}");
        app.set_status(suspended["id"].as_str().unwrap(), "suspended")
            .await;
        let (status, csv, _) = send(&app, "GET", "/console/users.csv?q=csv.&status=", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "{csv}");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "username,email,given_name,family_name,display_name,status,enrollment_status,source"
        );
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(
            lines.iter().any(|l| l.starts_with("csv.one,one@example.com,")),
            "{csv}"
        );
        // A value a spreadsheet would run as a formula is written as text.
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("csv.two,,,,\"'=HYPERLINK(\"\"x\"\")\",suspended,")),
            "{csv}"
        );
        let (_, only, _) = send(
            &app,
            "GET",
            "/console/users.csv?q=csv.&status=SUSPENDED",
            &admin,
            None,
        )
        .await;
        assert_eq!(only.lines().count(), 2, "the status filter applies: {only}");
        let (status, _, _) = send(&app, "GET", "/console/users.csv", "", None).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "administrators only");
    }
}

#[tokio::test]
async fn the_audit_log_names_and_links_who_acted_on_what_and_filters_by_person() {
    for app in apps().await {
        let (boss, boss_id) = signed_in(&app, "boss", true).await;
        let ann = app.identity("ann", None).await["id"].as_str().unwrap().to_owned();
        let gone = app.identity("gone", None).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (_, page, _) = send(&app, "GET", "/console/users", &boss, None).await;
        let csrf = csrf_of(&page);
        let suspend = format!("csrf={csrf}&status=suspended");
        send(
            &app,
            "POST",
            &format!("/console/users/{ann}/status"),
            &boss,
            Some(&suspend),
        )
        .await;
        let (status, _) = app
            .call(
                "DELETE",
                &app.realm_path(&format!("/identities/{gone}")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);

        let (_, audit, _) = send(&app, "GET", "/console/audit", &boss, None).await;
        let row = audit
            .split("<tbody>")
            .nth(1)
            .unwrap_or_default()
            .split("<tr>")
            .find(|r| r.contains("identity.suspended"))
            .unwrap_or_else(|| panic!("{audit}"));
        assert!(
            row.contains(&format!("<a href=\"/console/users/{boss_id}\">boss Example</a>")),
            "the admin who acted, by name: {row}"
        );
        assert!(
            row.contains(&format!("<a href=\"/console/users/{ann}\">ann Example</a>")),
            "the person acted on: {row}"
        );
        assert!(
            audit.contains("<a href=\"/console/api-tokens\">API token test admin</a>"),
            "a change made over the API names its token: {audit}"
        );
        assert!(audit.contains("identity (deleted)"), "{audit}");
        assert!(!audit.contains(&format!(">identity {ann}<")), "no bare ids");

        let (_, only_ann, _) = send(&app, "GET", "/console/audit?user=ann", &boss, None).await;
        let events = only_ann.split("<tbody>").nth(1).unwrap_or_default();
        assert!(events.contains("identity.suspended"));
        assert!(!events.contains("identity.deleted"), "{events}");
        let (_, activity, _) = send(
            &app,
            "GET",
            &format!("/console/users/{ann}?tab=activity"),
            &boss,
            None,
        )
        .await;
        assert!(activity.contains("/console/audit?user=ann"), "{activity}");
        assert!(activity.contains("boss Example"), "who did it: {activity}");
    }
}

#[tokio::test]
async fn a_refused_application_form_marks_each_field_and_keeps_what_was_typed() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, page, _) = send(&app, "GET", "/console/applications/new", &admin, None).await;
        let csrf = csrf_of(&page);
        let post = |redirects: &str, lifetime: &str| {
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs([
                    ("csrf", csrf.as_str()),
                    ("display_name", "Tracker"),
                    ("confidentiality", "confidential"),
                    ("redirect_uris", redirects),
                    ("access_token_lifetime", lifetime),
                    ("refresh_token_lifetime", "30d"),
                    ("scopes", "offline_access"),
                ])
                .finish()
        };
        let (status, page, _) = send(
            &app,
            "POST",
            "/console/applications",
            &admin,
            Some(&post("https://tracker.example.com/cb", "soon")),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{}: {page}", app.backend);
        assert!(page.contains("id=\"access_token_lifetime-error\">"), "{page}");
        assert!(page.contains("aria-describedby=\"access_token_lifetime-error\""));
        assert_eq!(value_of(&page, "access_token_lifetime"), "soon");
        assert_eq!(value_of(&page, "display_name"), "Tracker");

        let redirects = "https://tracker.example.com/cb\nhttp://tracker.example.com/cb";
        let (status, page, _) = send(
            &app,
            "POST",
            "/console/applications",
            &admin,
            Some(&post(redirects, "1h")),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            page.contains("id=\"redirect_uris-error\">Line 2: "),
            "the second line is the bad one: {page}"
        );
        assert!(!page.contains("id=\"access_token_lifetime-error\""));
        assert!(page.contains(redirects), "the URIs are kept as typed");
        assert!(
            page.contains("value=\"offline_access\" checked"),
            "ticked scopes stay ticked"
        );
        let (_, listed) = app
            .call("GET", &app.realm_path("/applications"), &app.admin, None)
            .await;
        assert_eq!(
            listed["applications"].as_array().map(Vec::len),
            Some(0),
            "{listed}"
        );
    }
}

#[tokio::test]
async fn the_realm_shown_changes_only_by_the_consoles_own_form() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (status, created) = app
            .call(
                "POST",
                &format!("/v1/tenants/{}/realms", app.tenant_id),
                &app.admin,
                Some(serde_json::json!({"realm": {"display_name": "Contractors"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        let other = created["id"].as_str().unwrap().to_owned();
        let (_, page, _) = send(&app, "GET", "/console/users", &admin, None).await;
        let csrf = csrf_of(&page);
        let switch = |form: String| {
            let admin = admin.clone();
            let router = app.router.clone();
            async move {
                let req = axum::http::Request::builder()
                    .method("POST")
                    .uri("/console/realm")
                    .header("cookie", admin)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(axum::body::Body::from(form))
                    .unwrap();
                let res = tower::ServiceExt::oneshot(router, req).await.unwrap();
                let cookie = res
                    .headers()
                    .get("set-cookie")
                    .map(|v| v.to_str().unwrap().to_owned());
                (res.status(), cookie)
            }
        };
        // A link (GET) another site could send changes nothing.
        let (status, _, _) = send(&app, "GET", &format!("/console/realm?id={other}"), &admin, None).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{}", app.backend);
        let (status, cookie) = switch(format!("id={other}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "without the form's token");
        assert!(cookie.is_none());
        let (status, cookie) = switch(format!("id={other}&csrf={csrf}")).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let cookie = cookie.unwrap();
        assert!(
            cookie.starts_with(&format!("keybound_console_realm={other};")),
            "{cookie}"
        );
        let (_, page, _) = send(
            &app,
            "GET",
            "/console/users",
            &format!("{admin}; keybound_console_realm={other}"),
            None,
        )
        .await;
        assert!(
            page.contains(&format!("<option value=\"{other}\" selected>Contractors")),
            "{}",
            app.backend
        );
    }
}
