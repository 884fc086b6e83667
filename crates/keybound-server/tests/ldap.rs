//! LDAP sync against a real OpenLDAP slapd (started per test in a temp dir), on both databases:
//! every attribute mapped, renames, removals and returns, groups of both kinds, the admin group,
//! local clashes, dry runs, the guard, a directory that fails mid-read, one sync across
//! replicas, and LDAP-owned fields refused over the API.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_app::ldap::{self, Trigger};
use keybound_core::ldap::LdapSettings;
use keybound_core::realm::Realm;
use keybound_testkit::slapd::{self, Slapd};
use ldap3::{LdapConnAsync, Mod, Scope};
use serde_json::{json, Value};
use std::collections::HashSet;
use support::{apps, TestApp};

const PEOPLE: &str = "ou=people,dc=example,dc=org";
const GROUPS: &str = "ou=groups,dc=example,dc=org";

/// A directory for one test, or None (with a note) when slapd is not installed outside CI.
fn directory() -> Option<Slapd> {
    if !slapd::available() {
        assert!(
            std::env::var("CI").is_err(),
            "slapd is not installed: scripts/test installs it (Debian package slapd)"
        );
        eprintln!("slapd is not installed; skipping (scripts/test installs it)");
        return None;
    }
    Some(Slapd::start().expect("slapd starts"))
}

/// The directory changed as its root would.
struct Editor(ldap3::Ldap);

impl Editor {
    async fn open(dir: &Slapd) -> Self {
        let (conn, mut ldap) = LdapConnAsync::new(&dir.url).await.unwrap();
        ldap3::drive!(conn);
        ldap.simple_bind(slapd::ROOT_DN, slapd::ROOT_PASSWORD)
            .await
            .unwrap()
            .success()
            .unwrap();
        Self(ldap)
    }

    async fn person(&mut self, uid: &str, given: &str, family: &str) {
        let dn = format!("uid={uid},{PEOPLE}");
        let cn = format!("{given} {family}");
        let mail = format!("{uid}@example.org");
        let attrs: Vec<(&str, HashSet<&str>)> = vec![
            ("objectClass", ["inetOrgPerson"].into()),
            ("uid", [uid].into()),
            ("cn", [cn.as_str()].into()),
            ("givenName", [given].into()),
            ("sn", [family].into()),
            ("mail", [mail.as_str()].into()),
        ];
        self.0.add(&dn, attrs).await.unwrap().success().unwrap();
    }

    async fn group(&mut self, cn: &str, class: &str, members: &[&str]) {
        let dn = format!("cn={cn},{GROUPS}");
        let (attr, values): (&str, Vec<String>) = if class == "posixGroup" {
            ("memberUid", members.iter().map(|m| m.to_string()).collect())
        } else {
            (
                "member",
                members.iter().map(|m| format!("uid={m},{PEOPLE}")).collect(),
            )
        };
        let mut attrs: Vec<(&str, HashSet<&str>)> =
            vec![("objectClass", [class].into()), ("cn", [cn].into())];
        if class == "posixGroup" {
            attrs.push(("gidNumber", ["5000"].into()));
        }
        attrs.push((attr, values.iter().map(String::as_str).collect()));
        self.0.add(&dn, attrs).await.unwrap().success().unwrap();
    }

    async fn modify(&mut self, dn: &str, mods: Vec<Mod<&str>>) {
        self.0.modify(dn, mods).await.unwrap().success().unwrap();
    }

    async fn rename(&mut self, uid: &str, new_uid: &str) {
        self.0
            .modifydn(
                &format!("uid={uid},{PEOPLE}"),
                &format!("uid={new_uid}"),
                true,
                None,
            )
            .await
            .unwrap()
            .success()
            .unwrap();
    }

    async fn delete(&mut self, dn: &str) {
        self.0.delete(dn).await.unwrap().success().unwrap();
    }
}

/// Settings for the test directory: bound as the read-only account, pages of 4.
fn settings(dir: &Slapd) -> LdapSettings {
    LdapSettings {
        url: Some(dir.url.clone()),
        bind_dn: Some(slapd::READER_DN.into()),
        bind_password: Some(slapd::READER_PASSWORD.into()),
        base_dn: Some("dc=example,dc=org".into()),
        user_filter: Some("(&(objectClass=inetOrgPerson)(!(description=left)))".into()),
        admin_group: Some("admins".into()),
        page_size: Some(4),
        ..LdapSettings::default()
    }
}

