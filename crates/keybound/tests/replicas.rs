//! Two `keybound serve` processes on one PostgreSQL database, as behind a load balancer with
//! no sticky sessions: a ceremony begun on one finishes on the other, and only once.
//! PostgreSQL only (SQLite is one process's file); required under CI=true.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{call, free_port, realms, secret_of, start_as, Env};
use serde_json::json;

fn post(url: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    match ureq::post(url).send_json(body) {
        Ok(res) | Err(ureq::Error::Status(_, res)) => (res.status(), res.into_json().unwrap_or_default()),
        Err(e) => panic!("POST {url}: {e}"),
    }
}

#[test]
fn a_ceremony_begun_on_one_replica_finishes_on_the_other() {
    let Some(admin) = keybound_store::testing::postgres_url() else {
        eprintln!(
            "no PostgreSQL configured ({}); replicas need one",
            keybound_store::testing::POSTGRES_URL_VAR
        );
        return;
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let url = rt.block_on(keybound_store::testing::fresh_postgres_database(&admin));
    let env = Env::on(Some(url));
    env.run(&["migrate"]);
    let token = secret_of(&env.run(&["token", "create", "--name", "replicas", "--scopes", "*"]));
    let realm = realms(&env).remove(0);
    let (tenant, realm) = (
        realm["tenant_id"].as_str().unwrap().to_owned(),
        realm["id"].as_str().unwrap().to_owned(),
    );

    let (port_a, port_b) = (free_port(), free_port());
    let public_url = format!("http://localhost:{port_a}");
    let _a = start_as(&env, port_a, &public_url);
    let _b = start_as(&env, port_b, &public_url);
    let a = format!("http://127.0.0.1:{port_a}");
    let b = format!("http://127.0.0.1:{port_b}");
    let api = |host: &str| format!("{host}/v1/tenants/{tenant}/realms/{realm}");

    let body = json!({"identity": {"display_name": "Rep Lica", "traits": {"type": "traits_v0", "username": "replica"}}});
    let (status, identity) = call("POST", &format!("{}/identities", api(&a)), &token, Some(body));
    assert_eq!(status, 200, "{identity}");
    let identity_id = identity["id"].as_str().unwrap();
    let config = json!({"authenticator_config": {"config": {"type": "hosted_web"}}});
    let (_, config) = call(
        "POST",
        &format!("{}/authenticator-configs", api(&b)),
        &token,
        Some(config),
    );
    let job = json!({"job": {"delivery_method": "RETURN", "authenticator_config_id": config["id"]}});
    let (status, created) = call(
        "POST",
        &format!("{}/identities/{identity_id}/credential-binding-jobs", api(&a)),
        &token,
        Some(job),
    );
    assert_eq!(status, 200, "{created}");
    let link = created["credential_binding_link"].as_str().unwrap();
    let job_id = created["credential_binding_job"]["id"].as_str().unwrap();
    let token_param = link.split("token=").nth(1).unwrap();

    let (status, begun) = post(
        &format!("{a}/bind/begin"),
        json!({"link": {"job_id": job_id, "token": token_param}}),
    );
    assert_eq!(status, 200, "{begun}");
    let answer = rt
        .block_on(keybound_testkit::SoftPasskey::new().register(&public_url, &begun["public_key"]))
        .unwrap();
    let finish = json!({"ceremony_id": begun["ceremony_id"], "credential": answer});
    let (status, done) = post(&format!("{b}/bind/finish"), finish.clone());
    assert_eq!(status, 200, "finished on the other replica: {done}");
    let (status, _) = post(&format!("{a}/bind/finish"), finish);
    assert_eq!(status, 410, "and not again on the first");

    let (_, seen_by_a) = call(
        "GET",
        &format!("{}/identities/{identity_id}", api(&a)),
        &token,
        None,
    );
    assert_eq!(seen_by_a["enrollment_status"], "ENROLLED");
}
