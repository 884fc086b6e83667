//! The store contract: every test runs on SQLite and, when configured, on PostgreSQL, and both
//! must behave the same. See `keybound_store::testing`.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_core::api_token::ApiToken;
use keybound_core::filter::Filter;
use keybound_core::identity::{EnrollmentStatus, IdentityPatch, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_core::realm::Realm;
use keybound_store::testing::stores;
use keybound_store::{
    ApiTokenStore, GroupStore, IdentityStore, RealmStore, SettingsStore, Store, StoreError, TenantStore,
    IDENTITY_FILTER_ATTRIBUTES,
};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);

fn person(username: &str, email: Option<&str>) -> NewIdentity {
    NewIdentity {
        display_name: format!("{username} Example"),
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: username.into(),
            primary_email_address: email.map(Into::into),
            ..Default::default()
        },
    }
}

async fn default_realm(store: &dyn Store) -> Realm {
    let tenant = store.bootstrap(NOW).await.unwrap();
    let realms = store
        .list_realms(&tenant.id, PageRequest::default())
        .await
        .unwrap();
    realms.items.into_iter().next().unwrap()
}

fn filter(text: &str) -> Filter {
    Filter::parse(Some(text), IDENTITY_FILTER_ATTRIBUTES).unwrap()
}

fn page(size: u32) -> PageRequest {
    PageRequest { size, after: None }
}

#[tokio::test]
async fn bootstrap_creates_one_tenant_with_a_default_realm() {
    for t in stores().await {
        let first = t.store.bootstrap(NOW).await.unwrap();
        let again = t.store.bootstrap(NOW + Duration::hours(1)).await.unwrap();
        assert_eq!(first, again, "{}", t.name);
        let realms = t
            .store
            .list_realms(&first.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(realms.total_size, 1, "{}", t.name);
        assert_eq!(realms.items[0].display_name, "Default");
        let renamed = t.store.update_tenant(&first.id, "Acme", NOW).await.unwrap();
        assert_eq!(t.store.tenant(&first.id).await.unwrap(), renamed);
    }
}

#[tokio::test]
async fn concurrent_bootstraps_agree_on_one_tenant() {
    for t in stores().await {
        let store = std::sync::Arc::new(t.store.clone());
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let s = store.clone();
                tokio::spawn(async move { s.bootstrap(NOW).await.unwrap().id })
            })
            .collect();
        let mut ids = Vec::new();
        for h in handles {
            ids.push(h.await.unwrap());
        }
        ids.dedup();
        assert_eq!(ids.len(), 1, "{}", t.name);
        let realms = store.list_realms(&ids[0], PageRequest::default()).await.unwrap();
        assert_eq!(realms.total_size, 1, "{}", t.name);
    }
}

#[tokio::test]
async fn realms_can_be_created_renamed_paged_and_deleted_with_their_contents() {
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let sales = t.store.create_realm(&tenant.id, "Sales", NOW).await.unwrap();
        let jane = t
            .store
            .create_identity(&sales, person("jane", None), NOW)
            .await
            .unwrap();
        assert_eq!(
            t.store
                .update_realm(&tenant.id, &sales.id, "Sales EU", NOW)
                .await
                .unwrap()
                .display_name,
            "Sales EU"
        );
        let first = t.store.list_realms(&tenant.id, page(1)).await.unwrap();
        assert_eq!((first.items.len(), first.total_size), (1, 2));
        let token = first.next_page_token.clone().unwrap();
        let second = t
            .store
            .list_realms(&tenant.id, PageRequest::parse(Some(1), Some(&token)).unwrap())
            .await
            .unwrap();
        assert_eq!(second.items[0].id, sales.id);
        // An identity is found in its own realm only.
        assert_eq!(t.store.identity(&sales.id, &jane.id).await.unwrap().id, jane.id);
        let first_realm = &first.items[0].id;
        assert!(matches!(
            t.store.identity(first_realm, &jane.id).await,
            Err(StoreError::NotFound { .. })
        ));
        assert!(second.next_page_token.is_none());

        t.store.delete_realm(&tenant.id, &sales.id).await.unwrap();
        assert!(matches!(
            t.store.realm(&tenant.id, &sales.id).await,
            Err(StoreError::NotFound { .. })
        ));
        assert!(matches!(
            t.store.identity(&sales.id, &jane.id).await,
            Err(StoreError::NotFound { .. })
        ));
        assert!(matches!(
            t.store.delete_realm(&tenant.id, &sales.id).await,
            Err(StoreError::NotFound { .. })
        ));
        // The deleted realm's count changes are dropped, not folded into counts of no realm.
        assert_eq!(t.store.fold_identity_counts().await.unwrap(), 2, "{}", t.name);
        assert!(matches!(
            t.store.realm("other-tenant", &first.items[0].id).await,
            Err(StoreError::NotFound { .. })
        ));
    }
}

