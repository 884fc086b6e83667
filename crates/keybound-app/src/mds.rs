//! The FIDO Metadata Service (MDS3): the operator imports the BLOB (`keybound mds import`), its
//! signature chain is checked against the FIDO Alliance's root shipped with Keybound, and what
//! it says is stored for every replica. Keybound downloads nothing itself. With a BLOB
//! imported, a config that requires attestation accepts only attestation certificates that
//! chain to the roots the BLOB lists for the key's model, and refuses models whose status is
//! revoked or compromised; new passkeys are named (and shown with an icon) from it.

use crate::{App, AppError, ErrorKind};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use keybound_core::mds::{self as model, MdsBlob, MdsEntry, MdsSummary};
use openssl::bn::BigNum;
use openssl::ecdsa::EcdsaSig;
use openssl::hash::MessageDigest;
use openssl::pkey::{PKey, Public};
use openssl::sign::Verifier;
use openssl::stack::Stack;
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::verify::X509VerifyFlags;
use openssl::x509::{X509StoreContext, X509};
use serde_json::Value;
use webauthn_rs::prelude::ParsedAttestationData;

/// The root the FIDO Alliance signs its BLOB under (GlobalSign Root CA - R3).
const FIDO_ROOT: &str = include_str!("../data/fido-mds-root.pem");

/// The trust anchor for BLOBs: the FIDO Alliance's root. Debug builds (the tests) take another
/// from the PEM file `KEYBOUND_TEST_MDS_ROOT`; release builds ignore it.
pub fn trust_anchor() -> Result<X509, AppError> {
    #[cfg(debug_assertions)]
    if let Ok(path) = std::env::var("KEYBOUND_TEST_MDS_ROOT") {
        let pem = std::fs::read(&path).map_err(|e| AppError::internal("test MDS root", &e))?;
        return X509::from_pem(&pem).map_err(|e| AppError::internal("test MDS root", &e));
    }
    X509::from_pem(FIDO_ROOT.as_bytes()).map_err(|e| AppError::internal("FIDO root", &e))
}

fn refused(why: impl std::fmt::Display) -> AppError {
    AppError::new(
        ErrorKind::Invalid,
        format!("This is not a FIDO Metadata Service BLOB Keybound can trust: {why}."),
    )
}

/// Checks a BLOB (a JWS in compact form) against `anchor` and reads its payload: the chain in
/// its `x5c` header must lead to `anchor`, and the signature must verify with the first
/// certificate's key (RS256, PS256 or ES256).
pub fn verify_blob(text: &str, anchor: &X509) -> Result<MdsBlob, AppError> {
    let mut parts = text.trim().split('.');
    let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(refused("it is not a signed token of three parts"));
    };
    let decode = |part: &str, what: &str| {
        URL_SAFE_NO_PAD
            .decode(part.trim_end_matches('='))
            .map_err(|_| refused(format!("its {what} is not base64url")))
    };
    let header: Value = serde_json::from_slice(&decode(header_b64, "header")?)
        .map_err(|_| refused("its header is not JSON"))?;
    let chain: Vec<X509> = header["x5c"]
        .as_array()
        .filter(|c| !c.is_empty())
        .ok_or_else(|| refused("its header has no certificate chain (x5c)"))?
        .iter()
        .map(|c| {
            c.as_str()
                .and_then(|c| STANDARD.decode(c).ok())
                .and_then(|der| X509::from_der(&der).ok())
                .ok_or_else(|| refused("a certificate of its chain cannot be read"))
        })
        .collect::<Result<_, _>>()?;
    let leaf = &chain[0];
    if !chains_to(leaf, &chain[1..], std::slice::from_ref(anchor)) {
        return Err(refused(
            "its certificate chain does not lead to the FIDO Alliance's root",
        ));
    }
    let key = leaf
        .public_key()
        .map_err(|_| refused("its signing certificate has no usable key"))?;
    let signed = format!("{header_b64}.{payload_b64}");
    let signature = decode(signature_b64, "signature")?;
    let alg = header["alg"].as_str().unwrap_or_default();
    if !signature_verifies(alg, &key, signed.as_bytes(), &signature) {
        return Err(refused("its signature does not verify"));
    }
    model::parse_payload(&decode(payload_b64, "payload")?).map_err(refused)
}

fn signature_verifies(alg: &str, key: &PKey<Public>, signed: &[u8], signature: &[u8]) -> bool {
    let run = || -> Result<bool, openssl::error::ErrorStack> {
        match alg {
            "RS256" | "PS256" => {
                let mut v = Verifier::new(MessageDigest::sha256(), key)?;
                if alg == "PS256" {
                    v.set_rsa_padding(openssl::rsa::Padding::PKCS1_PSS)?;
                    v.set_rsa_pss_saltlen(openssl::sign::RsaPssSaltlen::DIGEST_LENGTH)?;
                }
                v.update(signed)?;
                v.verify(signature)
            }
            "ES256" if signature.len() == 64 => {
                let sig = EcdsaSig::from_private_components(
                    BigNum::from_slice(&signature[..32])?,
                    BigNum::from_slice(&signature[32..])?,
                )?;
                let der = sig.to_der()?;
                let mut v = Verifier::new(MessageDigest::sha256(), key)?;
                v.update(signed)?;
                v.verify(&der)
            }
            _ => Ok(false),
        }
    };
    run().unwrap_or(false)
}

