//! Runs the real `keybound` binary: environments (SQLite or a fresh PostgreSQL database),
//! servers on free ports, and HTTP calls that return any status.
#![allow(dead_code, reason = "shared by several test crates, each using part of it")]

use serde_json::Value;
use std::net::TcpListener;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_keybound");

pub struct Env {
    pub dir: tempfile::TempDir,
    pub database_url: Option<String>,
}

impl Env {
    /// A folder with no database in it yet.
    pub fn empty() -> Self {
        Self::on(None)
    }

    /// A fresh installation on SQLite, its database made (`keybound migrate`).
    pub fn sqlite() -> Self {
        let env = Self::empty();
        env.run(&["migrate"]);
        env
    }

    /// An installation on the database at `url` (SQLite in the folder when None), not yet
    /// made.
    pub fn on(url: Option<String>) -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            database_url: url,
        }
    }

    pub fn command(&self, args: &[&str]) -> Command {
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

    pub fn run(&self, args: &[&str]) -> Output {
        let out = self.command(args).output().unwrap();
        assert!(
            out.status.success(),
            "keybound {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

/// A fresh installation on each backend (SQLite always, PostgreSQL when configured), its
/// database made.
pub fn envs() -> Vec<Env> {
    let mut out = vec![Env::sqlite()];
    if let Some(admin) = keybound_store::testing::postgres_url() {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let url = rt.block_on(keybound_store::testing::fresh_postgres_database(&admin));
        let env = Env::on(Some(url));
        env.run(&["migrate"]);
        out.push(env);
    }
    out
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Server(pub Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn start(env: &Env, port: u16) -> Server {
    start_as(env, port, &format!("http://localhost:{port}"))
}

/// A server on `port` that believes it is reached at `public_url` (as replicas behind one
/// load balancer do).
pub fn start_as(env: &Env, port: u16, public_url: &str) -> Server {
    start_with(env, port, public_url, &[])
}

/// `start_as` with extra environment variables.
pub fn start_with(env: &Env, port: u16, public_url: &str, vars: &[(&str, String)]) -> Server {
    let child = env
        .command(&["serve"])
        .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
        .env("KEYBOUND_LISTEN", format!("127.0.0.1:{port}"))
        .env("KEYBOUND_PUBLIC_URL", public_url)
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
pub fn call(method: &str, url: &str, token: &str, body: Option<Value>) -> (u16, Value) {
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

pub fn secret_of(out: &Output) -> String {
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    stdout.lines().last().unwrap().trim().to_owned()
}

pub fn realms(env: &Env) -> Vec<Value> {
    serde_json::from_slice::<Vec<Value>>(&env.run(&["realm", "list", "--json"]).stdout).unwrap()
}

/// A real SMTP server (Python's aiosmtpd) on a free loopback port, storing what it receives
/// in a maildir.
pub struct SmtpSink {
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: Option<Child>,
}

impl SmtpSink {
    /// Starts one, or `None` outside CI when aiosmtpd is not installed (`pip install aiosmtpd`).
    pub fn start() -> Option<Self> {
        let installed = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        if !installed {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "aiosmtpd must be installed in CI"
            );
            eprintln!("aiosmtpd is not installed; skipping an SMTP test");
            return None;
        }
        let mut sink = Self {
            port: free_port(),
            dir: tempfile::tempdir().unwrap(),
            child: None,
        };
        sink.restart();
        Some(sink)
    }

    pub fn restart(&mut self) {
        let child = Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(self.dir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "the SMTP sink did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, quoted-printable undone.
    pub fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.dir.path().join("mail").join(sub)) {
                for entry in entries.flatten() {
                    out.push(keybound_testkit::decode_quoted_printable(
                        &std::fs::read_to_string(entry.path()).unwrap(),
                    ));
                }
            }
        }
        out
    }

    /// The environment that points Keybound at this sink.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("KEYBOUND_SMTP_HOST", "127.0.0.1".into()),
            ("KEYBOUND_SMTP_PORT", self.port.to_string()),
            ("KEYBOUND_SMTP_SECURITY", "none".into()),
            ("KEYBOUND_SMTP_FROM", "Acme Login <login@acme.example>".into()),
        ]
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Polls `check` until it returns `Some`, for up to `seconds`.
pub fn wait_for<T>(seconds: u64, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}
