//! The use cases without HTTP, on every backend: who may act, and the limits that must hold
//! even under parallel requests.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{client, job, person, system, worlds, World, PUBLIC_URL};
use keybound_app::binding::{self, BindTarget};
use keybound_app::{account, login_codes, session, signin, ErrorKind};
use keybound_core::binding::DeliveryMethod;
use keybound_core::identity::{Identity, IdentityPatch, IdentityStatus};
use keybound_core::page::PageRequest;
use keybound_testkit::SoftPasskey;

/// Binds a passkey on `device` for `identity`, then signs in with it: the session cookie.
async fn signed_in(w: &World, identity: &Identity, device: &mut SoftPasskey) -> String {
    let created = job(w, identity, DeliveryMethod::ShortCode).await;
    let target = BindTarget::Code(created.short_code.unwrap());
    let begun = binding::begin(&w.app, &target, &client("10.0.0.1"))
        .await
        .unwrap();
    let answer = device.register(PUBLIC_URL, &begun.public_key).await.unwrap();
    binding::finish(&w.app, &begun.ceremony_id, answer, &client("10.0.0.1"))
        .await
        .unwrap();
    let begun = signin::begin(&w.app, &w.realm.id, &client("10.0.0.1"), None)
        .await
        .unwrap();
    let answer = device.authenticate(PUBLIC_URL, &begun.public_key).await.unwrap();
    signin::finish(&w.app, &begun.ceremony_id, answer, &client("10.0.0.1"))
        .await
        .unwrap()
        .cookie
}

/// A code with the same locator (first four characters) as `code` and another secret.
fn near_miss(code: &str) -> String {
    let other = if &code[4..] == "AAAAA" { "BBBBB" } else { "AAAAA" };
    format!("{}{other}", &code[..4])
}

async fn set_status(w: &World, identity: &Identity, status: IdentityStatus) {
    let patch = IdentityPatch {
        status: Some(status),
        ..IdentityPatch::default()
    };
    w.app
        .store()
        .update_identity(&w.realm.id, &identity.id, &patch, w.app.clock.now())
        .await
        .unwrap();
}

#[tokio::test]
async fn suspension_ends_every_session_at_once_and_resuming_revives_none() {
    for w in worlds().await {
        let ada = person(&w, "ada", None).await;
        let mut laptop = SoftPasskey::new();
        let mut phone = SoftPasskey::new();
        let first = signed_in(&w, &ada, &mut laptop).await;
        let second = signed_in(&w, &ada, &mut phone).await;
        let who = session::authenticate(&w.app, &first).await.unwrap();
        assert_eq!(who.identity.id, ada.id);

        set_status(&w, &ada, IdentityStatus::Suspended).await;
        for cookie in [&first, &second] {
            let refused = session::authenticate(&w.app, cookie).await.err().unwrap();
            assert_eq!(refused.kind(), ErrorKind::Unauthenticated, "{}", w.name);
        }
        assert_eq!(
            account::add_passkey_begin(&w.app, &who)
                .await
                .err()
                .unwrap()
                .kind(),
            ErrorKind::Forbidden,
            "{}: a session checked before the suspension cannot begin a ceremony",
            w.name
        );
        let live = w
            .app
            .store()
            .live_sessions(&ada.id, w.app.clock.now())
            .await
            .unwrap();
        assert!(
            live.is_empty(),
            "{}: the sessions are revoked, not just hidden",
            w.name
        );

        set_status(&w, &ada, IdentityStatus::Active).await;
        assert!(
            session::authenticate(&w.app, &first).await.is_err(),
            "{}: resuming revives no session",
            w.name
        );
        let again = signed_in(&w, &ada, &mut SoftPasskey::new()).await;
        assert!(session::authenticate(&w.app, &again).await.is_ok());
        w.app.store().delete_identity(&w.realm.id, &ada.id).await.unwrap();
        assert!(
            session::authenticate(&w.app, &again).await.is_err(),
            "{}: deletion ends the session too",
            w.name
        );
    }
}

