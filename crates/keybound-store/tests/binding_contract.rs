//! The binding part of the store contract, on every backend: jobs, codes, ceremonies,
//! completions (exactly once under a race) and credentials.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_core::audit::AuditEvent;
use keybound_core::binding::{AuthenticatorConfig, BindingJob, ConfigType, DeliveryMethod, JobState};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::{Credential, CredentialState};
use keybound_core::filter::Filter;
use keybound_core::identity::{EnrollmentStatus, IdentityPatch, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_core::secret;
use keybound_core::session::Session;
use keybound_store::testing::stores;
use keybound_store::{
    AuditQuery, AuditStore, BindingBegun, BindingStore, CredentialStore, IdentityStore, JobSecret, RateCount,
    RateLimitStore, RealmStore, SessionStore, Store, StoreError,
};
use std::sync::Arc;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);

struct Fixture {
    identity_id: String,
    realm_id: String,
    tenant_id: String,
    config_id: String,
}

async fn fixture(store: &dyn Store) -> Fixture {
    let tenant = store.bootstrap(NOW).await.unwrap();
    let realm = store
        .list_realms(&tenant.id, PageRequest::default())
        .await
        .unwrap()
        .items
        .remove(0);
    let new = NewIdentity {
        display_name: "Jane".into(),
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: "jane".into(),
            ..Default::default()
        },
    };
    let identity = store.create_identity(&realm, new, NOW).await.unwrap();
    let config = AuthenticatorConfig {
        id: keybound_core::new_id(),
        realm_id: realm.id.clone(),
        tenant_id: tenant.id.clone(),
        display_name: String::new(),
        config_type: ConfigType::HostedWeb,
        invoke_url: None,
        trusted_origins: vec![],
        require_attestation: false,
        aaguid_allow_list: Vec::new(),
        rules: Default::default(),
        create_time: NOW,
        update_time: NOW,
    };
    store.create_config(&config).await.unwrap();
    Fixture {
        identity_id: identity.id,
        realm_id: realm.id,
        tenant_id: tenant.id,
        config_id: config.id,
    }
}

fn job(f: &Fixture, method: DeliveryMethod, lifetime: Duration) -> BindingJob {
    BindingJob {
        id: keybound_core::new_id(),
        identity_id: f.identity_id.clone(),
        realm_id: f.realm_id.clone(),
        tenant_id: f.tenant_id.clone(),
        delivery_method: method,
        authenticator_config_id: f.config_id.clone(),
        post_binding_redirect_uri: None,
        state: JobState::LinkSent,
        credential_id: None,
        device_type: Default::default(),
        device_policy: Default::default(),
        key_name: None,
        expire_time: NOW + lifetime,
        create_time: NOW,
        update_time: NOW,
    }
}

fn credential(f: &Fixture, webauthn_id: &str) -> Credential {
    Credential {
        id: keybound_core::new_id(),
        identity_id: f.identity_id.clone(),
        realm_id: f.realm_id.clone(),
        tenant_id: f.tenant_id.clone(),
        state: CredentialState::Active,
        name: "Passkey".into(),
        credential_id: webauthn_id.into(),
        aaguid: None,
        transports: vec!["internal".into()],
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

async fn link_job(store: &dyn Store, f: &Fixture) -> (BindingJob, String) {
    let j = job(f, DeliveryMethod::Return, Duration::days(7));
    let token = keybound_core::binding::new_link_token();
    store
        .create_job(
            &j,
            &JobSecret::Link {
                token_hash: secret::hash(&token),
            },
        )
        .await
        .unwrap();
    (j, token)
}

#[tokio::test]
async fn completing_a_job_revokes_the_identitys_other_open_jobs_in_the_same_write() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (used, _) = link_job(&t.store, &f).await;
        let (left, _) = link_job(&t.store, &f).await;
        let superseded = t
            .store
            .complete_binding(&used.id, &credential(&f, "cred-s"), NOW)
            .await
            .unwrap();
        assert_eq!(superseded, vec![left.id.clone()], "{}", t.name);
        assert_eq!(
            t.store.job(&f.realm_id, None, &left.id).await.unwrap().state,
            JobState::Revoked
        );
        assert!(matches!(
            t.store
                .complete_binding(&left.id, &credential(&f, "cred-t"), NOW)
                .await,
            Err(StoreError::Conflict(_))
        ));
        // Another passkey, bound outside a job, closes what is open then.
        let (later, _) = link_job(&t.store, &f).await;
        assert_eq!(
            t.store.revoke_open_jobs(&f.identity_id, NOW).await.unwrap(),
            vec![later.id]
        );
        assert!(t
            .store
            .revoke_open_jobs(&f.identity_id, NOW)
            .await
            .unwrap()
            .is_empty());
    }
}

