//! Login codes.

use super::db::{query, Row};
use super::{micros, opt_time_col, time_col, SqlStore};
use crate::{LoginCodeStore, Result};
use async_trait::async_trait;
use keybound_core::login_code::{LoginCode, OneTimeAccessRequest};
use time::OffsetDateTime;

const COLUMNS: &str =
    "id, purpose, secret_hash, identity_id, realm_id, tenant_id, expire_time, used_time, create_time";
/// The code `$1` with secret hash `$2` and purpose `$4`, unused and unexpired at `$3`. The secret
/// is 256 random bits, so comparing its hash in SQL leaks nothing usable.
const USABLE: &str =
    "id = $1 AND secret_hash = $2 AND used_time IS NULL AND expire_time > $3 AND purpose = $4";

fn code_from_row(row: &Row) -> std::result::Result<LoginCode, sqlx::Error> {
    Ok(LoginCode {
        id: row.try_get("id")?,
        purpose: row.try_get("purpose")?,
        secret_hash: row.try_get("secret_hash")?,
        identity_id: row.try_get("identity_id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        expire_time: time_col(row, "expire_time")?,
        used_time: opt_time_col(row, "used_time")?,
        create_time: time_col(row, "create_time")?,
    })
}

#[async_trait]
impl LoginCodeStore for SqlStore {
    async fn queue_one_time_access(&self, r: &OneTimeAccessRequest) -> Result<()> {
        query(
            "INSERT INTO one_time_access_requests (realm_id, tenant_id, email, ip, user_agent, create_time) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&r.realm_id)
        .bind(&r.tenant_id)
        .bind(&r.email)
        .bind(&r.ip)
        .bind(&r.user_agent)
        .bind(micros(r.create_time))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn take_one_time_access(&self, limit: i64) -> Result<Vec<OneTimeAccessRequest>> {
        // Taken by this one DELETE: of racing workers, each row goes to one.
        let rows = query(
            "DELETE FROM one_time_access_requests WHERE seq IN \
             (SELECT seq FROM one_time_access_requests ORDER BY seq LIMIT $1) \
             RETURNING realm_id, tenant_id, email, ip, user_agent, create_time",
        )
        .bind(limit)
        .fetch_all(&self.db)
        .await?;
        let mut out = rows
            .iter()
            .map(|row| {
                Ok(OneTimeAccessRequest {
                    realm_id: row.try_get("realm_id")?,
                    tenant_id: row.try_get("tenant_id")?,
                    email: row.try_get("email")?,
                    ip: row.try_get("ip")?,
                    user_agent: row.try_get("user_agent")?,
                    create_time: time_col(row, "create_time")?,
                })
            })
            .collect::<std::result::Result<Vec<_>, sqlx::Error>>()?;
        out.sort_by_key(|r| r.create_time);
        Ok(out)
    }

    async fn create_login_code(&self, c: &LoginCode) -> Result<()> {
        query(
            "INSERT INTO login_codes (id, secret_hash, identity_id, realm_id, tenant_id, expire_time, create_time, \
             purpose) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&c.id)
        .bind(&c.secret_hash)
        .bind(&c.identity_id)
        .bind(&c.realm_id)
        .bind(&c.tenant_id)
        .bind(micros(c.expire_time))
        .bind(micros(c.create_time))
        .bind(&c.purpose)
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn peek_login_code(
        &self,
        purpose: &str,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<LoginCode>> {
        let row = query(format!("SELECT {COLUMNS} FROM login_codes WHERE {USABLE}"))
            .bind(id)
            .bind(keybound_core::secret::hash(secret))
            .bind(micros(now))
            .bind(purpose)
            .fetch_optional(&self.db)
            .await?;
        Ok(row.as_ref().map(code_from_row).transpose()?)
    }

    async fn redeem_login_code(
        &self,
        purpose: &str,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<LoginCode>> {
        let row = query(format!(
            "UPDATE login_codes SET used_time = $3 WHERE {USABLE} RETURNING {COLUMNS}"
        ))
        .bind(id)
        .bind(keybound_core::secret::hash(secret))
        .bind(micros(now))
        .bind(purpose)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(code_from_row).transpose()?)
    }
}