#[tokio::test]
async fn a_suspended_persons_login_code_is_refused_without_being_spent() {
    for w in worlds().await {
        let bo = person(&w, "bo", None).await;
        let created = login_codes::create(&w.app, &system(), &w.realm, &bo.id, time::Duration::minutes(15))
            .await
            .unwrap();
        let code = created.link.rsplit('/').next().unwrap().to_owned();
        set_status(&w, &bo, IdentityStatus::Suspended).await;
        let refused = login_codes::redeem(&w.app, &code, &client("10.0.0.2"))
            .await
            .err()
            .unwrap();
        assert_eq!(refused.kind(), ErrorKind::Forbidden, "{}", w.name);
        set_status(&w, &bo, IdentityStatus::Active).await;
        let (session, _) = login_codes::redeem(&w.app, &code, &client("10.0.0.2"))
            .await
            .unwrap();
        assert_eq!(
            session.identity_id, bo.id,
            "{}: the link still worked once",
            w.name
        );
        assert_eq!(
            login_codes::redeem(&w.app, &code, &client("10.0.0.2"))
                .await
                .err()
                .unwrap()
                .kind(),
            ErrorKind::Gone
        );
    }
}

#[tokio::test]
async fn a_hundred_parallel_wrong_codes_get_no_more_evaluations_than_the_limits() {
    for w in worlds().await {
        let cy = person(&w, "cy", None).await;
        let code = job(&w, &cy, DeliveryMethod::ShortCode).await.short_code.unwrap();
        let wrong = near_miss(&code);
        let mut guesses = tokio::task::JoinSet::new();
        for _ in 0..100 {
            let app = w.app.clone();
            let target = BindTarget::Code(wrong.clone());
            guesses.spawn(async move { binding::begin(&app, &target, &client("10.0.0.3")).await });
        }
        let mut evaluated = 0;
        let mut limited = 0;
        while let Some(outcome) = guesses.join_next().await {
            match outcome.unwrap().err().unwrap().kind() {
                ErrorKind::NotFound => evaluated += 1,
                ErrorKind::TooManyRequests => limited += 1,
                other => panic!("{}: unexpected {other:?}", w.name),
            }
        }
        assert!(
            evaluated <= 10,
            "{}: {evaluated} guesses evaluated from one address",
            w.name
        );
        assert_eq!(evaluated + limited, 100);
        let refused = binding::begin(&w.app, &BindTarget::Code(code.clone()), &client("10.0.0.4"))
            .await
            .err()
            .unwrap();
        assert_eq!(
            refused.kind(),
            ErrorKind::NotFound,
            "{}: after the burst the right code is dead, from any address",
            w.name
        );

        // Spread over many addresses, the code still dies after five wrong tries.
        let dee = person(&w, "dee", None).await;
        let code = job(&w, &dee, DeliveryMethod::ShortCode).await.short_code.unwrap();
        let wrong = near_miss(&code);
        let mut guesses = tokio::task::JoinSet::new();
        for i in 0..100 {
            let app = w.app.clone();
            let target = BindTarget::Code(wrong.clone());
            guesses
                .spawn(async move { binding::begin(&app, &target, &client(&format!("10.1.0.{i}"))).await });
        }
        while guesses.join_next().await.is_some() {}
        assert!(
            binding::begin(&w.app, &BindTarget::Code(code), &client("10.2.0.1"))
                .await
                .is_err(),
            "{}: dead after parallel wrong tries from 100 addresses",
            w.name
        );
    }
}

#[tokio::test]
async fn a_right_code_does_not_count_against_the_address() {
    for w in worlds().await {
        for i in 0..12 {
            let p = person(&w, &format!("p{i}"), None).await;
            let code = job(&w, &p, DeliveryMethod::ShortCode).await.short_code.unwrap();
            binding::begin(&w.app, &BindTarget::Code(code), &client("10.0.0.5"))
                .await
                .unwrap_or_else(|e| panic!("{}: code {i} refused: {e}", w.name));
        }
    }
}

#[tokio::test]
async fn an_email_one_time_access_request_does_the_same_work_for_every_address() {
    for w in worlds().await {
        let offered = keybound_app::settings::SettingsChange {
            email_one_time_access: Some(true),
            ..Default::default()
        };
        keybound_app::settings::update(&w.app, &system(), &w.realm.id, offered)
            .await
            .unwrap();
        let eve = person(&w, "eve", Some("eve@example.com")).await;
        let before = w
            .app
            .store()
            .list_emails(&w.realm.id, PageRequest::default())
            .await
            .unwrap();
        for address in ["eve@example.com", "nobody@example.com"] {
            login_codes::request_one_time_access(&w.app, &w.realm, address, &client("10.0.0.6"))
                .await
                .unwrap();
        }
        let after = w
            .app
            .store()
            .list_emails(&w.realm.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            after.total_size, before.total_size,
            "{}: the request itself looks nothing up and queues nothing",
            w.name
        );
        assert_eq!(login_codes::send_one_time_access(&w.app).await.unwrap(), 2);
        let after = w
            .app
            .store()
            .list_emails(&w.realm.id, PageRequest::default())
            .await
            .unwrap();
        assert_eq!(
            after.total_size,
            before.total_size + 1,
            "{}: the worker mails the known address only",
            w.name
        );
        assert_eq!(after.items[0].identity_id.as_deref(), Some(eve.id.as_str()));
        assert_eq!(
            login_codes::send_one_time_access(&w.app).await.unwrap(),
            0,
            "each request once"
        );
    }
}

