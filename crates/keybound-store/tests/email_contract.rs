//! The email outbox part of the store contract, on every backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use keybound_core::binding::{AuthenticatorConfig, BindingJob, ConfigType, DeliveryMethod, JobState};
use keybound_core::email::{Email, EmailStatus};
use keybound_core::identity::{EnrollmentStatus, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::page::PageRequest;
use keybound_store::testing::stores;
use keybound_store::{BindingStore, EmailStore, IdentityStore, JobSecret, Store, TenantStore};
use std::collections::HashSet;
use std::sync::Arc;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);

fn email(tenant_id: &str, realm_id: Option<&str>, identity_id: Option<&str>, job_id: Option<&str>) -> Email {
    Email {
        id: keybound_core::new_id(),
        tenant_id: tenant_id.into(),
        realm_id: realm_id.map(Into::into),
        identity_id: identity_id.map(Into::into),
        job_id: job_id.map(Into::into),
        to_address: "jane@example.com".into(),
        to_name: "Jane".into(),
        subject: "Hello".into(),
        text_body: "text".into(),
        html_body: "<p>html</p>".into(),
        status: EmailStatus::Pending,
        attempts: 0,
        last_error: None,
        next_attempt_time: NOW,
        create_time: NOW,
        update_time: NOW,
        sent_time: None,
    }
}

/// An identity with an emailed binding job, and the email; returns (realm, identity, job, email).
async fn emailed_job(store: &dyn Store) -> (String, String, String, Email) {
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
            username: keybound_core::new_id(),
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
    let job = BindingJob {
        id: keybound_core::new_id(),
        identity_id: identity.id.clone(),
        realm_id: realm.id.clone(),
        tenant_id: tenant.id.clone(),
        delivery_method: DeliveryMethod::Email,
        authenticator_config_id: config.id,
        post_binding_redirect_uri: None,
        state: JobState::LinkSent,
        credential_id: None,
        device_type: Default::default(),
        device_policy: Default::default(),
        key_name: None,
        expire_time: NOW + Duration::days(7),
        create_time: NOW,
        update_time: NOW,
    };
    let mail = email(&tenant.id, Some(&realm.id), Some(&identity.id), Some(&job.id));
    store
        .create_job_with_email(
            &job,
            &JobSecret::Link {
                token_hash: "h".into(),
            },
            &mail,
        )
        .await
        .unwrap();
    (realm.id, identity.id, job.id, mail)
}

#[tokio::test]
async fn each_email_is_claimed_by_one_worker_and_a_lapsed_claim_is_retried() {
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let mut queued = HashSet::new();
        for _ in 0..20 {
            let e = email(&tenant.id, None, None, None);
            t.store.queue_email(&e).await.unwrap();
            queued.insert(e.id);
        }
        let store = Arc::new(t.store.clone());
        // Rounds of 8 racing workers until nothing is left: racers may pick the same rows, and
        // then only one of them gets each; nobody may get one twice.
        let mut claimed = Vec::new();
        for _round in 0..10 {
            let workers: Vec<_> = (0..8)
                .map(|_| {
                    let s = store.clone();
                    tokio::spawn(
                        async move { s.claim_emails(NOW, NOW + Duration::minutes(5), 4).await.unwrap() },
                    )
                })
                .collect();
            let before = claimed.len();
            for w in workers {
                claimed.extend(w.await.unwrap().into_iter().map(|e| e.id));
            }
            if claimed.len() == before {
                break;
            }
        }
        let unique: HashSet<_> = claimed.iter().cloned().collect();
        assert_eq!(claimed.len(), unique.len(), "{}: an email claimed twice", t.name);
        assert_eq!(unique, queued, "{}: every email claimed", t.name);

        // A worker that died: its claims lapse and the emails come round again, attempt 2.
        let again = store
            .claim_emails(NOW + Duration::minutes(6), NOW + Duration::minutes(11), 100)
            .await
            .unwrap();
        assert_eq!(again.len(), 20, "{}", t.name);
        assert!(again
            .iter()
            .all(|e| e.attempts == 2 && e.status == EmailStatus::Sending));
    }
}

#[tokio::test]
async fn a_failed_attempt_waits_for_its_retry_and_success_is_recorded() {
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let e = email(&tenant.id, None, None, None);
        t.store.queue_email(&e).await.unwrap();
        t.store
            .claim_emails(NOW, NOW + Duration::minutes(5), 10)
            .await
            .unwrap();
        t.store
            .email_failed(
                &e.id,
                "connection refused",
                NOW,
                Some(NOW + Duration::seconds(30)),
            )
            .await
            .unwrap();
        let waiting = t.store.email(&e.id).await.unwrap();
        assert_eq!(
            (waiting.status, waiting.attempts, waiting.last_error.as_deref()),
            (EmailStatus::Pending, 1, Some("connection refused"))
        );
        assert!(t
            .store
            .claim_emails(NOW + Duration::seconds(29), NOW + Duration::minutes(5), 10)
            .await
            .unwrap()
            .is_empty());
        let claimed = t
            .store
            .claim_emails(NOW + Duration::seconds(30), NOW + Duration::minutes(5), 10)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1, "{}", t.name);
        t.store
            .email_sent(&e.id, NOW + Duration::seconds(31))
            .await
            .unwrap();
        let sent = t.store.email(&e.id).await.unwrap();
        assert_eq!(
            (sent.status, sent.attempts, sent.sent_time),
            (EmailStatus::Sent, 2, Some(NOW + Duration::seconds(31)))
        );
    }
}

