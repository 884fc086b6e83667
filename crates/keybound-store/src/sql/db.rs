//! Where the store's statements run. On PostgreSQL: sqlx connections, kept by [`Pool`]. On
//! SQLite: SQLite itself, through rusqlite, in this process: one writer connection (SQLite takes
//! one writer at a time) and a few reader connections, each statement prepared once and cached.
//! sqlx's SQLite driver runs every connection on its own thread and hands each statement to it
//! over a channel; those thread switches were most of a sign-in's cost (docs/benchmarks.md).
//!
//! Writes commit in groups: a write that finishes while others wait for the writer leaves the
//! transaction open for them, and the last of the group commits for all. Each write runs in a
//! savepoint of its own, so one that fails undoes only itself, and none is answered before the
//! commit that makes it durable. Under load this writes the pages that several sign-ins share
//! (the last page of the sessions table, of the audit log, their indexes) once instead of once
//! each.
//!
//! The store's code is written once against [`query`], [`Db`], [`Tx`] and [`Row`], whichever
//! database runs.

use super::flusher::Flusher;
use super::pool::{Conn, Pool};
use super::unit::{Nested, Unit};
use super::Arg;
use rusqlite::types::Value;
use sqlx::any::AnyRow;
use sqlx::Any;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::{oneshot, Mutex as AsyncMutex, OwnedMutexGuard};

type SqlxResult<T> = std::result::Result<T, sqlx::Error>;

/// The database, shared by every request.
#[derive(Debug, Clone)]
pub(crate) enum Db {
    Any(Arc<Pool>),
    Lite(Arc<Lite>),
}

/// An SQLite database file, opened natively.
pub(crate) struct Lite {
    path: PathBuf,
    /// A shared lock on `<database>.lock` for as long as the database is open here, so that
    /// `keybound restore` (which needs it alone) refuses while a server or command uses it.
    _in_use: std::fs::File,
    writer: Arc<AsyncMutex<Writer>>,
    /// Writes holding or waiting for the writer.
    queued: Arc<AtomicUsize>,
    readers: std::sync::Mutex<Vec<rusqlite::Connection>>,
    /// Cleared when the store closes, which stops the checkpointer.
    open: Arc<AtomicBool>,
    /// Last, so that it is given back after the connections above have closed.
    _flusher: Option<Flusher>,
}

impl Drop for Lite {
    fn drop(&mut self) {
        self.open.store(false, Ordering::Relaxed);
    }
}

/// Every 100 ms, copies what the log holds into the database without waiting for readers or
/// the writer (a passive checkpoint). Under a steady stream of writes the copy never catches
/// up, and SQLite only starts the log over once all of it is copied and no reader still reads
/// it: the log would grow without end (gigabytes within a minute of sign-ins), and every write
/// would extend the file. So once the log passes [`RESTART_FRAMES`], the checkpointer holds the
/// writer for a moment, copies the rest and waits for the readers (briefly; it tries again
/// later if one reads on), and the next write starts the log from its beginning.
fn spawn_checkpointer(
    conn: rusqlite::Connection,
    writer: Arc<AsyncMutex<Writer>>,
    open: Arc<AtomicBool>,
    files: Files,
) {
    let spawned = std::thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || {
            while open.load(Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(100));
                if let Err(e) = checkpoint(&conn, &writer, &files) {
                    tracing::warn!("SQLite checkpoint: {e}");
                }
            }
            // The connections close before the database file's descriptor may.
            drop(conn);
            drop(writer);
            drop(files);
        });
    if let Err(e) = spawned {
        tracing::warn!("no SQLite checkpoint thread ({e}): the log grows until the next start");
    }
}

/// Log frames (of a page each) after which the log is started over: 16 MiB of 4 KiB pages.
const RESTART_FRAMES: i64 = 4096;

/// The files a log restart syncs, for the checkpointer to flush ahead of it.
struct Files {
    log: PathBuf,
    database: Option<Flusher>,
}

impl Files {
    /// Writes to disk what the system still holds of the log and the database file.
    fn flush(&self) {
        // SQLite locks no byte of the log (its locks are on the database file and the shared
        // memory file), so a descriptor of the log may be opened and closed here at will.
        let log = std::fs::File::open(&self.log).and_then(|log| log.sync_data());
        let database = self.database.as_ref().map_or(Ok(()), Flusher::flush);
        if let Err(e) = log.and(database) {
            tracing::debug!("flushing the SQLite files ahead of a checkpoint: {e}");
        }
    }
}