async fn realm(app: &TestApp) -> Realm {
    app.state
        .store()
        .realm(&app.tenant_id, &app.realm_id)
        .await
        .unwrap()
}

async fn configure(app: &TestApp, settings: LdapSettings) {
    ldap::save_settings(
        &app.state,
        &keybound_app::Actor::system(),
        &realm(app).await,
        settings,
        ldap::Change::Replace,
    )
    .await
    .unwrap();
}

fn cli() -> Trigger {
    Trigger {
        name: "cli",
        actor: keybound_app::Actor::system(),
    }
}

async fn sync(app: &TestApp) -> Result<keybound_core::ldap::SyncReport, keybound_app::AppError> {
    ldap::sync(&app.state, &realm(app).await, &cli(), false, false).await
}

async fn person(app: &TestApp, username: &str) -> Option<Value> {
    let filter = format!("traits.username eq \"{username}\"");
    let (status, found) = app
        .call(
            "GET",
            &app.realm_path(&format!("/identities?filter={}", urlencode(&filter))),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    found["identities"].as_array().unwrap().first().cloned()
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

async fn members(app: &TestApp, group_name: &str) -> Vec<String> {
    let filter = format!("display_name eq \"{group_name}\"");
    let (_, groups) = app
        .call(
            "GET",
            &app.realm_path(&format!("/groups?filter={}", urlencode(&filter))),
            &app.admin,
            None,
        )
        .await;
    let Some(id) = groups["groups"][0]["id"].as_str() else {
        return Vec::new();
    };
    let (_, found) = app
        .call(
            "GET",
            &app.realm_path(&format!("/groups/{id}:listMembers")),
            &app.admin,
            None,
        )
        .await;
    let mut names: Vec<String> = found["identities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["traits"]["username"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

/// How many events of an action LDAP sync wrote (the realm's whole audit log is read).
async fn by_ldap(app: &TestApp) -> impl Fn(&str) -> usize {
    let all = keybound_core::page::PageRequest {
        size: 1000,
        after: None,
    };
    let events = app
        .state
        .store()
        .list_audit(&app.realm_id, &Default::default(), all)
        .await
        .unwrap();
    assert!(events.next_page_token.is_none(), "every event read");
    move |action: &str| {
        events
            .items
            .iter()
            .filter(|e| e.action == action && e.actor.kind == "ldap")
            .count()
    }
}

/// Twelve people (more than the reader may get without paging, three pages of four), a
/// groupOfNames, a posixGroup with memberUid usernames, and the admin group.
async fn populate(edit: &mut Editor) {
    for i in 0..12 {
        edit.person(&format!("p{i:02}"), &format!("Given{i}"), &format!("Family{i}"))
            .await;
    }
    edit.person("ada", "Ada", "Lovelace").await;
    edit.group("staff", "groupOfNames", &["ada", "p00", "p01"]).await;
    edit.group("devs", "posixGroup", &["ada", "p02"]).await;
    edit.group("admins", "groupOfNames", &["ada"]).await;
}

#[tokio::test]
async fn a_sync_maps_the_directory_and_follows_its_changes() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        // Without paging the reader gets at most SIZE_LIMIT entries: only paging reads them all.
        let (conn, mut plain) = LdapConnAsync::new(&dir.url).await.unwrap();
        ldap3::drive!(conn);
        plain
            .simple_bind(slapd::READER_DN, slapd::READER_PASSWORD)
            .await
            .unwrap();
        let unpaged = plain
            .search(
                PEOPLE,
                Scope::OneLevel,
                "(objectClass=inetOrgPerson)",
                vec!["uid"],
            )
            .await
            .unwrap();
        assert_eq!(unpaged.1.rc, 4, "sizeLimitExceeded without paging");
        assert!(unpaged.0.len() <= slapd::SIZE_LIMIT);

        configure(&app, settings(&dir)).await;
        let first = sync(&app).await.unwrap();
        assert_eq!(first.created, 13, "{first:?}");
        assert_eq!(first.groups_created, 3);
        assert_eq!(first.memberships_added, 6);
        assert_eq!(first.roles_granted, 1);
        let ada = person(&app, "ada").await.expect("ada was created");
        assert_eq!(ada["display_name"], "Ada Lovelace");
        assert_eq!(ada["traits"]["primary_email_address"], "ada@example.org");
        assert_eq!(ada["traits"]["given_name"], "Ada");
        assert_eq!(ada["traits"]["family_name"], "Lovelace");
        assert_eq!(ada["source"], "ldap");
        let ada_id = ada["id"].as_str().unwrap().to_owned();
        assert!(
            app.state.store().is_admin(&ada_id).await.unwrap(),
            "the admin group grants the console"
        );
        // Each change is audited as the same change made any other way, by LDAP sync.
        let by_ldap = by_ldap(&app).await;
        assert_eq!(by_ldap("identity.created"), 13, "{}", app.backend);
        assert_eq!(by_ldap("group.created"), 3);
        assert_eq!(by_ldap("group.member_added"), 6);
        assert_eq!(by_ldap("role.granted"), 1);
        assert_eq!(members(&app, "staff").await, ["ada", "p00", "p01"]);
        assert_eq!(
            members(&app, "devs").await,
            ["ada", "p02"],
            "memberUid values are usernames"
        );

        // Nothing changed: nothing to do.
        let again = sync(&app).await.unwrap();
        assert_eq!(
            (again.created, again.updated, again.memberships_added),
            (0, 0, 0),
            "{again:?}"
        );

        // A rename keeps the identity; email and group changes are followed; the admin group
        // loses ada; p03 leaves (filtered out), p04 is deleted from the directory.
        edit.rename("ada", "ada.l").await;
        edit.modify(
            &format!("uid=ada.l,{PEOPLE}"),
            vec![Mod::Replace("mail", ["ada@lovelace.org"].into())],
        )
        .await;
        edit.modify(
            &format!("cn=staff,{GROUPS}"),
            vec![
                Mod::Delete("member", [format!("uid=ada,{PEOPLE}").as_str()].into()),
                Mod::Add("member", [format!("uid=p05,{PEOPLE}").as_str()].into()),
            ],
        )
        .await;
        edit.modify(
            &format!("cn=admins,{GROUPS}"),
            vec![Mod::Replace(
                "member",
                [format!("uid=p06,{PEOPLE}").as_str()].into(),
            )],
        )
        .await;
        edit.modify(
            &format!("uid=p03,{PEOPLE}"),
            vec![Mod::Add("description", ["left"].into())],
        )
        .await;
        edit.delete(&format!("uid=p04,{PEOPLE}")).await;
        let changed = sync(&app).await.unwrap();
        assert_eq!(changed.suspended, 2, "{changed:?}");
        let renamed = person(&app, "ada.l").await.expect("renamed");
        assert_eq!(renamed["id"], ada_id.as_str(), "a rename renames, not re-creates");
        assert_eq!(renamed["traits"]["primary_email_address"], "ada@lovelace.org");
        assert_eq!(members(&app, "staff").await, ["p00", "p01", "p05"]);
        assert!(
            !app.state.store().is_admin(&ada_id).await.unwrap(),
            "out of the admin group, out of the console"
        );
        let p06 = person(&app, "p06").await.unwrap();
        assert!(app
            .state
            .store()
            .is_admin(p06["id"].as_str().unwrap())
            .await
            .unwrap());
        assert_eq!(person(&app, "p03").await.unwrap()["status"], "suspended");
        assert_eq!(person(&app, "p04").await.unwrap()["status"], "suspended");

        // p03 comes back: active again.
        edit.modify(
            &format!("uid=p03,{PEOPLE}"),
            vec![Mod::Delete("description", ["left"].into())],
        )
        .await;
        let back = sync(&app).await.unwrap();
        assert_eq!(back.reactivated, 1, "{back:?}");
        assert_eq!(person(&app, "p03").await.unwrap()["status"], "active");

        let runs = app
            .state
            .store()
            .list_ldap_syncs(
                &app.realm_id,
                keybound_core::page::PageRequest {
                    size: 10,
                    after: None,
                },
            )
            .await
            .unwrap();
        assert_eq!(runs.items.len(), 4, "every sync is recorded");
        assert_eq!(
            runs.items[0].report.as_ref().unwrap().reactivated,
            1,
            "newest first"
        );
    }
}

#[tokio::test]
async fn local_people_are_never_overwritten_dry_runs_change_nothing_and_the_guard_holds() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        let local = app.identity("p07", Some("someone@else.org")).await;
        configure(&app, settings(&dir)).await;

        let dry = ldap::sync(&app.state, &realm(&app).await, &cli(), true, false)
            .await
            .unwrap();
        assert_eq!(dry.created, 12);
        assert!(dry.changes.iter().any(|c| c == "create ada"), "{:?}", dry.changes);
        assert!(person(&app, "ada").await.is_none(), "a dry run changes nothing");

        let report = sync(&app).await.unwrap();
        assert_eq!(report.created, 12);
        assert_eq!(report.skipped.len(), 1);
        assert!(
            report.skipped[0].reason.contains("local identity"),
            "{:?}",
            report.skipped
        );
        let kept = person(&app, "p07").await.unwrap();
        assert_eq!(kept["id"], local["id"]);
        assert_eq!(kept["source"], "local");
        assert_eq!(kept["traits"]["primary_email_address"], "someone@else.org");

        // A filter that matches nobody would suspend everyone: refused, unless forced.
        configure(
            &app,
            LdapSettings {
                user_filter: Some("(uid=nobody)".into()),
                ..settings(&dir)
            },
        )
        .await;
        let refused = sync(&app).await.unwrap_err();
        assert!(
            refused.message().contains("more than half"),
            "{}",
            refused.message()
        );
        assert_eq!(person(&app, "ada").await.unwrap()["status"], "active");
        let forced = ldap::sync(&app.state, &realm(&app).await, &cli(), false, true)
            .await
            .unwrap();
        assert_eq!(forced.suspended, 12);
        assert_eq!(
            person(&app, "p07").await.unwrap()["status"],
            "active",
            "local people are not touched"
        );
    }
}