#[tokio::test]
async fn giving_up_fails_the_job_and_marks_the_invite_failed_until_an_email_arrives() {
    for t in stores().await {
        let (realm, identity, job, mail) = emailed_job(&t.store).await;
        assert_eq!(
            t.store
                .list_emails(&realm, PageRequest::default())
                .await
                .unwrap()
                .total_size,
            1
        );
        t.store
            .claim_emails(NOW, NOW + Duration::minutes(5), 10)
            .await
            .unwrap();
        t.store
            .email_failed(&mail.id, "550 no such user", NOW, None)
            .await
            .unwrap();
        assert_eq!(t.store.email(&mail.id).await.unwrap().status, EmailStatus::Failed);
        assert_eq!(
            t.store.job_by_id(&job).await.unwrap().state,
            JobState::FailedToSend,
            "{}",
            t.name
        );
        let id = t.store.identity(&realm, &identity).await.unwrap();
        assert_eq!(id.enrollment_status, EnrollmentStatus::InviteFailed, "{}", t.name);

        // A new enrolment email that arrives clears it.
        let job2 = BindingJob {
            id: keybound_core::new_id(),
            ..t.store.job_by_id(&job).await.unwrap()
        };
        let job2 = BindingJob {
            state: JobState::LinkSent,
            ..job2
        };
        let mail2 = Email {
            id: keybound_core::new_id(),
            job_id: Some(job2.id.clone()),
            ..mail.clone()
        };
        t.store
            .create_job_with_email(
                &job2,
                &JobSecret::Link {
                    token_hash: "h2".into(),
                },
                &mail2,
            )
            .await
            .unwrap();
        t.store.email_sent(&mail2.id, NOW).await.unwrap();
        let id = t.store.identity(&realm, &identity).await.unwrap();
        assert_eq!(id.enrollment_status, EnrollmentStatus::Pending, "{}", t.name);
    }
}

#[tokio::test]
async fn a_realm_has_at_most_one_default_template_per_kind_and_language() {
    use keybound_core::email_template::{EmailTemplate, TemplateKind};
    use keybound_store::{EmailTemplateStore, RealmStore, StoreError};
    for t in stores().await {
        let tenant = t.store.bootstrap(NOW).await.unwrap();
        let realm = t
            .store
            .list_realms(&tenant.id, PageRequest::default())
            .await
            .unwrap()
            .items
            .remove(0);
        let template = |name: &str, is_default: bool| EmailTemplate {
            id: keybound_core::new_id(),
            realm_id: realm.id.clone(),
            tenant_id: tenant.id.clone(),
            name: name.into(),
            is_default,
            ..EmailTemplate::written(
                TemplateKind::EnrollmentLink,
                "",
                "Welcome",
                "<p>{{ link }}</p>",
                "{{ link }}",
            )
        };
        let defaults = |kind| t.store.default_templates(&realm.id, kind);
        assert_eq!(defaults(TemplateKind::EnrollmentLink).await.unwrap(), vec![]);
        let first = template("first", true);
        let second = template("second", true);
        t.store.create_template(&first).await.unwrap();
        t.store.create_template(&second).await.unwrap();
        let found = defaults(TemplateKind::EnrollmentLink).await.unwrap();
        assert_eq!(found.len(), 1, "{}", t.name);
        assert_eq!(found[0].id, second.id, "{}", t.name);
        assert!(!t.store.template(&realm.id, &first.id).await.unwrap().is_default);
        assert_eq!(defaults(TemplateKind::LoginLink).await.unwrap(), vec![]);

        // A default per language: a German one stands beside the default without a language,
        // and a second German default replaces the first.
        let german = EmailTemplate {
            language: Some("de".into()),
            ..template("german", true)
        };
        let german_again = EmailTemplate {
            language: Some("de".into()),
            ..template("german again", true)
        };
        t.store.create_template(&german).await.unwrap();
        t.store.create_template(&german_again).await.unwrap();
        let found = defaults(TemplateKind::EnrollmentLink).await.unwrap();
        let mut names: Vec<&str> = found.iter().map(|d| d.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["german again", "second"], "{}", t.name);
        assert_eq!(
            EmailTemplate::for_language(&found, "de").unwrap().id,
            german_again.id
        );
        assert_eq!(EmailTemplate::for_language(&found, "fr").unwrap().id, second.id);
        assert!(!t.store.template(&realm.id, &german.id).await.unwrap().is_default);
        t.store.delete_template(&realm.id, &german.id).await.unwrap();
        t.store
            .delete_template(&realm.id, &german_again.id)
            .await
            .unwrap();

        let broken = EmailTemplate {
            html: "{% if %}".into(),
            ..template("broken", false)
        };
        assert!(matches!(
            t.store.create_template(&broken).await,
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(
            t.store
                .list_templates(&realm.id, PageRequest::default())
                .await
                .unwrap()
                .total_size,
            2
        );
        t.store.delete_template(&realm.id, &second.id).await.unwrap();
        assert_eq!(
            defaults(TemplateKind::EnrollmentLink).await.unwrap(),
            vec![],
            "{}",
            t.name
        );
    }
}
