//! LDAP sync from a directory that answers as Active Directory does (the testkit's small LDAP
//! server), on both databases: a group of more than 1,500 members comes in ranges and is read
//! whole; a person's primary group ("Domain Users", by `primaryGroupID`) counts them as a
//! member; members of nested groups are members (cycles included); and a range that cannot be
//! read fails the sync and changes nothing.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use keybound_app::ldap::{self, Trigger};
use keybound_core::ldap::LdapSettings;
use keybound_testkit::active_directory::{guid, sid, Entry, FakeAd};
use serde_json::Value;
use support::{apps, TestApp};

const BASE: &str = "DC=corp,DC=example,DC=com";
/// More than one range of members.
const PEOPLE: u32 = 1600;

fn person_dn(n: u32) -> String {
    format!("CN=User {n},OU=People,{BASE}")
}

fn group_dn(cn: &str) -> String {
    format!("CN={cn},OU=Groups,{BASE}")
}

fn group(cn: &str, rid: u32, members: &[String]) -> Entry {
    let members: Vec<&str> = members.iter().map(String::as_str).collect();
    let entry = Entry::new(&group_dn(cn))
        .with("objectClass", &["top", "group"])
        .with("cn", &[cn])
        .with_bytes("objectGUID", guid(100_000 + rid))
        .with_bytes("objectSid", sid(rid));
    if members.is_empty() {
        entry
    } else {
        entry.with("member", &members)
    }
}

fn directory() -> Vec<Entry> {
    let mut entries: Vec<Entry> = (0..PEOPLE)
        .map(|n| {
            Entry::new(&person_dn(n))
                .with("objectClass", &["top", "person", "user"])
                .with("sAMAccountName", &[&format!("u{n}")])
                .with("mail", &[&format!("u{n}@corp.example.com")])
                .with("displayName", &[&format!("User {n}")])
                .with("primaryGroupID", &["513"])
                .with_bytes("objectGUID", guid(n))
        })
        .collect();
    let nina = format!("CN=Nina,OU=People,{BASE}");
    entries.push(
        Entry::new(&nina)
            .with("objectClass", &["top", "person", "user"])
            .with("sAMAccountName", &["nina"])
            .with("primaryGroupID", &["513"])
            .with_bytes("objectGUID", guid(99_999)),
    );
    let everyone: Vec<String> = (0..PEOPLE).map(person_dn).collect();
    entries.push(group("Domain Users", 513, &[]));
    entries.push(group("Big", 1101, &everyone));
    // Keybound Admins holds Tier2, which holds Nina, and Keybound Admins again.
    entries.push(group("Keybound Admins", 1102, &[group_dn("Tier2")]));
    entries.push(group("Tier2", 1103, &[nina, group_dn("Keybound Admins")]));
    entries
}

async fn configure(app: &TestApp, ad: &FakeAd) {
    let settings = LdapSettings {
        url: Some(ad.url.clone()),
        base_dn: Some(BASE.into()),
        user_filter: Some("(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))".into()),
        group_filter: Some("(objectClass=group)".into()),
        attr_unique_id: Some("objectGUID".into()),
        attr_username: Some("sAMAccountName".into()),
        attr_display_name: Some("displayName".into()),
        nested_groups: Some(true),
        admin_group: Some("Keybound Admins".into()),
        ..LdapSettings::default()
    };
    let realm = keybound_app::realms::get(&app.state, &app.realm_id)
        .await
        .unwrap();
    ldap::save_settings(
        &app.state,
        &keybound_app::Actor::system(),
        &realm,
        settings,
        ldap::Change::Replace,
    )
    .await
    .unwrap();
}

async fn sync(app: &TestApp) -> Result<keybound_core::ldap::SyncReport, keybound_app::AppError> {
    let realm = keybound_app::realms::get(&app.state, &app.realm_id)
        .await
        .unwrap();
    let trigger = Trigger {
        name: "cli",
        actor: keybound_app::Actor::system(),
    };
    ldap::sync(&app.state, &realm, &trigger, false, false).await
}

/// How many members the group named `name` has, read over SCIM.
async fn members(app: &TestApp, token: &str, name: &str) -> usize {
    let filter = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("filter", &format!("displayName eq \"{name}\""))
        .finish();
    let (status, found) = app
        .call(
            "GET",
            &app.realm_path(&format!("/scim/v2/Groups?{filter}")),
            token,
            None,
        )
        .await;
    assert_eq!(status, 200, "{found}");
    found["Resources"][0]["members"].as_array().map_or(0, Vec::len)
}

async fn role_of(app: &TestApp, username: &str) -> Value {
    let filter = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("filter", &format!("traits.username eq \"{username}\""))
        .finish();
    let (_, found) = app
        .call(
            "GET",
            &app.realm_path(&format!("/identities?{filter}")),
            &app.admin,
            None,
        )
        .await;
    found["identities"][0]["role"].clone()
}

#[tokio::test]
async fn ranged_members_primary_groups_and_nested_groups_come_in_whole() {
    for app in apps().await {
        let ad = FakeAd::start(directory()).unwrap();
        configure(&app, &ad).await;
        let token = app.token(&["scim:groups:read"]).await;

        let report = sync(&app).await.unwrap();
        assert_eq!(report.created, PEOPLE as usize + 1, "{report:?}");
        assert!(ad.range_reads() >= 1, "the second range was asked for");
        assert_eq!(
            members(&app, &token, "Big").await,
            PEOPLE as usize,
            "every range read"
        );
        assert_eq!(
            members(&app, &token, "Domain Users").await,
            PEOPLE as usize + 1,
            "by primaryGroupID"
        );
        assert_eq!(
            members(&app, &token, "Keybound Admins").await,
            1,
            "Nina, through Tier2"
        );
        assert_eq!(role_of(&app, "nina").await, "admin");
        assert_eq!(role_of(&app, "u1").await, Value::Null);

        // A range that cannot be read fails the sync, and the group keeps its members.
        ad.edit(|entries| {
            let big = entries.iter_mut().find(|e| e.dn == group_dn("Big")).unwrap();
            big.attrs.iter_mut().find(|(n, _)| n == "member").unwrap().1.pop();
        });
        ad.fail_range_reads(true);
        let err = sync(&app).await.unwrap_err();
        assert!(err.message().contains("range"), "{}", err.message());
        assert_eq!(
            members(&app, &token, "Big").await,
            PEOPLE as usize,
            "nothing changed"
        );

        // Back: the one who left the group leaves it here too.
        ad.fail_range_reads(false);
        let report = sync(&app).await.unwrap();
        assert_eq!(report.memberships_removed, 1, "{report:?}");
        assert_eq!(members(&app, &token, "Big").await, PEOPLE as usize - 1);
    }
}

#[tokio::test]
async fn without_nesting_a_group_inside_a_group_adds_nobody() {
    for app in apps().await {
        let ad = FakeAd::start(directory()).unwrap();
        configure(&app, &ad).await;
        let realm = keybound_app::realms::get(&app.state, &app.realm_id)
            .await
            .unwrap();
        let off = LdapSettings {
            nested_groups: Some(false),
            ..LdapSettings::default()
        };
        ldap::save_settings(
            &app.state,
            &keybound_app::Actor::system(),
            &realm,
            off,
            ldap::Change::Patch,
        )
        .await
        .unwrap();
        let token = app.token(&["scim:groups:read"]).await;
        sync(&app).await.unwrap();
        assert_eq!(members(&app, &token, "Keybound Admins").await, 0);
        assert_eq!(members(&app, &token, "Tier2").await, 1);
        assert_eq!(role_of(&app, "nina").await, Value::Null);
    }
}
