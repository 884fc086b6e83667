//! The real binary, as an operator uses it: `token create` and `realm list` on the configured
//! database (also while the server runs), `serve` answering the README's curl requests, and a
//! graceful stop on SIGTERM. On SQLite, and on PostgreSQL when configured.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{call, envs, free_port, realms, secret_of, start, Env};
use serde_json::json;
use std::process::Command;
use std::time::{Duration, Instant};

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
    let env = Env::empty();
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

#[test]
fn login_code_create_prints_a_link_that_works() {
    let env = Env::sqlite();
    let token = secret_of(&env.run(&["token", "create", "--name", "lc", "--scopes", "*"]));
    let realm = realms(&env).remove(0);
    let port = free_port();
    let _server = start(&env, port);
    let base = format!(
        "http://localhost:{port}/v1/tenants/{}/realms/{}",
        realm["tenant_id"].as_str().unwrap(),
        realm["id"].as_str().unwrap()
    );
    let body = json!({"identity": {"display_name": "Cli Person", "traits": {"type": "traits_v0", "username": "cli.person"}}});
    assert_eq!(
        call("POST", &format!("{base}/identities"), &token, Some(body)).0,
        200
    );

    let out = env
        .command(&[
            "login-code",
            "create",
            "--username",
            "CLI.Person",
            "--expires",
            "15m",
        ])
        .env("KEYBOUND_PUBLIC_URL", format!("http://localhost:{port}"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let link = secret_of(&out);
    assert!(
        link.starts_with(&format!("http://localhost:{port}/lc/")),
        "{link}"
    );
    let page = ureq::get(&link).call().unwrap().into_string().unwrap();
    assert!(page.contains("Cli Person"));
    // Using it opens a session that records where it came from.
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    let used = match agent.post(&link.replace("localhost", "127.0.0.1")).call() {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(used.status(), 303);
    let cookie = used
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let me: serde_json::Value = ureq::get(&format!("http://127.0.0.1:{port}/account/me"))
        .set("Cookie", &cookie)
        .call()
        .unwrap()
        .into_json()
        .unwrap();
    assert_eq!(me["sessions"][0]["ip"], "127.0.0.1", "{me}");
    let bad = env
        .command(&["login-code", "create", "--username", "nobody"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
}

#[test]
fn signup_token_commands_create_list_and_revoke_links() {
    let env = Env::sqlite();
    let token = secret_of(&env.run(&["token", "create", "--name", "st", "--scopes", "*"]));
    let realm = realms(&env).remove(0);
    let port = free_port();
    let _server = start(&env, port);
    let base = format!(
        "http://localhost:{port}/v1/tenants/{}/realms/{}",
        realm["tenant_id"].as_str().unwrap(),
        realm["id"].as_str().unwrap()
    );
    let (status, _) = call(
        "PATCH",
        &format!("{base}/settings"),
        &token,
        Some(json!({"settings": {"signup_mode": "with_token"}})),
    );
    assert_eq!(status, 200);
    let (status, _) = call(
        "POST",
        &format!("{base}/groups"),
        &token,
        Some(json!({"group": {"display_name": "Volunteers"}})),
    );
    assert_eq!(status, 200);

    let out = env
        .command(&[
            "signup-token",
            "create",
            "--usage-limit",
            "10",
            "--expires",
            "2d",
            "--group",
            "Volunteers",
        ])
        .env("KEYBOUND_PUBLIC_URL", format!("http://localhost:{port}"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let link = secret_of(&out);
    assert!(
        link.starts_with(&format!("http://localhost:{port}/st/")),
        "{link}"
    );
    let page = ureq::get(&link).call().unwrap().into_string().unwrap();
    assert!(page.contains("Create your account"));

    let listed = String::from_utf8(env.run(&["signup-token", "list"]).stdout).unwrap();
    let id = listed
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    assert!(listed.contains("ACTIVE") && listed.contains("0 / 10"), "{listed}");
    let (_, api) = call("GET", &format!("{base}/signup-tokens/{id}"), &token, None);
    assert_eq!(api["usage_limit"], 10);
    assert_eq!(api["group_ids"].as_array().unwrap().len(), 1, "{api}");

    let revoked = env.run(&["signup-token", "revoke", &id]);
    assert!(String::from_utf8_lossy(&revoked.stdout).contains("Revoked"));
    assert_eq!(
        ureq::get(&link)
            .call()
            .unwrap_err()
            .into_response()
            .unwrap()
            .status(),
        410
    );
    let active = String::from_utf8(env.run(&["signup-token", "list"]).stdout).unwrap();
    assert_eq!(active.lines().count(), 1, "only the header: {active}");
    let all = String::from_utf8(env.run(&["signup-token", "list", "--all"]).stdout).unwrap();
    assert!(all.contains("REVOKED"), "{all}");

    for bad in [
        &["signup-token", "create", "--usage-limit", "101"][..],
        &["signup-token", "create", "--group", "Nobody"][..],
        &["signup-token", "revoke", "0000000000000000"][..],
    ] {
        let out = env.command(bad).output().unwrap();
        assert!(!out.status.success(), "{bad:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn serve_and_admin_link_print_a_one_time_console_link() {
    use std::io::BufRead;
    let env = Env::empty();
    let port = free_port();
    // While no administrator has a passkey, `serve` prints a link at start.
    let mut child = env
        .command(&["serve"])
        .env("KEYBOUND_LISTEN", format!("127.0.0.1:{port}"))
        .env("KEYBOUND_PUBLIC_URL", format!("http://localhost:{port}"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let printed = loop {
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("serve printed an admin link");
        if line.contains("/console/setup/") {
            break line;
        }
    };
    let _server = common::Server(child);
    assert!(
        printed.starts_with(&format!("http://localhost:{port}/console/setup/")),
        "{printed}"
    );
    let page = ureq::get(&printed).call().unwrap().into_string().unwrap();
    assert!(page.contains("Welcome, administrator") && page.contains("Create passkey"));

    let missing = env
        .command(&["admin", "link", "--username", "root"])
        .output()
        .unwrap();
    assert!(!missing.status.success(), "no user `root`: an error");
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("--create"),
        "it says how to make one"
    );
    let out = env.run(&["admin", "link", "--username", "root", "--create"]);
    let link = secret_of(&out);
    assert!(link.contains("/console/setup/"), "{link}");
    let page = ureq::get(&link.replace("8080", &port.to_string()))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(
        page.contains("(root)"),
        "the link is for root, who becomes an administrator when it is used"
    );
    let bad = env
        .command(&["admin", "link", "--username", "two words"])
        .output()
        .unwrap();
    assert!(!bad.status.success(), "a bad username is refused");
}

/// The server's log as it wrote it to stderr (a pipe here, not a terminal), after it stopped.
fn server_log(format: Option<&str>) -> String {
    let env = Env::empty();
    let mut vars = vec![("RUST_LOG", "info".to_owned())];
    if let Some(format) = format {
        vars.push(("KEYBOUND_LOG_FORMAT", format.to_owned()));
    }
    let port = free_port();
    let mut server = common::start_with(&env, port, &format!("http://localhost:{port}"), &vars);
    let answer = ureq::get(&format!("http://127.0.0.1:{port}/healthz"))
        .set("X-Request-Id", "probe-42")
        .call()
        .unwrap();
    assert_eq!(
        answer.header("x-request-id"),
        Some("probe-42"),
        "the request id comes back"
    );
    server.0.kill().unwrap();
    let mut log = String::new();
    std::io::Read::read_to_string(&mut server.0.stderr.take().unwrap(), &mut log).unwrap();
    log
}

#[test]
fn logs_are_plain_text_without_colours_off_a_terminal_or_one_json_object_a_line() {
    let plain = server_log(None);
    assert!(plain.contains("listening on"), "{plain}");
    assert!(!plain.contains('\u{1b}'), "no ANSI colours in a pipe: {plain:?}");
    let json = server_log(Some("json"));
    let lines: Vec<serde_json::Value> = json
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert!(
        lines.iter().any(|l| l["level"] == "INFO"
            && l["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("listening on"))),
        "{json}"
    );
    // One access line per request, with what an operator searches by.
    let access = lines
        .iter()
        .find(|l| l["target"] == "keybound::access" && l["fields"]["request_id"] == "probe-42")
        .unwrap_or_else(|| panic!("no access line: {json}"));
    let fields = &access["fields"];
    assert_eq!(
        (&fields["method"], &fields["route"], &fields["status"]),
        (&json!("GET"), &json!("/healthz"), &json!(200))
    );
    assert_eq!(fields["client"], "127.0.0.1");
    assert!(fields["latency_ms"].as_f64().is_some(), "{access}");
}

#[test]
fn metrics_have_a_listen_address_of_their_own_when_one_is_set() {
    let env = Env::sqlite();
    let (port, metrics_port) = (free_port(), free_port());
    let vars = [("KEYBOUND_METRICS_LISTEN", format!("127.0.0.1:{metrics_port}"))];
    let _server = common::start_with(&env, port, &format!("http://localhost:{port}"), &vars);
    ureq::get(&format!("http://127.0.0.1:{port}/healthz"))
        .call()
        .unwrap();
    let text = ureq::get(&format!("http://127.0.0.1:{metrics_port}/metrics"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(text.contains("keybound_build_info{version=\""), "{text}");
    assert!(text.contains("route=\"/healthz\""), "{text}");
    // The main address still asks for a token.
    match ureq::get(&format!("http://127.0.0.1:{port}/metrics")).call() {
        Err(ureq::Error::Status(status, _)) => assert_eq!(status, 401),
        other => panic!("expected 401, got {other:?}"),
    }
}

#[test]
fn changes_made_from_the_command_line_are_audited_with_the_system_as_actor() {
    for env in envs() {
        let token = secret_of(&env.run(&["token", "create", "--name", "auditor", "--scopes", "*"]));
        let created = env.run(&[
            "app",
            "create",
            "--name",
            "Wiki",
            "--redirect-uri",
            "https://wiki.example.com/callback",
            "--json",
        ]);
        assert!(
            created.status.success(),
            "{}",
            String::from_utf8_lossy(&created.stderr)
        );
        let app: serde_json::Value = serde_json::from_slice(&created.stdout).unwrap();
        let app_id = app["id"].as_str().unwrap();
        let deleted = env.run(&["app", "delete", app_id]);
        assert!(
            deleted.status.success(),
            "{}",
            String::from_utf8_lossy(&deleted.stderr)
        );
        let rotated = env.run(&["oidc", "rotate-key"]);
        assert!(
            rotated.status.success(),
            "{}",
            String::from_utf8_lossy(&rotated.stderr)
        );

        let realm = realms(&env).remove(0);
        let port = free_port();
        let _server = start(&env, port);
        let url = format!(
            "http://localhost:{port}/v1/tenants/{}/realms/{}/audit-events?page_size=100",
            realm["tenant_id"].as_str().unwrap(),
            realm["id"].as_str().unwrap()
        );
        let (status, listed) = call("GET", &url, &token, None);
        assert_eq!(status, 200, "{listed}");
        let events = listed["audit_events"].as_array().unwrap();
        let find = |action: &str| {
            events
                .iter()
                .find(|e| e["action"] == action)
                .unwrap_or_else(|| panic!("no {action} in {listed}"))
        };
        for action in [
            "api_token.created",
            "application.created",
            "application.deleted",
            "signing_key.rotated",
        ] {
            let event = find(action);
            assert_eq!(event["actor"]["type"], "system", "{event}");
        }
        assert_eq!(find("application.created")["target"]["id"], app_id);
        assert_eq!(find("application.deleted")["target"]["id"], app_id);
        assert_eq!(find("api_token.created")["target"]["type"], "api_token");

        // The same change through the REST API is the same event but for its actor.
        let tokens = format!(
            "http://localhost:{port}/v1/tenants/{}/api-tokens",
            realm["tenant_id"].as_str().unwrap()
        );
        let body = serde_json::json!({"api_token": {"name": "auditor", "scopes": ["*"]}});
        let (status, made) = call("POST", &tokens, &token, Some(body));
        assert_eq!(status, 200, "{made}");
        let (_, listed) = call("GET", &url, &token, None);
        let by_api = &listed["audit_events"][0];
        let by_cli = find("api_token.created");
        assert_eq!(by_api["action"], by_cli["action"]);
        assert_eq!(by_api["detail"], by_cli["detail"], "{by_api} {by_cli}");
        assert_eq!(by_api["actor"]["type"], "api_token");
    }
}

#[test]
fn commands_other_than_serve_never_create_a_database() {
    let env = Env::empty();
    let out = env.command(&["realm", "list"]).output().unwrap();
    assert!(!out.status.success(), "no database here: an error");
    let said = String::from_utf8_lossy(&out.stderr);
    let place = env.dir.path().join("data").join("keybound.db");
    assert!(
        said.contains(&place.display().to_string()),
        "it names where it looked: {said}"
    );
    assert!(!env.dir.path().join("data").exists(), "and makes nothing there");
    for command in [
        &["token", "create", "--name", "x", "--scopes", "*"][..],
        &["admin", "link", "--username", "admin", "--create"][..],
        &["signup-token", "list"][..],
    ] {
        let out = env.command(command).output().unwrap();
        assert!(!out.status.success(), "{command:?}");
    }
    assert!(!env.dir.path().join("data").exists());

    let made = env.run(&["migrate"]);
    assert!(String::from_utf8_lossy(&made.stdout).contains("ready"));
    env.run(&["realm", "list"]);
}

#[test]
fn app_create_chooses_how_the_application_authenticates_and_a_wrong_method_is_named() {
    for env in envs() {
        let created = env.run(&[
            "app",
            "create",
            "--name",
            "Cron job",
            "--redirect-uri",
            "https://cron.example.com/cb",
            "--auth-method",
            "client_secret_post",
            "--grant-type",
            "client_credentials",
            "--json",
        ]);
        let created: serde_json::Value = serde_json::from_slice(&created.stdout).unwrap();
        let (client_id, secret) = (
            created["client_id"].as_str().unwrap().to_owned(),
            created["client_secret"].as_str().unwrap().to_owned(),
        );
        let realm = realms(&env)[0]["id"].as_str().unwrap().to_owned();
        let refused = env
            .command(&[
                "app",
                "create",
                "--name",
                "X",
                "--redirect-uri",
                "https://x.example.com/cb",
                "--public",
                "--auth-method",
                "client_secret_basic",
            ])
            .output()
            .unwrap();
        assert!(!refused.status.success());

        let port = free_port();
        let _server = start(&env, port);
        let token_uri = format!("http://localhost:{port}/realms/{realm}/token");
        let post = |basic: bool| {
            let mut req = ureq::post(&token_uri);
            let mut form = vec![("grant_type", "client_credentials")];
            if basic {
                use base64::Engine;
                let pair = base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}"));
                req = req.set("authorization", &format!("Basic {pair}"));
            } else {
                form.extend([
                    ("client_id", client_id.as_str()),
                    ("client_secret", secret.as_str()),
                ]);
            }
            match req.send_form(&form) {
                Ok(r) => (r.status(), r.into_json::<serde_json::Value>().unwrap()),
                Err(ureq::Error::Status(code, r)) => (code, r.into_json::<serde_json::Value>().unwrap()),
                Err(e) => panic!("{e}"),
            }
        };
        let (status, ok) = post(false);
        assert_eq!(status, 200, "{ok}");
        let (status, wrong) = post(true);
        assert_eq!((status, wrong["error"].as_str()), (401, Some("invalid_client")));
        let why = wrong["error_description"].as_str().unwrap();
        assert!(why.contains("client_secret_post"), "{why}");
    }
}

#[test]
fn admin_grant_gives_a_role_limited_to_groups_and_admin_revoke_takes_it() {
    for env in envs() {
        let token = secret_of(&env.run(&["token", "create", "--name", "setup", "--scopes", "*"]));
        let realm = realms(&env).remove(0);
        let port = free_port();
        let _server = start(&env, port);
        let base = format!(
            "http://localhost:{port}/v1/tenants/{}/realms/{}",
            realm["tenant_id"].as_str().unwrap(),
            realm["id"].as_str().unwrap()
        );
        let body = serde_json::json!({"group": {"display_name": "Sales"}});
        let (status, sales) = call("POST", &format!("{base}/groups"), &token, Some(body));
        assert_eq!(status, 200, "{sales}");
        let body = serde_json::json!({"identity": {"display_name": "Pat", "traits": {"type": "traits_v0", "username": "pat"}}});
        let (status, pat) = call("POST", &format!("{base}/identities"), &token, Some(body));
        assert_eq!(status, 200, "{pat}");
        let pat_url = format!("{base}/identities/{}", pat["id"].as_str().unwrap());

        let granted = env.run(&[
            "admin",
            "grant",
            "--username",
            "pat",
            "--role",
            "helpdesk",
            "--group",
            "Sales",
        ]);
        assert!(
            granted.status.success(),
            "{}",
            String::from_utf8_lossy(&granted.stderr)
        );
        assert!(String::from_utf8_lossy(&granted.stdout).contains("pat now has the role helpdesk"));
        let (_, seen) = call("GET", &pat_url, &token, None);
        assert_eq!(seen["role"], "helpdesk");
        assert_eq!(seen["role_group_ids"], serde_json::json!([sales["id"]]));

        let wrong = env
            .command(&["admin", "grant", "--username", "pat", "--role", "overlord"])
            .output()
            .unwrap();
        assert!(!wrong.status.success());
        assert!(
            String::from_utf8_lossy(&wrong.stderr).contains("user_manager"),
            "it names the roles"
        );
        let (_, seen) = call("GET", &pat_url, &token, None);
        assert_eq!(seen["role"], "helpdesk", "a refused grant changes nothing");

        let revoked = env.run(&["admin", "revoke", "--username", "pat"]);
        assert!(
            revoked.status.success(),
            "{}",
            String::from_utf8_lossy(&revoked.stderr)
        );
        let (_, seen) = call("GET", &pat_url, &token, None);
        assert_eq!(seen["role"], serde_json::Value::Null);
        let (_, events) = call("GET", &format!("{base}/audit-events?page_size=50"), &token, None);
        let by_system: Vec<&str> = events["audit_events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["actor"]["type"] == "system")
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert!(
            by_system.contains(&"role.granted") && by_system.contains(&"role.revoked"),
            "{by_system:?}"
        );
    }
}
