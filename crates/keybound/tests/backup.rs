//! `keybound backup` copies the SQLite database while the server runs and writes go on;
//! `keybound restore` puts the copy in place of another installation's database, which then
//! serves everything the copy holds. On PostgreSQL the command says to use pg_dump.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod common;

use common::{call, envs, free_port, realms, secret_of, start, Env};
use serde_json::json;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

#[test]
fn a_backup_taken_under_writes_restores_to_a_working_server() {
    let env = Env::sqlite();
    let token = secret_of(&env.run(&["token", "create", "--name", "backup", "--scopes", "*"]));
    let realm = realms(&env).remove(0);
    let path = format!(
        "/v1/tenants/{}/realms/{}/identities",
        realm["tenant_id"].as_str().unwrap(),
        realm["id"].as_str().unwrap()
    );
    let port = free_port();
    let server = start(&env, port);
    let url = format!("http://127.0.0.1:{port}{path}");

    // Four writers create people until told to stop.
    let (writing, created) = (Arc::new(AtomicBool::new(true)), Arc::new(AtomicUsize::new(0)));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (writing, created, url, token) =
                (writing.clone(), created.clone(), url.clone(), token.clone());
            std::thread::spawn(move || {
                let mut n = 0;
                while writing.load(Ordering::Relaxed) {
                    let body = json!({"identity": {"display_name": "Person", "traits": {"type": "traits_v0",
                        "username": format!("w{w}-{n}")}}});
                    let (status, answer) = call("POST", &url, &token, Some(body));
                    assert_eq!(status, 200, "{answer}");
                    created.fetch_add(1, Ordering::Relaxed);
                    n += 1;
                }
            })
        })
        .collect();
    common::wait_for(30, "people created", || {
        (created.load(Ordering::Relaxed) >= 100).then_some(())
    });
    let before = created.load(Ordering::Relaxed);
    let copy = env.dir.path().join("copy.db");
    let out = env.run(&["backup", "--to", copy.to_str().unwrap()]);
    let after = created.load(Ordering::Relaxed);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Backed up"));
    // Writes went on while the copy was taken, and go on after it.
    common::wait_for(30, "more people created", || {
        (created.load(Ordering::Relaxed) >= after + 50).then_some(())
    });
    writing.store(false, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    drop(server);
    let refused = env
        .command(&["backup", "--to", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!refused.status.success(), "an existing file is not overwritten");

    // Another installation, restored from the copy, serves what the copy holds.
    let restored = Env::empty();
    let out = restored.run(&["restore", "--from", copy.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Restored"));
    let port = free_port();
    let _server = start(&restored, port);
    let (status, list) = call("GET", &format!("http://127.0.0.1:{port}{path}"), &token, None);
    assert_eq!(status, 200, "the copy's API token works: {list}");
    let total = list["total_size"].as_u64().unwrap() as usize;
    // Each writer may have had one more person written, not yet answered, when it was taken.
    assert!(
        (before..=after + 4).contains(&total),
        "the copy holds the {before} to {after} (+4) people created when it was taken, got {total}"
    );

    // What is not an intact Keybound database is refused, and changes nothing.
    let junk = env.dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    let refused = restored
        .command(&["restore", "--from", junk.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    // Nor is a good copy restored under the running server: it holds the database.
    let busy = restored
        .command(&["restore", "--from", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!busy.status.success(), "refused while the server runs");
    assert!(
        String::from_utf8_lossy(&busy.stderr).contains("in use"),
        "{}",
        String::from_utf8_lossy(&busy.stderr)
    );
    let (status, list) = call("GET", &format!("http://127.0.0.1:{port}{path}"), &token, None);
    assert_eq!(
        (status, list["total_size"].as_u64().unwrap() as usize),
        (200, total)
    );
}

#[test]
fn postgresql_is_backed_up_with_pg_dump() {
    for env in envs().into_iter().filter(|e| e.database_url.is_some()) {
        let out = env
            .command(&["backup", "--to", "/tmp/never-written.db"])
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"));
    }
}
