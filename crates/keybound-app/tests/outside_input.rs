//! Property tests of what authenticators send: a genuine answer to a sign-in or binding
//! ceremony, changed in one field (bytes flipped, cut short, lengthened, replaced, not base64,
//! not even a string), is handed to the use cases and through them to webauthn-rs. A changed
//! sign-in is always refused, a changed registration is refused or (where the change touches
//! nothing signed or checked) accepted; neither ever panics or fails as a server error. On
//! every backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{client, job, person, worlds, World, PUBLIC_URL};
use keybound_app::binding::{self, BindTarget};
use keybound_app::{signin, AppError, ErrorKind};
use keybound_core::binding::DeliveryMethod;
use keybound_testkit::SoftPasskey;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

#[derive(Debug, Clone)]
enum Change {
    Flip { at: usize, xor: u8 },
    CutTo(usize),
    Append(Vec<u8>),
    Replace(Vec<u8>),
    NotBase64(String),
    NotAString(Value),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, xor)| Change::Flip { at, xor }),
        any::<usize>().prop_map(Change::CutTo),
        prop::collection::vec(any::<u8>(), 1..64).prop_map(Change::Append),
        prop::collection::vec(any::<u8>(), 0..300).prop_map(Change::Replace),
        "[^A-Za-z0-9_-]{1,20}".prop_map(Change::NotBase64),
        prop_oneof![
            Just(Value::Null),
            Just(json!(7)),
            Just(json!([1, 2, 3])),
            Just(json!({"x": "y"})),
            Just(json!(true))
        ]
        .prop_map(Change::NotAString),
    ]
}

/// `answer` with `field` (a path like `response.signature`) changed as `change` says.
fn changed(mut answer: Value, field: &str, change: &Change) -> Value {
    let slot = field.split('.').fold(&mut answer, |value, key| &mut value[key]);
    let bytes = slot
        .as_str()
        .and_then(|s| URL_SAFE_NO_PAD.decode(s).ok())
        .unwrap_or_default();
    let new_bytes = |bytes: Vec<u8>| Value::String(URL_SAFE_NO_PAD.encode(bytes));
    *slot = match change {
        Change::Flip { at, xor } if !bytes.is_empty() => {
            let mut bytes = bytes;
            let at = at % bytes.len();
            bytes[at] ^= xor;
            new_bytes(bytes)
        }
        Change::Flip { .. } => new_bytes(vec![0]),
        Change::CutTo(keep) => new_bytes(bytes[..keep % bytes.len().max(1)].to_vec()),
        Change::Append(more) => new_bytes([bytes, more.clone()].concat()),
        Change::Replace(other) if *other != bytes => new_bytes(other.clone()),
        Change::Replace(_) => new_bytes(vec![0xff; 3]),
        Change::NotBase64(text) => Value::String(text.clone()),
        Change::NotAString(value) => value.clone(),
    };
    if field == "rawId" {
        answer["id"] = answer["rawId"].clone();
    }
    answer
}

/// A refusal a caller can act on (a 4xx), not a server error.
fn is_a_refusal(e: &AppError) -> bool {
    e.kind() != ErrorKind::Internal
}

const SIGN_IN_FIELDS: &[&str] = &[
    "response.clientDataJSON",
    "response.authenticatorData",
    "response.signature",
    "response.userHandle",
    "rawId",
];
const REGISTRATION_FIELDS: &[&str] = &["response.clientDataJSON", "response.attestationObject", "rawId"];

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn a_changed_sign_in_answer_is_always_refused() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    for mut w in rt.block_on(worlds()) {
        w.app.begins_per_minute = 0;
        let mut device = SoftPasskey::new();
        rt.block_on(bind(&w, "ada", &mut device));
        let who = client("10.0.0.9");
        let device = tokio::sync::Mutex::new(device);
        // The untouched answer signs in: the refusals below are about the changes.
        let genuine = rt.block_on(sign_in(&w, &device, &who, |answer| answer));
        assert!(genuine.is_ok(), "{}: {:?}", w.name, genuine.err());

        let cases = (prop::sample::select(SIGN_IN_FIELDS), change());
        runner(200)
            .run(&cases, |(field, change)| {
                let outcome = rt.block_on(sign_in(&w, &device, &who, |answer| {
                    changed(answer, field, &change)
                }));
                match outcome {
                    Ok(_) => prop_assert!(false, "{}: {field} changed by {change:?} signed in", w.name),
                    Err(e) => prop_assert!(is_a_refusal(&e), "{}: {field} {change:?}: {e:?}", w.name),
                }
                Ok(())
            })
            .unwrap();
    }
}

#[test]
fn a_changed_registration_answer_is_refused_or_harmless() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    for mut w in rt.block_on(worlds()) {
        w.app.begins_per_minute = 0;
        let ada = rt.block_on(person(&w, "ada", None));
        let who = client("10.0.0.9");
        let cases = (prop::sample::select(REGISTRATION_FIELDS), change());
        runner(120)
            .run(&cases, |(field, change)| {
                let outcome = rt.block_on(async {
                    let created = job(&w, &ada, DeliveryMethod::ShortCode).await;
                    let target = BindTarget::Code(created.short_code.unwrap());
                    let begun = binding::begin(&w.app, &target, &who).await.unwrap();
                    let answer = SoftPasskey::new()
                        .register(PUBLIC_URL, &begun.public_key)
                        .await
                        .unwrap();
                    binding::finish(&w.app, &begun.ceremony_id, changed(answer, field, &change), &who).await
                });
                if let Err(e) = outcome {
                    prop_assert!(is_a_refusal(&e), "{}: {field} {change:?}: {e:?}", w.name);
                }
                Ok(())
            })
            .unwrap();
    }
}

/// A sign-in whose answer from `device` is passed through `edit` on its way to the server.
async fn sign_in(
    w: &World,
    device: &tokio::sync::Mutex<SoftPasskey>,
    who: &keybound_app::Client,
    edit: impl FnOnce(Value) -> Value,
) -> Result<signin::SignedIn, AppError> {
    let begun = signin::begin(&w.app, &w.realm.id, who, None).await.unwrap();
    let answer = device
        .lock()
        .await
        .authenticate(PUBLIC_URL, &begun.public_key)
        .await
        .unwrap();
    signin::finish(&w.app, &begun.ceremony_id, edit(answer), who).await
}

async fn bind(w: &World, username: &str, device: &mut SoftPasskey) {
    let identity = person(w, username, None).await;
    let created = job(w, &identity, DeliveryMethod::ShortCode).await;
    let target = BindTarget::Code(created.short_code.unwrap());
    let who = client("10.0.0.1");
    let begun = binding::begin(&w.app, &target, &who).await.unwrap();
    let answer = device.register(PUBLIC_URL, &begun.public_key).await.unwrap();
    binding::finish(&w.app, &begun.ceremony_id, answer, &who)
        .await
        .unwrap();
}
