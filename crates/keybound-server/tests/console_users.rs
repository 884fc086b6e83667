//! The console's users list as an admin works it, on every backend: sorting and paging both
//! ways, acting on many users at once (1,000 enrolment emails in one go), and CSV import with
//! its dry run.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_core::filter::Clause;
use keybound_core::page::PageRequest;
use support::console::{csrf_of, send, signed_in, value_of};
use support::{apps, TestApp};

/// The usernames of a users page, in order.
fn usernames(html: &str) -> Vec<String> {
    html.split("<tr data-username=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The address of a link marked `rel`.
fn link(html: &str, rel: &str) -> Option<String> {
    let marker = format!("rel=\"{rel}\" href=\"");
    let at = html.find(&marker)? + marker.len();
    Some(html[at..].split('"').next()?.replace("&amp;", "&"))
}

fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

async fn audited(app: &TestApp, action: &str) -> usize {
    let mut query = keybound_store::AuditQuery::default();
    query.filter.clauses.push(Clause::eq("action", action));
    let page = PageRequest {
        size: 2000,
        after: None,
    };
    app.state
        .store()
        .list_audit(&app.realm_id, &query, page)
        .await
        .expect("the audit log reads")
        .items
        .len()
}

#[tokio::test]
async fn the_users_list_sorts_by_a_column_and_pages_both_ways() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        for i in 0..60 {
            // Created in one order, named in another.
            app.identity(&format!("user{:02}", (i * 7) % 60), None).await;
        }
        let (status, page, _) = send(&app, "GET", "/console/users?q=user&sort=-username", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let first = usernames(&page);
        assert_eq!(first.len(), 50);
        assert_eq!(first[0], "user59", "{}", app.backend);
        assert_eq!(first[49], "user10");
        assert!(page.contains("aria-sort=\"descending\""));
        assert!(page.contains("Page 1 of 2"));
        assert!(link(&page, "prev").is_none(), "no page before the first");
        // The heading of the sorted column turns it the other way.
        assert!(page.contains("href=\"/console/users?q=user&amp;status=&amp;sort=username\""));

        let next = link(&page, "next").expect("a next page");
        let (_, second, _) = send(&app, "GET", &next, &admin, None).await;
        let rest = usernames(&second);
        assert_eq!(
            rest,
            (0..10).rev().map(|i| format!("user{i:02}")).collect::<Vec<_>>()
        );
        assert!(link(&second, "next").is_none(), "no page after the last");
        let prev = link(&second, "prev").expect("a previous page");
        let (_, again, _) = send(&app, "GET", &prev, &admin, None).await;
        assert_eq!(usernames(&again), first, "previous page is the first page again");

        let (_, by_name, _) = send(&app, "GET", "/console/users?q=user&sort=name", &admin, None).await;
        assert_eq!(usernames(&by_name)[0], "user00");
        let (_, created, _) = send(&app, "GET", "/console/users?q=user", &admin, None).await;
        assert_eq!(
            usernames(&created)[..3],
            ["user00", "user07", "user14"],
            "creation order"
        );

        let (status, _, _) = send(&app, "GET", "/console/users?page=0", &admin, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _, _) = send(&app, "GET", "/console/users?page=abc", &admin, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, unknown, _) = send(&app, "GET", "/console/users?sort=password", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "an unknown sort is creation order");
        assert_eq!(usernames(&unknown)[0], "boss");
    }
}

#[tokio::test]
async fn an_enrolment_email_goes_to_a_thousand_users_in_one_go() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        for i in 0..1000 {
            app.identity(&format!("bulk{i:04}"), Some(&format!("bulk{i:04}@example.com")))
                .await;
        }
        let suspended = app.identity("bulk-suspended", Some("s@example.com")).await;
        app.set_status(suspended["id"].as_str().unwrap_or_default(), "suspended")
            .await;
        app.identity("bulk-no-email", None).await;
        let (_, list, _) = send(&app, "GET", "/console/users?q=bulk", &admin, None).await;
        let csrf = csrf_of(&list);
        let ask = form(&[
            ("csrf", &csrf),
            ("action", "enroll_email"),
            ("all", "on"),
            ("q", "bulk"),
            ("status", ""),
        ]);
        let (status, asked, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&ask)).await;
        assert_eq!(status, StatusCode::OK, "{asked}");
        assert!(
            asked.contains("Send an enrolment email to 1002 users?"),
            "{asked}"
        );
        assert!(asked.contains("and 982 more"));
        assert_eq!(
            app.state.store().emails_waiting().await.unwrap_or(-1),
            0,
            "asking sends nothing"
        );

        let (status, _, progress) = send(
            &app,
            "POST",
            "/console/users/bulk",
            &admin,
            Some(&format!("{ask}&confirmed=yes")),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(progress.starts_with("/console/batches/"), "{progress}");
        // The jobs are made in the background; the progress page follows them.
        let (_, waiting, _) = send(&app, "GET", &progress, &admin, None).await;
        assert!(
            waiting.contains("Sending enrolment emails") && waiting.contains("http-equiv=\"refresh\""),
            "{waiting}"
        );
        while keybound_app::batches::work_once(&app.state).await.unwrap_or(0) > 0 {}
        let (status, done, _) = send(&app, "GET", &progress, &admin, None).await;
        assert_eq!(status, StatusCode::OK, "{done}");
        assert!(done.contains("Enrolment emails sent"), "{}: {done}", app.backend);
        assert!(done.contains("<strong id=\"sent\">1000</strong>"), "{done}");
        assert!(done.contains("2 skipped"));
        assert!(done.contains("suspended; resume it"), "{done}");
        assert!(done.contains("no primary_email_address"), "{done}");
        assert_eq!(app.state.store().emails_waiting().await.unwrap_or(-1), 1000);
        let jobs = app
            .state
            .store()
            .list_jobs(&app.realm_id, None, PageRequest { size: 1, after: None })
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(jobs.total_size, 1000);
        assert_eq!(
            audited(&app, keybound_core::audit::Action::BindingJobCreated.as_str()).await,
            1000
        );
    }
}