#[tokio::test]
async fn usernames_are_unique_per_realm_ignoring_case() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let jane = t
            .store
            .create_identity(&realm, person("Jane", Some("jane@example.com")), NOW)
            .await
            .unwrap();
        assert_eq!(jane.enrollment_status, EnrollmentStatus::Pending);
        assert_eq!(
            t.store.identity(&realm.id, &jane.id).await.unwrap(),
            jane,
            "{}",
            t.name
        );
        let clash = t.store.create_identity(&realm, person("jANE", None), NOW).await;
        assert!(
            matches!(clash, Err(StoreError::Conflict(_))),
            "{}: {clash:?}",
            t.name
        );
        let other = t
            .store
            .create_realm(&realm.tenant_id, "Other", NOW)
            .await
            .unwrap();
        t.store
            .create_identity(&other, person("jane", None), NOW)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn parallel_creates_of_one_username_make_exactly_one_identity() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let store = std::sync::Arc::new(t.store.clone());
        let handles: Vec<_> = (0..20)
            .map(|i| {
                let (s, r) = (store.clone(), realm.clone());
                let name = if i % 2 == 0 { "Race" } else { "race" };
                tokio::spawn(async move { s.create_identity(&r, person(name, None), NOW).await })
            })
            .collect();
        let mut created = 0;
        for h in handles {
            match h.await.unwrap() {
                Ok(_) => created += 1,
                Err(StoreError::Conflict(_)) => {}
                Err(e) => panic!("{}: {e}", t.name),
            }
        }
        assert_eq!(created, 1, "{}", t.name);
        let list = store
            .list_identities(&realm.id, &filter(r#"traits.username eq "RACE""#), page(10))
            .await
            .unwrap();
        assert_eq!(list.total_size, 1, "{}", t.name);
    }
}

