//! The email outbox.

use super::db::{query, Exec, Row};
use super::{enum_col, fetch_page, micros, opt_time_col, page_tail, time_col, Sql, SqlStore};
use crate::{EmailStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::email::{Email, EmailStatus};
use keybound_core::page::{Page, PageRequest};
use time::OffsetDateTime;

const COLUMNS: &str =
    "seq, id, tenant_id, realm_id, identity_id, job_id, to_address, to_name, subject, text_body, \
    html_body, status, attempts, last_error, next_attempt_time, create_time, update_time, sent_time";
/// Due now: waiting for an attempt, or claimed by a worker whose claim has lapsed.
const DUE: &str =
    "((status = 'PENDING' AND next_attempt_time <= $1) OR (status = 'SENDING' AND claimed_until <= $1))";

fn email_from_row(row: &Row) -> std::result::Result<Email, sqlx::Error> {
    Ok(Email {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        realm_id: row.try_get("realm_id")?,
        identity_id: row.try_get("identity_id")?,
        job_id: row.try_get("job_id")?,
        to_address: row.try_get("to_address")?,
        to_name: row.try_get("to_name")?,
        subject: row.try_get("subject")?,
        text_body: row.try_get("text_body")?,
        html_body: row.try_get("html_body")?,
        status: enum_col(row, "status", EmailStatus::parse)?,
        attempts: row.try_get("attempts")?,
        last_error: row.try_get("last_error")?,
        next_attempt_time: time_col(row, "next_attempt_time")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
        sent_time: opt_time_col(row, "sent_time")?,
    })
}

pub(crate) async fn insert_email(db: impl Exec, e: &Email) -> Result<()> {
    query(
        "INSERT INTO emails (id, tenant_id, realm_id, identity_id, job_id, to_address, to_name, subject, text_body, \
         html_body, status, attempts, next_attempt_time, create_time, update_time) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(&e.id)
    .bind(&e.tenant_id)
    .bind(&e.realm_id)
    .bind(&e.identity_id)
    .bind(&e.job_id)
    .bind(&e.to_address)
    .bind(&e.to_name)
    .bind(&e.subject)
    .bind(&e.text_body)
    .bind(&e.html_body)
    .bind(e.status.as_str())
    .bind(e.attempts)
    .bind(micros(e.next_attempt_time))
    .bind(micros(e.create_time))
    .bind(micros(e.update_time))
    .execute(db)
    .await?;
    Ok(())
}

#[async_trait]
impl EmailStore for SqlStore {
    async fn queue_email(&self, email: &Email) -> Result<()> {
        insert_email(&self.db, email).await
    }

    async fn claim_emails(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<Email>> {
        // The condition is checked again on each row as it is updated, so when two workers pick
        // the same row only the first claims it.
        let rows = query(format!(
            "UPDATE emails SET status = 'SENDING', claimed_until = $2, attempts = attempts + 1, update_time = $1 \
             WHERE id IN (SELECT id FROM emails WHERE {DUE} ORDER BY seq LIMIT $3) AND {DUE} RETURNING {COLUMNS}"
        ))
        .bind(micros(now))
        .bind(micros(lease_until))
        .bind(limit)
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .iter()
            .map(email_from_row)
            .collect::<std::result::Result<_, _>>()?)
    }

    async fn emails_waiting(&self) -> Result<i64> {
        let row = query("SELECT COUNT(*) FROM emails WHERE status IN ('PENDING', 'SENDING')")
            .fetch_one(&self.db)
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn email_sent(&self, id: &str, now: OffsetDateTime) -> Result<()> {
        let mut tx = self.db.begin().await?;
        query(
            "UPDATE emails SET status = 'SENT', sent_time = $1, update_time = $1, claimed_until = NULL, \
             last_error = NULL WHERE id = $2",
        )
        .bind(micros(now))
        .bind(id)
        .execute(&mut tx)
        .await?;
        query(
            "UPDATE identities SET invite_failed = FALSE \
             WHERE id IN (SELECT identity_id FROM emails WHERE id = $1 AND job_id IS NOT NULL)",
        )
        .bind(id)
        .execute(&mut tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn email_failed(
        &self,
        id: &str,
        error: &str,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<()> {
        let mut tx = self.db.begin().await?;
        let (status, next) = match retry_at {
            Some(at) => (EmailStatus::Pending, at),
            None => (EmailStatus::Failed, now),
        };
        query(
            "UPDATE emails SET status = $1, last_error = $2, next_attempt_time = $3, update_time = $4, \
             claimed_until = NULL WHERE id = $5",
        )
        .bind(status.as_str())
        .bind(error)
        .bind(micros(next))
        .bind(micros(now))
        .bind(id)
        .execute(&mut tx)
        .await?;
        if retry_at.is_none() {
            query(
                "UPDATE credential_binding_jobs SET state = 'FAILED_TO_SEND', update_time = $1 \
                 WHERE id IN (SELECT job_id FROM emails WHERE id = $2) \
                 AND state IN ('LINK_SENT', 'LINK_OPENED', 'REQUEST_DELIVERED')",
            )
            .bind(micros(now))
            .bind(id)
            .execute(&mut tx)
            .await?;
            query(
                "UPDATE identities SET invite_failed = TRUE \
                 WHERE id IN (SELECT identity_id FROM emails WHERE id = $1 AND job_id IS NOT NULL)",
            )
            .bind(id)
            .execute(&mut tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn email(&self, id: &str) -> Result<Email> {
        let row = query(format!("SELECT {COLUMNS} FROM emails WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.db)
            .await?
            .ok_or_else(|| StoreError::not_found("email", id))?;
        Ok(email_from_row(&row)?)
    }

    async fn list_emails(&self, realm_id: &str, page: PageRequest) -> Result<Page<Email>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM emails WHERE realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new(&format!("SELECT {COLUMNS} FROM emails WHERE realm_id = "));
        rows.arg(realm_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, email_from_row).await
    }
}