#[tokio::test]
async fn ticked_users_are_suspended_resumed_and_deleted_but_never_the_admin() {
    for app in apps().await {
        let (admin, admin_id) = signed_in(&app, "boss", true).await;
        let ann = app.identity("ann", None).await["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let bob = app.identity("bob", None).await["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let (_, list, _) = send(&app, "GET", "/console/users", &admin, None).await;
        let csrf = csrf_of(&list);
        let act = |action: &str| {
            form(&[
                ("csrf", csrf.as_str()),
                ("action", action),
                ("ids", &ann),
                ("ids", &bob),
                ("ids", &admin_id),
                ("confirmed", "yes"),
            ])
        };
        let (status, done, _) =
            send(&app, "POST", "/console/users/bulk", &admin, Some(&act("suspend"))).await;
        assert_eq!(status, StatusCode::OK, "{done}");
        assert!(done.contains("2 users suspended"), "{done}");
        assert!(done.contains("that is you"));
        let status_of = |id: String| {
            let store = app.state.store().clone();
            let realm = app.realm_id.clone();
            async move {
                store
                    .identity(&realm, &id)
                    .await
                    .map(|i| i.status.as_str().to_owned())
            }
        };
        assert_eq!(status_of(ann.clone()).await.ok().as_deref(), Some("suspended"));
        assert_eq!(status_of(admin_id.clone()).await.ok().as_deref(), Some("active"));
        assert_eq!(audited(&app, "identity.suspended").await, 2);

        let (_, done, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&act("resume"))).await;
        assert!(done.contains("2 users resumed"), "{done}");
        assert!(
            done.contains("not suspended"),
            "the admin was never suspended: {done}"
        );

        let (_, done, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&act("delete"))).await;
        assert!(done.contains("2 users deleted"), "{done}");
        assert!(status_of(bob.clone()).await.is_err(), "bob is gone");
        assert!(status_of(admin_id.clone()).await.is_ok(), "the admin stays");
        assert_eq!(audited(&app, "identity.deleted").await, 2);

        let nothing = form(&[("csrf", &csrf), ("action", "delete")]);
        let (status, _, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&nothing)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "nobody ticked");
        let unknown = form(&[("csrf", &csrf), ("action", "explode"), ("ids", &ann)]);
        let (status, _, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&unknown)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let forged = form(&[("action", "delete"), ("ids", &admin_id), ("confirmed", "yes")]);
        let (status, _, _) = send(&app, "POST", "/console/users/bulk", &admin, Some(&forged)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF token");
    }
}

