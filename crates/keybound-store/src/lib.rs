//! Keybound's storage. The `Store` traits say what the rest of Keybound may ask of the database;
//! [`SqlStore`] answers them on SQLite (the embedded default) or PostgreSQL.
//!
//! Both backends share one implementation: every data statement is written in the SQL that
//! SQLite and PostgreSQL both accept (`$n` parameters, `RETURNING`, `ON CONFLICT`), and only the
//! schema (`migrations/sqlite`, `migrations/postgres`) and connection setup differ. One contract
//! test suite (`tests/contract.rs`) runs against both, which is what keeps that promise honest.

mod error;
mod sql;
mod traits;

pub use error::StoreError;
pub use sql::{Backend, Inspection, Schema, SqlStore, Unit};
pub use traits::*;

pub mod testing;

/// Runs `work` as one transaction: every call it makes to `store`, on this task, commits when
/// it returns `Ok` and is undone when it returns `Err` (or is dropped unfinished). Inside
/// another unit on the same store, `work` is part of that one.
///
/// On SQLite a unit holds the database's one writer until it ends: it must not wait for
/// anything but the database (no network), nor for another task's write.
pub async fn atomically<T, E, F>(store: &dyn Store, work: F) -> std::result::Result<T, E>
where
    F: std::future::Future<Output = std::result::Result<T, E>> + Send,
    E: From<StoreError>,
{
    let Some(unit) = store.begin_unit().await? else {
        return work.await;
    };
    match unit.scope(work).await {
        Ok(value) => {
            unit.commit().await.map_err(StoreError::from)?;
            Ok(value)
        }
        Err(e) => {
            unit.rollback().await;
            Err(e)
        }
    }
}
