//! Attestation that proves something: a FIDO Metadata Service BLOB, signed under a test root,
//! is imported; then a config that requires attestation takes only keys whose attestation
//! chains to the roots the BLOB lists for their model. On both databases.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use keybound_app::mds;
use keybound_testkit::mds::{blob, entry, Attestation, Ca, SecurityKey};
use serde_json::{json, Value};
use support::console::{send, signed_in};
use support::{apps, TestApp, PUBLIC_URL};

const MODEL: &str = "4b657962-6f75-6e64-2054-657374204b31";
const REVOKED_MODEL: &str = "4b657962-6f75-6e64-2054-657374204b32";

fn aaguid(id: &str) -> [u8; 16] {
    let hex: String = id.chars().filter(|c| *c != '-').collect();
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
    }
    out
}

/// The maker of the test keys: a root, an intermediate, and attestation certificates under it.
struct Maker {
    root: Ca,
    intermediate: Ca,
}

impl Maker {
    fn new(name: &str) -> Self {
        let root = Ca::root(&format!("{name} Root"));
        let intermediate = root.issue(&format!("{name} Intermediate"), true);
        Self { root, intermediate }
    }

    fn key(&self, model: &str) -> SecurityKey {
        SecurityKey {
            aaguid: aaguid(model),
            attestation: Attestation::Full {
                signer: self.intermediate.issue("Test Key Batch 1", false),
                chain: vec![self.intermediate.cert.clone()],
            },
        }
    }
}

/// Binds a fresh hardware-key job under `config` with `key`; the status and body of the finish.
async fn bind(app: &TestApp, config: &str, key: &SecurityKey, tamper: bool) -> (StatusCode, Value) {
    let person = app.identity(&format!("k{}", keybound_core::new_id()), None).await;
    let id = person["id"].as_str().unwrap();
    let (status, mut body) = bind_as(app, id, config, key, tamper).await;
    body["identity_id"] = id.into();
    (status, body)
}

