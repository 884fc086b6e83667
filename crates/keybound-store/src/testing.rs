//! Test support: a fresh, migrated store per test on every backend available.
//!
//! SQLite always; PostgreSQL when `KEYBOUND_TEST_DATABASE_URL` names a server whose user may
//! create databases (each test gets its own). Under `CI=true` that variable is required, so a
//! missing PostgreSQL fails the run instead of quietly testing one backend.

use crate::{Backend, SqlStore};
use sqlx::{AnyConnection, Connection, Executor};

pub const POSTGRES_URL_VAR: &str = "KEYBOUND_TEST_DATABASE_URL";

/// A store and what keeps it alive (the SQLite file's directory).
pub struct TestStore {
    pub name: &'static str,
    pub store: SqlStore,
    pub url: String,
    _dir: Option<tempfile_dir::Dir>,
}

/// One fresh store per backend: SQLite, then PostgreSQL if configured.
pub async fn stores() -> Vec<TestStore> {
    let mut out = vec![sqlite().await];
    if let Some(pg) = postgres().await {
        out.push(pg);
    }
    out
}

pub async fn sqlite() -> TestStore {
    let dir = tempfile_dir::Dir::new();
    let url = format!("sqlite://{}?mode=rwc", dir.path.join("keybound.db").display());
    let store = SqlStore::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("sqlite store: {e}"));
    TestStore {
        name: "sqlite",
        store,
        url,
        _dir: Some(dir),
    }
}

/// The PostgreSQL admin URL, or `None` outside CI when it is not set.
pub fn postgres_url() -> Option<String> {
    match std::env::var(POSTGRES_URL_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{POSTGRES_URL_VAR} must be set in CI: the PostgreSQL suite may not be skipped")
        }
        _ => None,
    }
}

/// A fresh database on the configured PostgreSQL server.
pub async fn postgres() -> Option<TestStore> {
    let url = fresh_postgres_database(&postgres_url()?).await;
    let store = SqlStore::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("postgres store: {e}"));
    assert_eq!(store.backend(), Backend::Postgres);
    Some(TestStore {
        name: "postgres",
        store,
        url,
        _dir: None,
    })
}

/// Creates an empty database next to the one `admin_url` names and returns its URL.
pub async fn fresh_postgres_database(admin_url: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("kbtest_{}", keybound_core::secret::random_hex(8));
    let mut conn = AnyConnection::connect(admin_url)
        .await
        .unwrap_or_else(|e| panic!("connect {admin_url}: {e}"));
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap_or_else(|e| panic!("create db: {e}"));
    let _ = conn.close().await;
    with_database(admin_url, &name)
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// A temporary directory removed on drop, without another dependency.
mod tempfile_dir {
    use std::path::PathBuf;

    pub struct Dir {
        pub path: PathBuf,
    }

    impl Dir {
        pub fn new() -> Self {
            let path =
                std::env::temp_dir().join(format!("keybound-test-{}", keybound_core::secret::random_hex(8)));
            std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("create {}: {e}", path.display()));
            Self { path }
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Makes every later write to the audit log fail (a trigger refuses it), to show that a change
/// whose event cannot be written is undone with it.
pub async fn refuse_audit_writes(url: &str) {
    sqlx::any::install_default_drivers();
    let mut conn = AnyConnection::connect(url)
        .await
        .unwrap_or_else(|e| panic!("connect {url}: {e}"));
    let statements: &[&str] = if url.starts_with("sqlite:") {
        &["CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events \
           BEGIN SELECT RAISE(ABORT, 'audit writes refused'); END"]
    } else {
        &[
            "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'audit writes refused'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events \
             FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        ]
    };
    for statement in statements {
        conn.execute(*statement)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
    }
    let _ = conn.close().await;
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_the_database_name() {
        assert_eq!(
            super::with_database("postgres://u@h:5/postgres", "x"),
            "postgres://u@h:5/x"
        );
        assert_eq!(
            super::with_database("postgres://u@h:5/a?sslmode=disable", "x"),
            "postgres://u@h:5/x?sslmode=disable"
        );
        assert_eq!(
            super::with_database("postgres://u@h:5", "x"),
            "postgres://u@h:5/x"
        );
    }
}