/// A TCP relay to the directory that cuts the connection after `limit` bytes from it: the
/// directory "stops" in the middle of a paged read.
async fn cut_after(target: u16, limit: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let server = tokio::net::TcpStream::connect(("127.0.0.1", target))
                .await
                .unwrap();
            let (mut cr, mut cw) = client.into_split();
            let (mut sr, mut sw) = server.into_split();
            tokio::spawn(async move { tokio::io::copy(&mut cr, &mut sw).await });
            tokio::spawn(async move {
                let mut sent = 0;
                let mut buf = [0u8; 256];
                while sent < limit {
                    let Ok(n) = sr.read(&mut buf).await else { break };
                    if n == 0 {
                        break;
                    }
                    let n = n.min(limit - sent);
                    if cw.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                    sent += n;
                }
                let _ = cw.shutdown().await;
            });
        }
    });
    port
}

/// p00, whom the directory has since removed, has not been suspended.
async fn still_active(app: &TestApp) -> bool {
    person(app, "p00").await.unwrap()["status"] == "active"
}

#[tokio::test]
async fn a_directory_that_fails_changes_nothing() {
    for app in apps().await {
        let Some(mut dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        configure(&app, settings(&dir)).await;
        sync(&app).await.unwrap();
        for i in 0..8 {
            edit.delete(&format!("uid=p{i:02},{PEOPLE}")).await;
        }

        // Cut mid-read: the bind and the first pages arrive, then the connection drops.
        let relay = cut_after(dir.port, 600).await;
        configure(
            &app,
            LdapSettings {
                url: Some(format!("ldap://127.0.0.1:{relay}")),
                ..settings(&dir)
            },
        )
        .await;
        let cut = sync(&app).await.unwrap_err();
        assert_eq!(
            cut.kind(),
            keybound_app::ErrorKind::Unavailable,
            "{}",
            cut.message()
        );
        assert!(still_active(&app).await, "a partial read suspends nobody");

        // A refused bind, with the directory's own words.
        configure(
            &app,
            LdapSettings {
                bind_password: Some("wrong".into()),
                ..settings(&dir)
            },
        )
        .await;
        let refused = sync(&app).await.unwrap_err();
        assert!(
            refused.message().contains("invalidCredentials") || refused.message().contains("49"),
            "{}",
            refused.message()
        );

        // The directory down.
        configure(&app, settings(&dir)).await;
        dir.stop();
        let down = sync(&app).await.unwrap_err();
        assert!(down.message().contains("cannot reach"), "{}", down.message());
        assert!(still_active(&app).await);
        let runs = app
            .state
            .store()
            .list_ldap_syncs(
                &app.realm_id,
                keybound_core::page::PageRequest {
                    size: 10,
                    after: None,
                },
            )
            .await
            .unwrap();
        assert_eq!(
            runs.items.iter().filter(|r| r.error.is_some()).count(),
            3,
            "failures are recorded with their error"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_scheduled_at_once_sync_once() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        configure(&app, settings(&dir)).await;
        let replicas: Vec<keybound_app::App> = {
            let mut out = vec![app.state.clone()];
            for _ in 0..3 {
                let store = keybound_store::SqlStore::connect(&app.store_url()).await.unwrap();
                out.push(app.state.with_store(std::sync::Arc::new(store)));
            }
            out
        };
        let mut handles = Vec::new();
        for replica in replicas {
            handles.push(tokio::spawn(async move {
                ldap::run_scheduled(&replica).await.unwrap()
            }));
        }
        let mut ran = 0;
        for handle in handles {
            ran += handle.await.unwrap();
        }
        assert_eq!(ran, 1, "{}: one replica syncs", app.backend);
        assert!(person(&app, "ada").await.is_some());
        // Not due again until the interval has passed.
        assert_eq!(ldap::run_scheduled(&app.state).await.unwrap(), 0);
        app.clock.advance(time::Duration::minutes(61));
        assert_eq!(ldap::run_scheduled(&app.state).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn fields_the_directory_owns_refuse_edits_over_the_api() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        configure(&app, settings(&dir)).await;
        sync(&app).await.unwrap();
        let ada = person(&app, "ada").await.unwrap();
        let path = app.realm_path(&format!("/identities/{}", ada["id"].as_str().unwrap()));
        let (status, refused) = app
            .call(
                "PATCH",
                &path,
                &app.admin,
                Some(json!({"identity": {"traits": {"primary_email_address": "x@y.org"}}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{refused}");
        assert!(refused["message"]
            .as_str()
            .unwrap()
            .contains("primary_email_address is managed by LDAP"));
        let (status, _) = app
            .call(
                "PATCH",
                &path,
                &app.admin,
                Some(json!({"identity": {"display_name": "Someone Else"}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(
            person(&app, "ada").await.unwrap()["traits"]["primary_email_address"],
            "ada@example.org"
        );
        // What is not the directory's works as for anyone: an admin may suspend.
        app.set_status(ada["id"].as_str().unwrap(), "suspended").await;

        let (_, groups) = app
            .call(
                "GET",
                &app.realm_path(&format!(
                    "/groups?filter={}",
                    urlencode("display_name eq \"staff\"")
                )),
                &app.admin,
                None,
            )
            .await;
        let staff = groups["groups"][0]["id"].as_str().unwrap().to_owned();
        let (status, refused) = app
            .call(
                "PATCH",
                &app.realm_path(&format!("/groups/{staff}")),
                &app.admin,
                Some(json!({"group": {"display_name": "Renamed"}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{refused}");
        let p08 = person(&app, "p08").await.unwrap();
        let (status, refused) = app
            .call(
                "POST",
                &app.realm_path(&format!("/groups/{staff}:addMembers")),
                &app.admin,
                Some(json!({"identity_ids": [p08["id"]]})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{refused}");
        assert!(refused["message"].as_str().unwrap().contains("managed by LDAP"));
        assert_eq!(members(&app, "staff").await, ["ada", "p00", "p01"]);
        // A local group of LDAP people works as usual.
        let (_, local) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(json!({"group": {"display_name": "Book club"}})),
            )
            .await;
        let (status, _) = app
            .call(
                "POST",
                &app.realm_path(&format!("/groups/{}:addMembers", local["id"].as_str().unwrap())),
                &app.admin,
                Some(json!({"identity_ids": [p08["id"]]})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(app
            .state
            .store()
            .identity(&app.realm_id, p08["id"].as_str().unwrap())
            .await
            .is_ok());
    }
}

#[tokio::test]
async fn the_api_sets_the_config_syncs_on_demand_and_lists_the_syncs() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        let sync_path = app.realm_path("/ldap-config:sync");
        let (status, off) = app.call("POST", &sync_path, &app.admin, Some(json!({}))).await;
        assert_eq!(status, StatusCode::CONFLICT, "{off}");
        assert!(off["message"].as_str().unwrap().contains("not configured"));

        let s = settings(&dir);
        let body = json!({"ldap_config": {
            "url": s.url, "bind_dn": s.bind_dn, "bind_password": s.bind_password, "base_dn": s.base_dn,
            "user_filter": s.user_filter, "page_size": 4, "admin_group": "admins"}});
        let (status, saved) = app
            .call("PATCH", &app.realm_path("/ldap-config"), &app.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        assert_eq!(saved["bind_password_set"], true);
        assert!(
            saved["ldap_config"].get("bind_password").is_none(),
            "the password is write-only"
        );
        let (status, bad) = app
            .call(
                "PATCH",
                &app.realm_path("/ldap-config"),
                &app.admin,
                Some(json!({"ldap_config": {"removed": "archive"}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(
            bad["details"][0]["field_violations"][0]["field"],
            "ldap_config.removed"
        );
        // Changing another field keeps the password.
        let (status, _) = app
            .call(
                "PATCH",
                &app.realm_path("/ldap-config"),
                &app.admin,
                Some(json!({"ldap_config": {"sync_interval": "30m"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);

        let (status, dry) = app
            .call("POST", &sync_path, &app.admin, Some(json!({"dry_run": true})))
            .await;
        assert_eq!(status, StatusCode::OK, "{dry}");
        assert_eq!(dry["created"], 13);
        assert!(person(&app, "ada").await.is_none());
        let (status, done) = app.call("POST", &sync_path, &app.admin, Some(json!({}))).await;
        assert_eq!(status, StatusCode::OK, "{done}");
        assert_eq!(done["created"], 13);
        let (_, runs) = app
            .call("GET", &app.realm_path("/ldap-syncs"), &app.admin, None)
            .await;
        assert_eq!(runs["total_size"], 2);
        assert_eq!(runs["ldap_syncs"][0]["trigger"], "api");
        assert_eq!(runs["ldap_syncs"][0]["report"]["created"], 13);
        assert_eq!(runs["ldap_syncs"][1]["dry_run"], true);

        let reader = app.token(&["identities:read"]).await;
        let (status, _) = app.call("POST", &sync_path, &reader, Some(json!({}))).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = app
            .call("POST", &sync_path, &app.admin, Some(json!({"dry_run": "yes"})))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // Settings from the server's environment win, and cannot be changed over the API.
        let mut state = app.state.clone();
        state.ldap = std::sync::Arc::new(ldap::LdapEnv {
            realm: None,
            settings: LdapSettings {
                url: Some(dir.url.clone()),
                ..LdapSettings::default()
            },
        });
        let router = keybound_server::router(state);
        let (status, locked) =
            support::call_on(&router, "GET", &app.realm_path("/ldap-config"), &app.admin, None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(locked["locked_fields"], json!(["url"]));
        let (status, refused) = support::call_on(
            &router,
            "PATCH",
            &app.realm_path("/ldap-config"),
            &app.admin,
            Some(json!({"ldap_config": {"url": "ldap://elsewhere:389"}})),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "{refused}");
        assert!(refused["message"].as_str().unwrap().contains("environment"));
    }
}

#[tokio::test]
async fn the_directorys_role_groups_give_console_roles_and_take_them_back() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        edit.group("it-helpdesk", "groupOfNames", &["p00", "p01", "ada"])
            .await;
        edit.group("auditors", "groupOfNames", &["p02"]).await;
        let role_of = |username: &'static str| {
            let app = &app;
            async move { person(app, username).await.unwrap()["role"].clone() }
        };

        let wrong = LdapSettings {
            role_groups: Some("overlord=auditors".into()),
            ..settings(&dir)
        };
        let refused = ldap::save_settings(
            &app.state,
            &keybound_app::Actor::system(),
            &realm(&app).await,
            wrong,
            ldap::Change::Replace,
        )
        .await
        .unwrap_err();
        assert!(refused.message().contains("role_groups"), "{}", refused.message());

        // One group named by its DN, the other by its name; ada, in the admin group too, gets
        // the stronger role.
        configure(
            &app,
            LdapSettings {
                role_groups: Some(format!("helpdesk=cn=it-helpdesk,{GROUPS}; auditor=auditors")),
                ..settings(&dir)
            },
        )
        .await;
        let first = sync(&app).await.unwrap();
        assert_eq!(first.roles_granted, 4, "{}: {first:?}", app.backend);
        assert_eq!(role_of("p00").await, "helpdesk");
        assert_eq!(role_of("p01").await, "helpdesk");
        assert_eq!(role_of("p02").await, "auditor");
        assert_eq!(role_of("ada").await, "admin");
        assert_eq!(role_of("p03").await, Value::Null);

        // Out of the group, out of the role; the change is audited as LDAP sync's.
        edit.modify(
            &format!("cn=it-helpdesk,{GROUPS}"),
            vec![Mod::Delete(
                "member",
                [format!("uid=p01,{PEOPLE}").as_str()].into(),
            )],
        )
        .await;
        let second = sync(&app).await.unwrap();
        assert_eq!((second.roles_granted, second.roles_revoked), (0, 1), "{second:?}");
        assert_eq!(role_of("p01").await, Value::Null);
        assert_eq!(role_of("p00").await, "helpdesk");
        let by_ldap = by_ldap(&app).await;
        assert_eq!((by_ldap("role.granted"), by_ldap("role.revoked")), (4, 1));
    }
}

#[tokio::test]
async fn nested_groups_in_a_real_directory_give_their_members_roles() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        // tier1 holds p00 and tier2; tier2 holds p01 and tier1 again (a cycle).
        edit.group("tier2", "groupOfNames", &["p01"]).await;
        edit.group("tier1", "groupOfNames", &["p00"]).await;
        for (outer, inner) in [("tier1", "tier2"), ("tier2", "tier1")] {
            let inner_dn = format!("cn={inner},{GROUPS}");
            edit.modify(
                &format!("cn={outer},{GROUPS}"),
                vec![Mod::Add("member", [inner_dn.as_str()].into())],
            )
            .await;
        }
        let role_of = |username: &'static str| {
            let app = &app;
            async move { person(app, username).await.unwrap()["role"].clone() }
        };
        let helpdesk = format!("helpdesk=cn=tier1,{GROUPS}");
        configure(
            &app,
            LdapSettings {
                role_groups: Some(helpdesk.clone()),
                ..settings(&dir)
            },
        )
        .await;
        sync(&app).await.unwrap();
        assert_eq!(role_of("p00").await, "helpdesk");
        assert_eq!(role_of("p01").await, Value::Null, "no nesting unless asked");

        configure(
            &app,
            LdapSettings {
                role_groups: Some(helpdesk),
                nested_groups: Some(true),
                ..settings(&dir)
            },
        )
        .await;
        let report = sync(&app).await.unwrap();
        assert_eq!(role_of("p01").await, "helpdesk", "{report:?}");
        assert_eq!(members(&app, "tier1").await, ["p00", "p01"]);
        assert_eq!(members(&app, "tier2").await, ["p00", "p01"]);
    }
}

#[tokio::test]
async fn people_a_sync_brings_in_get_one_enrolment_email_when_the_realm_says_so() {
    for app in apps().await {
        let Some(dir) = directory() else { return };
        let mut edit = Editor::open(&dir).await;
        populate(&mut edit).await;
        let config = app.hosted_config().await;
        let turn_on = serde_json::json!({"settings": {"enroll_on_provision": {"enabled": true, "authenticator_config_id": config}}});
        let (status, body) = app
            .call("PATCH", &app.realm_path("/settings"), &app.admin, Some(turn_on))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        configure(&app, settings(&dir)).await;
        assert_eq!(sync(&app).await.unwrap().created, 13);
        while keybound_app::batches::work_once(&app.state).await.unwrap() > 0 {}
        let jobs = app
            .state
            .store()
            .list_jobs(
                &app.realm_id,
                None,
                keybound_core::page::PageRequest { size: 1, after: None },
            )
            .await
            .unwrap();
        assert_eq!(jobs.total_size, 13, "{}: one enrolment email each", app.backend);
        // The next sync brings nobody new, and sends nothing more.
        sync(&app).await.unwrap();
        assert_eq!(keybound_app::batches::work_once(&app.state).await.unwrap(), 0);
    }
}
