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
pub use sql::{Backend, Inspection, Schema, SqlStore};
pub use traits::*;

pub mod testing;
