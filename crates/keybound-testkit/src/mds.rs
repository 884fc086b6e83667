//! FIDO metadata and attestation for tests: certificate authorities made on the spot, a
//! Metadata Service BLOB signed under a test root (as the FIDO Alliance signs the real one
//! under its own), and a software security key whose packed attestation is either full (a
//! certificate chain from a test CA) or self (signed with the credential's own key).

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ciborium::Value as Cbor;
use openssl::asn1::Asn1Time;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey};
use openssl::ecdsa::EcdsaSig;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::sha::sha256;
use openssl::x509::extension::BasicConstraints;
use openssl::x509::{X509Name, X509};
use serde_json::{json, Value};

fn p256() -> PKey<Private> {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).expect("P-256");
    PKey::from_ec_key(EcKey::generate(&group).expect("an EC key")).expect("a key")
}

fn name(common_name: &str) -> X509Name {
    let mut n = X509Name::builder().expect("a name");
    n.append_entry_by_text("C", "SE").expect("C");
    n.append_entry_by_text("O", "Keybound Tests").expect("O");
    n.append_entry_by_text("OU", "Authenticator Attestation")
        .expect("OU");
    n.append_entry_by_text("CN", common_name).expect("CN");
    n.build()
}

/// A certificate authority, or a leaf it issued: a key and its certificate.
pub struct Ca {
    pub key: PKey<Private>,
    pub cert: X509,
}

impl Ca {
    /// A self-signed root.
    pub fn root(common_name: &str) -> Self {
        let key = p256();
        let cert = certificate(&name(common_name), &key, None, true);
        Self { key, cert }
    }

    /// A certificate this CA issues: another CA, or a leaf.
    pub fn issue(&self, common_name: &str, is_ca: bool) -> Self {
        let key = p256();
        let cert = certificate(&name(common_name), &key, Some(self), is_ca);
        Self { key, cert }
    }

    pub fn der(&self) -> Vec<u8> {
        self.cert.to_der().expect("DER")
    }

    pub fn pem(&self) -> String {
        String::from_utf8(self.cert.to_pem().expect("PEM")).expect("PEM is text")
    }
}

fn certificate(subject: &X509Name, key: &PKey<Private>, issuer: Option<&Ca>, is_ca: bool) -> X509 {
    let mut b = X509::builder().expect("a certificate");
    b.set_version(2).expect("v3");
    let serial = BigNum::from_u32(rand::random::<u32>() >> 1)
        .and_then(|n| n.to_asn1_integer())
        .expect("a serial");
    b.set_serial_number(&serial).expect("serial");
    b.set_subject_name(subject).expect("subject");
    b.set_issuer_name(issuer.map_or(subject, |i| i.cert.subject_name()))
        .expect("issuer");
    b.set_pubkey(key).expect("key");
    b.set_not_before(&Asn1Time::days_from_now(0).expect("now"))
        .expect("not before");
    b.set_not_after(&Asn1Time::days_from_now(3650).expect("later"))
        .expect("not after");
    let constraints = if is_ca {
        BasicConstraints::new().critical().ca().build()
    } else {
        BasicConstraints::new().critical().build()
    };
    b.append_extension(constraints.expect("constraints"))
        .expect("extension");
    b.sign(issuer.map_or(key, |i| &i.key), MessageDigest::sha256())
        .expect("signed");
    b.build()
}

/// One model in a BLOB, as the FIDO Metadata Service lists it.
pub fn entry(aaguid: &str, description: &str, roots: &[&[u8]], status: &str) -> Value {
    json!({
        "aaguid": aaguid,
        "metadataStatement": {
            "description": description,
            "aaguid": aaguid,
            "icon": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=",
            "attestationRootCertificates": roots.iter().map(|r| STANDARD.encode(r)).collect::<Vec<_>>(),
        },
        "statusReports": [{"status": status, "effectiveDate": "2024-01-01"}],
        "timeOfLastStatusChange": "2024-01-01",
    })
}

/// A BLOB numbered `number` listing `entries`, signed (ES256) by `signer`, whose certificate
/// and `chain` go in the header as the real BLOB's do.
pub fn blob(signer: &Ca, chain: &[&X509], number: i64, entries: Vec<Value>) -> String {
    let x5c: Vec<String> = std::iter::once(&signer.cert)
        .chain(chain.iter().copied())
        .map(|c| STANDARD.encode(c.to_der().expect("DER")))
        .collect();
    let header = json!({"alg": "ES256", "typ": "JWT", "x5c": x5c});
    let payload = json!({
        "legalHeader": "Test metadata, not the FIDO Alliance's.",
        "no": number,
        "nextUpdate": "2099-01-01",
        "entries": entries,
    });
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    let ec = signer.key.ec_key().expect("an EC signer");
    let sig = EcdsaSig::sign(&sha256(signed.as_bytes()), &ec).expect("signed");
    let mut raw = sig.r().to_vec_padded(32).expect("r");
    raw.extend(sig.s().to_vec_padded(32).expect("s"));
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(raw))
}

