//! The SQL implementation of the store traits: one body of portable SQL for both SQLite and
//! PostgreSQL, run by [`db`].

mod api_tokens;
mod applications;
mod audit;
mod batches;
mod binding;
mod credentials;
mod db;
mod email_templates;
mod emails;
mod flusher;
mod groups;
mod identities;
mod ldap;
mod login_codes;
mod mds;
mod oidc;
mod pool;
mod scim;
mod sessions;
mod settings;
mod signup_tokens;
mod tenants;
mod unit;

pub use unit::Unit;

use crate::{Result, StoreError};
use async_trait::async_trait;
use db::{query, Db, Row};
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::Executor;
use std::time::Duration;
use time::OffsetDateTime;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// This backend's of a statement written for each (`[SQLite's, PostgreSQL's]`).
    pub(crate) fn pick(self, both: &[String; 2]) -> &str {
        match self {
            Self::Sqlite => &both[0],
            Self::Postgres => &both[1],
        }
    }

    pub fn from_url(url: &str) -> Result<Self> {
        // An SQLite database names its file: every replica and command must see the same data,
        // so none lives in one process's memory.
        if url.starts_with("sqlite:") && db::sqlite_path(url).is_some() {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact(url)))
        }
    }
}

/// A URL with its password, if any, blanked, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[derive(Debug, Clone)]
pub struct SqlStore {
    db: Db,
    backend: Backend,
}

/// See [`SqlStore::inspect`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub schema: Schema,
    /// The database server's clock minus this machine's, in milliseconds (PostgreSQL only).
    pub clock_skew_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schema {
    /// No database or no schema yet: the server creates it at start.
    Missing,
    /// This many migrations to apply at the next start (0: up to date).
    Behind(usize),
    /// Migrated by a newer Keybound than this one.
    Newer,
}

