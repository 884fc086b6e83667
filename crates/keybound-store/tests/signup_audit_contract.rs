//! Sign-up tokens and the audit log, on every backend: a token's usage limit holds under a race,
//! a sign-up creates the identity, its passkey and its groups together or not at all, and audit
//! events come back newest first, filtered.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_core::audit::{Actor, AuditEvent, Outcome, Target};
use keybound_core::credential::{Credential, CredentialState};
use keybound_core::filter::Filter;
use keybound_core::identity::{EnrollmentStatus, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_core::realm::Realm;
use keybound_core::signup_token::SignupToken;
use keybound_core::{audit, secret};
use keybound_store::testing::stores;
use keybound_store::{
    AuditQuery, AuditStore, GroupStore, IdentityStore, SignupTokenStore, Store, StoreError,
};
use std::sync::Arc;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);

async fn realm(store: &dyn Store) -> Realm {
    let tenant = store.bootstrap(NOW).await.unwrap();
    store
        .list_realms(&tenant.id, PageRequest::default())
        .await
        .unwrap()
        .items
        .remove(0)
}

fn person(username: &str) -> NewIdentity {
    NewIdentity {
        display_name: username.to_uppercase(),
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: username.into(),
            ..Default::default()
        },
    }
}

fn passkey(realm: &Realm, webauthn_id: &str) -> Credential {
    Credential {
        id: keybound_core::new_id(),
        identity_id: keybound_core::new_id(),
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        state: CredentialState::Active,
        name: "Passkey".into(),
        credential_id: webauthn_id.into(),
        aaguid: None,
        transports: vec![],
        backup_eligible: true,
        backup_state: false,
        sign_count: 0,
        passkey: "{}".into(),
        create_time: NOW,
        update_time: NOW,
        last_used_time: None,
        flagged_reason: None,
        device_type: Default::default(),
        device_policy: Default::default(),
    }
}

/// A token with `limit` uses, and its secret.
async fn token(
    store: &dyn Store,
    realm: &Realm,
    limit: i64,
    group_ids: Vec<String>,
) -> (SignupToken, String) {
    let secret_text = secret::random_secret();
    let t = SignupToken {
        id: keybound_core::new_id(),
        secret_hash: secret::hash(&secret_text),
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        usage_limit: limit,
        usage_count: 0,
        group_ids,
        expire_time: NOW + Duration::days(1),
        revoked_time: None,
        create_time: NOW,
    };
    store.create_signup_token(&t).await.unwrap();
    (t, secret_text)
}

