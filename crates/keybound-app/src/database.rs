//! The database as the binary sees it: opened (and migrated) for the server, inspected for
//! `keybound check`, backed up and restored. Everything else reaches it through the use cases.

use crate::{App, AppError, Result};
use keybound_core::realm::Tenant;
pub use keybound_store::{Backend, Connections, Inspection, Schema};
use keybound_store::{SqlStore, TenantStore};
use std::sync::Arc;
use time::OffsetDateTime;

/// An open database.
#[derive(Clone)]
pub struct Database {
    store: SqlStore,
}

impl Database {
    /// Opens the database at `url`, creating and migrating it as needed (for the server).
    pub async fn open(url: &str) -> Result<Self> {
        let store = SqlStore::connect(url).await.map_err(|e| {
            AppError::new(
                crate::ErrorKind::Unavailable,
                format!("opening the database: {e}"),
            )
        })?;
        Ok(Self { store })
    }

    /// How the database at `url` stands, without creating or changing anything.
    pub async fn inspect(url: &str) -> Result<Inspection> {
        SqlStore::inspect(url)
            .await
            .map_err(|e| AppError::new(crate::ErrorKind::Unavailable, e.to_string()))
    }

    /// Makes sure the installation's tenant (and its first realm) exist; returns the tenant.
    pub async fn bootstrap(&self, now: OffsetDateTime) -> Result<Tenant> {
        Ok(self.store.bootstrap(now).await?)
    }

    pub fn backend(&self) -> Backend {
        self.store.backend()
    }

    /// Writes a consistent copy of an SQLite database to the new file `to`, while it is in use.
    pub async fn back_up(&self, to: &std::path::Path) -> Result<()> {
        Ok(self.store.back_up(to).await?)
    }

    /// Replaces the SQLite database at `url` with the copy `from`.
    pub fn restore(url: &str, from: &std::path::Path) -> Result<()> {
        Ok(SqlStore::restore(url, from)?)
    }

    /// The FIDO metadata imported, if any (for `keybound check`).
    pub async fn mds_summary(&self) -> Result<Option<keybound_core::mds::MdsSummary>> {
        Ok(keybound_store::MdsStore::mds_summary(&self.store).await?)
    }

    pub async fn close(&self) {
        self.store.close().await;
    }

    pub(crate) fn store(&self) -> Arc<dyn keybound_store::Store> {
        Arc::new(self.store.clone())
    }
}

impl App {
    /// The use cases on `database`, set up as `setup` says.
    pub fn new(database: &Database, setup: crate::Setup) -> Self {
        Self::on(database.store(), setup)
    }
}