async fn bind_as(
    app: &TestApp,
    id: &str,
    config: &str,
    key: &SecurityKey,
    tamper: bool,
) -> (StatusCode, Value) {
    let (status, created) = app
        .job(
            id,
            json!({"delivery_method": "RETURN", "authenticator_config_id": config, "device_type": "hardware_key"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let (job_id, token) = support::link_parts(created["credential_binding_link"].as_str().unwrap());
    let (status, begun) = app
        .post("/bind/begin", json!({"link": {"job_id": job_id, "token": token}}))
        .await;
    assert_eq!(status, StatusCode::OK, "{begun}");
    assert_eq!(begun["public_key"]["attestation"], "direct", "{begun}");
    let mut answer = key.register(PUBLIC_URL, &begun["public_key"]);
    if tamper {
        // One byte of the attestation statement's signature changed: webauthn-rs must refuse.
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut object = engine
            .decode(answer["response"]["attestationObject"].as_str().unwrap())
            .unwrap();
        let at = object.windows(3).position(|w| w == b"sig").unwrap() + 3 + 2 + 10;
        object[at] ^= 0x01;
        answer["response"]["attestationObject"] = engine.encode(object).into();
    }
    app.post(
        "/bind/finish",
        json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
    )
    .await
}

#[tokio::test]
async fn with_fido_metadata_only_attestation_chaining_to_the_models_listed_root_is_accepted() {
    for app in apps().await {
        let (status, config) = app
            .call(
                "POST",
                &app.realm_path("/authenticator-configs"),
                &app.admin,
                Some(json!({"authenticator_config": {"config": {"type": "hosted_web",
                    "require_attestation": true, "aaguid_allow_list": [MODEL, REVOKED_MODEL]}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{config}");
        let config = config["id"].as_str().unwrap();
        let maker = Maker::new("Acme Keys");
        let forger = Maker::new("Forged Keys");
        let self_attested = SecurityKey {
            aaguid: aaguid(MODEL),
            attestation: Attestation::SelfSigned,
        };

        // Without metadata, a self attestation that claims an allowed model is taken at its word.
        let (status, body) = bind(&app, config, &self_attested, false).await;
        assert_eq!(status, StatusCode::OK, "{body}");

        // The BLOB, signed by the metadata service's key under the test root.
        let fido = Ca::root("Test FIDO Root");
        let signer = fido.issue("Test Metadata Service", false);
        let text = blob(
            &signer,
            &[],
            12,
            vec![
                entry(MODEL, "Acme Key 5", &[&maker.root.der()], "FIDO_CERTIFIED_L2"),
                entry(REVOKED_MODEL, "Acme Key 4", &[&maker.root.der()], "REVOKED"),
            ],
        );
        let imported = mds::import(&app.state, &text, &fido.cert).await.unwrap();
        assert_eq!((imported.number, imported.entries), (12, 2));

        // Now the self attestation is refused, in plain words, and the refusal audited.
        let (status, body) = bind(&app, config, &self_attested, false).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("signed its own attestation"),
            "{body}"
        );

        // A chain from another maker's root, claiming the model: refused.
        let (status, body) = bind(&app, config, &forger.key(MODEL), false).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            body["message"].as_str().unwrap().contains("not one its maker"),
            "{body}"
        );

        // The maker's real chain, but a signature that does not verify: webauthn-rs refuses it.
        let (status, body) = bind(&app, config, &maker.key(MODEL), true).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

        // A model the BLOB says is revoked: refused even with its maker's chain.
        let (status, body) = bind(&app, config, &maker.key(REVOKED_MODEL), false).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body["message"].as_str().unwrap().contains("revoked"), "{body}");

        // The maker's chain to the listed root: bound, and named after the model in the BLOB.
        let (status, body) = bind(&app, config, &maker.key(MODEL), false).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, audit) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?page_size=50"),
                &app.admin,
                None,
            )
            .await;
        let events = audit["audit_events"].as_array().unwrap();
        let bound: Vec<&Value> = events
            .iter()
            .filter(|e| e["action"] == "credential.bound")
            .collect();
        assert!(
            bound.iter().any(|e| e["outcome"] == "FAILURE"
                && e["detail"]
                    .as_str()
                    .unwrap_or("")
                    .contains("signed its own attestation")),
            "{audit}"
        );
        assert!(
            bound
                .iter()
                .any(|e| e["outcome"] == "SUCCESS"
                    && e["detail"].as_str().unwrap_or("").contains("Acme Key 5")),
            "{audit}"
        );

        // The console shows the model's icon beside the passkey, and what metadata is imported.
        let (admin, _) = signed_in(&app, "boss", true).await;
        let person = body["identity_id"].as_str().unwrap();
        let (_, html, _) = send(
            &app,
            "GET",
            &format!("/console/users/{person}?tab=passkeys"),
            &admin,
            None,
        )
        .await;
        assert!(
            html.contains(r#"<img class="model-icon" src="data:image/png;base64,"#),
            "{html}"
        );
        assert!(html.contains("Acme Key 5"), "{html}");
        let (_, html, _) = send(&app, "GET", "/console/authenticator-configs", &admin, None).await;
        assert!(html.contains("FIDO metadata: BLOB number 12"), "{html}");

        // An older BLOB does not replace a newer one.
        let older = blob(&signer, &[], 11, vec![]);
        let err = mds::import(&app.state, &older, &fido.cert).await.unwrap_err();
        assert!(err.message().contains("newer"), "{}", err.message());
        let summary = mds::summary(&app.state).await.unwrap().unwrap();
        assert_eq!((summary.number, summary.entries), (12, 2));
    }
}

#[test]
fn a_blob_is_trusted_only_under_its_root_and_only_as_signed() {
    let fido = Ca::root("Test FIDO Root");
    let intermediate = fido.issue("Test FIDO Intermediate", true);
    let signer = intermediate.issue("Test Metadata Service", false);
    let text = blob(
        &signer,
        &[&intermediate.cert],
        3,
        vec![entry(MODEL, "Acme Key 5", &[], "FIDO_CERTIFIED")],
    );
    let read = mds::verify_blob(&text, &fido.cert).unwrap();
    assert_eq!((read.number, read.entries.len()), (3, 1));
    assert_eq!(read.entries[0].description, "Acme Key 5");

    // Under another root (the real FIDO root among them): refused.
    let other = Ca::root("Another Root");
    assert!(mds::verify_blob(&text, &other.cert).is_err());
    // The real FIDO root (these tests set no test root) does not vouch for it either.
    assert!(
        std::env::var("KEYBOUND_TEST_MDS_ROOT").is_err(),
        "run without a test root"
    );
    assert!(mds::verify_blob(&text, &mds::trust_anchor().unwrap()).is_err());
    // Without the intermediate that links the signer to the root: refused.
    let unlinked = blob(&signer, &[], 3, vec![]);
    assert!(mds::verify_blob(&unlinked, &fido.cert).is_err());
    // The payload changed after signing (another model added): refused.
    let mut parts: Vec<String> = text.split('.').map(str::to_owned).collect();
    use base64::Engine;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut payload: Value = serde_json::from_slice(&engine.decode(&parts[1]).unwrap()).unwrap();
    payload["entries"].as_array_mut().unwrap().push(entry(
        REVOKED_MODEL,
        "Sneaked In",
        &[],
        "FIDO_CERTIFIED",
    ));
    parts[1] = engine.encode(payload.to_string());
    let err = mds::verify_blob(&parts.join("."), &fido.cert).unwrap_err();
    assert!(err.message().contains("signature"), "{}", err.message());
    // Not a BLOB at all.
    for junk in ["", "a.b", "a.b.c.d", "!!.!!.!!", "e30.e30.e30"] {
        assert!(mds::verify_blob(junk, &fido.cert).is_err(), "{junk}");
    }
}