#[tokio::test]
async fn a_link_job_moves_forward_and_completes_once_making_the_identity_enrolled() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (j, token) = link_job(&t.store, &f).await;
        assert_eq!(
            t.store.job_by_link(&j.id, &token).await.unwrap().unwrap().id,
            j.id
        );
        assert!(t.store.job_by_link(&j.id, "wrong").await.unwrap().is_none());

        t.store
            .advance_job(&j.id, JobState::RequestDelivered, NOW)
            .await
            .unwrap();
        t.store
            .advance_job(&j.id, JobState::LinkOpened, NOW)
            .await
            .unwrap(); // never backwards
        assert_eq!(
            t.store.job(&f.realm_id, None, &j.id).await.unwrap().state,
            JobState::RequestDelivered
        );

        let c = credential(&f, "cred-1");
        t.store.complete_binding(&j.id, &c, NOW).await.unwrap();
        let done = t
            .store
            .job(&f.realm_id, Some(&f.identity_id), &j.id)
            .await
            .unwrap();
        assert_eq!(
            (done.state, done.credential_id.as_deref()),
            (JobState::Complete, Some(c.id.as_str()))
        );
        let again = t
            .store
            .complete_binding(&j.id, &credential(&f, "cred-2"), NOW)
            .await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{}", t.name);
        let identity = t.store.identity(&f.realm_id, &f.identity_id).await.unwrap();
        assert_eq!(
            identity.enrollment_status,
            EnrollmentStatus::Enrolled,
            "{}",
            t.name
        );

        let revoke = t.store.revoke_job(&f.realm_id, &f.identity_id, &j.id, NOW).await;
        assert!(
            matches!(revoke, Err(StoreError::Conflict(_))),
            "a complete job cannot be revoked"
        );

        t.store
            .revoke_credential(&f.realm_id, &f.identity_id, &c.id, NOW)
            .await
            .unwrap();
        let identity = t.store.identity(&f.realm_id, &f.identity_id).await.unwrap();
        assert_eq!(
            identity.enrollment_status,
            EnrollmentStatus::Pending,
            "{}",
            t.name
        );
        assert!(t
            .store
            .active_credential_ids(&f.identity_id)
            .await
            .unwrap()
            .is_empty());
    }
}

/// The person's enrolment status, and how many of the realm's people the kept counts say are
/// enrolled.
async fn enrolled(store: &dyn Store, f: &Fixture) -> (EnrollmentStatus, i64) {
    let identity = store.identity(&f.realm_id, &f.identity_id).await.unwrap();
    let filter = Filter::eq("enrollment_status", "ENROLLED");
    let page = store
        .list_identities(&f.realm_id, &filter, PageRequest::default())
        .await
        .unwrap();
    (identity.enrollment_status, page.total_size)
}

#[tokio::test]
async fn a_person_stays_enrolled_until_the_last_passkey_is_revoked_and_the_counts_follow() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (first, second) = (credential(&f, "cred-a"), credential(&f, "cred-b"));
        t.store.add_credential(&first).await.unwrap();
        t.store.add_credential(&second).await.unwrap();
        assert_eq!(
            enrolled(&t.store, &f).await,
            (EnrollmentStatus::Enrolled, 1),
            "{}",
            t.name
        );
        // Revoking one of two leaves the person enrolled; revoking the last does not. The
        // kept counts agree before the sweeper folds the changes into them, and after.
        for (revoked, left) in [
            (&first, (EnrollmentStatus::Enrolled, 1)),
            (&second, (EnrollmentStatus::Pending, 0)),
        ] {
            t.store
                .revoke_credential(&f.realm_id, &f.identity_id, &revoked.id, NOW)
                .await
                .unwrap();
            assert_eq!(enrolled(&t.store, &f).await, left, "{}", t.name);
            t.store.fold_identity_counts().await.unwrap();
            assert_eq!(enrolled(&t.store, &f).await, left, "{}: folded", t.name);
        }
    }
}

#[tokio::test]
async fn fifty_racing_completions_of_one_job_make_one_credential() {
    for t in stores().await {
        let f = Arc::new(fixture(&t.store).await);
        let (j, _) = link_job(&t.store, &f).await;
        let store = Arc::new(t.store.clone());
        let tasks: Vec<_> = (0..50)
            .map(|i| {
                let (s, f, id) = (store.clone(), f.clone(), j.id.clone());
                tokio::spawn(async move {
                    s.complete_binding(&id, &credential(&f, &format!("race-{i}")), NOW)
                        .await
                })
            })
            .collect();
        let mut ok = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => ok += 1,
                Err(StoreError::Conflict(_)) => {}
                Err(e) => panic!("{}: {e}", t.name),
            }
        }
        assert_eq!(ok, 1, "{}", t.name);
        let creds = store
            .list_credentials(&f.realm_id, &f.identity_id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(creds.total_size, 1, "{}", t.name);
    }
}