/// Does `leaf` (with the `intermediates` it came with) chain to one of `anchors`? An anchor may
/// be an intermediate CA. A self-signed leaf is trusted when an anchor has its name and key:
/// some makers issue each key's attestation certificate afresh under the one key they list.
fn chains_to(leaf: &X509, intermediates: &[X509], anchors: &[X509]) -> bool {
    let run = || -> Result<bool, openssl::error::ErrorStack> {
        let mut store = X509StoreBuilder::new()?;
        for anchor in anchors {
            if same_anchor(leaf, anchor)? {
                return Ok(true);
            }
            store.add_cert(anchor.clone())?;
        }
        store.set_flags(X509VerifyFlags::PARTIAL_CHAIN)?;
        let store = store.build();
        let mut chain = Stack::new()?;
        for c in intermediates {
            chain.push(c.clone())?;
        }
        let mut ctx = X509StoreContext::new()?;
        ctx.init(&store, leaf, &chain, |c| c.verify_cert())
    };
    run().unwrap_or(false)
}

/// Is `leaf` a currently valid self-signed certificate of `anchor`'s name and key?
fn same_anchor(leaf: &X509, anchor: &X509) -> Result<bool, openssl::error::ErrorStack> {
    let key = anchor.public_key()?;
    let now = openssl::asn1::Asn1Time::days_from_now(0)?;
    Ok(
        leaf.subject_name().try_cmp(anchor.subject_name())? == std::cmp::Ordering::Equal
            && leaf.issuer_name().try_cmp(leaf.subject_name())? == std::cmp::Ordering::Equal
            && leaf.public_key()?.public_eq(&key)
            && leaf.verify(&key)?
            && leaf.not_before() <= now
            && now <= leaf.not_after(),
    )
}

/// Imports a BLOB checked against `anchor`, replacing the one stored unless that one is newer.
pub async fn import(app: &App, text: &str, anchor: &X509) -> Result<MdsSummary, AppError> {
    let blob = verify_blob(text, anchor)?;
    app.store.replace_mds(&blob, app.clock.now()).await?;
    summary(app)
        .await?
        .ok_or_else(|| AppError::internal("MDS import", &"nothing stored"))
}

/// What is imported, if anything.
pub async fn summary(app: &App) -> Result<Option<MdsSummary>, AppError> {
    Ok(app.store.mds_summary().await?)
}

/// What the imported BLOB says about these models (lower-case AAGUIDs).
pub async fn entries(app: &App, aaguids: &[String]) -> Result<Vec<MdsEntry>, AppError> {
    Ok(app.store.mds_entries(aaguids).await?)
}

/// The formats whose statements carry a certificate chain that can be checked.
const CHAINED_FORMATS: [&str; 5] = ["packed", "tpm", "android-key", "apple", "fido-u2f"];

/// Why a new passkey's attestation is not trusted under the imported BLOB, if it is not: its
/// format, its model unknown to the BLOB or revoked there, or a chain that does not lead to
/// the roots listed for its model. `format` and `data` are what webauthn-rs verified.
pub fn untrusted(
    entry: Option<&MdsEntry>,
    model_id: &str,
    format: &str,
    data: &ParsedAttestationData,
) -> Option<AppError> {
    let refuse = |id: &'static str, args: Vec<(&'static str, String)>| {
        Some(AppError::said_with(crate::ErrorKind::Unacceptable, id, args))
    };
    let certificates = match data {
        ParsedAttestationData::Basic(c)
        | ParsedAttestationData::AttCa(c)
        | ParsedAttestationData::AnonCa(c)
            if CHAINED_FORMATS.contains(&format) && !c.is_empty() =>
        {
            c
        }
        ParsedAttestationData::Self_ => return refuse("error-self-attestation", Vec::new()),
        _ => {
            return refuse(
                "error-attestation-untraceable",
                vec![("format", format.to_owned())],
            )
        }
    };
    let Some(entry) = entry else {
        return refuse(
            "error-model-not-in-metadata",
            vec![("model", model_id.to_owned())],
        );
    };
    if let Some(why) = entry.refusal() {
        return refuse(why, vec![("model", entry.description.clone())]);
    }
    let roots: Vec<X509> = entry
        .roots
        .iter()
        .filter_map(|r| STANDARD.decode(r).ok())
        .filter_map(|der| X509::from_der(&der).ok())
        .collect();
    if chains_to(&certificates[0], &certificates[1..], &roots) {
        None
    } else {
        refuse("error-not-genuine", vec![("maker", entry.description.clone())])
    }
}

/// The icons of these passkeys' models, by AAGUID, where the imported metadata has one.
pub async fn icons(
    app: &App,
    credentials: &[keybound_core::credential::Credential],
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let mut aaguids: Vec<String> = credentials.iter().filter_map(|c| c.aaguid.clone()).collect();
    aaguids.sort();
    aaguids.dedup();
    Ok(entries(app, &aaguids)
        .await?
        .into_iter()
        .filter_map(|e| Some((e.aaguid, e.icon?)))
        .collect())
}