impl SqlStore {
    /// Connects to `url` (`sqlite://PATH?mode=rwc` or `postgres://...`) and brings the schema up
    /// to date. Migrations are safe to run from several replicas at once.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let db = match (backend, db::sqlite_path(url)) {
            (Backend::Sqlite, Some(path)) => {
                // sqlx brings the file's schema up to date; it is then used natively.
                let pool = AnyPoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            conn.execute(db::SQLITE_SETTINGS).await?;
                            Ok(())
                        })
                    })
                    .connect(url)
                    .await?;
                migrator.run(&pool).await?;
                pool.close().await;
                Db::Lite(std::sync::Arc::new(db::Lite::open(&path)?))
            }
            _ => {
                let pool = pool::Pool::new(url, 16)?;
                pool.acquire().await?.migrate(migrator).await?;
                Db::Any(pool)
            }
        };
        let store = Self { db, backend };
        store.fill_username_skeletons().await?;
        Ok(store)
    }

    /// Writes the skeleton of every username that has none yet (rows from before skeletons
    /// were kept). Two older usernames that look alike keep the first's; the other stays
    /// without one (and is logged), as it was.
    async fn fill_username_skeletons(&self) -> Result<()> {
        let mut after = String::new();
        loop {
            let rows = query(
                "SELECT id, username FROM identities WHERE username_skeleton IS NULL AND id > $1 \
                 ORDER BY id LIMIT 500",
            )
            .bind(after.as_str())
            .fetch_all(&self.db)
            .await?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in &rows {
                let id: String = row.try_get("id")?;
                let username: String = row.try_get("username")?;
                let skeleton = keybound_core::identity::username_skeleton(&username);
                let written = query("UPDATE identities SET username_skeleton = $1 WHERE id = $2")
                    .bind(skeleton)
                    .bind(id.as_str())
                    .execute(&self.db)
                    .await;
                if let Err(e) = written {
                    tracing::warn!(
                        "username `{username}` looks like another one; left without a skeleton: {e}"
                    );
                }
                after = id;
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// How the database at `url` stands, read without changing anything (no file is created,
    /// no migration applied): for `keybound check`.
    pub async fn inspect(url: &str) -> Result<Inspection> {
        let backend = Backend::from_url(url)?;
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let known: Vec<i64> = migrator.iter().map(|m| m.version).collect();
        let (applied, clock_skew_ms) = match (backend, db::sqlite_path(url)) {
            (Backend::Sqlite, Some(path)) => {
                if !path.exists() {
                    return Ok(Inspection {
                        schema: Schema::Missing,
                        clock_skew_ms: None,
                    });
                }
                let applied = tokio::task::spawn_blocking(move || db::applied_migrations(&path))
                    .await
                    .map_err(|e| StoreError::Conflict(format!("reading the database: {e}")))?
                    .map_err(StoreError::Conflict)?;
                (applied, None)
            }
            _ => {
                sqlx::any::install_default_drivers();
                let db = Db::Any(pool::Pool::new(url, 1)?);
                let before = OffsetDateTime::now_utc();
                let row = query("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
                    .fetch_one(&db)
                    .await?;
                let theirs: i64 = row.try_get(0)?;
                let ours = (before.unix_timestamp_nanos() / 1_000_000) as i64;
                let exists = query(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '_sqlx_migrations'",
                )
                .fetch_one(&db)
                .await?
                .try_get::<i64, _>(0)?
                    > 0;
                let applied = if exists {
                    query("SELECT version FROM _sqlx_migrations WHERE success")
                        .fetch_all(&db)
                        .await?
                        .iter()
                        .map(|r| r.try_get::<i64, _>(0))
                        .collect::<std::result::Result<Vec<_>, _>>()?
                } else {
                    Vec::new()
                };
                db.close().await;
                (applied, Some(theirs - ours))
            }
        };
        let schema = if applied.is_empty() {
            Schema::Missing
        } else if applied.iter().any(|v| !known.contains(v)) {
            Schema::Newer
        } else {
            Schema::Behind(known.iter().filter(|v| !applied.contains(v)).count())
        };
        Ok(Inspection {
            schema,
            clock_skew_ms,
        })
    }

    /// Writes a consistent copy of an SQLite database to the new file `to` while the server
    /// goes on using it. PostgreSQL is backed up with its own tools (`pg_dump`).
    pub async fn back_up(&self, to: &std::path::Path) -> Result<()> {
        let Db::Lite(lite) = &self.db else {
            return Err(StoreError::Conflict(
                "PostgreSQL databases are backed up with pg_dump, not keybound backup".into(),
            ));
        };
        let (lite, to) = (lite.clone(), to.to_owned());
        tokio::task::spawn_blocking(move || lite.back_up(&to))
            .await
            .map_err(|e| StoreError::Conflict(format!("backup stopped: {e}")))??;
        Ok(())
    }

    /// Replaces the SQLite database of `url` with the backup `from` (checked first: an intact
    /// Keybound database). Stop every server using the database before.
    pub fn restore(url: &str, from: &std::path::Path) -> Result<()> {
        let path = db::sqlite_path(url)
            .ok_or_else(|| StoreError::Conflict("only an SQLite database file can be restored".into()))?;
        db::restore(&path, from).map_err(StoreError::Conflict)
    }

    pub async fn close(&self) {
        self.db.close().await;
    }

    /// Deletes the row of `table` with `id` under `owner` (`owner_column` names the realm or
    /// tenant it belongs to), or `NotFound` naming `kind`.
    async fn delete_owned(
        &self,
        table: &str,
        owner_column: &str,
        owner: &str,
        id: &str,
        kind: &'static str,
    ) -> Result<()> {
        let deleted = query(format!(
            "DELETE FROM {table} WHERE {owner_column} = $1 AND id = $2"
        ))
        .bind(owner)
        .bind(id)
        .execute(&self.db)
        .await?
        .rows_affected();
        if deleted == 0 {
            return Err(StoreError::not_found(kind, id));
        }
        Ok(())
    }
}

#[async_trait]
impl crate::Store for SqlStore {
    async fn ping(&self) -> Result<()> {
        query("SELECT 1").execute(&self.db).await?;
        Ok(())
    }

    fn connections(&self) -> crate::Connections {
        self.db.connections()
    }

    async fn begin_unit(&self) -> Result<Option<std::sync::Arc<Unit>>> {
        Ok(Unit::begin(&self.db).await?)
    }
}

/// A statement built piece by piece, with `$n` placeholders numbered as arguments are added.
#[derive(Debug, Default)]
pub(crate) struct Sql {
    text: String,
    args: Vec<Arg>,
    replan: bool,
}

#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(bool),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(Some(s.to_owned()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(Some(s))
    }
}
impl From<Option<String>> for Arg {
    fn from(s: Option<String>) -> Self {
        Self::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(Some(s.clone()))
    }
}
impl From<&Option<String>> for Arg {
    fn from(s: &Option<String>) -> Self {
        Self::Text(s.clone())
    }
}
impl From<Option<&str>> for Arg {
    fn from(s: Option<&str>) -> Self {
        Self::Text(s.map(str::to_owned))
    }
}
impl From<bool> for Arg {
    fn from(b: bool) -> Self {
        Self::Bool(b)
    }
}
impl From<i64> for Arg {
    fn from(i: i64) -> Self {
        Self::Int(Some(i))
    }
}
impl From<Option<i64>> for Arg {
    fn from(i: Option<i64>) -> Self {
        Self::Int(i)
    }
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            args: Vec::new(),
            replan: false,
        }
    }

    /// Has the statement planned for its arguments every time: for searches, whose best plan
    /// depends on the text searched for.
    pub fn replan(&mut self) -> &mut Self {
        self.replan = true;
        self
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `arg`.
    pub fn arg(&mut self, arg: impl Into<Arg>) -> &mut Self {
        self.args.push(arg.into());
        self.text.push_str(&format!("${}", self.args.len()));
        self
    }

    /// Appends `(p1, p2, ...)` for a non-empty list.
    pub fn list(&mut self, items: &[String]) -> &mut Self {
        self.push("(");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.arg(item.as_str());
        }
        self.push(")")
    }

    pub fn query(&self) -> db::Query {
        db::Query::with_args(self.text.clone(), self.args.clone(), self.replan)
    }
}