#[tokio::test]
async fn completion_is_refused_when_expired_revoked_suspended_or_duplicate() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (expiring, _) = link_job(&t.store, &f).await;
        let late = NOW + Duration::days(8);
        assert!(matches!(
            t.store
                .complete_binding(&expiring.id, &credential(&f, "a"), late)
                .await,
            Err(StoreError::Conflict(_))
        ));
        assert_eq!(
            t.store
                .job(&f.realm_id, None, &expiring.id)
                .await
                .unwrap()
                .state_at(late),
            JobState::Expired
        );

        let (revoked, _) = link_job(&t.store, &f).await;
        assert_eq!(
            t.store
                .revoke_job(&f.realm_id, &f.identity_id, &revoked.id, NOW)
                .await
                .unwrap()
                .state,
            JobState::Revoked
        );
        assert!(matches!(
            t.store
                .complete_binding(&revoked.id, &credential(&f, "b"), NOW)
                .await,
            Err(StoreError::Conflict(_))
        ));

        let (first, _) = link_job(&t.store, &f).await;
        t.store
            .complete_binding(&first.id, &credential(&f, "same-id"), NOW)
            .await
            .unwrap();
        let (second, _) = link_job(&t.store, &f).await;
        let dup = t
            .store
            .complete_binding(&second.id, &credential(&f, "same-id"), NOW)
            .await;
        assert!(
            matches!(dup, Err(StoreError::Conflict(_))),
            "{}: duplicate credential id",
            t.name
        );
        assert!(
            t.store
                .job(&f.realm_id, None, &second.id)
                .await
                .unwrap()
                .state
                .is_open(),
            "{}: the job stays open",
            t.name
        );

        let suspend = IdentityPatch {
            status: Some(IdentityStatus::Suspended),
            ..Default::default()
        };
        t.store
            .update_identity(&f.realm_id, &f.identity_id, &suspend, NOW)
            .await
            .unwrap();
        let refused = t
            .store
            .complete_binding(&second.id, &credential(&f, "c"), NOW)
            .await;
        assert!(
            matches!(refused, Err(StoreError::Conflict(_))),
            "{}: suspended",
            t.name
        );
        assert_eq!(
            t.store
                .list_credentials(&f.realm_id, &f.identity_id, PageRequest::default())
                .await
                .unwrap()
                .total_size,
            1
        );
    }
}

