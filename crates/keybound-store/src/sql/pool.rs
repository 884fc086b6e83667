//! The connections to a database server (PostgreSQL), kept open between statements.
//!
//! sqlx's own pool checks every connection it gets back with a round trip to the server (a
//! `Sync` and its answer), in a task of its own: one more round trip, and two more wake-ups,
//! for every statement. Here a connection whose statement ran to its end (answered, or refused
//! by the database) goes straight back to the idle list, as it is: sqlx reads whatever the server
//! still has to say before it sends the next statement. Only a connection left in an unknown
//! state (its statement cancelled midway, the socket or a row's decoding failed, a transaction
//! left open) is settled by that round trip, and a rollback, off the request; if that fails it
//! is closed.

use sqlx::any::AnyConnectOptions;
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::AnyConnection;
use sqlx::{ConnectOptions, Connection, Executor};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

type SqlxResult<T> = std::result::Result<T, sqlx::Error>;

/// How long a request waits for a connection (one in use to come back, or a new one to open).
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long settling a connection left in an unknown state may take before it is closed.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(5);
/// A connection older than this is closed when it comes back (as sqlx's pool does), so that
/// none lives for ever: the server frees what a session accumulates.
const MAX_LIFETIME: Duration = Duration::from_secs(30 * 60);

pub(crate) struct Pool {
    options: AnyConnectOptions,
    /// Idle connections, with when each was opened.
    idle: Mutex<Vec<(AnyConnection, Instant)>>,
    /// One permit per connection that may be open: in use, being settled, or idle.
    permits: Arc<Semaphore>,
    /// Connections open now, idle or not.
    open: AtomicUsize,
    closed: AtomicBool,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("open", &self.open.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Pool {
    /// A pool of at most `max` connections to `url`, opened when first needed.
    pub fn new(url: &str, max: usize) -> SqlxResult<Arc<Self>> {
        let options: AnyConnectOptions = url.parse()?;
        Ok(Arc::new(Self {
            options,
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(max)),
            open: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
        }))
    }

    /// A connection: an idle one, or a new one while fewer than the maximum are open.
    pub async fn acquire(self: &Arc<Self>) -> SqlxResult<Conn> {
        tokio::time::timeout(ACQUIRE_TIMEOUT, self.acquire_now())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
    }

    async fn acquire_now(self: &Arc<Self>) -> SqlxResult<Conn> {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        if self.closed.load(Ordering::Relaxed) {
            return Err(sqlx::Error::PoolClosed);
        }
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let (conn, opened) = match idle {
            Some(idle) => idle,
            None => {
                let conn = self.options.connect().await?;
                self.open.fetch_add(1, Ordering::Relaxed);
                (conn, Instant::now())
            }
        };
        Ok(Conn {
            conn: Some(conn),
            opened,
            pool: self.clone(),
            permit: Some(permit),
            settled: true,
            in_transaction: false,
        })
    }

    /// (open, idle) connections.
    pub fn counts(&self) -> (usize, usize) {
        let idle = self.idle.lock().map_or(0, |idle| idle.len());
        (self.open.load(Ordering::Relaxed), idle)
    }

    /// Closes the idle connections and refuses new requests; connections in use close as they
    /// come back.
    pub async fn close(&self) {
        self.closed.store(true, Ordering::Relaxed);
        self.permits.close();
        let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|p| p.into_inner()));
        for (conn, _) in idle {
            self.open.fetch_sub(1, Ordering::Relaxed);
            let _ = conn.close().await;
        }
    }

    /// Puts a settled connection back in the idle list, or closes it (with a goodbye to the
    /// server) if it is old enough or the pool is closed.
    fn keep(&self, conn: AnyConnection, opened: Instant) {
        if !self.closed.load(Ordering::Relaxed) && opened.elapsed() < MAX_LIFETIME {
            self.idle
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((conn, opened));
            return;
        }
        self.open.fetch_sub(1, Ordering::Relaxed);
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move { conn.close().await });
        }
    }

    /// Drops `conn` without a goodbye to the server (it may be mid-answer), which ends its
    /// session there and rolls back whatever it left open.
    fn forget(&self, conn: AnyConnection) {
        self.open.fetch_sub(1, Ordering::Relaxed);
        drop(conn);
    }
}

/// A connection taken from the pool; it goes back when dropped.
pub(crate) struct Conn {
    conn: Option<AnyConnection>,
    opened: Instant,
    pool: Arc<Pool>,
    permit: Option<OwnedSemaphorePermit>,
    /// False while a statement runs, and after one that ended other than with an answer or a
    /// database's refusal.
    settled: bool,
    /// A transaction is open on it (begun, not yet committed or rolled back).
    in_transaction: bool,
}

impl Conn {
    /// Runs `work` on the connection, keeping track of whether it ended cleanly.
    pub async fn run<T>(
        &mut self,
        work: impl AsyncFnOnce(&mut AnyConnection) -> SqlxResult<T>,
    ) -> SqlxResult<T> {
        let conn = self
            .conn
            .as_mut()
            .ok_or_else(|| sqlx::Error::Protocol("the connection is gone".into()))?;
        self.settled = false;
        let outcome = work(conn).await;
        // A database's refusal leaves the connection ready for the next statement; a broken
        // socket, a protocol error or a row that did not decode may leave it mid-answer.
        self.settled = matches!(&outcome, Ok(_) | Err(sqlx::Error::Database(_)));
        outcome
    }