fn checkpoint(
    conn: &rusqlite::Connection,
    writer: &AsyncMutex<Writer>,
    files: &Files,
) -> rusqlite::Result<()> {
    let (log_frames, copied): (i64, i64) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok((row.get(1)?, row.get(2)?))
    })?;
    if log_frames < RESTART_FRAMES {
        return Ok(());
    }
    if copied < log_frames {
        // The restart copies what the log gained since, then syncs the log and the database
        // file, all while every write waits. Most of that is done here first, without the
        // writer: a second copy (of what came in during the first), and both files written to
        // disk (the passive copies leave the database file's pages unsynced, many MiB of
        // them). The restart then syncs only the last moments' changes: on a disk that takes a
        // few ms to sync, writes wait about 2 ms for it instead of about 6.
        conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        files.flush();
    }
    let mut writer = writer.blocking_lock();
    // A group still open is committed first: its writes answer now rather than after the wait.
    let _ = writer.commit();
    conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |_| Ok(()))
}

/// The writer connection and the group of writes its open transaction holds.
struct Writer {
    conn: rusqlite::Connection,
    in_transaction: bool,
    /// Writes done in the open transaction, told the outcome of its commit.
    waiting: Vec<oneshot::Sender<Result<(), String>>>,
    grouped: usize,
}

/// Writes in one group at most, so that a steady stream of them still commits.
const MAX_GROUP: usize = 64;
/// A write whose group has not committed by then (the write that was to commit it was
/// cancelled) commits it itself.
const GROUP_WAIT: std::time::Duration = std::time::Duration::from_millis(20);

impl Writer {
    /// Starts one write: opens the group's transaction if none is open, and a savepoint.
    fn start(&mut self) -> SqlxResult<()> {
        if !self.in_transaction {
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(lite_error)?;
            self.in_transaction = true;
        }
        self.conn.execute_batch("SAVEPOINT write").map_err(lite_error)
    }

    /// Ends one write, keeping or undoing what it did.
    fn end(&mut self, keep: bool) -> SqlxResult<()> {
        let sql = if keep {
            "RELEASE write"
        } else {
            "ROLLBACK TO write; RELEASE write"
        };
        let ended = self.conn.execute_batch(sql).map_err(lite_error);
        self.grouped += 1;
        if self.conn.is_autocommit() && self.in_transaction {
            // SQLite rolled the whole transaction back (a full disk, an I/O error).
            self.in_transaction = false;
            self.tell(Err("the database rolled the transaction back".into()));
        }
        ended
    }

    /// Commits the group now if no other write waits to join it (or it is full); otherwise
    /// leaves it open. Returns whether it committed, and how.
    fn settle(&mut self, others_waiting: bool) -> Option<Result<(), String>> {
        if others_waiting && self.grouped < MAX_GROUP && self.in_transaction {
            return None;
        }
        Some(self.commit())
    }

    fn commit(&mut self) -> Result<(), String> {
        if !self.in_transaction {
            return Ok(());
        }
        let outcome = match self.conn.execute_batch("COMMIT") {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e.to_string())
            }
        };
        self.in_transaction = false;
        self.tell(outcome.clone());
        outcome
    }

    fn tell(&mut self, outcome: Result<(), String>) {
        self.grouped = 0;
        for waiter in self.waiting.drain(..) {
            let _ = waiter.send(outcome.clone());
        }
    }
}

/// The writer, held; counted in `queued` from before it was waited for until it is let go.
struct Held {
    writer: OwnedMutexGuard<Writer>,
    queued: Arc<AtomicUsize>,
}

struct Ticket(Arc<AtomicUsize>);

impl Drop for Ticket {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Lite {
    async fn hold(&self) -> (Held, Ticket) {
        self.queued.fetch_add(1, Ordering::SeqCst);
        let ticket = Ticket(self.queued.clone());
        let writer = self.writer.clone().lock_owned().await;
        (
            Held {
                writer,
                queued: self.queued.clone(),
            },
            ticket,
        )
    }