/// Appends ` AND <expr> <op> <value>` for one filter clause. `expr` must be lower-case text (the
/// comparison is case-insensitive, as SCIM's default for strings).
pub(crate) fn push_clause(sql: &mut Sql, expr: &str, clause: &keybound_core::filter::Clause) {
    use keybound_core::filter::Op;
    let value = clause.value.to_lowercase();
    sql.push(&format!(" AND {expr}"));
    match clause.op {
        Op::Eq => sql.push(" = ").arg(value),
        Op::Contains => sql
            .push(" LIKE ")
            .arg(format!("%{}%", like_escape(&value)))
            .push(" ESCAPE '\\'"),
        Op::StartsWith => sql
            .push(" LIKE ")
            .arg(format!("{}%", like_escape(&value)))
            .push(" ESCAPE '\\'"),
    };
}

/// `LIKE` pattern for `value`, with its own `%`, `_` and `\` taken literally (use `ESCAPE '\'`).
/// `columns` (a list as in `SELECT`, with or without a table before each) as read from `table`,
/// each named with `prefix` before it: `aliased("id, name", "c", "c_")` is
/// `c.id AS c_id, c.name AS c_name`, for [`Row::prefixed`](db::Row::prefixed).
pub(crate) fn aliased(columns: &str, table: &str, prefix: &str) -> String {
    columns
        .split(',')
        .map(|column| {
            let column = column.trim();
            let column = column.split_once('.').map_or(column, |(_, name)| name);
            format!("{table}.{column} AS {prefix}{column}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `$first`, `$first+1`, ...: `N` numbered parameters, one by one.
pub(crate) fn numbered<const N: usize>(first: usize) -> [String; N] {
    std::array::from_fn(|i| format!("${}", first + i))
}

/// `$first, $first+1, ...`: `count` parameters.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn like_escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub(crate) fn micros(t: OffsetDateTime) -> i64 {
    keybound_core::time_fmt::to_micros(t)
}

pub(crate) fn time_col(row: &Row, col: &str) -> std::result::Result<OffsetDateTime, sqlx::Error> {
    Ok(keybound_core::time_fmt::from_micros(row.try_get(col)?))
}

pub(crate) fn opt_time_col(row: &Row, col: &str) -> std::result::Result<Option<OffsetDateTime>, sqlx::Error> {
    Ok(row
        .try_get::<Option<i64>, _>(col)?
        .map(keybound_core::time_fmt::from_micros))
}

/// A text column that must hold one of an enum's names.
pub(crate) fn enum_col<T>(
    row: &Row,
    col: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> std::result::Result<T, sqlx::Error> {
    let text: String = row.try_get(col)?;
    parse(&text).ok_or_else(|| sqlx::Error::ColumnDecode {
        index: col.to_owned(),
        source: format!("unexpected value `{text}`").into(),
    })
}

/// Runs the count and page queries of a list and assembles the page.
pub(crate) async fn fetch_page<T>(
    db: &Db,
    count: &Sql,
    rows: &Sql,
    page: keybound_core::page::PageRequest,
    decode: impl Fn(&Row) -> std::result::Result<T, sqlx::Error>,
) -> Result<keybound_core::page::Page<T>> {
    let total: i64 = count.query().fetch_one(db).await?.try_get(0)?;
    let fetched = rows.query().fetch_all(db).await?;
    let mut items = Vec::with_capacity(fetched.len());
    for row in &fetched {
        items.push((row.try_get::<i64, _>("seq")?, decode(row)?));
    }
    Ok(keybound_core::page::Page::from_rows(items, page, total))
}

/// Appends the keyset condition and limit of a page to a row query ordered by `seq_col`.
pub(crate) fn page_tail(sql: &mut Sql, seq_col: &str, page: keybound_core::page::PageRequest) {
    if let Some(after) = page.after {
        sql.push(&format!(" AND {seq_col} > ")).arg(after);
    }
    sql.push(&format!(" ORDER BY {seq_col} LIMIT {}", page.size + 1));
}

/// Like [`page_tail`], newest rows first.
pub(crate) fn page_tail_newest_first(sql: &mut Sql, seq_col: &str, page: keybound_core::page::PageRequest) {
    if let Some(after) = page.after {
        sql.push(&format!(" AND {seq_col} < ")).arg(after);
    }
    sql.push(&format!(" ORDER BY {seq_col} DESC LIMIT {}", page.size + 1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_backends_and_hides_passwords() {
        assert_eq!(Backend::from_url("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("postgres://u@h/db").unwrap(), Backend::Postgres);
        let err = Backend::from_url("mysql://root:hunter2@h/db")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("hunter2"), "{err}");
    }

    #[tokio::test]
    async fn an_in_memory_sqlite_database_is_refused() {
        for url in ["sqlite::memory:", "sqlite://:memory:", "sqlite://"] {
            assert!(
                matches!(Backend::from_url(url), Err(StoreError::UnsupportedUrl(_))),
                "{url}"
            );
            let refused = SqlStore::connect(url).await;
            assert!(matches!(refused, Err(StoreError::UnsupportedUrl(_))), "{url}");
        }
    }

    #[test]
    fn placeholders_are_numbered() {
        let mut sql = Sql::new("SELECT 1 WHERE a = ");
        sql.arg("x").push(" AND b IN ").list(&["p".into(), "q".into()]);
        assert_eq!(sql.text, "SELECT 1 WHERE a = $1 AND b IN ($2, $3)");
        assert_eq!(like_escape(r"50%_a\b"), r"50\%\_a\\b");
    }
}
