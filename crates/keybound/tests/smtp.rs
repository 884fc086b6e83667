//! Email through a real SMTP server (aiosmtpd): the test command, an enrolment email whose
//! link binds a passkey, retries ending in FAILED_TO_SEND / INVITE_FAILED while the server is
//! down, and two replicas sending each message once.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{call, envs, free_port, realms, secret_of, start_with, wait_for, Env, SmtpSink};
use serde_json::{json, Value};

/// A running server pointed at `sink`'s port, with a token and the realm's API base.
struct Running {
    _server: common::Server,
    token: String,
    api: String,
    public_url: String,
}

fn run(env: &Env, port: u16, vars: &[(&str, String)]) -> Running {
    let token = secret_of(&env.run(&["token", "create", "--name", "smtp", "--scopes", "*"]));
    let realm = realms(env).remove(0);
    let public_url = format!("http://localhost:{port}");
    let server = start_with(env, port, &public_url, vars);
    let api = format!(
        "http://127.0.0.1:{port}/v1/tenants/{}/realms/{}",
        realm["tenant_id"].as_str().unwrap(),
        realm["id"].as_str().unwrap()
    );
    Running {
        _server: server,
        token,
        api,
        public_url,
    }
}

impl Running {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        call(method, &format!("{}{path}", self.api), &self.token, body)
    }

    /// An identity with an email address and an EMAIL binding job; returns (identity, job).
    fn emailed_job(&self, username: &str) -> (String, String) {
        let body = json!({"identity": {"display_name": format!("{username} Example"), "traits": {"type": "traits_v0",
            "username": username, "primary_email_address": format!("{username}@example.com")}}});
        let (status, identity) = self.call("POST", "/identities", Some(body));
        assert_eq!(status, 200, "{identity}");
        let id = identity["id"].as_str().unwrap().to_owned();
        let (_, configs) = self.call("GET", "/authenticator-configs", None);
        let config = match configs["authenticator_configs"][0]["id"].as_str() {
            Some(c) => c.to_owned(),
            None => {
                let body = json!({"authenticator_config": {"config": {"type": "hosted_web"}}});
                self.call("POST", "/authenticator-configs", Some(body)).1["id"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            }
        };
        let job = json!({"job": {"delivery_method": "EMAIL", "authenticator_config_id": config}});
        let (status, created) = self.call(
            "POST",
            &format!("/identities/{id}/credential-binding-jobs"),
            Some(job),
        );
        assert_eq!(status, 200, "{created}");
        (
            id,
            created["credential_binding_job"]["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        )
    }
}

#[test]
fn the_test_command_reports_the_servers_answer_or_its_error() {
    let Some(mut sink) = SmtpSink::start() else { return };
    let env = Env::sqlite();
    let out = env
        .command(&["email", "test", "--to", "ops@example.com"])
        .envs(sink.env())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("250"), "the server's answer is shown: {stdout}");
    let messages = wait_for(10, "the test message", || {
        Some(sink.messages()).filter(|m| !m.is_empty())
    });
    assert!(messages[0].contains("Subject: Keybound test message"));
    assert!(
        messages[0].contains("Acme Login") && messages[0].contains("<login@acme.example>"),
        "{}",
        messages[0]
    );

    sink.stop();
    let out = env
        .command(&["email", "test", "--to", "ops@example.com"])
        .envs(sink.env())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not send to ops@example.com"), "{stderr}");
}

#[test]
fn an_enrolment_email_goes_through_smtp_and_its_link_binds_a_passkey() {
    let Some(sink) = SmtpSink::start() else { return };
    let env = Env::sqlite();
    let kb = run(&env, free_port(), &sink.env());
    let (identity, job) = kb.emailed_job("mia");
    let message = wait_for(15, "the enrolment email", || {
        sink.messages()
            .into_iter()
            .find(|m| m.contains("mia@example.com"))
    });
    assert!(message.contains("Subject: Set up your passkey"), "{message}");
    let link = message
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        .find(|w| w.contains(":invokeAuthenticator?token="))
        .unwrap()
        .to_owned();
    let token = link.split("token=").nth(1).unwrap();
    let (_, emails) = kb.call("GET", "/emails", None);
    assert_eq!(emails["emails"][0]["status"], "SENT", "{emails}");

    let base = kb.api.split("/v1/").next().unwrap().to_owned();
    let post = |path: &str, body: Value| -> (u16, Value) {
        match ureq::post(&format!("{base}{path}")).send_json(body) {
            Ok(r) | Err(ureq::Error::Status(_, r)) => (r.status(), r.into_json().unwrap_or_default()),
            Err(e) => panic!("{e}"),
        }
    };
    let (status, begun) = post("/bind/begin", json!({"link": {"job_id": job, "token": token}}));
    assert_eq!(status, 200, "{begun}");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let answer = rt
        .block_on(keybound_testkit::SoftPasskey::new().register(&kb.public_url, &begun["public_key"]))
        .unwrap();
    let (status, done) = post(
        "/bind/finish",
        json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
    );
    assert_eq!(status, 200, "{done}");
    let (_, person) = kb.call("GET", &format!("/identities/{identity}"), None);
    assert_eq!(person["enrollment_status"], "ENROLLED");
}

#[test]
fn with_the_smtp_server_down_the_job_ends_failed_to_send_after_the_configured_attempts() {
    let Some(mut sink) = SmtpSink::start() else { return };
    sink.stop();
    let env = Env::sqlite();
    let mut vars = sink.env();
    vars.push(("KEYBOUND_EMAIL_MAX_ATTEMPTS", "2".into()));
    vars.push(("KEYBOUND_EMAIL_RETRY_BASE_SECONDS", "1".into()));
    let kb = run(&env, free_port(), &vars);
    let (identity, job) = kb.emailed_job("noe");
    let state = wait_for(20, "FAILED_TO_SEND", || {
        let (_, j) = kb.call(
            "GET",
            &format!("/identities/{identity}/credential-binding-jobs/{job}"),
            None,
        );
        Some(j).filter(|j| j["state"] == "FAILED_TO_SEND")
    });
    assert_eq!(state["state"], "FAILED_TO_SEND");
    let (_, person) = kb.call("GET", &format!("/identities/{identity}"), None);
    assert_eq!(person["enrollment_status"], "INVITE_FAILED");
    let (_, emails) = kb.call("GET", "/emails", None);
    let email = &emails["emails"][0];
    assert_eq!(
        (email["status"].as_str(), email["attempts"].as_i64()),
        (Some("FAILED"), Some(2)),
        "{emails}"
    );
    assert!(
        email["last_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{emails}"
    );
    assert!(sink.messages().is_empty());
}

#[test]
fn two_replicas_on_one_postgresql_send_each_message_once() {
    let Some(sink) = SmtpSink::start() else { return };
    let Some(pg) = envs().into_iter().find(|e| e.database_url.is_some()) else {
        eprintln!("no PostgreSQL configured; skipping the replica email test");
        return;
    };
    let a = run(&pg, free_port(), &sink.env());
    let port_b = free_port();
    let _b = start_with(&pg, port_b, &a.public_url, &sink.env());
    for i in 0..12 {
        a.emailed_job(&format!("user{i}"));
    }
    wait_for(30, "every email sent", || {
        let (_, emails) = a.call("GET", "/emails?page_size=50", None);
        let list = emails["emails"].as_array().cloned().unwrap_or_default();
        Some(()).filter(|_| list.len() == 12 && list.iter().all(|e| e["status"] == "SENT"))
    });
    // Both workers ran over the same outbox; each message arrived exactly once.
    std::thread::sleep(std::time::Duration::from_secs(2));
    let messages = sink.messages();
    assert_eq!(messages.len(), 12, "{} messages", messages.len());
    for i in 0..12 {
        let to = format!("user{i}@example.com");
        assert_eq!(messages.iter().filter(|m| m.contains(&to)).count(), 1, "{to}");
    }
}