#[tokio::test]
async fn unauthenticated_ceremony_begins_are_limited_per_address_and_per_link() {
    for w in worlds().await {
        // The world allows 30 begins per address per minute.
        for _ in 0..30 {
            signin::begin(&w.app, &w.realm.id, &client("10.3.0.1"), None)
                .await
                .unwrap();
        }
        let refused = signin::begin(&w.app, &w.realm.id, &client("10.3.0.1"), None)
            .await
            .err()
            .unwrap();
        assert_eq!(refused.kind(), ErrorKind::TooManyRequests, "{}", w.name);
        signin::begin(&w.app, &w.realm.id, &client("10.3.0.2"), None)
            .await
            .expect("another address is not held back");

        let fay = person(&w, "fay", None).await;
        let created = job(&w, &fay, DeliveryMethod::Return).await;
        let link = created.link.unwrap();
        let token = link.split("token=").nth(1).unwrap().to_owned();
        let target = BindTarget::Link {
            job_id: created.job.id.clone(),
            token,
        };
        for i in 0..5 {
            binding::begin(&w.app, &target, &client(&format!("10.4.0.{i}")))
                .await
                .unwrap();
        }
        let refused = binding::begin(&w.app, &target, &client("10.4.0.9"))
            .await
            .err()
            .unwrap();
        assert_eq!(
            refused.kind(),
            ErrorKind::TooManyRequests,
            "{}: a sixth ceremony in flight on one link stores nothing",
            w.name
        );
        w.clock.advance(time::Duration::minutes(6));
        binding::begin(&w.app, &target, &client("10.3.0.1"))
            .await
            .expect("once the begun ones expire, the link works again, and the address's minute is over");
    }
}

