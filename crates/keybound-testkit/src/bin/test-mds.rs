//! FIDO metadata for the browser tests: `test-mds DIR NUMBER [AAGUID DESCRIPTION ROOT_DER_BASE64]...`
//! writes `DIR/blob-NUMBER.jwt`, a Metadata Service BLOB listing those models with those
//! attestation roots, signed under a test root whose certificate is `DIR/root.pem` (made on
//! the first call, reused after), and prints the BLOB's path.

use base64::Engine;
use keybound_testkit::mds::{blob, entry, Ca};
use openssl::pkey::PKey;
use openssl::x509::X509;
use std::path::Path;

fn root(dir: &Path) -> Result<Ca, String> {
    let (key_file, cert_file) = (dir.join("root-key.pem"), dir.join("root.pem"));
    if let (Ok(key), Ok(cert)) = (std::fs::read(&key_file), std::fs::read(&cert_file)) {
        return Ok(Ca {
            key: PKey::private_key_from_pem(&key).map_err(|e| e.to_string())?,
            cert: X509::from_pem(&cert).map_err(|e| e.to_string())?,
        });
    }
    let ca = Ca::root("Test FIDO Root");
    let key = ca.key.private_key_to_pem_pkcs8().map_err(|e| e.to_string())?;
    std::fs::write(&key_file, key).map_err(|e| e.to_string())?;
    std::fs::write(&cert_file, ca.pem()).map_err(|e| e.to_string())?;
    Ok(ca)
}

fn run() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, number, models @ ..] = args.as_slice() else {
        return Err("usage: test-mds DIR NUMBER [AAGUID DESCRIPTION ROOT_DER_BASE64]...".into());
    };
    if models.len() % 3 != 0 {
        return Err("each model is three arguments: AAGUID DESCRIPTION ROOT_DER_BASE64".into());
    }
    let dir = Path::new(dir);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let number: i64 = number.parse().map_err(|_| "NUMBER is a number")?;
    let entries = models
        .chunks(3)
        .map(|m| {
            let der = base64::engine::general_purpose::STANDARD
                .decode(&m[2])
                .map_err(|_| "ROOT_DER_BASE64 is not base64")?;
            Ok(entry(&m[0], &m[1], &[&der], "FIDO_CERTIFIED_L1"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let signer = root(dir)?.issue("Test Metadata Service", false);
    let file = dir.join(format!("blob-{number}.jwt"));
    std::fs::write(&file, blob(&signer, &[], number, entries)).map_err(|e| e.to_string())?;
    Ok(file.display().to_string())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(path) => {
            println!("{path}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("test-mds: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
