//! `keybound check` against real services: it passes on a working setup and fails, naming
//! the broken part, for each dependency that cannot work.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{envs, free_port, Env, SmtpSink};
use serde_json::Value;

/// Runs `keybound check --json` with these variables; whether it passed and each check by name.
fn check(env: &Env, vars: &[(&str, String)]) -> (bool, Value) {
    let out = env
        .command(&["check", "--json"])
        .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(
        report["ok"],
        out.status.success(),
        "the exit status says the same: {report}"
    );
    let by_name = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap().to_owned(), c.clone()))
        .collect::<serde_json::Map<_, _>>();
    (out.status.success(), Value::Object(by_name))
}

fn failed(checks: &Value) -> Vec<String> {
    checks
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, c)| c["ok"] == false)
        .map(|(name, _)| name.clone())
        .collect()
}

fn sqlite() -> Env {
    Env::empty()
}

#[test]
fn a_working_setup_passes_on_every_database() {
    for env in envs() {
        let (ok, checks) = check(&env, &[]);
        assert!(ok, "{checks}");
        env.run(&["realm", "list"]);
        let (ok, checks) = check(&env, &[]);
        assert!(ok, "{checks}");
        assert_eq!(
            checks["database"]["detail"], "reachable; schema up to date",
            "{checks}"
        );
        if env.database_url.is_some() {
            let clock = checks["clock"]["detail"].as_str().unwrap();
            assert!(clock.contains("database server's clock is within"), "{clock}");
        }
    }
}

#[test]
fn each_broken_dependency_fails_the_check_by_name() {
    let env = sqlite();
    let closed = free_port().to_string();
    let cases: Vec<(&str, Vec<(&str, String)>)> = vec![
        (
            "database",
            vec![(
                "DATABASE_URL",
                format!("postgres://keybound@127.0.0.1:{closed}/keybound"),
            )],
        ),
        (
            "smtp",
            vec![
                ("KEYBOUND_SMTP_HOST", "127.0.0.1".into()),
                ("KEYBOUND_SMTP_PORT", closed.clone()),
                ("KEYBOUND_SMTP_SECURITY", "none".into()),
            ],
        ),
        (
            "ldap",
            vec![
                ("KEYBOUND_LDAP_URL", format!("ldap://127.0.0.1:{closed}")),
                ("KEYBOUND_LDAP_BASE_DN", "dc=example,dc=com".into()),
            ],
        ),
        (
            "public_url",
            vec![
                ("KEYBOUND_LISTEN", "127.0.0.1:8080".into()),
                ("KEYBOUND_PUBLIC_URL", "http://localhost:9999".into()),
            ],
        ),
        (
            "public_url",
            vec![("KEYBOUND_PUBLIC_URL", "http://login.example.com".into())],
        ),
        ("configuration", vec![("KEYBOUND_SMTP_SECURITY", "ssl".into())]),
    ];
    for (broken, vars) in cases {
        let (ok, checks) = check(&env, &vars);
        assert!(!ok, "{broken}: {checks}");
        assert_eq!(failed(&checks), [broken], "{checks}");
        assert!(!checks[broken]["detail"].as_str().unwrap().is_empty());
    }
    // Behind a proxy on another host, over https, the public URL is fine.
    let (ok, checks) = check(
        &env,
        &[("KEYBOUND_PUBLIC_URL", "https://login.example.com".into())],
    );
    assert!(ok, "{checks}");
}

#[test]
fn a_reachable_smtp_server_passes() {
    let Some(sink) = SmtpSink::start() else { return };
    let (ok, checks) = check(&sqlite(), &sink.env());
    assert!(ok, "{checks}");
    assert!(
        checks["smtp"]["detail"].as_str().unwrap().ends_with("answers"),
        "{checks}"
    );
}
