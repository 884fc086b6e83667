//! The FIDO Metadata Service (MDS3): what its BLOB says about each authenticator model, read
//! from the BLOB's payload once its signature has been checked. Only what Keybound uses is
//! kept: the model's name and icon, the roots its attestation certificates chain to, and its
//! latest status.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One authenticator model of the BLOB (FIDO2 models only: those with an AAGUID).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdsEntry {
    /// Lower-case, hyphenated.
    pub aaguid: String,
    /// The model's name (`metadataStatement.description`).
    pub description: String,
    /// Its icon, a `data:` URL, when the statement has one.
    pub icon: Option<String>,
    /// The trust anchors of its attestation certificates (DER, standard base64).
    pub roots: Vec<String>,
    /// The latest status report's status, like `FIDO_CERTIFIED_L1` or `REVOKED`.
    pub status: Option<String>,
}

impl MdsEntry {
    /// Why new passkeys of this model are refused, if its latest status says they must be: the
    /// catalogue message that says it.
    pub fn refusal(&self) -> Option<&'static str> {
        match self.status.as_deref()? {
            "REVOKED" => Some("error-mds-revoked"),
            "ATTESTATION_KEY_COMPROMISE" => Some("error-mds-attestation-compromised"),
            "USER_KEY_REMOTE_COMPROMISE" | "USER_KEY_PHYSICAL_COMPROMISE" => {
                Some("error-mds-keys-extractable")
            }
            "USER_VERIFICATION_BYPASS" => Some("error-mds-verification-bypass"),
            _ => None,
        }
    }
}

/// A BLOB's payload: its serial number, when the next one is due, and its models.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdsBlob {
    pub number: i64,
    /// `YYYY-MM-DD`, as the BLOB says.
    pub next_update: String,
    pub entries: Vec<MdsEntry>,
}

/// What is imported, as the console and `keybound check` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MdsSummary {
    pub number: i64,
    pub next_update: String,
    /// When it was imported (RFC 3339).
    pub imported: String,
    pub entries: i64,
}

/// Reads a BLOB's payload (JSON). Entries without an AAGUID (U2F and UAF models) are left out.
pub fn parse_payload(payload: &[u8]) -> Result<MdsBlob, String> {
    let doc: Value = serde_json::from_slice(payload).map_err(|e| format!("the payload is not JSON: {e}"))?;
    let number = doc["no"]
        .as_i64()
        .ok_or("the payload has no serial number (no)")?;
    let next_update = doc["nextUpdate"]
        .as_str()
        .ok_or("the payload has no nextUpdate")?
        .to_owned();
    let entries = doc["entries"]
        .as_array()
        .ok_or("the payload has no entries")?
        .iter()
        .filter_map(entry)
        .collect();
    Ok(MdsBlob {
        number,
        next_update,
        entries,
    })
}

fn entry(e: &Value) -> Option<MdsEntry> {
    let aaguid = e["aaguid"].as_str()?.to_ascii_lowercase();
    let statement = &e["metadataStatement"];
    let latest = e["statusReports"].as_array().and_then(|reports| {
        // The latest by effective date; of reports on the same day, the one listed last.
        reports
            .iter()
            .enumerate()
            .max_by_key(|(i, r)| (r["effectiveDate"].as_str().unwrap_or(""), *i))
            .and_then(|(_, r)| r["status"].as_str())
            .map(str::to_owned)
    });
    Some(MdsEntry {
        aaguid,
        description: statement["description"]
            .as_str()
            .unwrap_or("Unnamed authenticator")
            .to_owned(),
        icon: statement["icon"]
            .as_str()
            .filter(|i| i.starts_with("data:image/"))
            .map(str::to_owned),
        roots: statement["attestationRootCertificates"]
            .as_array()
            .map(|roots| {
                roots
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        status: latest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_fido2_models_with_their_latest_status() {
        let payload = json!({
            "no": 7, "nextUpdate": "2027-01-01", "legalHeader": "…",
            "entries": [
                {"aaguid": "CB69481E-8FF7-4039-93EC-0A2729A154A8",
                 "metadataStatement": {"description": "YubiKey 5", "icon": "data:image/png;base64,AA==",
                                       "attestationRootCertificates": ["MIIB"]},
                 "statusReports": [
                    {"status": "FIDO_CERTIFIED_L1", "effectiveDate": "2020-01-01"},
                    {"status": "REVOKED", "effectiveDate": "2024-05-01"},
                    {"status": "UPDATE_AVAILABLE", "effectiveDate": "2022-01-01"}]},
                {"attestationCertificateKeyIdentifiers": ["ab"], "metadataStatement": {"description": "U2F"}},
                {"aaguid": "00000000-0000-0000-0000-000000000001",
                 "metadataStatement": {"description": "Plain", "icon": "https://tracker.example/x.png"}}
            ]
        });
        let blob = parse_payload(payload.to_string().as_bytes()).unwrap();
        assert_eq!((blob.number, blob.next_update.as_str()), (7, "2027-01-01"));
        assert_eq!(blob.entries.len(), 2, "the U2F model has no AAGUID");
        let yubikey = &blob.entries[0];
        assert_eq!(yubikey.aaguid, "cb69481e-8ff7-4039-93ec-0a2729a154a8");
        assert_eq!(yubikey.status.as_deref(), Some("REVOKED"));
        assert!(yubikey.refusal().is_some());
        assert_eq!(yubikey.roots, ["MIIB"]);
        assert_eq!(blob.entries[1].icon, None, "only data: icons are kept");
        assert_eq!(blob.entries[1].refusal(), None);
    }

    #[test]
    fn a_payload_without_its_fields_is_refused() {
        assert!(parse_payload(b"not json").is_err());
        assert!(parse_payload(br#"{"nextUpdate": "2027-01-01", "entries": []}"#).is_err());
        assert!(parse_payload(br#"{"no": 1, "entries": []}"#).is_err());
        assert!(parse_payload(br#"{"no": 1, "nextUpdate": "2027-01-01"}"#).is_err());
    }
}