#[tokio::test]
async fn a_short_code_is_found_until_five_wrong_guesses_kill_it() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let code = "ABCDEFGHJ";
        let j = job(&f, DeliveryMethod::ShortCode, Duration::seconds(60));
        let secret = JobSecret::Code {
            locator: "ABCD".into(),
            secret_hash: secret::hash("EFGHJ"),
        };
        t.store.create_job(&j, &secret).await.unwrap();

        assert_eq!(t.store.job_by_code(code, NOW).await.unwrap(), Some(j.clone()));
        assert_eq!(
            t.store
                .job_by_code(code, NOW + Duration::seconds(60))
                .await
                .unwrap(),
            None,
            "{}: expired after 60 s",
            t.name
        );
        for _ in 0..4 {
            assert_eq!(t.store.job_by_code("ABCDXXXXX", NOW).await.unwrap(), None);
        }
        assert!(
            t.store.job_by_code(code, NOW).await.unwrap().is_some(),
            "{}: four misses leave it alive",
            t.name
        );
        assert_eq!(t.store.job_by_code("ABCDXXXXX", NOW).await.unwrap(), None);
        assert_eq!(
            t.store.job_by_code(code, NOW).await.unwrap(),
            None,
            "{}: the fifth miss kills it",
            t.name
        );
        // a code is never a link
        assert!(t.store.job_by_link(&j.id, "EFGHJ").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_ceremony_is_taken_once_and_not_after_it_expires() {
    for t in stores().await {
        t.store
            .save_ceremony(
                "c1",
                CeremonyPurpose::Binding,
                "job",
                "{\"s\":1}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        t.store
            .save_ceremony(
                "c2",
                CeremonyPurpose::Binding,
                "job",
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        t.store
            .save_ceremony(
                "c3",
                CeremonyPurpose::SignIn,
                "job",
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        // Read, it stays to be taken; not one for another purpose, nor once expired.
        let store = &t.store;
        let read = |id: &'static str, at| async move {
            let found = store.binding_ceremony(id, at).await.unwrap();
            found.map(|c| (c.job_id, c.state))
        };
        for _ in 0..2 {
            assert_eq!(
                read("c1", NOW).await,
                Some(("job".into(), "{\"s\":1}".into())),
                "{}",
                t.name
            );
        }
        assert_eq!(read("c3", NOW).await, None);
        assert_eq!(read("c1", NOW + Duration::minutes(5)).await, None);
        assert_eq!(
            t.store
                .take_ceremony("c1", CeremonyPurpose::Binding, NOW)
                .await
                .unwrap(),
            Some(("job".into(), "{\"s\":1}".into()))
        );
        assert_eq!(read("c1", NOW).await, None, "{}", t.name);
        assert_eq!(
            t.store
                .take_ceremony("c1", CeremonyPurpose::Binding, NOW)
                .await
                .unwrap(),
            None,
            "{}",
            t.name
        );
        assert_eq!(
            t.store
                .take_ceremony("c2", CeremonyPurpose::Binding, NOW + Duration::minutes(6))
                .await
                .unwrap(),
            None,
            "{}",
            t.name
        );
    }
}

/// One event under `key`, within `max` per `window`, at `now`.
fn per(key: &str, max: i64, window: Duration, now: OffsetDateTime) -> RateCount<'_> {
    RateCount {
        key,
        max,
        window,
        now,
    }
}

#[tokio::test]
async fn rate_limits_count_per_key_and_window() {
    for t in stores().await {
        let w = Duration::minutes(10);
        for _ in 0..3 {
            assert!(t.store.rate_limit(&per("ip:1", 3, w, NOW)).await.unwrap());
        }
        assert!(
            !t.store
                .rate_limit(&per("ip:1", 3, w, NOW + Duration::minutes(1)))
                .await
                .unwrap(),
            "{}",
            t.name
        );
        assert!(t.store.rate_limit(&per("ip:2", 3, w, NOW)).await.unwrap());
        assert!(
            t.store
                .rate_limit(&per("ip:1", 3, w, NOW + Duration::minutes(11)))
                .await
                .unwrap(),
            "{}: a new window",
            t.name
        );
    }
}

/// Ceremonies in flight and rate-limit counters are kept cheaply: on SQLite in one B-tree by
/// their key (`WITHOUT ROWID`), on PostgreSQL out of the write-ahead log (unlogged). The
/// migration that makes them so keeps the rows already there: a ceremony begun before the
/// upgrade finishes after it, and a count goes on from where it was.
#[tokio::test]
async fn ceremonies_and_rate_counts_keep_their_rows_through_the_upgrade_that_rebuilds_them() {
    use sqlx::{Connection, Executor, Row};
    const REBUILT_BY: i64 = 31;
    let scratch = std::env::temp_dir().join(format!("keybound-upgrade-{}", secret::random_hex(8)));
    let mut databases = vec![(
        "sqlite",
        format!("sqlite://{}?mode=rwc", scratch.join("keybound.db").display()),
    )];
    if let Some(admin) = keybound_store::testing::postgres_url() {
        databases.push((
            "postgres",
            keybound_store::testing::fresh_postgres_database(&admin).await,
        ));
    }
    for (backend, url) in databases {
        // The schema as the release before had it, with a ceremony and a count in it.
        let older = scratch.join(format!("{backend}-migrations"));
        std::fs::create_dir_all(&older).unwrap();
        let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(backend);
        for file in std::fs::read_dir(&source).unwrap() {
            let path = file.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let version: i64 = name.split('_').next().unwrap().parse().unwrap();
            if version < REBUILT_BY {
                std::fs::copy(&path, older.join(&name)).unwrap();
            }
        }
        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::migrate::Migrator::new(older.as_path())
            .await
            .unwrap()
            .run_direct(&mut conn)
            .await
            .unwrap();
        let expire = keybound_core::time_fmt::to_micros(NOW + Duration::minutes(5));
        let now = keybound_core::time_fmt::to_micros(NOW);
        conn.execute(
            format!(
                "INSERT INTO ceremonies (id, job_id, state, expire_time, purpose) \
                 VALUES ('begun-before', 'realm-1', '{{\"state\":1}}', {expire}, 'signin')"
            )
            .as_str(),
        )
        .await
        .unwrap();
        conn.execute(
            format!("INSERT INTO rate_limits (key, window_start, count) VALUES ('ip:7', {now}, 2)").as_str(),
        )
        .await
        .unwrap();
        conn.close().await.unwrap();

        let store = keybound_store::SqlStore::connect(&url).await.unwrap();
        assert_eq!(
            store
                .take_ceremony("begun-before", CeremonyPurpose::SignIn, NOW)
                .await
                .unwrap(),
            Some(("realm-1".to_owned(), r#"{"state":1}"#.to_owned())),
            "{backend}"
        );
        assert!(
            !store
                .rate_limit(&per("ip:7", 2, Duration::minutes(10), NOW))
                .await
                .unwrap(),
            "{backend}: the third in the window is refused"
        );

        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        let kept_cheaply = match backend {
            "sqlite" => {
                "SELECT name FROM sqlite_master WHERE name IN ('ceremonies', 'rate_limits') \
                 AND sql LIKE '%WITHOUT ROWID' ORDER BY name"
            }
            _ => {
                "SELECT relname::text AS name FROM pg_class WHERE relkind = 'r' AND relpersistence = 'u' \
                  ORDER BY relname"
            }
        };
        let tables: Vec<String> = sqlx::query(kept_cheaply)
            .fetch_all(&mut conn)
            .await
            .unwrap()
            .iter()
            .map(|row| row.get("name"))
            .collect();
        assert_eq!(tables, ["ceremonies", "rate_limits"], "{backend}");
        conn.close().await.unwrap();
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

#[tokio::test]
async fn a_counted_ceremony_is_saved_within_the_limit_and_only_counted_beyond_it() {
    for t in stores().await {
        let save = |id: &'static str, now| {
            let store = &t.store;
            async move {
                store
                    .save_ceremony_counted(
                        id,
                        CeremonyPurpose::SignIn,
                        "r",
                        "{}",
                        now + Duration::minutes(5),
                        &per("ip:9", 2, Duration::minutes(1), now),
                    )
                    .await
                    .unwrap()
            }
        };
        assert!(save("a", NOW).await && save("b", NOW).await, "{}", t.name);
        assert!(!save("c", NOW).await, "{}: the third in a minute", t.name);
        let taken = |id: &'static str| t.store.take_ceremony(id, CeremonyPurpose::SignIn, NOW);
        assert!(taken("a").await.unwrap().is_some(), "{}", t.name);
        assert!(
            taken("c").await.unwrap().is_none(),
            "{}: refused, not saved",
            t.name
        );
        // The refused begin was counted too, like any other: the limit is the same one.
        assert!(
            !t.store
                .rate_limit(&per("ip:9", 3, Duration::minutes(1), NOW))
                .await
                .unwrap(),
            "{}",
            t.name
        );
        assert!(
            save("d", NOW + Duration::minutes(2)).await,
            "{}: a new minute",
            t.name
        );
        assert!(taken("d").await.unwrap().is_some(), "{}", t.name);
    }
}

#[tokio::test]
async fn a_binding_ceremony_is_read_with_its_job_and_config() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (j, _) = link_job(&t.store, &f).await;
        let begun = t
            .store
            .save_binding_ceremony("b1", &j.id, "{}", NOW + Duration::minutes(5), 5, None, NOW)
            .await
            .unwrap();
        assert_eq!(begun, BindingBegun::Saved, "{}", t.name);
        let found = t.store.binding_ceremony("b1", NOW).await.unwrap().unwrap();
        assert_eq!(
            (found.job_id.as_str(), found.state.as_str()),
            (j.id.as_str(), "{}")
        );
        let job = found.job.expect("the job");
        assert_eq!(
            (job.id.as_str(), job.state),
            (j.id.as_str(), JobState::RequestDelivered)
        );
        assert_eq!(found.config.expect("the config").id, f.config_id, "{}", t.name);
        // A ceremony whose job is gone is still found, without it.
        t.store
            .save_ceremony(
                "b2",
                CeremonyPurpose::Binding,
                "gone",
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        let orphan = t.store.binding_ceremony("b2", NOW).await.unwrap().unwrap();
        assert!(orphan.job.is_none() && orphan.config.is_none(), "{}", t.name);
    }
}

#[tokio::test]
async fn a_binding_begin_is_counted_capped_and_moves_its_job_on_in_one_write() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (j, _) = link_job(&t.store, &f).await;
        let begin = |id: String, count: Option<RateCount<'static>>| {
            let (store, job) = (&t.store, j.id.clone());
            async move {
                store
                    .save_binding_ceremony(
                        &id,
                        &job,
                        "{}",
                        NOW + Duration::minutes(5),
                        2,
                        count.as_ref(),
                        NOW,
                    )
                    .await
                    .unwrap()
            }
        };
        let limit = |max| Some(per("ip:7", max, Duration::minutes(1), NOW));
        let state = || async { t.store.job_by_id(&j.id).await.unwrap().state };
        // Beyond the address's limit: counted, nothing saved, the job where it was.
        assert_eq!(
            begin("x0".into(), limit(0)).await,
            BindingBegun::OverLimit,
            "{}",
            t.name
        );
        assert!(t.store.binding_ceremony("x0", NOW).await.unwrap().is_none());
        assert_eq!(state().await, JobState::LinkSent, "{}", t.name);
        assert!(
            !t.store
                .rate_limit(&per("ip:7", 1, Duration::minutes(1), NOW))
                .await
                .unwrap(),
            "{}: the refused begin was counted",
            t.name
        );

        // A limit of one a minute lets one through.
        let one = || Some(per("ip:8", 1, Duration::minutes(1), NOW));
        assert_eq!(begin("x1".into(), one()).await, BindingBegun::Saved, "{}", t.name);
        assert_eq!(state().await, JobState::RequestDelivered, "{}", t.name);
        assert_eq!(
            begin("x2".into(), one()).await,
            BindingBegun::OverLimit,
            "{}",
            t.name
        );
        assert_eq!(begin("x2".into(), None).await, BindingBegun::Saved, "{}", t.name);
        // Two under way is the cap here: the third is counted and not saved.
        assert_eq!(
            begin("x3".into(), limit(10)).await,
            BindingBegun::TooManyUnderWay,
            "{}",
            t.name
        );
        assert!(t.store.binding_ceremony("x3", NOW).await.unwrap().is_none());
        assert!(
            !t.store
                .rate_limit(&per("ip:7", 2, Duration::minutes(1), NOW))
                .await
                .unwrap(),
            "{}: x0, x3 and this one",
            t.name
        );
        // Once one is taken there is room again; a job that is done does not move back.
        t.store
            .take_ceremony("x1", CeremonyPurpose::Binding, NOW)
            .await
            .unwrap();
        t.store
            .complete_binding(&j.id, &credential(&f, "cred-x"), NOW)
            .await
            .unwrap();
        assert_eq!(begin("x4".into(), None).await, BindingBegun::Saved, "{}", t.name);
        assert_eq!(state().await, JobState::Complete, "{}", t.name);
    }
}

#[tokio::test]
async fn a_refund_gives_back_one_counted_event() {
    for t in stores().await {
        let w = Duration::minutes(10);
        assert!(t.store.rate_limit(&per("k", 2, w, NOW)).await.unwrap());
        assert!(t.store.rate_limit(&per("k", 2, w, NOW)).await.unwrap());
        t.store.rate_limit_refund("k").await.unwrap();
        assert!(
            t.store.rate_limit(&per("k", 2, w, NOW)).await.unwrap(),
            "{}",
            t.name
        );
        assert!(
            !t.store.rate_limit(&per("k", 2, w, NOW)).await.unwrap(),
            "{}",
            t.name
        );
        t.store.rate_limit_refund("unknown").await.unwrap();
    }
}

#[tokio::test]
async fn the_sweep_removes_counts_whose_window_started_before_its_time_in_batches() {
    for t in stores().await {
        let w = Duration::minutes(1);
        let later = NOW + Duration::hours(2);
        for key in ["a", "b"] {
            assert!(t.store.rate_limit(&per(key, 1, w, NOW)).await.unwrap());
        }
        assert!(t.store.rate_limit(&per("c", 1, w, later)).await.unwrap());
        let before = NOW + Duration::hours(1);
        // A batch of one takes one old count, the next batch the other, then none is left.
        for (batch, swept) in [(1, 1), (5, 1), (5, 0)] {
            let n = t.store.sweep_rate_limits(before, batch).await.unwrap();
            assert_eq!(n, swept, "{}: a batch of {batch}", t.name);
        }
        // The count in its window is kept: one more is over the limit of one.
        assert!(
            !t.store.rate_limit(&per("c", 1, w, later)).await.unwrap(),
            "{}",
            t.name
        );
    }
}

#[tokio::test]
async fn the_sweep_removes_only_expired_ceremonies() {
    for t in stores().await {
        t.store
            .save_ceremony("old", CeremonyPurpose::SignIn, "r", "{}", NOW)
            .await
            .unwrap();
        t.store
            .save_ceremony(
                "live",
                CeremonyPurpose::SignIn,
                "r",
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        assert_eq!(t.store.sweep_ceremonies(NOW).await.unwrap(), 1, "{}", t.name);
        assert!(
            t.store
                .take_ceremony("live", CeremonyPurpose::SignIn, NOW)
                .await
                .unwrap()
                .is_some(),
            "{}",
            t.name
        );
    }
}

fn session(f: &Fixture, credential_id: &str) -> Session {
    Session {
        id: keybound_core::new_id(),
        secret_hash: secret::random_hex(8),
        identity_id: f.identity_id.clone(),
        realm_id: f.realm_id.clone(),
        tenant_id: f.tenant_id.clone(),
        credential_id: Some(credential_id.into()),
        amr: vec!["hwk".into()],
        user_agent: "test".into(),
        ip: "192.0.2.1".into(),
        create_time: NOW,
        last_seen_time: NOW,
        idle_expire_time: NOW + Duration::hours(1),
        expire_time: NOW + Duration::hours(8),
        revoked_time: None,
    }
}

#[tokio::test]
async fn a_sign_in_reads_its_ceremony_passkey_and_person_at_once() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let c = credential(&f, "cred-read");
        t.store.add_credential(&c).await.unwrap();
        let later = NOW + Duration::minutes(5);
        t.store
            .save_ceremony("s1", CeremonyPurpose::SignIn, &f.realm_id, "{\"state\":1}", later)
            .await
            .unwrap();
        let read = t
            .store
            .sign_in_context("s1", "cred-read", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (read.realm_id.as_str(), read.state.as_str()),
            (f.realm_id.as_str(), "{\"state\":1}")
        );
        let read_credential = read.credential.unwrap();
        assert_eq!(read_credential.id, c.id, "{}", t.name);
        assert_eq!(read_credential.transports, c.transports, "{}", t.name);
        let identity = read.identity.unwrap();
        assert_eq!(
            (identity.id.as_str(), identity.traits.username.as_str()),
            (f.identity_id.as_str(), "jane")
        );

        // A passkey nobody registered: the ceremony, and nothing else.
        let unknown = t
            .store
            .sign_in_context("s1", "nobody's", NOW)
            .await
            .unwrap()
            .unwrap();
        assert!(
            unknown.credential.is_none() && unknown.identity.is_none(),
            "{}",
            t.name
        );
        // Reading takes nothing; expired, missing or another purpose's ceremonies are not read.
        assert!(t
            .store
            .sign_in_context("s1", "cred-read", later)
            .await
            .unwrap()
            .is_none());
        assert!(t
            .store
            .sign_in_context("s2", "cred-read", NOW)
            .await
            .unwrap()
            .is_none());
        t.store
            .save_ceremony("b1", CeremonyPurpose::Binding, &f.realm_id, "{}", later)
            .await
            .unwrap();
        assert!(t
            .store
            .sign_in_context("b1", "cred-read", NOW)
            .await
            .unwrap()
            .is_none());
    }
}

