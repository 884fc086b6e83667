//! Sessions.

use super::db::{query, Db, Exec, Query, Row};
use super::identities::{identity_columns, identity_from_row};
use super::{aliased, audit, credentials, micros, opt_time_col, placeholders, time_col, Backend, SqlStore};
use crate::{Result, SessionStore, SignInContext, StoreError};
use async_trait::async_trait;
use keybound_core::audit::AuditEvent;
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::Credential;
use keybound_core::session::Session;
use std::sync::LazyLock;
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

    async fn sign_in_context(
        &self,
        ceremony_id: &str,
        webauthn_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<SignInContext>> {
        fn read(backend: Backend) -> String {
            format!(
                "SELECT ce.job_id AS realm_id, ce.state, ce.expire_time, {}, {}, {} AS active_ids \
                 FROM ceremonies ce \
                 LEFT JOIN credentials c ON c.credential_id = $2 \
                 LEFT JOIN identities i ON i.id = c.identity_id AND i.realm_id = c.realm_id \
                 WHERE ce.id = $1 AND ce.purpose = $3",
                aliased(credentials::COLUMNS, "c", "c_"),
                aliased(&identity_columns(), "i", "i_"),
                credentials::active_ids_subquery(backend, "c.identity_id"),
            )
        }
        static SQL: LazyLock<[String; 2]> =
            LazyLock::new(|| [read(Backend::Sqlite), read(Backend::Postgres)]);
        let sql = self.backend.pick(&SQL);
        let row = query(sql)
            .bind(ceremony_id)
            .bind(webauthn_id)
            .bind(CeremonyPurpose::SignIn.as_str())
            .fetch_optional(&self.db)
            .await?;
        let Some(row) = row else { return Ok(None) };
        if time_col(&row, "expire_time")? <= now {
            return Ok(None);
        }
        let (realm_id, state) = (row.try_get("realm_id")?, row.try_get("state")?);
        let active_credential_ids = credentials::split_ids(row.try_get("active_ids")?);
        let row = row.prefixed("c_");
        let credential = match row.try_get::<Option<String>, _>("id")? {
            Some(_) => Some(credentials::credential_from_row(&row)?),
            None => None,
        };
        let row = row.prefixed("i_");
        let identity = match row.try_get::<Option<String>, _>("id")? {
            Some(_) => Some(identity_from_row(&row)?),
            None => None,
        };
        Ok(Some(SignInContext {
            realm_id,
            state,
            credential,
            identity,
            active_credential_ids,
        }))
    }

    async fn record_sign_in(
        &self,
        ceremony_id: &str,
        used: &Credential,
        s: &Session,
        event: Option<&AuditEvent>,
    ) -> Result<bool> {
        if self.backend == Backend::Postgres {
            return record_sign_in_at_once(&self.db, ceremony_id, used, s, event).await;
        }
        let mut tx = self.db.begin().await?;
        let taken = query("DELETE FROM ceremonies WHERE id = $1 AND purpose = $2")
            .bind(ceremony_id)
            .bind(CeremonyPurpose::SignIn.as_str())
            .execute(&mut tx)
            .await?
            .rows_affected();
        if taken == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        credentials::record_use(&mut tx, used, s.create_time).await?;
        insert_session(&mut tx, s).await?;
        if let Some(event) = event {
            audit::insert_event(&mut tx, event).await?;
        }
        tx.commit().await?;
        Ok(true)
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

/// The columns a session is inserted with, in the order [`bind_session`] binds them.
const INSERT_COLUMNS: &str =
    "id, secret_hash, identity_id, realm_id, tenant_id, credential_id, user_agent, ip, \
     create_time, last_seen_time, idle_expire_time, expire_time, amr";

fn bind_session(q: Query, s: &Session) -> Query {
    q.bind(&s.id)
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
}

async fn insert_session(db: impl Exec, s: &Session) -> Result<()> {
    let values = placeholders(1, INSERT_COLUMNS.split(',').count());
    bind_session(
        query(format!(
            "INSERT INTO sessions ({INSERT_COLUMNS}) VALUES ({values})"
        )),
        s,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// [`SessionStore::record_sign_in`] on PostgreSQL as one statement, so one round trip: the
/// ceremony's `DELETE` and the writes that follow only if it took a row, all or nothing.
/// (SQLite runs in this process and has no writes inside `WITH`: it uses a transaction.)
async fn record_sign_in_at_once(
    db: &Db,
    ceremony_id: &str,
    used: &Credential,
    s: &Session,
    event: Option<&AuditEvent>,
) -> Result<bool> {
    const IF_TAKEN: &str = "WHERE EXISTS (SELECT 1 FROM taken)";
    let session_values = placeholders(8, INSERT_COLUMNS.split(',').count());
    let mut sql = format!(
        "WITH taken AS (DELETE FROM ceremonies WHERE id = $1 AND purpose = $2 RETURNING id), \
         used AS ({} AND EXISTS (SELECT 1 FROM taken)), \
         opened AS (INSERT INTO sessions ({INSERT_COLUMNS}) SELECT {session_values} {IF_TAKEN})",
        credentials::record_use_statement(3),
    );
    if event.is_some() {
        let first = 8 + INSERT_COLUMNS.split(',').count();
        let event_values = placeholders(first, audit::INSERT_COLUMNS.split(',').count());
        sql.push_str(&format!(
            ", audited AS (INSERT INTO audit_events ({}) SELECT {event_values} {IF_TAKEN})",
            audit::INSERT_COLUMNS
        ));
    }
    sql.push_str(" SELECT COUNT(*) FROM taken");
    let q = query(sql)
        .bind(ceremony_id)
        .bind(CeremonyPurpose::SignIn.as_str());
    let mut q = bind_session(credentials::bind_use(q, used, s.create_time), s);
    if let Some(event) = event {
        q = audit::bind_event(q, event);
    }
    let taken: i64 = q.fetch_one(db).await?.try_get(0)?;
    Ok(taken == 1)
}
