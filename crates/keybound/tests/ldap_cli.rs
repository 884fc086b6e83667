//! `keybound ldap test` and `keybound ldap sync` against a real slapd, configured the way an
//! operator does it (KEYBOUND_LDAP_* variables), with and without a server running.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{envs, free_port, start_with};
use keybound_testkit::slapd::{self, Slapd, SUFFIX};

fn people() -> String {
    let mut ldif = String::new();
    for (uid, name) in [
        ("grace", "Grace Hopper"),
        ("alan", "Alan Turing"),
        ("edsger", "Edsger Dijkstra"),
    ] {
        let (given, family) = name.split_once(' ').unwrap();
        ldif.push_str(&format!(
            "dn: uid={uid},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {name}\n\
             givenName: {given}\nsn: {family}\nmail: {uid}@example.org\n\n"
        ));
    }
    ldif.push_str(&format!(
        "dn: cn=pioneers,ou=groups,{SUFFIX}\nobjectClass: groupOfNames\ncn: pioneers\n\
         member: uid=grace,ou=people,{SUFFIX}\nmember: uid=alan,ou=people,{SUFFIX}\n"
    ));
    ldif
}

fn ldap_vars(dir: &Slapd, password_file: &std::path::Path) -> Vec<(&'static str, String)> {
    vec![
        ("KEYBOUND_LDAP_URL", dir.url.clone()),
        ("KEYBOUND_LDAP_BIND_DN", slapd::READER_DN.into()),
        (
            "KEYBOUND_LDAP_BIND_PASSWORD_FILE",
            password_file.display().to_string(),
        ),
        ("KEYBOUND_LDAP_BASE_DN", SUFFIX.into()),
        ("KEYBOUND_LDAP_PAGE_SIZE", "2".into()),
    ]
}

#[test]
fn ldap_test_and_sync_from_the_command_line() {
    if !slapd::available() {
        assert!(
            std::env::var("CI").is_err(),
            "slapd is not installed: scripts/test installs it"
        );
        eprintln!("slapd is not installed; skipping");
        return;
    }
    for env in envs() {
        let dir = Slapd::start_with(&people()).unwrap();
        let password = env.dir.path().join("ldap-password");
        std::fs::write(&password, format!("{}\n", slapd::READER_PASSWORD)).unwrap();
        let vars = ldap_vars(&dir, &password);
        let run = |args: &[&str]| {
            let mut cmd = env.command(args);
            for (k, v) in &vars {
                cmd.env(k, v);
            }
            cmd.output().unwrap()
        };
        let text = |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).into_owned();

        let tested = run(&["ldap", "test"]);
        assert!(
            tested.status.success(),
            "{}",
            String::from_utf8_lossy(&tested.stderr)
        );
        assert!(
            text(&tested).contains("Connected: 3 people, 1 groups."),
            "{}",
            text(&tested)
        );
        assert!(text(&tested).contains("grace <grace@example.org> Grace Hopper"));

        let dry = run(&["ldap", "sync", "--dry-run", "--json"]);
        assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
        let report: serde_json::Value = serde_json::from_slice(&dry.stdout).unwrap();
        assert_eq!(report["created"], 3);
        assert_eq!(report["dry_run"], true);

        // For real, while a server runs on the same database.
        let port = free_port();
        let _server = start_with(&env, port, &format!("http://localhost:{port}"), &[]);
        let synced = run(&["ldap", "sync", "--json"]);
        assert!(
            synced.status.success(),
            "{}",
            String::from_utf8_lossy(&synced.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&synced.stdout).unwrap();
        for (key, n) in [
            ("created", 3),
            ("groups_created", 1),
            ("memberships_added", 2),
            ("suspended", 0),
        ] {
            assert_eq!(report[key], n, "{key}: {report}");
        }
        assert!(report["skipped"].as_array().unwrap().is_empty());
        assert!(report["duration_ms"].is_u64());
        let again = run(&["ldap", "sync"]);
        assert!(
            text(&again).contains("0 created, 0 updated"),
            "a second sync has nothing to do: {}",
            text(&again)
        );

        // A wrong password: non-zero, with the directory's answer.
        std::fs::write(&password, "wrong\n").unwrap();
        let refused = run(&["ldap", "sync"]);
        assert!(!refused.status.success());
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(said.contains("refused the bind"), "{said}");
    }
}