    /// Runs one write (`work` inside its savepoint) and answers once it is committed.
    async fn write<T>(&self, work: impl FnOnce(&rusqlite::Connection) -> SqlxResult<T>) -> SqlxResult<T> {
        let (mut held, ticket) = self.hold().await;
        if let Err(e) = held.writer.start() {
            held.let_go();
            return Err(e);
        }
        let result = work(&held.writer.conn);
        if let Err(e) = held.writer.end(result.is_ok()) {
            held.let_go();
            return Err(e);
        }
        match result {
            Ok(value) => {
                held.finish(ticket).await.map_err(commit_error)?;
                Ok(value)
            }
            Err(e) => {
                held.let_go();
                Err(e)
            }
        }
    }
}

impl Held {
    /// Lets the writer go after a write that failed (and was undone): the group is committed
    /// now unless another write waits to join it.
    fn let_go(mut self) {
        let others_waiting = self.queued.load(Ordering::SeqCst) > 1;
        let _ = self.writer.settle(others_waiting);
    }
    /// Commits now, or joins the group and waits for its commit.
    async fn finish(mut self, ticket: Ticket) -> Result<(), String> {
        let others_waiting = self.queued.load(Ordering::SeqCst) > 1;
        if let Some(outcome) = self.writer.settle(others_waiting) {
            return outcome;
        }
        let (tell, told) = oneshot::channel();
        self.writer.waiting.push(tell);
        let writer = OwnedMutexGuard::mutex(&self.writer).clone();
        drop(self);
        drop(ticket);
        let mut told = told;
        match tokio::time::timeout(GROUP_WAIT, &mut told).await {
            Ok(outcome) => outcome.unwrap_or_else(|_| Err("the writer stopped".into())),
            Err(_) => {
                let mut writer = writer.lock().await;
                let _ = writer.commit();
                drop(writer);
                told.await.unwrap_or_else(|_| Err("the writer stopped".into()))
            }
        }
    }
}

fn commit_error(message: String) -> sqlx::Error {
    sqlx::Error::Protocol(format!("commit failed: {message}"))
}

impl std::fmt::Debug for Lite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lite").field("path", &self.path).finish()
    }
}

/// Reader connections kept open for reuse; more are opened when more read at once.
const KEPT_READERS: usize = 4;

/// Every SQLite connection's settings. WAL lets readers go on while the writer writes; NORMAL
/// syncs the log at checkpoints, not at every commit. Another process (the CLI while a server
/// runs) waits up to five seconds.
pub(crate) const SQLITE_SETTINGS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
    PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

fn open(path: &Path, read_only: bool) -> SqlxResult<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(path).map_err(lite_error)?;
    conn.set_prepared_statement_cache_capacity(256);
    conn.execute_batch(SQLITE_SETTINGS).map_err(lite_error)?;
    if read_only {
        conn.execute_batch("PRAGMA query_only = ON;")
            .map_err(lite_error)?;
    }
    Ok(conn)
}

/// The file beside a database file whose name adds `suffix` to the database's.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The lock file beside a database file.
fn lock_path(path: &Path) -> PathBuf {
    beside(path, ".lock")
}

fn lock_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
}

