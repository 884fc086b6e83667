//! The real binary, as an operator uses it: `token create` and `realm list` on the configured
//! database (also while the server runs), `serve` answering the seeds' curl requests, and a
//! graceful stop on SIGTERM. On SQLite, and on PostgreSQL when configured.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use serde_json::{json, Value};
use std::net::TcpListener;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_keybound");

struct Env {
    dir: tempfile::TempDir,
    database_url: Option<String>,
}

impl Env {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("KEYBOUND_DATA_DIR", self.dir.path().join("data"))
            .env("RUST_LOG", "warn");
        if let Some(url) = &self.database_url {
            cmd.env("DATABASE_URL", url);
        }
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self.command(args).output().unwrap();
        assert!(
            out.status.success(),
            "keybound {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

fn envs() -> Vec<Env> {
    let mut out = vec![Env {
        dir: tempfile::tempdir().unwrap(),
        database_url: None,
    }];
    if let Some(admin) = keybound_store::testing::postgres_url() {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let url = rt.block_on(keybound_store::testing::fresh_postgres_database(&admin));
        out.push(Env {
            dir: tempfile::tempdir().unwrap(),
            database_url: Some(url),
        });
    }
    out
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(env: &Env, port: u16) -> Server {
    let child = env
        .command(&["serve"])
        .env("KEYBOUND_LISTEN", format!("127.0.0.1:{port}"))
        .env("KEYBOUND_PUBLIC_URL", format!("http://localhost:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let server = Server(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    while ureq::get(&format!("http://127.0.0.1:{port}/readyz"))
        .call()
        .is_err()
    {
        assert!(Instant::now() < deadline, "server did not become ready");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// Status and JSON body of a request, whatever the status.
fn call(method: &str, url: &str, token: &str, body: Option<Value>) -> (u16, Value) {
    let req = ureq::request(method, url).set("Authorization", &format!("Bearer {token}"));
    let result = match body {
        Some(b) => req
            .set("Content-Type", "application/json")
            .send_string(&b.to_string()),
        None => req.call(),
    };
    let res = match result {
        Ok(res) | Err(ureq::Error::Status(_, res)) => res,
        Err(e) => panic!("{method} {url}: {e}"),
    };
    let status = res.status();
    (status, res.into_json().unwrap_or(Value::Null))
}

fn secret_of(out: &Output) -> String {
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    stdout.lines().last().unwrap().trim().to_owned()
}

fn realms(env: &Env) -> Vec<Value> {
    serde_json::from_slice::<Vec<Value>>(&env.run(&["realm", "list", "--json"]).stdout).unwrap()
}

#[test]
fn operator_creates_a_token_and_uses_the_api_of_a_running_server() {
    for env in envs() {
        let label = if env.database_url.is_some() {
            "postgres"
        } else {
            "sqlite"
        };
        let listed = realms(&env);
        assert_eq!(listed.len(), 1, "{label}");
        assert_eq!(listed[0]["display_name"], "Default");
        let (tenant, realm) = (
            listed[0]["tenant_id"].as_str().unwrap(),
            listed[0]["id"].as_str().unwrap(),
        );
        assert_eq!(realms(&env), listed, "{label}: the tenant is created once");

        let port = free_port();
        let server = start(&env, port);
        // Tokens can be made while the server runs, on the same database.
        let token = secret_of(&env.run(&[
            "token",
            "create",
            "--name",
            "seed-examples",
            "--scopes",
            "identities:*",
            "--expires-in",
            "30d",
        ]));
        let base = format!("http://localhost:{port}/v1/tenants/{tenant}/realms/{realm}");

        let body = json!({"identity": {"display_name": "Test Identity", "traits": {"type": "traits_v0",
            "username": "test", "primary_email_address": "test@example.com"}}});
        let (status, identity) = call("POST", &format!("{base}/identities"), &token, Some(body));
        assert_eq!(status, 200, "{label}: {identity}");
        let (status, list) = call(
            "GET",
            &format!("{base}/identities?filter=traits.username%20eq%20%22TEST%22"),
            &token,
            None,
        );
        assert_eq!(
            (status, &list["identities"][0]["id"]),
            (200, &identity["id"]),
            "{label}"
        );
        let (status, _) = call("GET", &format!("{base}/groups"), &token, None);
        assert_eq!(status, 403, "{label}: identities:* does not cover groups");
        let (status, _) = call(
            "GET",
            &format!("{base}/identities"),
            "kb_0000000000000000_nope",
            None,
        );
        assert_eq!(status, 401);

        // SIGTERM: the server stops cleanly.
        let pid = server.0.id().to_string();
        let mut server = server;
        assert!(Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let deadline = Instant::now() + Duration::from_secs(15);
        let status = loop {
            if let Some(status) = server.0.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "{label}: server ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(status.success(), "{label}: exit after SIGTERM: {status:?}");
    }
}

#[test]
fn bad_command_lines_fail_with_a_message() {
    let env = Env {
        dir: tempfile::tempdir().unwrap(),
        database_url: None,
    };
    for args in [
        vec!["token", "create", "--name", "x", "--scopes", "users:read"],
        vec![
            "token",
            "create",
            "--name",
            "x",
            "--scopes",
            "*",
            "--expires-in",
            "soon",
        ],
        vec!["token", "create", "--name", "x"],
        vec!["--config", "/nonexistent.toml", "realm", "list"],
    ] {
        let out = env.command(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(!out.stderr.is_empty(), "{args:?} should say why");
    }
    let help = env.command(&["token", "create", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("--scopes"));
}