/// How a [`SecurityKey`] attests its new credentials (packed format).
pub enum Attestation {
    /// Signed with the credential's own key: proves nothing about the model.
    SelfSigned,
    /// Signed by an attestation certificate, sent with the chain above it (root excluded).
    Full { signer: Ca, chain: Vec<X509> },
}

/// A USB security key of model `aaguid` that attests as `attestation` says.
pub struct SecurityKey {
    pub aaguid: [u8; 16],
    pub attestation: Attestation,
}

impl SecurityKey {
    /// Answers `navigator.credentials.create()` (`options`: the `publicKey` member) for a page
    /// of `origin`, in WebAuthn's JSON form.
    pub fn register(&self, origin: &str, options: &Value) -> Value {
        let rp_id = options["rp"]["id"].as_str().expect("rp.id");
        let credential = p256();
        let credential_id: Vec<u8> = (0..16).map(|_| rand::random::<u8>()).collect();
        let ec = credential.ec_key().expect("EC");
        let (mut x, mut y) = (BigNum::new().expect("x"), BigNum::new().expect("y"));
        let mut ctx = BigNumContext::new().expect("ctx");
        ec.public_key()
            .affine_coordinates(ec.group(), &mut x, &mut y, &mut ctx)
            .expect("coordinates");
        let cose_key = Cbor::Map(vec![
            (Cbor::from(1), Cbor::from(2)),
            (Cbor::from(3), Cbor::from(-7)),
            (Cbor::from(-1), Cbor::from(1)),
            (Cbor::from(-2), Cbor::Bytes(x.to_vec_padded(32).expect("x"))),
            (Cbor::from(-3), Cbor::Bytes(y.to_vec_padded(32).expect("y"))),
        ]);
        let mut auth_data = sha256(rp_id.as_bytes()).to_vec();
        auth_data.push(0x01 | 0x04 | 0x40); // user present, verified, attested credential data
        auth_data.extend_from_slice(&0u32.to_be_bytes());
        auth_data.extend_from_slice(&self.aaguid);
        auth_data.extend_from_slice(&(credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&credential_id);
        ciborium::into_writer(&cose_key, &mut auth_data).expect("COSE key");
        let client_data = serde_json::to_vec(&json!({
            "type": "webauthn.create",
            "challenge": options["challenge"],
            "origin": origin,
            "crossOrigin": false,
        }))
        .expect("client data");
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&sha256(&client_data));
        let (signing_key, x5c) = match &self.attestation {
            Attestation::SelfSigned => (ec, None),
            Attestation::Full { signer, chain } => (
                signer.key.ec_key().expect("EC"),
                Some(
                    std::iter::once(&signer.cert)
                        .chain(chain)
                        .map(|c| Cbor::Bytes(c.to_der().expect("DER")))
                        .collect::<Vec<_>>(),
                ),
            ),
        };
        let sig = EcdsaSig::sign(&sha256(&signed), &signing_key)
            .and_then(|s| s.to_der())
            .expect("signature");
        let mut statement = vec![
            (Cbor::from("alg"), Cbor::from(-7)),
            (Cbor::from("sig"), Cbor::Bytes(sig)),
        ];
        if let Some(x5c) = x5c {
            statement.push((Cbor::from("x5c"), Cbor::Array(x5c)));
        }
        let object = Cbor::Map(vec![
            (Cbor::from("fmt"), Cbor::from("packed")),
            (Cbor::from("attStmt"), Cbor::Map(statement)),
            (Cbor::from("authData"), Cbor::Bytes(auth_data)),
        ]);
        let mut attestation_object = Vec::new();
        ciborium::into_writer(&object, &mut attestation_object).expect("CBOR");
        json!({
            "id": URL_SAFE_NO_PAD.encode(&credential_id),
            "rawId": URL_SAFE_NO_PAD.encode(&credential_id),
            "type": "public-key",
            "authenticatorAttachment": "cross-platform",
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "attestationObject": URL_SAFE_NO_PAD.encode(&attestation_object),
                "transports": ["usb"],
            },
            "clientExtensionResults": {},
        })
    }
}