impl Lite {
    pub fn open(path: &Path) -> SqlxResult<Self> {
        let in_use = lock_file(path).map_err(sqlx::Error::Io)?;
        in_use.lock_shared().map_err(sqlx::Error::Io)?;
        // Shares of the file's descriptor, taken before any connection opens: one given back
        // by this store after its readers and writer, one by the checkpointer after its own
        // connection (and its hold on the writer).
        let share = || {
            Flusher::take(path)
                .inspect_err(|e| tracing::debug!("no descriptor to flush {} ahead: {e}", path.display()))
                .ok()
        };
        let (flusher, checkpointer_flusher) = (share(), share());
        let conn = open(path, false)?;
        // The log is copied back into the database by a thread of its own rather than by the
        // commit that crosses the threshold: that copy syncs the file, and would hold the
        // writer (and every write waiting for it) meanwhile.
        // Writes that arrive together share one transaction, each in a savepoint of its own,
        // and SQLite journals the pages a savepoint changes so that it can be undone alone.
        // Kept in memory, that journal no longer becomes a temporary file (opened, written and
        // removed) once a group's pages pass 64 KiB.
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0; PRAGMA temp_store = MEMORY;")
            .map_err(lite_error)?;
        let open_flag = Arc::new(AtomicBool::new(true));
        let writer = Arc::new(AsyncMutex::new(Writer {
            conn,
            in_transaction: false,
            waiting: Vec::new(),
            grouped: 0,
        }));
        let checkpointer = open(path, false)?;
        // Readers that read on are waited for this long before the restart is tried again.
        checkpointer
            .busy_timeout(std::time::Duration::from_millis(50))
            .map_err(lite_error)?;
        let files = Files {
            log: beside(path, "-wal"),
            database: checkpointer_flusher,
        };
        spawn_checkpointer(checkpointer, writer.clone(), open_flag.clone(), files);
        Ok(Self {
            path: path.to_owned(),
            _in_use: in_use,
            writer,
            queued: Arc::new(AtomicUsize::new(0)),
            readers: std::sync::Mutex::new(Vec::new()),
            open: open_flag,
            _flusher: flusher,
        })
    }

    fn read<T>(&self, f: impl FnOnce(&rusqlite::Connection) -> SqlxResult<T>) -> SqlxResult<T> {
        let kept = self.readers.lock().ok().and_then(|mut r| r.pop());
        let conn = match kept {
            Some(conn) => conn,
            None => open(&self.path, true)?,
        };
        let result = f(&conn);
        if let Ok(mut readers) = self.readers.lock() {
            if readers.len() < KEPT_READERS {
                readers.push(conn);
            }
        }
        result
    }
}

impl Lite {
    /// Writes a consistent copy of the database to `to` (a new file) while it stays in use:
    /// `VACUUM INTO` reads one snapshot, as any reader does, and writes go on meanwhile.
    pub fn back_up(&self, to: &Path) -> SqlxResult<()> {
        let conn = open(&self.path, false)?;
        conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])
            .map_err(lite_error)?;
        Ok(())
    }
}

/// The migrations applied to the SQLite database at `path`, read without changing it.
pub(crate) fn applied_migrations(path: &Path) -> Result<Vec<i64>, String> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let exists: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = '_sqlx_migrations'",
            [],
            |row| row.get(0),
        )
        .map_err(|e| format!("{} is not an SQLite database: {e}", path.display()))?;
    if exists == 0 {
        return Ok(Vec::new());
    }
    let mut stmt = conn
        .prepare("SELECT version FROM _sqlx_migrations WHERE success")
        .map_err(|e| e.to_string())?;
    let versions = stmt
        .query_map([], |row| row.get(0))
        .and_then(Iterator::collect)
        .map_err(|e| e.to_string())?;
    Ok(versions)
}

/// Replaces the database at `path` with the backup `from`, after checking that it is an
/// intact Keybound database. Nothing may have the database open meanwhile.
pub(crate) fn restore(path: &Path, from: &Path) -> Result<(), String> {
    // Held alone until the copy is in place: nothing else opens the database meanwhile.
    let alone = lock_file(path).map_err(|e| format!("{}: {e}", lock_path(path).display()))?;
    match alone.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(format!(
                "{} is in use by a running Keybound server or command: stop it first",
                path.display()
            ))
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(format!("{}: {e}", lock_path(path).display())),
    }
    let backup = rusqlite::Connection::open_with_flags(from, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open {}: {e}", from.display()))?;
    let intact: String = backup
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|e| format!("{} is not an SQLite database: {e}", from.display()))?;
    if intact != "ok" {
        return Err(format!("{} is damaged: {intact}", from.display()));
    }
    let keybound: i64 = backup
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('_sqlx_migrations', 'identities', 'credentials')",
            [],
            |row| row.get(0),
        )
        .map_err(|e| e.to_string())?;
    if keybound != 3 {
        return Err(format!("{} is not a Keybound database", from.display()));
    }
    drop(backup);
    // Copied beside the database, then renamed over it: never a half-written database.
    let staged = path.with_extension("db.restoring");
    std::fs::copy(from, &staged).map_err(|e| format!("copying to {}: {e}", staged.display()))?;
    for log in ["-wal", "-shm"] {
        let name = beside(path, log);
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("removing {}: {e}", name.display())),
        }
    }
    std::fs::rename(&staged, path).map_err(|e| format!("replacing {}: {e}", path.display()))
}