/// Writes running at once may share a commit: each is answered only once it is committed (a
/// store opened anew on the same database sees every write that was answered), and one that
/// fails undoes only itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_writes_are_each_durable_when_answered_and_a_failing_one_undoes_only_itself() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let store = std::sync::Arc::new(t.store.clone());
        store
            .create_identity(&realm, person("taken", None), NOW)
            .await
            .unwrap();
        let handles: Vec<_> = (0..200)
            .map(|i| {
                let (s, r) = (store.clone(), realm.clone());
                // Every tenth write breaks the username rule.
                let name = if i % 10 == 0 {
                    "taken".to_owned()
                } else {
                    format!("writer{i}")
                };
                tokio::spawn(async move {
                    (
                        name.clone(),
                        s.create_identity(&r, person(&name, None), NOW).await,
                    )
                })
            })
            .collect();
        let mut answered = Vec::new();
        for h in handles {
            match h.await.unwrap() {
                (name, Ok(_)) => answered.push(name),
                (name, Err(StoreError::Conflict(_))) => assert_eq!(name, "taken", "{}", t.name),
                (_, Err(e)) => panic!("{}: {e}", t.name),
            }
        }
        assert_eq!(answered.len(), 180, "{}", t.name);
        let reopened = keybound_store::SqlStore::connect(&t.url).await.unwrap();
        let all = reopened
            .list_identities(&realm.id, &filter(r#"traits.username sw "writer""#), page(500))
            .await
            .unwrap();
        assert_eq!(all.total_size, 180, "{}", t.name);
        let taken = reopened
            .list_identities(&realm.id, &filter(r#"traits.username eq "taken""#), page(10))
            .await
            .unwrap();
        assert_eq!(taken.total_size, 1, "{}", t.name);
    }
}

#[tokio::test]
async fn identity_lists_filter_case_insensitively() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        for (u, e) in [
            ("john.smith", "JOHN@corp.example"),
            ("johanna", "jo@corp.example"),
            ("bob_100%", "b@x.io"),
        ] {
            t.store
                .create_identity(&realm, person(u, Some(e)), NOW)
                .await
                .unwrap();
        }
        let count = |f: &'static str| {
            let s = &t.store;
            let realm_id = realm.id.clone();
            async move {
                s.list_identities(&realm_id, &filter(f), page(50))
                    .await
                    .unwrap()
                    .total_size
            }
        };
        assert_eq!(count(r#"traits.username eq "JOHN.SMITH""#).await, 1, "{}", t.name);
        assert_eq!(count(r#"traits.username sw "jo""#).await, 2, "{}", t.name);
        assert_eq!(count(r#"traits.username co "n""#).await, 2, "{}", t.name);
        assert_eq!(
            count(r#"traits.primary_email_address eq "john@CORP.example""#).await,
            1,
            "{}",
            t.name
        );
        assert_eq!(
            count(r#"traits.primary_email_address co "corp""#).await,
            2,
            "{}",
            t.name
        );
        assert_eq!(count(r#"traits.username co "_1""#).await, 1, "{}", t.name);
        assert_eq!(
            count(r#"traits.username co "%""#).await,
            1,
            "{}: % is literal",
            t.name
        );
        assert_eq!(
            count(r#"traits.username co "h_""#).await,
            0,
            "{}: _ is literal",
            t.name
        );
        assert_eq!(
            count(r#"display_name co "example" and traits.username sw "joh""#).await,
            2,
            "{}",
            t.name
        );
        assert_eq!(count(r#"enrollment_status eq "PENDING""#).await, 3, "{}", t.name);
        assert_eq!(count(r#"enrollment_status eq "ENROLLED""#).await, 0, "{}", t.name);
        assert_eq!(
            count(r#"status eq "active" and traits.username eq "nobody""#).await,
            0,
            "{}",
            t.name
        );
    }
}

#[tokio::test]
async fn pages_stay_correct_while_identities_are_added() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        for u in ["a1", "a2", "a3"] {
            t.store
                .create_identity(&realm, person(u, None), NOW)
                .await
                .unwrap();
        }
        let mut seen = Vec::new();
        let mut request = page(1);
        loop {
            let p = t
                .store
                .list_identities(&realm.id, &Filter::default(), request)
                .await
                .unwrap();
            seen.extend(p.items.iter().map(|i| i.traits.username.clone()));
            if seen.len() == 1 {
                // A row added mid-listing is seen at the end, and nothing is repeated or lost.
                t.store
                    .create_identity(&realm, person("a4", None), NOW)
                    .await
                    .unwrap();
            }
            match p.next_page_token {
                Some(token) => request = PageRequest::parse(Some(1), Some(&token)).unwrap(),
                None => break,
            }
        }
        assert_eq!(seen, ["a1", "a2", "a3", "a4"], "{}", t.name);
    }
}

#[tokio::test]
async fn patches_change_only_what_they_name() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let jane = t
            .store
            .create_identity(&realm, person("jane", Some("jane@example.com")), NOW)
            .await
            .unwrap();
        t.store
            .create_identity(&realm, person("john", None), NOW)
            .await
            .unwrap();
        let later = NOW + Duration::minutes(5);
        let patch = IdentityPatch {
            display_name: Some("Jane Q. Doe".into()),
            status: Some(IdentityStatus::Suspended),
            primary_email_address: Some(None),
            given_name: Some(Some("Jane".into())),
            ..Default::default()
        };
        let updated = t
            .store
            .update_identity(&realm.id, &jane.id, &patch, later)
            .await
            .unwrap();
        assert_eq!(updated.display_name, "Jane Q. Doe");
        assert_eq!(updated.status, IdentityStatus::Suspended);
        assert_eq!(updated.traits.primary_email_address, None);
        assert_eq!(updated.traits.given_name.as_deref(), Some("Jane"));
        assert_eq!(updated.traits.username, "jane");
        assert_eq!(
            (updated.create_time, updated.update_time),
            (NOW, later),
            "{}",
            t.name
        );

        let clash = IdentityPatch {
            username: Some("JOHN".into()),
            display_name: Some("x".into()),
            ..Default::default()
        };
        let err = t.store.update_identity(&realm.id, &jane.id, &clash, later).await;
        assert!(matches!(err, Err(StoreError::Conflict(_))), "{}: {err:?}", t.name);
        assert_eq!(
            t.store.identity(&realm.id, &jane.id).await.unwrap(),
            updated,
            "nothing half-written"
        );

        let bad = IdentityPatch {
            primary_email_address: Some(Some("nope".into())),
            ..Default::default()
        };
        assert!(matches!(
            t.store.update_identity(&realm.id, &jane.id, &bad, later).await,
            Err(StoreError::Invalid(_))
        ));
        let missing = t
            .store
            .update_identity(&realm.id, "0000000000000000", &patch, later)
            .await;
        assert!(matches!(missing, Err(StoreError::NotFound { .. })));
    }
}

#[tokio::test]
async fn batch_delete_is_all_or_nothing() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let mut ids = Vec::new();
        for u in ["x1", "x2", "x3"] {
            ids.push(
                t.store
                    .create_identity(&realm, person(u, None), NOW)
                    .await
                    .unwrap()
                    .id,
            );
        }
        let with_unknown = vec![ids[0].clone(), "ffffffffffffffff".into()];
        match t.store.batch_delete_identities(&realm.id, &with_unknown).await {
            Err(StoreError::NotFound { id, .. }) => assert_eq!(id, "ffffffffffffffff"),
            other => panic!("{}: {other:?}", t.name),
        }
        assert_eq!(
            t.store
                .list_identities(&realm.id, &Filter::default(), page(10))
                .await
                .unwrap()
                .total_size,
            3
        );
        t.store
            .batch_delete_identities(&realm.id, &ids[..2])
            .await
            .unwrap();
        let left = t
            .store
            .list_identities(&realm.id, &Filter::default(), page(10))
            .await
            .unwrap();
        assert_eq!(
            left.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            [ids[2].as_str()],
            "{}",
            t.name
        );
    }
}

#[tokio::test]
async fn groups_hold_members_and_membership_goes_with_the_identity() {
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let admins = t
            .store
            .create_group(&realm, "Admins", "People who run things", NOW)
            .await
            .unwrap();
        let ops = t.store.create_group(&realm, "Ops", "", NOW).await.unwrap();
        let a = t
            .store
            .create_identity(&realm, person("ann", None), NOW)
            .await
            .unwrap();
        let b = t
            .store
            .create_identity(&realm, person("ben", None), NOW)
            .await
            .unwrap();

        t.store
            .add_members(&realm.id, &admins.id, &[a.id.clone(), b.id.clone()], NOW)
            .await
            .unwrap();
        t.store
            .add_members(&realm.id, &admins.id, std::slice::from_ref(&a.id), NOW)
            .await
            .unwrap(); // again: no change
        t.store
            .add_members(&realm.id, &ops.id, std::slice::from_ref(&a.id), NOW)
            .await
            .unwrap();
        let unknown = t
            .store
            .add_members(
                &realm.id,
                &ops.id,
                &[b.id.clone(), "ffffffffffffffff".into()],
                NOW,
            )
            .await;
        assert!(matches!(unknown, Err(StoreError::NotFound { .. })), "{}", t.name);
        let members = t.store.group_members(&realm.id, &ops.id, page(10)).await.unwrap();
        assert_eq!(members.items.len(), 1, "{}: nothing half-added", t.name);

        let members = t
            .store
            .group_members(&realm.id, &admins.id, page(1))
            .await
            .unwrap();
        assert_eq!(
            (members.items[0].id.as_str(), members.total_size),
            (a.id.as_str(), 2)
        );
        assert!(members.next_page_token.is_some());
        let groups = t.store.identity_groups(&realm.id, &a.id, page(10)).await.unwrap();
        assert_eq!(
            groups
                .items
                .iter()
                .map(|g| g.display_name.as_str())
                .collect::<Vec<_>>(),
            ["Admins", "Ops"]
        );

        t.store
            .delete_members(&realm.id, &admins.id, std::slice::from_ref(&b.id), NOW)
            .await
            .unwrap();
        assert_eq!(
            t.store
                .group_members(&realm.id, &admins.id, page(10))
                .await
                .unwrap()
                .total_size,
            1
        );
        t.store.delete_identity(&realm.id, &a.id).await.unwrap();
        assert_eq!(
            t.store
                .group_members(&realm.id, &admins.id, page(10))
                .await
                .unwrap()
                .total_size,
            0,
            "{}",
            t.name
        );

        let renamed = t
            .store
            .update_group(&realm.id, &ops.id, Some("Operations"), None, NOW)
            .await
            .unwrap();
        assert_eq!(
            (renamed.display_name.as_str(), renamed.description.as_str()),
            ("Operations", "")
        );
        let found = t
            .store
            .list_groups(
                &realm.id,
                &Filter::parse(Some(r#"display_name sw "oper""#), &["display_name"]).unwrap(),
                page(10),
            )
            .await
            .unwrap();
        assert_eq!(found.total_size, 1);
        t.store.delete_group(&realm.id, &ops.id).await.unwrap();
        assert!(matches!(
            t.store.group(&realm.id, &ops.id).await,
            Err(StoreError::NotFound { .. })
        ));
        assert!(matches!(
            t.store.identity_groups(&realm.id, &a.id, page(10)).await,
            Err(StoreError::NotFound { .. })
        ));
    }
}

#[tokio::test]
async fn api_tokens_keep_only_a_hash_and_record_use() {
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let (token, secret) =
            ApiToken::issue(&tenant.id, "ci", vec!["identities:read".into()], None, NOW).unwrap();
        t.store.create_api_token(&token).await.unwrap();
        let stored = t.store.api_token(&token.id).await.unwrap();
        assert_eq!(stored, token, "{}", t.name);
        assert!(!stored.secret_hash.contains(secret.rsplit('_').next().unwrap()));

        t.store
            .touch_api_token(&token.id, NOW + Duration::seconds(5))
            .await
            .unwrap();
        t.store
            .touch_api_token(&token.id, NOW + Duration::seconds(30))
            .await
            .unwrap();
        let used = t.store.api_token(&token.id).await.unwrap();
        assert_eq!(
            used.last_used_time,
            Some(NOW + Duration::seconds(5)),
            "{}: once a minute",
            t.name
        );

        assert_eq!(
            t.store
                .list_api_tokens(&tenant.id, page(10))
                .await
                .unwrap()
                .total_size,
            1
        );
        t.store.delete_api_token(&tenant.id, &token.id).await.unwrap();
        assert!(matches!(
            t.store.api_token(&token.id).await,
            Err(StoreError::NotFound { .. })
        ));
    }
}

/// Searches that contain or start with text follow renames and deletions (on SQLite they go
/// through a trigram index kept by triggers).
#[tokio::test]
async fn contains_searches_follow_renames_and_deletions() {
    use keybound_core::identity::IdentityPatch;
    for t in stores().await {
        let realm = default_realm(&t.store).await;
        let a = t
            .store
            .create_identity(&realm, person("marguerite", Some("marg@corp.example")), NOW)
            .await
            .unwrap();
        t.store
            .create_identity(&realm, person("bob", None), NOW)
            .await
            .unwrap();
        let found = |f: &'static str| {
            let (s, realm_id) = (t.store.clone(), realm.id.clone());
            async move {
                let page = s.list_identities(&realm_id, &filter(f), page(50)).await.unwrap();
                page.items
                    .into_iter()
                    .map(|i| i.traits.username)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            found(r#"traits.username co "guer""#).await,
            ["marguerite"],
            "{}",
            t.name
        );
        assert_eq!(found(r#"search co "MARG""#).await, ["marguerite"], "{}", t.name);
        let rename = IdentityPatch {
            username: Some("daisy".into()),
            display_name: Some("Daisy Example".into()),
            ..Default::default()
        };
        t.store
            .update_identity(&realm.id, &a.id, &rename, NOW)
            .await
            .unwrap();
        assert!(
            found(r#"traits.username co "guer""#).await.is_empty(),
            "{}",
            t.name
        );
        assert_eq!(
            found(r#"traits.username sw "dai""#).await,
            ["daisy"],
            "{}",
            t.name
        );
        assert_eq!(
            found(r#"display_name co "sy exa""#).await,
            ["daisy"],
            "{}",
            t.name
        );
        // The email address was not changed: still found by it.
        assert_eq!(found(r#"search co "marg@""#).await, ["daisy"], "{}", t.name);
        t.store.delete_identity(&realm.id, &a.id).await.unwrap();
        assert!(found(r#"search co "dais""#).await.is_empty(), "{}", t.name);
        assert_eq!(found(r#"search co "bob""#).await, ["bob"], "{}", t.name);
    }
}

#[tokio::test]
async fn the_first_realms_default_language_is_read_at_once() {
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let first = t.store.first_realm(&tenant.id).await.unwrap().unwrap();
        let second = t.store.create_realm(&tenant.id, "Second", NOW).await.unwrap();
        assert_eq!(
            t.store.first_realm_language(&tenant.id).await.unwrap(),
            None,
            "{}",
            t.name
        );
        let german = keybound_core::settings::RealmSettings {
            default_language: Some("de".into()),
            ..Default::default()
        };
        // Another realm's language is not the first realm's.
        t.store
            .set_realm_settings(&second.id, &german, NOW)
            .await
            .unwrap();
        assert_eq!(
            t.store.first_realm_language(&tenant.id).await.unwrap(),
            None,
            "{}",
            t.name
        );
        t.store.set_realm_settings(&first.id, &german, NOW).await.unwrap();
        assert_eq!(
            t.store.first_realm_language(&tenant.id).await.unwrap().as_deref(),
            Some("de"),
            "{}",
            t.name
        );
        assert_eq!(
            t.store.first_realm_language("no-such-tenant").await.unwrap(),
            None
        );
    }
}
