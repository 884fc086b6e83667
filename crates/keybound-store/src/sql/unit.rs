//! A change made of several store calls, committed as one: [`crate::atomically`].
//!
//! While a unit runs, every statement its task sends to the same database runs in the unit's
//! transaction, whichever store method sends it; a method that opens a transaction of its own
//! gets a savepoint inside the unit instead. So a use case reads, checks, changes and writes its
//! audit event with the store's ordinary methods, and all of it commits together or not at all.
//! Work the unit's task hands to another task is not part of it.

use super::db::{Db, Done, Query, Row, Tx};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::Mutex as AsyncMutex;

type SqlxResult<T> = std::result::Result<T, sqlx::Error>;

tokio::task_local! {
    static CURRENT: Arc<Unit>;
}

/// One transaction shared by the store calls of one change.
pub struct Unit {
    /// The database the unit belongs to: a store on another database is not part of it.
    db: usize,
    tx: AsyncMutex<Option<Tx>>,
    /// Statements to run before the next one: the undoing of savepoints dropped unfinished
    /// (a drop cannot wait for the database).
    pending: Mutex<Vec<String>>,
    savepoints: AtomicUsize,
}

impl std::fmt::Debug for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unit").field("db", &self.db).finish()
    }
}

impl Unit {
    /// Begins a unit on `db`; `None` when this task already runs one there (the outer one
    /// then holds the inner's work).
    pub(crate) async fn begin(db: &Db) -> SqlxResult<Option<Arc<Self>>> {
        if Self::current(db).is_some() {
            return Ok(None);
        }
        let tx = db.begin().await?;
        Ok(Some(Arc::new(Self {
            db: db.id(),
            tx: AsyncMutex::new(Some(tx)),
            pending: Mutex::new(Vec::new()),
            savepoints: AtomicUsize::new(0),
        })))
    }

    /// The unit this task runs on `db`, if any.
    pub(crate) fn current(db: &Db) -> Option<Arc<Self>> {
        CURRENT
            .try_with(|unit| (unit.db == db.id()).then(|| unit.clone()))
            .ok()
            .flatten()
    }

    /// Runs `work` with this unit as its task's.
    pub async fn scope<F: std::future::Future>(self: &Arc<Self>, work: F) -> F::Output {
        CURRENT.scope(self.clone(), work).await
    }

    pub(crate) async fn run(&self, q: Query, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        let mut tx = self.tx.lock().await;
        let tx = tx.as_mut().ok_or_else(over)?;
        self.undo_dropped(tx).await?;
        tx.run_own(q, want_rows).await
    }

    /// Runs what savepoints dropped unfinished left to undo.
    async fn undo_dropped(&self, tx: &mut Tx) -> SqlxResult<()> {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        for statement in pending {
            tx.run_own(utility(statement), false).await?;
        }
        Ok(())
    }

    pub async fn commit(&self) -> SqlxResult<()> {
        let mut tx = self.tx.lock().await.take().ok_or_else(over)?;
        self.undo_dropped(&mut tx).await?;
        tx.commit().await
    }

    pub async fn rollback(&self) {
        if let Some(tx) = self.tx.lock().await.take() {
            let _ = tx.rollback().await;
        }
    }

    /// A transaction inside the unit: a savepoint.
    pub(crate) async fn nested(self: Arc<Self>) -> SqlxResult<Nested> {
        let name = format!("unit_{}", self.savepoints.fetch_add(1, Ordering::Relaxed));
        self.run(utility(format!("SAVEPOINT {name}")), false).await?;
        Ok(Nested {
            unit: self,
            name,
            open: true,
        })
    }
}

fn over() -> sqlx::Error {
    sqlx::Error::Protocol("the unit is over".into())
}

/// A statement that is not data: planned once, never kept.
fn utility(text: String) -> Query {
    Query::with_args(text, Vec::new(), true)
}

/// A store method's own transaction, inside a unit.
pub(crate) struct Nested {
    unit: Arc<Unit>,
    name: String,
    open: bool,
}

impl Nested {
    pub(crate) async fn run(&self, q: Query, want_rows: bool) -> SqlxResult<(Vec<Row>, Done)> {
        self.unit.run(q, want_rows).await
    }

    pub(crate) async fn commit(mut self) -> SqlxResult<()> {
        self.open = false;
        self.unit
            .run(utility(format!("RELEASE SAVEPOINT {}", self.name)), false)
            .await
            .map(drop)
    }

    pub(crate) async fn rollback(mut self) -> SqlxResult<()> {
        self.open = false;
        for statement in self.undo() {
            self.unit.run(utility(statement), false).await?;
        }
        Ok(())
    }

    fn undo(&self) -> [String; 2] {
        [
            format!("ROLLBACK TO SAVEPOINT {}", self.name),
            format!("RELEASE SAVEPOINT {}", self.name),
        ]
    }
}

impl Drop for Nested {
    fn drop(&mut self) {
        if self.open {
            let undo = self.undo();
            self.unit
                .pending
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend(undo);
        }
    }
}