/// The database path of an `sqlite://PATH?...` URL; `None` for an in-memory database.
pub(crate) fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// A statement and its arguments, numbered `$1`, `$2`, ... in the text.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    text: Cow<'static, str>,
    args: Vec<Arg>,
    /// Planned for its arguments each time rather than once for all (PostgreSQL).
    replan: bool,
}

pub(crate) fn query(text: impl Into<Cow<'static, str>>) -> Query {
    Query {
        text: text.into(),
        args: Vec::new(),
        replan: false,
    }
}

/// What a statement changed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Done {
    rows_affected: u64,
}

impl Done {
    pub fn rows_affected(&self) -> u64 {
        self.rows_affected
    }
}

impl Query {
    pub(crate) fn with_args(text: String, args: Vec<Arg>, replan: bool) -> Self {
        Self {
            text: text.into(),
            args,
            replan,
        }
    }

    pub fn bind(mut self, arg: impl Into<Arg>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub async fn execute(self, on: impl Exec) -> SqlxResult<Done> {
        Ok(on.run(self, false).await?.1)
    }

    pub async fn fetch_all(self, on: impl Exec) -> SqlxResult<Vec<Row>> {
        Ok(on.run(self, true).await?.0)
    }

    pub async fn fetch_optional(self, on: impl Exec) -> SqlxResult<Option<Row>> {
        Ok(on.run(self, true).await?.0.into_iter().next())
    }

    pub async fn fetch_one(self, on: impl Exec) -> SqlxResult<Row> {
        self.fetch_optional(on).await?.ok_or(sqlx::Error::RowNotFound)
    }

    fn sqlx(&self) -> sqlx::query::Query<'_, Any, sqlx::any::AnyArguments<'_>> {
        // A statement PostgreSQL keeps is planned for its arguments only at first; after that
        // it may get one plan for all, which for a text search can be a walk of the whole table.
        let mut q = sqlx::query(&self.text).persistent(!self.replan);
        for arg in &self.args {
            q = match arg {
                Arg::Text(s) => q.bind(s.clone()),
                Arg::Int(i) => q.bind(*i),
                Arg::Bool(b) => q.bind(*b),
            };
        }
        q
    }

    fn is_read(&self) -> bool {
        let head = self.text.trim_start();
        ["SELECT", "WITH"]
            .iter()
            .any(|k| head.get(..k.len()).is_some_and(|h| h.eq_ignore_ascii_case(k)))
    }

    /// Runs on an SQLite connection; rows only when `want_rows`.
    fn run_lite(&self, conn: &rusqlite::Connection, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        let mut stmt = conn.prepare_cached(&self.text).map_err(lite_error)?;
        for i in 1..=stmt.parameter_count() {
            // `$n` is the n-th argument wherever it stands; `?` the next one.
            let n = match stmt.parameter_name(i) {
                Some(name) => name[1..].parse::<usize>().unwrap_or(i),
                None => i,
            };
            let value = match self.args.get(n - 1) {
                Some(Arg::Text(Some(s))) => Value::Text(s.clone()),
                Some(Arg::Int(Some(i))) => Value::Integer(*i),
                Some(Arg::Bool(b)) => Value::Integer(i64::from(*b)),
                Some(Arg::Text(None) | Arg::Int(None)) => Value::Null,
                None => {
                    return Err(sqlx::Error::Protocol(format!(
                        "no argument ${n} for `{}`",
                        self.text
                    )))
                }
            };
            stmt.raw_bind_parameter(i, value).map_err(lite_error)?;
        }
        let width = stmt.column_count();
        if width == 0 {
            let changed = stmt.raw_execute().map_err(lite_error)?;
            return Ok((
                Vec::new(),
                Done {
                    rows_affected: changed as u64,
                },
            ));
        }
        let columns: Arc<[String]> = stmt.column_names().into_iter().map(str::to_owned).collect();
        let mut rows = Vec::new();
        let mut raw = stmt.raw_query();
        while let Some(row) = raw.next().map_err(lite_error)? {
            if want_rows {
                let values = (0..width)
                    .map(|i| row.get::<_, Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(lite_error)?;
                rows.push(Row::of(Cells::Lite(LiteRow {
                    columns: columns.clone(),
                    values,
                })));
            }
        }
        drop(raw);
        Ok((
            rows,
            Done {
                rows_affected: conn.changes(),
            },
        ))
    }
}

/// Where a statement can run: the database, or a transaction.
pub(crate) trait Exec: Send {
    fn run(
        self,
        q: Query,
        want_rows: bool,
    ) -> impl std::future::Future<Output = SqlxResult<(Vec<Row>, Done)>> + Send;
}

impl Exec for &Db {
    async fn run(self, q: Query, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        if let Some(unit) = Unit::current(self) {
            return unit.run(q, want_rows).await;
        }
        match self {
            Db::Any(pool) => {
                let mut conn = pool.acquire().await?;
                conn.run(async |conn| run_sqlx(&q, conn, want_rows).await).await
            }
            Db::Lite(lite) if q.is_read() => lite.read(|conn| q.run_lite(conn, want_rows)),
            Db::Lite(lite) => lite.write(|conn| q.run_lite(conn, want_rows)).await,
        }
    }
}

impl Exec for &mut Tx {
    async fn run(self, q: Query, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        match self {
            Tx::Nested(tx) => tx.run(q, want_rows).await,
            tx => tx.run_own(q, want_rows).await,
        }
    }
}

impl Tx {
    /// Runs `q` in a transaction of its own (not a unit's savepoint).
    pub(crate) async fn run_own(&mut self, q: Query, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        match self {
            Tx::Any(conn) => conn.run(async |conn| run_sqlx(&q, conn, want_rows).await).await,
            Tx::Lite(tx) => q.run_lite(&tx.held()?.writer.conn, want_rows),
            Tx::Nested(_) => Err(sqlx::Error::Protocol("a unit inside a unit".into())),
        }
    }
}

async fn run_sqlx<'e>(
    q: &Query,
    on: impl sqlx::Executor<'e, Database = Any>,
    want_rows: bool,
) -> SqlxResult<(Vec<Row>, Done)> {
    if want_rows {
        let rows = q.sqlx().fetch_all(on).await?;
        let n = rows.len() as u64;
        Ok((
            rows.into_iter().map(|row| Row::of(Cells::Any(row))).collect(),
            Done { rows_affected: n },
        ))
    } else {
        let done = q.sqlx().execute(on).await?;
        Ok((
            Vec::new(),
            Done {
                rows_affected: done.rows_affected(),
            },
        ))
    }
}

/// A transaction: committed by [`Tx::commit`], rolled back by [`Tx::rollback`] or when dropped.
pub(crate) enum Tx {
    /// A connection with a transaction open.
    Any(Conn),
    Lite(LiteTx),
    /// Inside a [`Unit`]: a savepoint of the unit's transaction.
    Nested(Nested),
}

/// A transaction of several statements: one write of the group.
pub(crate) struct LiteTx {
    /// `None` once committed or rolled back.
    held: Option<(Held, Ticket)>,
}

impl LiteTx {
    fn held(&self) -> SqlxResult<&Held> {
        self.held
            .as_ref()
            .map(|(held, _)| held)
            .ok_or_else(|| sqlx::Error::Protocol("the transaction is over".into()))
    }
}

impl Drop for LiteTx {
    fn drop(&mut self) {
        // Dropped unfinished: undone, and the group committed if nobody else will.
        if let Some((mut held, _ticket)) = self.held.take() {
            let _ = held.writer.end(false);
            held.let_go();
        }
    }
}

impl Db {
    /// Tells this database apart from another (which may be the same file or server).
    pub fn id(&self) -> usize {
        match self {
            Db::Any(pool) => Arc::as_ptr(pool) as usize,
            Db::Lite(lite) => Arc::as_ptr(lite) as usize,
        }
    }

