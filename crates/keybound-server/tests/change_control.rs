//! Names that hide nothing, on every backend and through every way in: usernames with invisible
//! or text-reversing characters are refused, usernames that look alike collide, group names are
//! unique ignoring case; the console says so beside the field and CSV import on the line; a
//! file over the limit gets a page naming it.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::json;
use support::console::{csrf_of, send, signed_in};
use support::{apps, TestApp};

async fn create(app: &TestApp, username: &str, display_name: &str) -> (StatusCode, serde_json::Value) {
    let body = json!({"identity": {"display_name": display_name, "traits": {"type": "traits_v0", "username": username}}});
    app.call("POST", &app.realm_path("/identities"), &app.admin, Some(body))
        .await
}

#[tokio::test]
async fn usernames_that_hide_or_imitate_are_refused_through_the_api() {
    for app in apps().await {
        let (status, _) = create(&app, "admin", "Admin").await;
        assert_eq!(status, StatusCode::OK);
        for (username, why) in [
            ("ad\u{200B}min", "a zero-width space"),
            ("admin\u{202E}", "a right-to-left override"),
            ("ad\u{2060}min2", "a word joiner"),
        ] {
            let (status, refused) = create(&app, username, "X").await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {refused}");
            assert!(
                refused.to_string().contains("identity.traits.username"),
                "the field is named: {refused}"
            );
        }
        for (username, why) in [
            ("ａｄｍｉｎ", "fullwidth letters (NFKC)"),
            ("ADMIN", "another case"),
            ("\u{0430}dmin", "a Cyrillic а"),
            ("adrnin", "rn for m"),
        ] {
            let (status, refused) = create(&app, username, "X").await;
            assert_eq!(status, StatusCode::CONFLICT, "{}: {why}: {refused}", app.backend);
        }
        // A rename into a look-alike is refused too.
        let (_, other) = create(&app, "other", "Other").await;
        let (status, _) = app
            .call(
                "PATCH",
                &app.realm_path(&format!("/identities/{}", other["id"].as_str().unwrap())),
                &app.admin,
                Some(json!({"identity": {"traits": {"username": "\u{0430}dmin"}}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT);
        // Display names lose text-reversing characters.
        let (status, made) = create(&app, "anna", "Ann\u{202E}a").await;
        assert_eq!(status, StatusCode::OK, "{made}");
        assert_eq!(made["display_name"], "Anna");
    }
}

#[tokio::test]
async fn group_names_are_unique_in_a_realm_ignoring_case() {
    for app in apps().await {
        let uri = app.realm_path("/groups");
        let group = |name: &str| json!({"group": {"display_name": name, "description": ""}});
        let (status, staff) = app.call("POST", &uri, &app.admin, Some(group("Staff"))).await;
        assert_eq!(status, StatusCode::OK, "{staff}");
        let (status, refused) = app.call("POST", &uri, &app.admin, Some(group("staff"))).await;
        assert_eq!(status, StatusCode::CONFLICT, "{refused}");
        let (status, _) = app
            .call("POST", &uri, &app.admin, Some(group("St\u{200B}aff")))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "an invisible character");
        let (status, ops) = app.call("POST", &uri, &app.admin, Some(group("Ops"))).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = app
            .call(
                "PATCH",
                &app.realm_path(&format!("/groups/{}", ops["id"].as_str().unwrap())),
                &app.admin,
                Some(json!({"group": {"display_name": "STAFF"}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "a rename into a taken name");

        // The console says so beside the field, keeping what was typed.
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, page, _) = send(&app, "GET", "/console/groups", &admin, None).await;
        let form = format!("csrf={}&display_name=sTaFf&description=again", csrf_of(&page));
        let (status, page, _) = send(&app, "POST", "/console/groups", &admin, Some(&form)).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(
            page.contains("aria-invalid=\"true\"") && page.contains("already exists"),
            "{page}"
        );
        assert!(page.contains("value=\"sTaFf\""), "what was typed comes back");
        let (_, listed) = app.call("GET", &uri, &app.admin, None).await;
        assert_eq!(listed["total_size"], 2, "nothing was added");
    }
}

#[tokio::test]
async fn the_console_and_csv_import_say_what_is_wrong_with_a_name() {
    for app in apps().await {
        create(&app, "admin", "Admin").await;
        let (boss, _) = signed_in(&app, "boss", true).await;
        let (_, page, _) = send(&app, "GET", "/console/users/new", &boss, None).await;
        let csrf = csrf_of(&page);
        let form = format!("csrf={csrf}&username=%D0%B0dmin&given_name=Eve&family_name=&email=");
        let (status, page, _) = send(&app, "POST", "/console/users", &boss, Some(&form)).await;
        assert_ne!(status, StatusCode::SEE_OTHER, "not created");
        assert!(
            page.contains("aria-describedby=\"username-error\"") && page.contains("looks the same"),
            "beside the username field: {page}"
        );

        let csv = "username,email\nz\u{200B}oe,zoe@example.com\n\u{0430}dmin,\nfine,fine@example.com\n";
        let body =
            serde_urlencoded::to_string([("csrf", csrf.as_str()), ("csv", csv), ("mode", "import")]).unwrap();
        let (status, report, _) = send(&app, "POST", "/console/users/import", &boss, Some(&body)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(report.contains("invisible characters"), "line 2: {report}");
        assert!(
            report.contains("looks the same as the existing `admin`"),
            "line 3: {report}"
        );
        let (_, listed) = app
            .call("GET", &app.realm_path("/identities"), &app.admin, None)
            .await;
        assert_eq!(listed["total_size"], 2, "no one was added: admin and boss only");

        // A file over the limit gets the console's page, naming the limit.
        let big = format!("csrf={csrf}&mode=check&csv={}", "x".repeat(3 * 1024 * 1024));
        let (status, page, _) = send(&app, "POST", "/console/users/import", &boss, Some(&big)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(
            page.contains("2 MiB") && page.contains("<html"),
            "{}",
            &page[..page.len().min(300)]
        );
    }
}
