//! Units: several store calls committed as one transaction, on both databases.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_core::audit::{Action, AuditEvent};
use keybound_core::identity::{IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_core::realm::Realm;
use keybound_store::testing::stores;
use keybound_store::{atomically, AuditQuery, Store, StoreError};
use time::macros::datetime;
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);

fn person(username: &str) -> NewIdentity {
    NewIdentity {
        display_name: format!("{username} Example"),
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: username.into(),
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

async fn events(store: &dyn Store, realm: &Realm) -> usize {
    store
        .list_audit(&realm.id, &AuditQuery::default(), PageRequest::default())
        .await
        .unwrap()
        .items
        .len()
}

fn created(realm: &Realm) -> AuditEvent {
    AuditEvent::new(&realm.tenant_id, Action::IdentityCreated, NOW).realm(&realm.id)
}

#[tokio::test]
async fn a_unit_commits_all_of_its_writes_or_none() {
    for t in stores().await {
        let store: &dyn Store = &t.store;
        let realm = default_realm(store).await;

        let kept: Result<_, StoreError> = atomically(store, async {
            let ann = store.create_identity(&realm, person("ann"), NOW).await?;
            store.record_audit(&created(&realm)).await?;
            // The unit reads what it wrote before it commits.
            assert!(store.identity_by_username(&realm.id, "ann").await?.is_some());
            Ok(ann)
        })
        .await;
        let ann = kept.unwrap();
        assert_eq!(
            store.identity(&realm.id, &ann.id).await.unwrap().id,
            ann.id,
            "{}",
            t.name
        );
        assert_eq!(events(store, &realm).await, 1, "{}", t.name);

        let undone: Result<(), StoreError> = atomically(store, async {
            store.create_identity(&realm, person("ben"), NOW).await?;
            store.record_audit(&created(&realm)).await?;
            // The second write fails (the username is taken): the first goes with it.
            store.create_identity(&realm, person("ANN"), NOW).await?;
            Ok(())
        })
        .await;
        assert!(
            matches!(undone, Err(StoreError::Conflict(_))),
            "{}: {undone:?}",
            t.name
        );
        assert!(
            store
                .identity_by_username(&realm.id, "ben")
                .await
                .unwrap()
                .is_none(),
            "{}",
            t.name
        );
        assert_eq!(
            events(store, &realm).await,
            1,
            "{}: the event went with the change",
            t.name
        );
    }
}

#[tokio::test]
async fn a_store_call_that_fails_inside_a_unit_undoes_only_itself() {
    for t in stores().await {
        let store: &dyn Store = &t.store;
        let realm = default_realm(store).await;
        let staff = store.create_group(&realm, "Staff", "", NOW).await.unwrap();

        let outcome: Result<_, StoreError> = atomically(store, async {
            let ann = store.create_identity(&realm, person("ann"), NOW).await?;
            // A membership change naming an unknown person changes nothing (its own
            // transaction, here a savepoint, is rolled back) ...
            let unknown = store
                .add_members(
                    &realm.id,
                    &staff.id,
                    &[ann.id.clone(), "ffffffffffffffff".into()],
                    NOW,
                )
                .await;
            assert!(matches!(unknown, Err(StoreError::NotFound { .. })));
            // ... and one naming an unknown group fails half-way (its savepoint is dropped).
            let no_group = store
                .add_members(&realm.id, "ffffffffffffffff", std::slice::from_ref(&ann.id), NOW)
                .await;
            assert!(matches!(no_group, Err(StoreError::NotFound { .. })));
            // The unit goes on.
            store
                .add_members(&realm.id, &staff.id, std::slice::from_ref(&ann.id), NOW)
                .await?;
            store.record_audit(&created(&realm)).await?;
            Ok(ann)
        })
        .await;
        let ann = outcome.unwrap();
        let members = store
            .group_members(&realm.id, &staff.id, PageRequest::default())
            .await
            .unwrap();
        let ids: Vec<_> = members.items.iter().map(|m| m.id.clone()).collect();
        assert_eq!(ids, vec![ann.id.clone()], "{}", t.name);
        assert_eq!(events(store, &realm).await, 1, "{}", t.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn what_a_unit_writes_is_seen_elsewhere_only_once_it_commits() {
    for t in stores().await {
        let store: &dyn Store = &t.store;
        let realm = default_realm(store).await;
        let (wrote, written) = tokio::sync::oneshot::channel();
        let (looked, look) = tokio::sync::oneshot::channel::<()>();
        let other = {
            let store = t.store.clone();
            let realm_id = realm.id.clone();
            tokio::spawn(async move {
                written.await.unwrap();
                let store: &dyn Store = &store;
                let seen = store.identity_by_username(&realm_id, "ann").await.unwrap();
                looked.send(()).unwrap();
                seen.is_some()
            })
        };
        let unit: Result<(), StoreError> = atomically(store, async {
            store.create_identity(&realm, person("ann"), NOW).await?;
            wrote.send(()).unwrap();
            look.await.unwrap();
            Ok(())
        })
        .await;
        unit.unwrap();
        assert!(
            !other.await.unwrap(),
            "{}: another task saw an uncommitted write",
            t.name
        );
        assert!(
            store
                .identity_by_username(&realm.id, "ann")
                .await
                .unwrap()
                .is_some(),
            "{}",
            t.name
        );
    }
}

#[tokio::test]
async fn a_unit_dropped_unfinished_leaves_nothing() {
    for t in stores().await {
        let store: &dyn Store = &t.store;
        let realm = default_realm(store).await;
        let unit = atomically(store, async {
            store.create_identity(&realm, person("ann"), NOW).await?;
            std::future::pending::<()>().await;
            Ok::<_, StoreError>(())
        });
        let timed_out = tokio::time::timeout(std::time::Duration::from_millis(200), unit).await;
        assert!(timed_out.is_err());
        assert!(
            store
                .identity_by_username(&realm.id, "ann")
                .await
                .unwrap()
                .is_none(),
            "{}",
            t.name
        );
        // The database takes writes again.
        store.create_identity(&realm, person("ben"), NOW).await.unwrap();
    }
}