    pub async fn begin(&self) -> SqlxResult<Tx> {
        if let Some(unit) = Unit::current(self) {
            return Ok(Tx::Nested(unit.nested().await?));
        }
        match self {
            Db::Any(pool) => {
                let mut conn = pool.acquire().await?;
                conn.begin().await?;
                Ok(Tx::Any(conn))
            }
            Db::Lite(lite) => {
                let (mut held, ticket) = lite.hold().await;
                if let Err(e) = held.writer.start() {
                    held.let_go();
                    return Err(e);
                }
                Ok(Tx::Lite(LiteTx {
                    held: Some((held, ticket)),
                }))
            }
        }
    }

    /// Connections in use and idle: the pool's on PostgreSQL; on SQLite the writer (in use
    /// while writes hold or wait for it) and the kept readers.
    pub fn connections(&self) -> crate::Connections {
        match self {
            Db::Any(pool) => {
                let (open, idle) = pool.counts();
                crate::Connections {
                    in_use: open.saturating_sub(idle),
                    idle,
                }
            }
            Db::Lite(lite) => {
                let writing = lite.queued.load(Ordering::Relaxed) > 0;
                let kept = lite.readers.lock().map_or(0, |r| r.len());
                crate::Connections {
                    in_use: usize::from(writing),
                    idle: kept + usize::from(!writing),
                }
            }
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Any(pool) => pool.close().await,
            Db::Lite(lite) => {
                lite.open.store(false, Ordering::Relaxed);
                if let Ok(mut readers) = lite.readers.lock() {
                    readers.clear();
                }
            }
        }
    }
}

impl Tx {
    pub async fn commit(self) -> SqlxResult<()> {
        match self {
            Tx::Any(mut conn) => conn.end("COMMIT").await,
            Tx::Lite(mut tx) => {
                let Some((mut held, ticket)) = tx.held.take() else {
                    return Ok(());
                };
                if let Err(e) = held.writer.end(true) {
                    held.let_go();
                    return Err(e);
                }
                held.finish(ticket).await.map_err(commit_error)
            }
            Tx::Nested(tx) => tx.commit().await,
        }
    }