#[tokio::test]
async fn an_admin_link_grants_nothing_until_its_passkey_is_made() {
    use keybound_app::admin;
    for w in worlds().await {
        let refused = admin::admin_link(&w.app, "nobody", false).await.err().unwrap();
        assert_eq!(refused.kind(), ErrorKind::NotFound, "{}", w.name);
        assert!(refused.message().contains("--create"), "{}", refused.message());

        let jane = person(&w, "jane", None).await;
        let link = admin::admin_link(&w.app, "jane", false).await.unwrap();
        assert!(
            !w.app.store().is_admin(&jane.id).await.unwrap(),
            "{}: printing the link grants nothing",
            w.name
        );
        let code = link.rsplit('/').next().unwrap().to_owned();
        let (ceremony, options) = admin::setup_begin(&w.app, &code).await.unwrap();
        let mut device = SoftPasskey::new();
        let answer = device.register(PUBLIC_URL, &options).await.unwrap();
        admin::setup_finish(&w.app, &code, &ceremony, answer, &client("10.0.0.9"))
            .await
            .unwrap();
        assert!(w.app.store().is_admin(&jane.id).await.unwrap(), "{}", w.name);
        let granted = w
            .app
            .store()
            .list_audit(&w.realm.id, &Default::default(), PageRequest::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .filter(|e| e.action == "role.granted" && e.identity_id.as_deref() == Some(jane.id.as_str()))
            .count();
        assert_eq!(granted, 1, "{}: audited when the passkey was made", w.name);

        // --create makes the person, as the system.
        admin::admin_link(&w.app, "newcomer", true).await.unwrap();
        let made = w
            .app
            .store()
            .identity_by_username(&w.realm.id, "newcomer")
            .await
            .unwrap()
            .unwrap();
        assert!(!w.app.store().is_admin(&made.id).await.unwrap());
    }
}

#[tokio::test]
async fn a_person_their_groups_and_their_enrolment_are_made_together_or_not_at_all() {
    use keybound_core::identity::{NewIdentity, Source, Traits};
    for w in worlds().await {
        let job = common::new_job(&w, DeliveryMethod::Email).await;
        let new = |username: &str| NewIdentity {
            display_name: username.to_owned(),
            status: IdentityStatus::Active,
            source: Source::Local,
            traits: Traits {
                username: username.to_owned(),
                primary_email_address: Some(format!("{username}@example.com")),
                ..Traits::default()
            },
        };
        let emails = || async {
            w.app
                .store()
                .list_emails(&w.realm.id, PageRequest::default())
                .await
                .unwrap()
                .total_size
        };
        let before = emails().await;
        let missing = ["no-such-group".to_owned()];
        let refused = keybound_app::identities::create_enrolled(
            &w.app,
            &system(),
            &w.realm,
            new("gus"),
            &missing,
            &job,
        )
        .await
        .err()
        .unwrap();
        assert_eq!(refused.kind(), ErrorKind::NotFound, "{}", w.name);
        assert!(
            keybound_app::identities::by_username(&w.app, &w.realm.id, "gus")
                .await
                .unwrap()
                .is_none(),
            "{}: no person without their groups",
            w.name
        );
        assert_eq!(emails().await, before, "and no email");

        let (gus, created) =
            keybound_app::identities::create_enrolled(&w.app, &system(), &w.realm, new("gus"), &[], &job)
                .await
                .unwrap();
        assert_eq!(created.job.identity_id, gus.id);
        assert_eq!(
            emails().await,
            before + 1,
            "{}: the enrolment email is queued",
            w.name
        );
        let jobs = binding::jobs(&w.app, &w.realm.id, Some(&gus.id), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(jobs.total_size, 1);
    }
}

#[tokio::test]
async fn a_change_whose_audit_event_cannot_be_written_does_not_happen() {
    use keybound_app::{api_tokens, groups, identities};
    use keybound_core::identity::{NewIdentity, Source, Traits};
    for w in worlds().await {
        let ada = person(&w, "ada", Some("ada@example.com")).await;
        let mut laptop = SoftPasskey::new();
        let cookie = signed_in(&w, &ada, &mut laptop).await;
        keybound_store::testing::refuse_audit_writes(w.database_url()).await;
        let admin = system();

        let ben = NewIdentity {
            display_name: "Ben".into(),
            status: IdentityStatus::Active,
            source: Source::Local,
            traits: Traits {
                username: "ben".into(),
                ..Traits::default()
            },
        };
        assert!(identities::create(&w.app, &admin, &w.realm, ben, &[])
            .await
            .is_err());
        let found = identities::by_username(&w.app, &w.realm.id, "ben").await.unwrap();
        assert!(found.is_none(), "{}: a person made without their event", w.name);

        let suspended =
            identities::set_status(&w.app, &admin, &w.realm.id, &ada.id, IdentityStatus::Suspended).await;
        assert!(suspended.is_err(), "{}", w.name);
        let ada_now = identities::get(&w.app, &admin, &w.realm.id, &ada.id)
            .await
            .unwrap();
        assert_eq!(ada_now.status, IdentityStatus::Active, "{}", w.name);
        assert!(
            session::authenticate(&w.app, &cookie).await.is_ok(),
            "{}: the sessions ended without the suspension",
            w.name
        );

        let new = common::new_job(&w, DeliveryMethod::Email).await;
        assert!(binding::create_job(&w.app, &admin, &w.realm, &ada.id, new)
            .await
            .is_err());
        let open = binding::jobs(&w.app, &w.realm.id, Some(&ada.id), PageRequest::default())
            .await
            .unwrap();
        assert_eq!(open.items.len(), 1, "{}: only the job made before", w.name);
        let mail = keybound_app::email::list(&w.app, &w.realm.id, PageRequest::default())
            .await
            .unwrap();
        assert!(
            mail.items.is_empty(),
            "{}: an enrolment email queued without its job",
            w.name
        );

        let token = api_tokens::create(&w.app, &admin, "ci", vec!["identities:read".into()], None).await;
        assert!(token.is_err(), "{}", w.name);
        let tokens = api_tokens::list(&w.app, PageRequest::default()).await.unwrap();
        assert!(tokens.items.is_empty(), "{}", w.name);

        assert!(groups::create(&w.app, &admin, &w.realm, "Staff", "")
            .await
            .is_err());
        let filter = keybound_core::filter::Filter::default();
        let all = groups::list(&w.app, &w.realm.id, &filter, PageRequest::default())
            .await
            .unwrap();
        assert!(all.items.is_empty(), "{}", w.name);
    }
}
