//! Batch credential binding jobs: the batch, its items, and the lease one worker holds while it
//! makes the batch's jobs. An item leaves PENDING once, with a conditional UPDATE, inside the
//! transaction that made its job.

use super::db::{query, Row};
use super::{fetch_page, micros, page_tail, time_col, Sql, SqlStore};
use crate::{Batch, BatchClaim, BatchItem, BatchStore, NewBatch, Result, StoreError};
use async_trait::async_trait;
use keybound_core::page::{Page, PageRequest};
use time::OffsetDateTime;

fn item_from_row(row: &Row) -> std::result::Result<BatchItem, sqlx::Error> {
    Ok(BatchItem {
        position: row.try_get("seq")?,
        identity_id: row.try_get("identity_id")?,
        state: row.try_get("state")?,
        job_id: row.try_get("job_id")?,
        credential_id: row.try_get("credential_id")?,
        error: row.try_get("error")?,
    })
}

#[async_trait]
impl BatchStore for SqlStore {
    async fn create_batch(&self, batch: &NewBatch, now: OffsetDateTime) -> Result<()> {
        let mut tx = self.db.begin().await?;
        let total = batch.identity_ids.len() as i64;
        query(
            "INSERT INTO batch_binding_jobs (id, tenant_id, realm_id, job_template, actor, total, pending, \
             create_time, update_time) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $7)",
        )
        .bind(&batch.id)
        .bind(&batch.tenant_id)
        .bind(&batch.realm_id)
        .bind(&batch.job_template)
        .bind(&batch.actor)
        .bind(total)
        .bind(micros(now))
        .execute(&mut tx)
        .await?;
        for chunk in batch.identity_ids.chunks(200).enumerate() {
            let (n, ids) = chunk;
            let mut insert = Sql::new(
                "INSERT INTO batch_binding_job_items (batch_id, position, identity_id, state) VALUES ",
            );
            for (i, id) in ids.iter().enumerate() {
                if i > 0 {
                    insert.push(", ");
                }
                insert.push("(").arg(batch.id.as_str()).push(", ");
                insert.arg((n * 200 + i) as i64).push(", ").arg(id.as_str());
                insert.push(", 'PENDING')");
            }
            insert.query().execute(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn batch(&self, realm_id: &str, id: &str, now: OffsetDateTime) -> Result<Batch> {
        let row = query(
            "SELECT id, realm_id, job_template, total, pending, lease_until, create_time, update_time, \
             (SELECT COUNT(*) FROM batch_binding_job_items i WHERE i.batch_id = b.id AND i.state = 'CREATED') AS made, \
             (SELECT COUNT(*) FROM batch_binding_job_items i WHERE i.batch_id = b.id AND i.state = 'FAILED') AS failed \
             FROM batch_binding_jobs b WHERE realm_id = $1 AND id = $2",
        )
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("batch_credential_binding_job", id))?;
        let ids =
            query("SELECT identity_id FROM batch_binding_job_items WHERE batch_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(&self.db)
                .await?;
        let lease: Option<i64> = row.try_get("lease_until")?;
        Ok(Batch {
            id: row.try_get("id")?,
            realm_id: row.try_get("realm_id")?,
            job_template: row.try_get("job_template")?,
            identity_ids: ids
                .iter()
                .map(|r| r.try_get("identity_id"))
                .collect::<std::result::Result<_, _>>()?,
            total: row.try_get("total")?,
            pending: row.try_get("pending")?,
            created: row.try_get("made")?,
            failed: row.try_get("failed")?,
            leased: lease.is_some_and(|l| l > micros(now)),
            create_time: time_col(&row, "create_time")?,
            update_time: time_col(&row, "update_time")?,
        })
    }

    async fn batch_items(&self, realm_id: &str, id: &str, page: PageRequest) -> Result<Page<BatchItem>> {
        let exists = query("SELECT 1 FROM batch_binding_jobs WHERE realm_id = $1 AND id = $2")
            .bind(realm_id)
            .bind(id)
            .fetch_optional(&self.db)
            .await?;
        if exists.is_none() {
            return Err(StoreError::not_found("batch_credential_binding_job", id));
        }
        let mut count = Sql::new("SELECT COUNT(*) FROM batch_binding_job_items WHERE batch_id = ");
        count.arg(id);
        let mut rows = Sql::new(
            "SELECT i.position AS seq, i.identity_id, i.state, i.job_id, i.error, j.credential_id \
             FROM batch_binding_job_items i LEFT JOIN credential_binding_jobs j ON j.id = i.job_id WHERE i.batch_id = ",
        );
        rows.arg(id);
        page_tail(&mut rows, "i.position", page);
        fetch_page(&self.db, &count, &rows, page, item_from_row).await
    }

    async fn queued_batches(&self, realm_id: &str) -> Result<i64> {
        let row = query("SELECT COUNT(*) FROM batch_binding_jobs WHERE realm_id = $1 AND pending > 0")
            .bind(realm_id)
            .fetch_one(&self.db)
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn claim_batch(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
    ) -> Result<Option<BatchClaim>> {
        // Oldest first; the UPDATE takes it only if nobody took it meanwhile.
        let candidates = query(
            "SELECT id FROM batch_binding_jobs WHERE pending > 0 AND (lease_until IS NULL OR lease_until <= $1) \
             ORDER BY create_time LIMIT 5",
        )
        .bind(micros(now))
        .fetch_all(&self.db)
        .await?;
        for candidate in &candidates {
            let id: String = candidate.try_get("id")?;
            let taken = query(
                "UPDATE batch_binding_jobs SET lease_until = $2 WHERE id = $1 AND pending > 0 \
                 AND (lease_until IS NULL OR lease_until <= $3)",
            )
            .bind(&id)
            .bind(micros(lease_until))
            .bind(micros(now))
            .execute(&self.db)
            .await?
            .rows_affected();
            if taken == 1 {
                let row = query("SELECT id, tenant_id, realm_id, job_template, actor FROM batch_binding_jobs WHERE id = $1")
                    .bind(&id)
                    .fetch_one(&self.db)
                    .await?;
                return Ok(Some(BatchClaim {
                    id: row.try_get("id")?,
                    tenant_id: row.try_get("tenant_id")?,
                    realm_id: row.try_get("realm_id")?,
                    job_template: row.try_get("job_template")?,
                    actor: row.try_get("actor")?,
                }));
            }
        }
        Ok(None)
    }

    async fn renew_batch(&self, id: &str, lease_until: OffsetDateTime) -> Result<()> {
        query("UPDATE batch_binding_jobs SET lease_until = $2 WHERE id = $1")
            .bind(id)
            .bind(micros(lease_until))
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn release_batch(&self, id: &str) -> Result<()> {
        query("UPDATE batch_binding_jobs SET lease_until = NULL WHERE id = $1")
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn pending_items(&self, batch_id: &str, limit: i64) -> Result<Vec<(i64, String)>> {
        let rows = query(
            "SELECT position, identity_id FROM batch_binding_job_items WHERE batch_id = $1 AND state = 'PENDING' \
             ORDER BY position LIMIT $2",
        )
        .bind(batch_id)
        .bind(limit)
        .fetch_all(&self.db)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("position")?, r.try_get("identity_id")?)))
            .collect()
    }

    async fn finish_item(
        &self,
        batch_id: &str,
        position: i64,
        outcome: std::result::Result<&str, &str>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let mut tx = self.db.begin().await?;
        let (state, job_id, error) = match outcome {
            Ok(job) => ("CREATED", Some(job), None),
            Err(why) => ("FAILED", None, Some(why)),
        };
        let changed = query(
            "UPDATE batch_binding_job_items SET state = $3, job_id = $4, error = $5 \
             WHERE batch_id = $1 AND position = $2 AND state = 'PENDING'",
        )
        .bind(batch_id)
        .bind(position)
        .bind(state)
        .bind(job_id)
        .bind(error)
        .execute(&mut tx)
        .await?
        .rows_affected();
        if changed == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        query("UPDATE batch_binding_jobs SET pending = pending - 1, update_time = $2 WHERE id = $1")
            .bind(batch_id)
            .bind(micros(now))
            .execute(&mut tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }
}