#[tokio::test]
async fn of_racing_sign_ins_with_one_ceremony_one_is_recorded() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let mut c = credential(&f, "cred-race");
        t.store.add_credential(&c).await.unwrap();
        t.store
            .save_ceremony(
                "race",
                CeremonyPurpose::SignIn,
                &f.realm_id,
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        c.sign_count = 7;
        c.last_used_time = Some(NOW);
        let store = Arc::new(t.store);
        let racers: Vec<_> = (0..8)
            .map(|_| {
                let (store, c, s) = (store.clone(), c.clone(), session(&f, &c.id));
                let event = AuditEvent::new(&f.tenant_id, keybound_core::audit::Action::SessionStarted, NOW)
                    .realm(&f.realm_id)
                    .about(&f.identity_id);
                tokio::spawn(async move { store.record_sign_in("race", &c, &s, Some(&event)).await.unwrap() })
            })
            .collect();
        let mut recorded = 0;
        for racer in racers {
            recorded += usize::from(racer.await.unwrap());
        }
        assert_eq!(recorded, 1, "{}", t.name);
        let sessions = store.live_sessions(&f.identity_id, NOW).await.unwrap();
        assert_eq!(sessions.len(), 1, "{}", t.name);
        let events = store
            .list_audit(&f.realm_id, &AuditQuery::default(), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            events
                .items
                .iter()
                .filter(|e| e.action == "session.started")
                .count(),
            1,
            "{}",
            t.name
        );
        let stored = store
            .credential(&f.realm_id, &f.identity_id, &c.id)
            .await
            .unwrap();
        assert_eq!(stored.sign_count, 7, "{}", t.name);
        // The ceremony went with the one sign-in.
        assert!(store
            .sign_in_context("race", "cred-race", NOW)
            .await
            .unwrap()
            .is_none());
        // Without an audit event (a key whose sign-ins are not audited), the same.
        store
            .save_ceremony(
                "quiet",
                CeremonyPurpose::SignIn,
                &f.realm_id,
                "{}",
                NOW + Duration::minutes(5),
            )
            .await
            .unwrap();
        assert!(store
            .record_sign_in("quiet", &c, &session(&f, &c.id), None)
            .await
            .unwrap());
        assert!(!store
            .record_sign_in("quiet", &c, &session(&f, &c.id), None)
            .await
            .unwrap());
        assert_eq!(
            store.live_sessions(&f.identity_id, NOW).await.unwrap().len(),
            2,
            "{}",
            t.name
        );
    }
}