    /// Brings the database's schema up to date.
    pub async fn migrate(&mut self, migrator: &Migrator) -> Result<(), MigrateError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or(MigrateError::Execute(sqlx::Error::PoolClosed))?;
        self.settled = false;
        migrator.run(conn).await?;
        self.settled = true;
        Ok(())
    }

    /// Begins a transaction.
    pub async fn begin(&mut self) -> SqlxResult<()> {
        self.in_transaction = true;
        self.run(async |conn| conn.execute("BEGIN").await.map(drop)).await
    }

    /// Commits (`COMMIT`) or rolls back (`ROLLBACK`) the transaction. Either ends it, even
    /// when the database refuses the commit.
    pub async fn end(&mut self, statement: &'static str) -> SqlxResult<()> {
        let outcome = self
            .run(async |conn| conn.execute(statement).await.map(drop))
            .await;
        self.in_transaction = !self.settled;
        outcome
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        let Some(mut conn) = self.conn.take() else {
            return;
        };
        if self.settled && !self.in_transaction {
            // Back in the idle list before the permit is given back (dropped after this).
            self.pool.keep(conn, self.opened);
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            self.pool.forget(conn);
            return;
        };
        let (pool, permit) = (self.pool.clone(), self.permit.take());
        let (opened, in_transaction) = (self.opened, self.in_transaction);
        runtime.spawn(async move {
            let settled = tokio::time::timeout(SETTLE_TIMEOUT, async {
                conn.ping().await?;
                if in_transaction {
                    conn.execute("ROLLBACK").await?;
                }
                SqlxResult::Ok(())
            })
            .await;
            match settled {
                Ok(Ok(())) => pool.keep(conn, opened),
                _ => pool.forget(conn),
            }
            drop(permit);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::db::{query, Db};
    use super::*;
    use crate::testing::{fresh_postgres_database, postgres_url};

    /// A pool of `max` connections on a fresh database, or `None` without PostgreSQL.
    async fn postgres(max: usize) -> Option<(Db, String)> {
        sqlx::any::install_default_drivers();
        let url = fresh_postgres_database(&postgres_url()?).await;
        Some((Db::Any(Pool::new(&url, max).unwrap()), url))
    }

    async fn backend_pid(db: &Db) -> i64 {
        query("SELECT CAST(pg_backend_pid() AS BIGINT)")
            .fetch_one(db)
            .await
            .unwrap()
            .try_get(0)
            .unwrap()
    }

    #[tokio::test]
    async fn a_refused_statement_leaves_its_connection_in_the_pool() {
        let Some((db, _)) = postgres(1).await else { return };
        query("CREATE TABLE t (x INT PRIMARY KEY)")
            .execute(&db)
            .await
            .unwrap();
        query("INSERT INTO t VALUES (1)").execute(&db).await.unwrap();
        let before = backend_pid(&db).await;
        let refused = query("INSERT INTO t VALUES (1)").execute(&db).await;
        assert!(matches!(refused, Err(sqlx::Error::Database(_))), "{refused:?}");
        assert_eq!(backend_pid(&db).await, before, "the same connection, kept");
        let Db::Any(pool) = &db else { unreachable!() };
        assert_eq!(pool.counts(), (1, 1));
    }

    #[tokio::test]
    async fn a_statement_cancelled_midway_leaves_no_answer_to_the_next_one() {
        let Some((db, _)) = postgres(1).await else { return };
        let before = backend_pid(&db).await;
        let sleeping = query("SELECT pg_sleep(0.3), 'late' AS answer").fetch_one(&db);
        assert!(tokio::time::timeout(Duration::from_millis(50), sleeping)
            .await
            .is_err());
        // The one connection is settled (its late answer read) before it serves another.
        let row = query("SELECT 'fresh' AS answer").fetch_one(&db).await.unwrap();
        assert_eq!(row.try_get::<String, _>("answer").unwrap(), "fresh");
        assert_eq!(backend_pid(&db).await, before, "settled and kept, not reopened");
    }

    #[tokio::test]
    async fn a_transaction_dropped_unfinished_is_rolled_back_and_its_locks_let_go() {
        let Some((db, url)) = postgres(1).await else {
            return;
        };
        query("CREATE TABLE t (x INT PRIMARY KEY)")
            .execute(&db)
            .await
            .unwrap();
        let mut tx = db.begin().await.unwrap();
        query("INSERT INTO t VALUES (1)").execute(&mut tx).await.unwrap();
        drop(tx);
        let count = query("SELECT COUNT(*) FROM t").fetch_one(&db).await.unwrap();
        assert_eq!(count.try_get::<i64, _>(0).unwrap(), 0);
        // Another session can take the row the dropped transaction had locked.
        let mut other = AnyConnection::connect(&url).await.unwrap();
        other.execute("SET lock_timeout = '2s'").await.unwrap();
        other.execute("INSERT INTO t VALUES (1)").await.unwrap();
        let Db::Any(pool) = &db else { unreachable!() };
        assert_eq!(pool.counts(), (1, 1));
    }

    #[tokio::test]
    async fn no_more_connections_than_the_maximum_are_opened() {
        let Some((db, url)) = postgres(2).await else {
            return;
        };
        let database = url.rsplit('/').next().unwrap().to_owned();
        let mut statements = tokio::task::JoinSet::new();
        for _ in 0..20 {
            let db = db.clone();
            statements.spawn(async move { query("SELECT pg_sleep(0.02)").execute(&db).await.map(drop) });
        }
        for done in statements.join_all().await {
            done.unwrap();
        }
        let open = query("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = $1")
            .bind(database.as_str())
            .fetch_one(&db)
            .await
            .unwrap();
        assert_eq!(open.try_get::<i64, _>(0).unwrap(), 2);
    }
}
