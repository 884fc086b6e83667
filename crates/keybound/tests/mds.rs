//! `keybound mds import` and `show`, and `keybound check`'s line on the FIDO metadata, with the
//! real binary on both databases. The BLOBs are signed under a test root, which debug builds
//! take from KEYBOUND_TEST_MDS_ROOT instead of the FIDO Alliance's.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::envs;
use keybound_testkit::mds::{blob, entry, Ca};

#[test]
fn a_blob_signed_under_the_trusted_root_is_imported_and_a_tampered_one_refused() {
    let fido = Ca::root("Test FIDO Root");
    let signer = fido.issue("Test Metadata Service", false);
    let maker = Ca::root("Acme Keys Root");
    let text = blob(
        &signer,
        &[],
        42,
        vec![entry(
            "4b657962-6f75-6e64-2054-657374204b31",
            "Acme Key 5",
            &[&maker.der()],
            "FIDO_CERTIFIED",
        )],
    );
    for env in envs() {
        let root = env.dir.path().join("root.pem");
        std::fs::write(&root, fido.pem()).unwrap();
        let good = env.dir.path().join("blob.jwt");
        std::fs::write(&good, &text).unwrap();
        let mut tampered = text.clone().into_bytes();
        let at = text.find('.').unwrap() + 20;
        tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
        let bad = env.dir.path().join("tampered.jwt");
        std::fs::write(&bad, tampered).unwrap();
        let import = |file: &std::path::Path, test_root: bool| {
            let mut cmd = env.command(&["mds", "import", file.to_str().unwrap()]);
            if test_root {
                cmd.env("KEYBOUND_TEST_MDS_ROOT", &root);
            }
            cmd.output().unwrap()
        };

        let none = env.run(&["mds", "show"]);
        assert!(String::from_utf8_lossy(&none.stdout).contains("No FIDO metadata imported"));

        // Under the FIDO Alliance's own root, the test BLOB is not trusted.
        let out = import(&good, false);
        assert!(!out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("FIDO Alliance's root"),
            "{out:?}"
        );

        // A tampered BLOB is refused under the test root, and nothing is imported.
        let out = import(&bad, true);
        assert!(!out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stderr)
                .contains("not a FIDO Metadata Service BLOB Keybound can trust"),
            "{out:?}"
        );
        let out = env.run(&["mds", "show"]);
        assert!(String::from_utf8_lossy(&out.stdout).contains("No FIDO metadata imported"));

        let out = import(&good, true);
        assert!(out.status.success(), "{out:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("BLOB number 42: 1 authenticator models"),
            "{out:?}"
        );
        let out = env.run(&["mds", "show"]);
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("BLOB number 42"),
            "{out:?}"
        );

        let out = env.command(&["check", "--json"]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let line = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "fido_metadata")
            .cloned()
            .unwrap_or_default();
        assert_eq!(line["ok"], true, "{report}");
        assert!(
            line["detail"]
                .as_str()
                .unwrap()
                .contains("next update due 2099-01-01"),
            "{report}"
        );
    }
}