#[tokio::test]
async fn of_racing_removals_of_the_last_two_administrators_one_stays() {
    for t in stores().await {
        let f = fixture(&t.store).await;
        let realm = t.store.realm(&f.tenant_id, &f.realm_id).await.unwrap();
        let new = NewIdentity {
            display_name: "Kim".into(),
            status: IdentityStatus::Active,
            source: Source::Local,
            traits: Traits {
                username: "kim".into(),
                ..Default::default()
            },
        };
        let kim = t.store.create_identity(&realm, new, NOW).await.unwrap();
        let admin = keybound_core::role::RoleGrant::new(keybound_core::role::Role::Admin, Vec::new());
        for _ in 0..5 {
            assert!(t.store.set_role(&f.identity_id, Some(&admin)).await.unwrap());
            assert!(t.store.set_role(&kim.id, Some(&admin)).await.unwrap());
            let store = Arc::new(t.store.clone());
            let racers: Vec<_> = [f.identity_id.clone(), kim.id.clone()]
                .into_iter()
                .map(|id| {
                    let store = store.clone();
                    tokio::spawn(async move { store.set_role(&id, None).await.unwrap() })
                })
                .collect();
            let mut removed = 0;
            for racer in racers {
                removed += usize::from(racer.await.unwrap());
            }
            assert_eq!(removed, 1, "{}", t.name);
            let jane = t.store.is_admin(&f.identity_id).await.unwrap();
            let kim_admin = t.store.is_admin(&kim.id).await.unwrap();
            assert!(jane ^ kim_admin, "{}: exactly one administrator is left", t.name);
        }
    }
}