    pub async fn rollback(self) -> SqlxResult<()> {
        match self {
            Tx::Any(mut conn) => conn.end("ROLLBACK").await,
            Tx::Lite(tx) => {
                drop(tx);
                Ok(())
            }
            Tx::Nested(tx) => tx.rollback().await,
        }
    }
}

/// A result row of either database. Its columns are read by name, after the prefix set by
/// [`Row::prefixed`]: a row that joins two tables can be read as either.
pub(crate) struct Row {
    cells: Cells,
    prefix: &'static str,
}

enum Cells {
    Any(AnyRow),
    Lite(LiteRow),
}

pub(crate) struct LiteRow {
    columns: Arc<[String]>,
    values: Vec<Value>,
}

/// A column, by name or position.
pub(crate) trait ColumnIndex: sqlx::ColumnIndex<AnyRow> + std::fmt::Debug + Copy {
    fn name(&self) -> Option<&str>;
    fn position(&self, columns: &[String]) -> Option<usize>;
}

impl ColumnIndex for &str {
    fn name(&self) -> Option<&str> {
        Some(self)
    }

    fn position(&self, columns: &[String]) -> Option<usize> {
        columns.iter().position(|c| c == self)
    }
}

impl ColumnIndex for usize {
    fn name(&self) -> Option<&str> {
        None
    }

    fn position(&self, columns: &[String]) -> Option<usize> {
        (*self < columns.len()).then_some(*self)
    }
}

/// A type a column decodes to.
pub(crate) trait Column: Sized + for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any> {
    fn from_value(value: &Value) -> Option<Self>;
}

impl Column for String {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl Column for i64 {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Integer(i) => Some(*i),
            _ => None,
        }
    }
}

impl Column for bool {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Integer(i) => Some(*i != 0),
            _ => None,
        }
    }
}

impl<T: Column> Column for Option<T> {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl Row {
    fn of(cells: Cells) -> Self {
        Self { cells, prefix: "" }
    }

    /// This row with its columns named without `prefix`: `prefixed("c_")` reads `c_id` as `id`.
    pub fn prefixed(self, prefix: &'static str) -> Self {
        Self { prefix, ..self }
    }

    pub fn try_get<T: Column, I: ColumnIndex>(&self, index: I) -> SqlxResult<T> {
        match index.name() {
            Some(name) if !self.prefix.is_empty() => self.get(format!("{}{name}", self.prefix).as_str()),
            _ => self.get(index),
        }
    }

