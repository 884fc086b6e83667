//! The imported FIDO Metadata Service BLOB: a summary row and one row per authenticator model.

use super::db::query;
use super::{micros, Sql, SqlStore};
use crate::{MdsStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::mds::{MdsBlob, MdsEntry, MdsSummary};
use time::OffsetDateTime;

#[async_trait]
impl MdsStore for SqlStore {
    async fn replace_mds(&self, blob: &MdsBlob, now: OffsetDateTime) -> Result<()> {
        let mut tx = self.db.begin().await?;
        // Taking the summary row first orders concurrent imports; an older BLOB changes nothing.
        let replaced = query(
            "INSERT INTO mds_blob (id, number, next_update, import_time, entries) \
             VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET number = $1, \
             next_update = $2, import_time = $3, entries = $4 WHERE mds_blob.number <= $1",
        )
        .bind(blob.number)
        .bind(&blob.next_update)
        .bind(micros(now))
        .bind(blob.entries.len() as i64)
        .execute(&mut tx)
        .await?
        .rows_affected();
        if replaced == 0 {
            tx.rollback().await?;
            let stored = self.mds_summary().await?.map_or(0, |s| s.number);
            return Err(StoreError::Conflict(format!(
                "a newer BLOB (number {stored}) is imported already; this one is number {}",
                blob.number
            )));
        }
        query("DELETE FROM mds_entries").execute(&mut tx).await?;
        for e in &blob.entries {
            let roots = serde_json::to_string(&e.roots).unwrap_or_else(|_| "[]".into());
            query(
                "INSERT INTO mds_entries (aaguid, description, icon, roots, status) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (aaguid) DO NOTHING",
            )
            .bind(&e.aaguid)
            .bind(&e.description)
            .bind(e.icon.as_deref())
            .bind(roots)
            .bind(e.status.as_deref())
            .execute(&mut tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn mds_summary(&self) -> Result<Option<MdsSummary>> {
        let row = query("SELECT number, next_update, import_time, entries FROM mds_blob WHERE id = 1")
            .fetch_optional(&self.db)
            .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(MdsSummary {
            number: row.try_get("number")?,
            next_update: row.try_get("next_update")?,
            imported: keybound_core::time_fmt::rfc3339(super::time_col(&row, "import_time")?),
            entries: row.try_get("entries")?,
        }))
    }

    async fn mds_entries(&self, aaguids: &[String]) -> Result<Vec<MdsEntry>> {
        if aaguids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql =
            Sql::new("SELECT aaguid, description, icon, roots, status FROM mds_entries WHERE aaguid IN ");
        sql.list(aaguids);
        let rows = sql.query().fetch_all(&self.db).await?;
        rows.iter()
            .map(|row| {
                let roots: String = row.try_get("roots")?;
                Ok(MdsEntry {
                    aaguid: row.try_get("aaguid")?,
                    description: row.try_get("description")?,
                    icon: row.try_get("icon")?,
                    roots: serde_json::from_str(&roots).unwrap_or_default(),
                    status: row.try_get("status")?,
                })
            })
            .collect()
    }
}