#[tokio::test]
async fn a_csv_import_with_a_bad_line_adds_no_one_and_the_fixed_file_adds_everyone() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (status, group) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(serde_json::json!({"group": {"display_name": "Sales"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{group}");
        app.identity("taken", None).await;
        let (_, page, _) = send(&app, "GET", "/console/users/import", &admin, None).await;
        let csrf = csrf_of(&page);
        let post = |csv: &str, mode: &str| {
            let body = form(&[("csrf", csrf.as_str()), ("csv", csv), ("mode", mode)]);
            let (app, admin) = (&app, &admin);
            async move { send(app, "POST", "/console/users/import", admin, Some(&body)).await }
        };
        let users_now = || async {
            app.state
                .store()
                .list_identities(&app.realm_id, &Default::default(), PageRequest::default())
                .await
                .map(|p| p.total_size)
                .unwrap_or(-1)
        };
        let before = users_now().await;
        let created_before = audited(&app, "identity.created").await;

        let bad = "username,email,given_name,family_name,groups,status\n\
                   ann,ann@example.com,Ann,Lee,sales,active\n\
                   bob,not-an-email,Bob,,,\n\
                   ANN,dup@example.com,,,,\n\
                   carl,,Carl,,Nope,\n\
                   taken,,,,,\n";
        let (status, report, _) = post(bad, "import").await;
        assert_eq!(status, StatusCode::OK, "{report}");
        assert!(
            report.contains("4 of 5 lines cannot be imported. Nothing was added"),
            "{}: {report}",
            app.backend
        );
        assert!(report.contains("email must be an email address"), "{report}");
        assert!(report.contains("is on an earlier line too"), "{report}");
        assert!(
            report.contains("there is no group named &#34;Nope&#34;")
                || report.contains("there is no group named &quot;Nope&quot;"),
            "{report}"
        );
        assert!(report.contains("a user with this username already exists"));
        assert!(report.contains("Columns ignored: status"));
        assert!(
            report.contains("data-line=\"3\""),
            "lines are numbered as in the file"
        );
        assert!(report.contains("bob,not-an-email"), "what was typed is kept");
        assert_eq!(users_now().await, before, "a file with a bad line adds no one");

        let good = "username,email,given_name,family_name,groups\n\
                    ann,ann@example.com,Ann,Lee,Sales\n\
                    \"dee\",\"dee@example.com\",\"Dee, Jr.\",,\n";
        let (_, checked, _) = post(good, "check").await;
        assert!(
            checked.contains("All 2 lines can be imported. Nothing was added yet."),
            "{checked}"
        );
        assert_eq!(users_now().await, before, "a dry run adds no one");

        let (_, imported, _) = post(good, "import").await;
        assert!(imported.contains("2 users added."), "{imported}");
        assert_eq!(users_now().await, before + 2);
        let (_, ann, _) = send(&app, "GET", "/console/users?q=ann%40example", &admin, None).await;
        assert!(
            ann.contains("Ann Lee"),
            "the display name is made from the names: {ann}"
        );
        let sales = app
            .state
            .store()
            .group_members(
                &app.realm_id,
                group["id"].as_str().unwrap_or_default(),
                PageRequest::default(),
            )
            .await
            .map(|p| p.total_size)
            .unwrap_or(-1);
        assert_eq!(sales, 1, "ann is in Sales");
        assert_eq!(
            audited(&app, "identity.created").await,
            created_before + 2,
            "each one audited"
        );

        let (_, again, _) = post(good, "import").await;
        assert!(again.contains("2 of 2 lines cannot be imported"), "{again}");

        let (_, broken, _) = post("username\n\"open", "check").await;
        assert!(
            broken.contains("line 2: a quoted field is not closed"),
            "{broken}"
        );
        let (_, headless, _) = post("email\na@example.com", "check").await;
        assert!(headless.contains("one of them must be username"), "{headless}");
    }
}

/// The states the Enrolments tab shows, newest first.
fn job_states(html: &str) -> Vec<String> {
    html.split("<tr data-job=")
        .skip(1)
        .filter_map(|row| row.split("<span class=\"badge ").nth(1))
        .filter_map(|badge| badge.split('>').nth(1))
        .filter_map(|text| text.split('<').next())
        .map(str::to_owned)
        .collect()
}

/// The first form action in `html` that ends with `suffix`.
fn action_ending(html: &str, suffix: &str) -> Option<String> {
    html.split("action=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|a| a.ends_with(suffix))
        .map(str::to_owned)
}

#[tokio::test]
async fn a_users_enrolments_are_listed_with_their_state_resent_and_revoked() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let id = app.identity("erin", Some("erin@example.com")).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let tab = format!("/console/users/{id}?tab=enrolments");
        let (_, empty, _) = send(&app, "GET", &tab, &admin, None).await;
        assert!(empty.contains("No enrolments have been sent"), "{empty}");
        let csrf = csrf_of(&empty);
        let token = form(&[("csrf", &csrf)]);
        let email = format!("/console/users/{id}/enroll/email");
        let (status, _, _) = send(&app, "POST", &email, &admin, Some(&token)).await;
        assert_eq!(status, StatusCode::OK);
        let (_, listed, _) = send(&app, "GET", &tab, &admin, None).await;
        assert_eq!(job_states(&listed), ["Sent"], "{}", app.backend);

        let resend = action_ending(&listed, "/resend").unwrap();
        let (status, _, location) = send(&app, "POST", &resend, &admin, Some(&token)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(location.ends_with("notice=resent"));
        let (_, resent, _) = send(&app, "GET", &tab, &admin, None).await;
        assert_eq!(
            job_states(&resent),
            ["Sent", "Revoked"],
            "the old link stops working"
        );
        assert_eq!(app.state.store().emails_waiting().await.unwrap(), 2);

        let revoke = action_ending(&resent, "/revoke").unwrap();
        let (status, _, _) = send(&app, "POST", &revoke, &admin, Some(&token)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, revoked, _) = send(&app, "GET", &tab, &admin, None).await;
        assert_eq!(job_states(&revoked), ["Revoked", "Revoked"]);
        assert!(
            action_ending(&revoked, "/revoke").is_none(),
            "nothing open to revoke"
        );
        assert_eq!(
            audited(&app, keybound_core::audit::Action::BindingJobRevoked.as_str()).await,
            2
        );

        send(&app, "POST", &email, &admin, Some(&token)).await;
        app.clock.advance(time::Duration::days(60));
        let (admin, _) = signed_in(&app, "boss-later", true).await;
        let (_, later, _) = send(&app, "GET", &tab, &admin, None).await;
        assert_eq!(job_states(&later), ["Expired", "Revoked", "Revoked"]);

        let other = app.identity("frank", Some("frank@example.com")).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let foreign = resend.replace(&id, &other);
        let (_, page, _) = send(&app, "GET", &tab, &admin, None).await;
        let token = form(&[("csrf", &csrf_of(&page))]);
        let (status, _, _) = send(&app, "POST", &foreign, &admin, Some(&token)).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "a job is resent only from its own user"
        );
    }
}

#[tokio::test]
async fn a_refused_form_comes_back_with_what_was_typed_and_each_problem_beside_its_field() {
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (_, group) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(serde_json::json!({"group": {"display_name": "Sales"}})),
            )
            .await;
        let group_id = group["id"].as_str().unwrap();
        let taken = app.identity("taken", Some("taken@example.com")).await;
        let (_, page, _) = send(&app, "GET", "/console/users/new", &admin, None).await;
        let csrf = csrf_of(&page);
        let count = || async {
            app.state
                .store()
                .list_identities(&app.realm_id, &Default::default(), PageRequest::default())
                .await
                .unwrap()
                .total_size
        };
        let before = count().await;

        let new_user = |username: &str, email: &str| {
            form(&[
                ("csrf", csrf.as_str()),
                ("given_name", "Ada"),
                ("family_name", "Lovelace"),
                ("username", username),
                ("email", email),
                ("groups", group_id),
                ("send_email", "on"),
            ])
        };
        let (status, page, _) = send(
            &app,
            "POST",
            "/console/users",
            &admin,
            Some(&new_user("ada lovelace", "not-an-email")),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{}", app.backend);
        assert_eq!(value_of(&page, "given_name"), "Ada");
        assert_eq!(value_of(&page, "family_name"), "Lovelace");
        assert_eq!(value_of(&page, "username"), "ada lovelace");
        assert_eq!(value_of(&page, "email"), "not-an-email");
        assert!(
            page.contains(&format!("value=\"{group_id}\" checked")),
            "the group stays ticked"
        );
        assert!(page.contains("aria-describedby=\"username-error\""), "{page}");
        assert!(
            page.contains("id=\"username-error\">Must not contain spaces.</p>"),
            "{page}"
        );
        assert!(page.contains("id=\"email-error\">Must be an email address like name@example.com.</p>"));
        assert!(!page.contains("id=\"given_name-error\""));
        assert_eq!(count().await, before, "nobody was added");

        let (status, page, _) = send(
            &app,
            "POST",
            "/console/users",
            &admin,
            Some(&new_user("TAKEN", "ada@example.com")),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            page.contains("id=\"username-error\">An identity with username"),
            "{page}"
        );
        assert_eq!(value_of(&page, "email"), "ada@example.com");
        assert_eq!(count().await, before);

        // Editing a profile: the problem beside the field, the rest as typed, nothing saved.
        let id = taken["id"].as_str().unwrap();
        let edit = form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Tamsin Aken"),
            ("given_name", "Tamsin"),
            ("family_name", ""),
            ("email", "tamsin@"),
        ]);
        let (status, page, _) =
            send(&app, "POST", &format!("/console/users/{id}"), &admin, Some(&edit)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{page}");
        assert_eq!(value_of(&page, "display_name"), "Tamsin Aken");
        assert_eq!(value_of(&page, "email"), "tamsin@");
        assert!(
            page.contains("id=\"email-error\">Must be an email address"),
            "{page}"
        );
        let stored = app.state.store().identity(&app.realm_id, id).await.unwrap();
        assert_eq!(stored.display_name, "taken Example");
        assert_eq!(
            stored.traits.primary_email_address.as_deref(),
            Some("taken@example.com")
        );
    }
}
