//! Sessions.

use super::db::{query, Exec, Row};
use super::{micros, opt_time_col, time_col, SqlStore};
use crate::{Result, SessionStore, StoreError};
use async_trait::async_trait;
use keybound_core::audit::AuditEvent;
use keybound_core::credential::Credential;
use keybound_core::session::Session;
use time::OffsetDateTime;

const COLUMNS: &str =
    "id, secret_hash, identity_id, realm_id, tenant_id, credential_id, user_agent, ip, create_time, \
    last_seen_time, idle_expire_time, expire_time, revoked_time, amr";
/// Live at `$2`.
const LIVE: &str = "revoked_time IS NULL AND idle_expire_time > $2 AND expire_time > $2";

fn session_from_row(row: &Row) -> std::result::Result<Session, sqlx::Error> {
    Ok(Session {
        id: row.try_get("id")?,
        secret_hash: row.try_get("secret_hash")?,
        identity_id: row.try_get("identity_id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        credential_id: row.try_get("credential_id")?,
        amr: row
            .try_get::<String, _>("amr")?
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        user_agent: row.try_get("user_agent")?,
        ip: row.try_get("ip")?,
        create_time: time_col(row, "create_time")?,
        last_seen_time: time_col(row, "last_seen_time")?,
        idle_expire_time: time_col(row, "idle_expire_time")?,
        expire_time: time_col(row, "expire_time")?,
        revoked_time: opt_time_col(row, "revoked_time")?,
    })
}

#[async_trait]
impl SessionStore for SqlStore {
    async fn create_session(&self, s: &Session) -> Result<()> {
        insert_session(&self.db, s).await
    }

    async fn record_sign_in(&self, used: &Credential, s: &Session, event: Option<&AuditEvent>) -> Result<()> {
        let mut tx = self.db.begin().await?;
        super::credentials::record_use(&mut tx, used, s.create_time).await?;
        insert_session(&mut tx, s).await?;
        if let Some(event) = event {
            super::audit::insert_event(&mut tx, event).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn session(&self, id: &str) -> Result<Option<Session>> {
        let row = query(format!("SELECT {COLUMNS} FROM sessions WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.db)
            .await?;
        Ok(row.as_ref().map(session_from_row).transpose()?)
    }

    async fn touch_session(
        &self,
        id: &str,
        now: OffsetDateTime,
        idle_expire_time: OffsetDateTime,
    ) -> Result<()> {
        query("UPDATE sessions SET last_seen_time = $1, idle_expire_time = $2 WHERE id = $3 AND revoked_time IS NULL")
            .bind(micros(now))
            .bind(micros(idle_expire_time))
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn revoke_session(&self, identity_id: &str, id: &str, now: OffsetDateTime) -> Result<()> {
        let revoked = query(format!(
            "UPDATE sessions SET revoked_time = $2 WHERE identity_id = $1 AND id = $3 AND {LIVE}"
        ))
        .bind(identity_id)
        .bind(micros(now))
        .bind(id)
        .execute(&self.db)
        .await?
        .rows_affected();
        if revoked == 0 {
            return Err(StoreError::not_found("session", id));
        }
        Ok(())
    }

    async fn revoke_sessions(&self, identity_id: &str, now: OffsetDateTime) -> Result<u64> {
        let revoked = query(format!(
            "UPDATE sessions SET revoked_time = $2 WHERE identity_id = $1 AND {LIVE}"
        ))
        .bind(identity_id)
        .bind(micros(now))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(revoked)
    }

    async fn live_sessions(&self, identity_id: &str, now: OffsetDateTime) -> Result<Vec<Session>> {
        let rows = query(format!(
            "SELECT {COLUMNS} FROM sessions WHERE identity_id = $1 AND {LIVE} ORDER BY seq DESC LIMIT 100"
        ))
        .bind(identity_id)
        .bind(micros(now))
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .iter()
            .map(session_from_row)
            .collect::<std::result::Result<_, _>>()?)
    }
}

async fn insert_session(db: impl Exec, s: &Session) -> Result<()> {
    query(
        "INSERT INTO sessions (id, secret_hash, identity_id, realm_id, tenant_id, credential_id, user_agent, ip, \
         create_time, last_seen_time, idle_expire_time, expire_time, amr) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(&s.id)
    .bind(&s.secret_hash)
    .bind(&s.identity_id)
    .bind(&s.realm_id)
    .bind(&s.tenant_id)
    .bind(&s.credential_id)
    .bind(&s.user_agent)
    .bind(&s.ip)
    .bind(micros(s.create_time))
    .bind(micros(s.last_seen_time))
    .bind(micros(s.idle_expire_time))
    .bind(micros(s.expire_time))
    .bind(s.amr.join(" "))
    .execute(db)
    .await?;
    Ok(())
}