#[tokio::test]
async fn a_binding_ceremony_binds_its_passkey_completes_its_job_and_records_its_events_in_one_write() {
    use keybound_core::audit::Action;
    for t in stores().await {
        let f = fixture(&t.store).await;
        let (j, _) = link_job(&t.store, &f).await;
        let (other, _) = link_job(&t.store, &f).await;
        let expire = NOW + Duration::minutes(5);
        for id in ["c1", "c2"] {
            t.store
                .save_binding_ceremony(id, &j.id, "{}", expire, 5, None, NOW)
                .await
                .unwrap();
        }
        let events = |n: &str| {
            [Action::CredentialBound, Action::BindingJobCompleted].map(|action| {
                AuditEvent::new(&f.tenant_id, action, NOW)
                    .realm(&f.realm_id)
                    .about(&f.identity_id)
                    .detail(n)
            })
        };
        // An unknown ceremony, or one past its expiry, changes nothing.
        for (id, at) in [("unknown", NOW), ("c1", expire)] {
            let found = t
                .store
                .bind_passkey(id, &j.id, &credential(&f, "p0"), &events("no"), at)
                .await
                .unwrap();
            assert!(found.is_none(), "{}: {id}", t.name);
        }
        assert_eq!(
            t.store.job(&f.realm_id, None, &j.id).await.unwrap().state,
            JobState::RequestDelivered
        );
        assert_eq!(bound_events(&t.store, &f.realm_id).await.len(), 0, "{}", t.name);

        // Eight answers to one ceremony at once: one binds.
        let store = Arc::new(t.store);
        let racers: Vec<_> = (0..8)
            .map(|i| {
                let (store, c, events, job) = (
                    store.clone(),
                    credential(&f, &format!("p{i}")),
                    events("yes"),
                    j.id.clone(),
                );
                tokio::spawn(async move { store.bind_passkey("c1", &job, &c, &events, NOW).await })
            })
            .collect();
        let mut superseded = Vec::new();
        for racer in racers {
            match racer.await.unwrap() {
                Ok(Some(ids)) => superseded.push(ids),
                Ok(None) => {}
                Err(e) => panic!("{}: {e}", t.name),
            }
        }
        assert_eq!(superseded, vec![vec![other.id.clone()]], "{}", t.name);
        let done = store.job(&f.realm_id, None, &j.id).await.unwrap();
        assert_eq!(done.state, JobState::Complete, "{}", t.name);
        let passkeys = store
            .list_credentials(&f.realm_id, &f.identity_id, PageRequest::default())
            .await
            .unwrap()
            .items;
        assert_eq!(passkeys.len(), 1, "{}", t.name);
        assert_eq!(done.credential_id.as_deref(), Some(passkeys[0].id.as_str()));
        assert_eq!(
            store
                .identity(&f.realm_id, &f.identity_id)
                .await
                .unwrap()
                .enrollment_status,
            EnrollmentStatus::Enrolled
        );
        assert_eq!(
            store.job(&f.realm_id, None, &other.id).await.unwrap().state,
            JobState::Revoked
        );
        assert_eq!(
            bound_events(&*store, &f.realm_id).await,
            ["binding_job.completed", "credential.bound"],
            "{}: newest first, in the order given",
            t.name
        );
        assert!(store.binding_ceremony("c1", NOW).await.unwrap().is_none());

        // Another ceremony of the completed job: refused, and used up.
        let again = store
            .bind_passkey("c2", &j.id, &credential(&f, "p9"), &events("again"), NOW)
            .await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{}", t.name);
        assert!(
            store.binding_ceremony("c2", NOW).await.unwrap().is_none(),
            "{}",
            t.name
        );

        // A passkey registered already changes nothing at all, not even the ceremony.
        let (open, _) = link_job(&*store, &f).await;
        store
            .save_binding_ceremony("c3", &open.id, "{}", expire, 5, None, NOW)
            .await
            .unwrap();
        let taken_id = passkeys[0].credential_id.clone();
        let duplicate = store
            .bind_passkey("c3", &open.id, &credential(&f, &taken_id), &events("dup"), NOW)
            .await;
        assert!(
            matches!(&duplicate, Err(StoreError::Conflict(m)) if m.contains("already registered")),
            "{}: {duplicate:?}",
            t.name
        );
        assert!(
            store.binding_ceremony("c3", NOW).await.unwrap().is_some(),
            "{}",
            t.name
        );
        assert_eq!(
            store.job(&f.realm_id, None, &open.id).await.unwrap().state,
            JobState::RequestDelivered
        );

        // A suspended identity takes no passkey: the job stays open, the ceremony is used up.
        let suspend = IdentityPatch {
            status: Some(IdentityStatus::Suspended),
            ..Default::default()
        };
        store
            .update_identity(&f.realm_id, &f.identity_id, &suspend, NOW)
            .await
            .unwrap();
        let refused = store
            .bind_passkey("c3", &open.id, &credential(&f, "p10"), &events("suspended"), NOW)
            .await;
        assert!(
            matches!(&refused, Err(StoreError::Conflict(m)) if m.contains("suspended")),
            "{}: {refused:?}",
            t.name
        );
        assert!(
            store.binding_ceremony("c3", NOW).await.unwrap().is_none(),
            "{}",
            t.name
        );
        assert_eq!(
            store.job(&f.realm_id, None, &open.id).await.unwrap().state,
            JobState::RequestDelivered
        );
        assert_eq!(bound_events(&*store, &f.realm_id).await.len(), 2, "{}", t.name);
        let count = store
            .list_credentials(&f.realm_id, &f.identity_id, PageRequest::default())
            .await
            .unwrap()
            .items
            .len();
        assert_eq!(count, 1, "{}", t.name);
    }
}

/// The actions of the binding's audit events in the realm's log, newest first.
async fn bound_events(store: &dyn Store, realm_id: &str) -> Vec<String> {
    store
        .list_audit(realm_id, &AuditQuery::default(), PageRequest::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|e| e.action)
        .filter(|action| action == "credential.bound" || action == "binding_job.completed")
        .collect()
}