    fn get<T: Column, I: ColumnIndex>(&self, index: I) -> SqlxResult<T> {
        match &self.cells {
            Cells::Any(row) => sqlx::Row::try_get(row, index),
            Cells::Lite(row) => {
                let i = index
                    .position(&row.columns)
                    .ok_or_else(|| sqlx::Error::ColumnNotFound(format!("{index:?}")))?;
                T::from_value(&row.values[i]).ok_or_else(|| sqlx::Error::ColumnDecode {
                    index: format!("{index:?}"),
                    source: format!("unexpected value {:?}", row.values[i].data_type()).into(),
                })
            }
        }
    }
}

/// An SQLite error, as the sqlx error the rest of the store knows (unique violations included).
#[derive(Debug)]
struct LiteError(rusqlite::Error);

impl std::fmt::Display for LiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for LiteError {}

impl sqlx::error::DatabaseError for LiteError {
    fn message(&self) -> &str {
        match &self.0 {
            rusqlite::Error::SqliteFailure(_, Some(message)) => message,
            _ => "SQLite error",
        }
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> sqlx::error::ErrorKind {
        use rusqlite::ffi;
        match &self.0 {
            rusqlite::Error::SqliteFailure(e, _) => match e.extended_code {
                ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                    sqlx::error::ErrorKind::UniqueViolation
                }
                ffi::SQLITE_CONSTRAINT_FOREIGNKEY => sqlx::error::ErrorKind::ForeignKeyViolation,
                ffi::SQLITE_CONSTRAINT_NOTNULL => sqlx::error::ErrorKind::NotNullViolation,
                ffi::SQLITE_CONSTRAINT_CHECK => sqlx::error::ErrorKind::CheckViolation,
                _ => sqlx::error::ErrorKind::Other,
            },
            _ => sqlx::error::ErrorKind::Other,
        }
    }
}

fn lite_error(e: rusqlite::Error) -> sqlx::Error {
    sqlx::Error::Database(Box::new(LiteError(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Under writes that never pause and readers that always read, the log is still started
    /// over instead of holding every write since the start.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn the_log_is_started_over_under_steady_reads_and_writes() {
        let dir = std::env::temp_dir().join(format!("keybound-log-{}", keybound_core::secret::random_hex(8)));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("log.db");
        let lite = Arc::new(Lite::open(&path).unwrap());
        lite.write(|c| c.execute_batch("CREATE TABLE t (x BLOB)").map_err(lite_error))
            .await
            .unwrap();
        let writing = Arc::new(AtomicBool::new(true));
        let readers: Vec<_> = (0..3)
            .map(|_| {
                let (lite, writing) = (lite.clone(), writing.clone());
                tokio::task::spawn_blocking(move || {
                    while writing.load(Ordering::Relaxed) {
                        lite.read(|c| {
                            c.query_row("SELECT max(rowid) FROM t", [], |r| r.get::<_, Option<i64>>(0))
                                .map_err(lite_error)
                        })
                        .unwrap();
                    }
                })
            })
            .collect();
        // Three times the restart threshold, a page (and its log frame) per row.
        let rows = 3 * RESTART_FRAMES as usize;
        let writers: Vec<_> = (0..4)
            .map(|_| {
                let lite = lite.clone();
                tokio::spawn(async move {
                    for _ in 0..rows / 4 {
                        lite.write(|c| {
                            c.execute("INSERT INTO t VALUES (zeroblob(4000))", [])
                                .map_err(lite_error)
                        })
                        .await
                        .unwrap();
                    }
                })
            })
            .collect();
        for w in writers {
            w.await.unwrap();
        }
        writing.store(false, Ordering::Relaxed);
        for r in readers {
            r.await.unwrap();
        }
        // A log never started over holds every row's frame (and a header each): more than the
        // rows themselves. Started over, it is overwritten from its beginning and ends shorter,
        // by how much depends on how often the checkpointer got to run on a busy machine.
        let written = rows as u64 * 4096;
        let log = std::fs::metadata(dir.join("log.db-wal")).unwrap().len();
        assert!(
            log < written,
            "the log holds {log} bytes after {written} bytes of rows: it was never started over"
        );
        drop(lite);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