#[tokio::test]
async fn thirty_racing_sign_ups_on_a_five_use_token_create_exactly_five_identities() {
    for t in stores().await {
        let realm = Arc::new(realm(&t.store).await);
        let (tok, secret_text) = token(&t.store, &realm, 5, vec![]).await;
        let store = Arc::new(t.store.clone());
        let tasks: Vec<_> = (0..30)
            .map(|i| {
                let (s, realm, id, secret_text) =
                    (store.clone(), realm.clone(), tok.id.clone(), secret_text.clone());
                tokio::spawn(async move {
                    s.sign_up(
                        &realm,
                        Some((&id, &secret_text)),
                        person(&format!("racer{i}")),
                        &passkey(&realm, &format!("race-{i}")),
                        NOW,
                    )
                    .await
                })
            })
            .collect();
        let mut created = 0;
        for task in tasks {
            if task.await.unwrap().unwrap().is_some() {
                created += 1;
            }
        }
        assert_eq!(created, 5, "{}", t.name);
        let all = store
            .list_identities(&realm.id, &Filter::default(), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(all.total_size, 5, "{}", t.name);
        assert!(all
            .items
            .iter()
            .all(|i| i.enrollment_status == EnrollmentStatus::Enrolled));
        let used = store.signup_token(&realm.id, &tok.id).await.unwrap();
        assert_eq!((used.usage_count, used.state(NOW)), (5, "USED_UP"), "{}", t.name);
        assert!(store
            .peek_signup_token(&tok.id, &secret_text, NOW)
            .await
            .unwrap()
            .is_none());
    }
}

#[tokio::test]
async fn a_sign_up_joins_the_tokens_groups_and_a_failed_one_leaves_nothing_behind() {
    for t in stores().await {
        let s = &t.store;
        let realm = realm(s).await;
        let group = s.create_group(&realm, "Staff", "", NOW).await.unwrap();
        let (tok, secret_text) = token(s, &realm, 3, vec![group.id.clone(), "gone0000gone0000".into()]).await;
        let first = s
            .sign_up(
                &realm,
                Some((&tok.id, &secret_text)),
                person("ann"),
                &passkey(&realm, "a"),
                NOW,
            )
            .await
            .unwrap()
            .unwrap();
        let groups = s
            .identity_groups(&realm.id, &first.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(groups.items.len(), 1, "{}", t.name);
        assert_eq!(groups.items[0].id, group.id);

        // A taken username: refused, and the use is given back with the rollback.
        let clash = s
            .sign_up(
                &realm,
                Some((&tok.id, &secret_text)),
                person("ANN"),
                &passkey(&realm, "b"),
                NOW,
            )
            .await;
        assert!(
            matches!(clash, Err(StoreError::Conflict(_))),
            "{}: {clash:?}",
            t.name
        );
        assert_eq!(
            s.signup_token(&realm.id, &tok.id).await.unwrap().usage_count,
            1,
            "{}",
            t.name
        );

        // A wrong secret, an expired token, a revoked token: nothing is created.
        let wrong = s
            .sign_up(
                &realm,
                Some((&tok.id, "wrong")),
                person("bob"),
                &passkey(&realm, "c"),
                NOW,
            )
            .await
            .unwrap();
        assert!(wrong.is_none());
        let late = s
            .sign_up(
                &realm,
                Some((&tok.id, &secret_text)),
                person("bob"),
                &passkey(&realm, "c"),
                NOW + Duration::days(2),
            )
            .await
            .unwrap();
        assert!(late.is_none());
        s.revoke_signup_token(&realm.id, &tok.id, NOW).await.unwrap();
        let revoked = s
            .sign_up(
                &realm,
                Some((&tok.id, &secret_text)),
                person("bob"),
                &passkey(&realm, "c"),
                NOW,
            )
            .await
            .unwrap();
        assert!(revoked.is_none());
        let all = s
            .list_identities(&realm.id, &Filter::default(), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(all.total_size, 1, "{}", t.name);

        // Without a token (open sign-up) it still works, once per username.
        let open = s
            .sign_up(&realm, None, person("cleo"), &passkey(&realm, "d"), NOW)
            .await
            .unwrap();
        assert!(open.is_some());

        // Lists: all tokens, or only the usable ones.
        let (_, _) = token(s, &realm, 1, vec![]).await;
        let every = s
            .list_signup_tokens(&realm.id, None, PageRequest::default())
            .await
            .unwrap();
        let usable = s
            .list_signup_tokens(&realm.id, Some(NOW), PageRequest::default())
            .await
            .unwrap();
        assert_eq!((every.total_size, usable.total_size), (2, 1), "{}", t.name);
    }
}

fn event(
    realm: &Realm,
    action: keybound_core::audit::Action,
    outcome: Outcome,
    minutes: i64,
    identity: &str,
) -> AuditEvent {
    AuditEvent {
        id: keybound_core::new_id(),
        tenant_id: realm.tenant_id.clone(),
        realm_id: Some(realm.id.clone()),
        time: NOW + Duration::minutes(minutes),
        actor: Actor::identity(identity),
        action: action.as_str().into(),
        target: Some(Target::new("identity", identity)),
        identity_id: Some(identity.into()),
        outcome,
        ip: "192.0.2.7".into(),
        user_agent: "Test/1.0".into(),
        detail: String::new(),
    }
}

#[tokio::test]
async fn audit_events_come_back_newest_first_filtered_and_paged() {
    for t in stores().await {
        let s = &t.store;
        let realm = realm(s).await;
        for i in 0..5 {
            let outcome = if i % 2 == 0 {
                Outcome::Success
            } else {
                Outcome::Failure
            };
            s.record_audit(&event(&realm, audit::Action::SessionStarted, outcome, i, "alice"))
                .await
                .unwrap();
        }
        s.record_audit(&event(
            &realm,
            audit::Action::CredentialBound,
            Outcome::Success,
            10,
            "bob",
        ))
        .await
        .unwrap();

        let all = s
            .list_audit(
                &realm.id,
                &AuditQuery::default(),
                PageRequest { size: 4, after: None },
            )
            .await
            .unwrap();
        assert_eq!(all.total_size, 6, "{}", t.name);
        assert_eq!(all.items[0].action, "credential.bound");
        assert_eq!(all.items[0].actor, Actor::identity("bob"));
        assert_eq!(all.items[0].target, Some(Target::new("identity", "bob")));
        assert_eq!(all.items.len(), 4);
        let next = PageRequest::parse(Some(4), all.next_page_token.as_deref()).unwrap();
        let second = s
            .list_audit(&realm.id, &AuditQuery::default(), next)
            .await
            .unwrap();
        assert_eq!(second.items.len(), 2, "{}", t.name);
        assert_eq!(second.items[1].time, NOW, "the oldest comes last");

        let failures = AuditQuery {
            filter: Filter::parse(
                Some(r#"action eq "session.started" and outcome eq "FAILURE" and identity_id eq "alice""#),
                audit::FILTER_ATTRIBUTES,
            )
            .unwrap(),
            ..Default::default()
        };
        let found = s
            .list_audit(&realm.id, &failures, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(found.total_size, 2, "{}", t.name);
        assert!(found.items.iter().all(|e| e.outcome == Outcome::Failure));

        let window = AuditQuery {
            since: Some(NOW + Duration::minutes(1)),
            until: Some(NOW + Duration::minutes(4)),
            ..Default::default()
        };
        let found = s
            .list_audit(&realm.id, &window, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(found.total_size, 3, "{}", t.name);
    }
}

/// The counts that lists and the dashboard show are kept, not counted: after identities are
/// added, suspended, given and stripped of passkeys, and deleted, each kept count is the number
/// of identities actually listed.
#[tokio::test]
async fn kept_counts_follow_every_change_to_identities_and_passkeys() {
    use keybound_core::identity::IdentityPatch;
    use keybound_store::CredentialStore;
    for t in stores().await {
        let realm = realm(&t.store).await;
        let mut ids = Vec::new();
        for i in 0..8 {
            ids.push(
                t.store
                    .create_identity(&realm, person(&format!("count{i}")), NOW)
                    .await
                    .unwrap()
                    .id,
            );
        }
        // Folded with changes still to come, and later again: right either way.
        assert_eq!(t.store.fold_identity_counts().await.unwrap(), 8, "{}", t.name);
        let mut passkeys = Vec::new();
        for (i, id) in ids.iter().take(3).enumerate() {
            let mut c = passkey(&realm, &format!("count-key-{i}"));
            c.identity_id = id.clone();
            t.store.add_credential(&c).await.unwrap();
            passkeys.push(c);
        }
        let suspend = IdentityPatch {
            status: Some(IdentityStatus::Suspended),
            ..Default::default()
        };
        t.store
            .update_identity(&realm.id, &ids[0], &suspend, NOW)
            .await
            .unwrap();
        t.store
            .update_identity(&realm.id, &ids[5], &suspend, NOW)
            .await
            .unwrap();
        // One passkey taken away: that identity is pending again.
        t.store
            .revoke_credential(&realm.id, &ids[1], &passkeys[1].id, NOW)
            .await
            .unwrap();
        t.store.delete_identity(&realm.id, &ids[7]).await.unwrap();

        let listed = |filter: &str| {
            let filter = (!filter.is_empty()).then(|| filter.to_owned());
            let store = t.store.clone();
            let realm_id = realm.id.clone();
            async move {
                let filter =
                    Filter::parse(filter.as_deref(), keybound_store::IDENTITY_FILTER_ATTRIBUTES).unwrap();
                let page = store
                    .list_identities(
                        &realm_id,
                        &filter,
                        PageRequest {
                            size: 100,
                            after: None,
                        },
                    )
                    .await
                    .unwrap();
                (page.total_size, page.items.len() as i64)
            }
        };
        let expected_counts = [
            ("", 7),
            (r#"status eq "active""#, 5),
            (r#"status eq "SUSPENDED""#, 2),
            (r#"enrollment_status eq "ENROLLED""#, 2),
            (r#"enrollment_status eq "pending""#, 5),
            (r#"status eq "suspended" and enrollment_status eq "PENDING""#, 1),
        ];
        for folded in [false, true] {
            if folded {
                assert!(t.store.fold_identity_counts().await.unwrap() > 0, "{}", t.name);
            }
            for (filter, expected) in expected_counts {
                let (kept, items) = listed(filter).await;
                assert_eq!(
                    (kept, items),
                    (expected, expected),
                    "{}: {filter}, folded: {folded}",
                    t.name
                );
            }
        }
        assert_eq!(t.store.fold_identity_counts().await.unwrap(), 0, "{}", t.name);
        let enrolled: Vec<_> = t
            .store
            .list_identities(
                &realm.id,
                &Filter::eq("enrollment_status", "ENROLLED"),
                PageRequest::default(),
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|i| (i.id, i.enrollment_status))
            .collect();
        assert_eq!(
            enrolled,
            vec![
                (ids[0].clone(), EnrollmentStatus::Enrolled),
                (ids[2].clone(), EnrollmentStatus::Enrolled)
            ],
            "{}",
            t.name
        );
    }
}
