//! Credentials (bound passkeys).

use super::db::{query, Exec, Query, Row};
use super::{
    enum_col, fetch_page, micros, numbered, opt_time_col, page_tail, time_col, Backend, Sql, SqlStore,
};
use crate::{CredentialStore, RateCount, RateLimitStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::credential::{Credential, CredentialState};
use keybound_core::page::{Page, PageRequest};
use std::sync::LazyLock;
use time::OffsetDateTime;

pub(crate) const COLUMNS: &str =
    "seq, id, identity_id, realm_id, tenant_id, state, name, credential_id, aaguid, transports, \
    backup_eligible, backup_state, sign_count, passkey, create_time, update_time, last_used_time, flagged_reason, \
    device_type, device_policy";

pub(crate) fn credential_from_row(row: &Row) -> std::result::Result<Credential, sqlx::Error> {
    let transports: String = row.try_get("transports")?;
    Ok(Credential {
        id: row.try_get("id")?,
        identity_id: row.try_get("identity_id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        state: enum_col(row, "state", CredentialState::parse)?,
        name: row.try_get("name")?,
        credential_id: row.try_get("credential_id")?,
        aaguid: row.try_get("aaguid")?,
        transports: transports.split_whitespace().map(str::to_owned).collect(),
        backup_eligible: row.try_get::<i64, _>("backup_eligible")? != 0,
        backup_state: row.try_get::<i64, _>("backup_state")? != 0,
        sign_count: row.try_get("sign_count")?,
        passkey: row.try_get("passkey")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
        last_used_time: opt_time_col(row, "last_used_time")?,
        flagged_reason: row.try_get("flagged_reason")?,
        device_type: super::enum_col(row, "device_type", keybound_core::binding::DeviceType::parse)?,
        device_policy: {
            let text: String = row.try_get("device_policy")?;
            // Credentials bound before policies existed have none stored: the defaults.
            serde_json::from_str(&text).unwrap_or_default()
        },
    })
}

#[async_trait]
impl CredentialStore for SqlStore {
    async fn credential(&self, realm_id: &str, identity_id: &str, id: &str) -> Result<Credential> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM credentials WHERE realm_id = $1 AND identity_id = $2 AND id = $3"
        ))
        .bind(realm_id)
        .bind(identity_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("credential", id))?;
        Ok(credential_from_row(&row)?)
    }

    async fn list_credentials(
        &self,
        realm_id: &str,
        identity_id: &str,
        page: PageRequest,
    ) -> Result<Page<Credential>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM credentials WHERE realm_id = ");
        count.arg(realm_id).push(" AND identity_id = ").arg(identity_id);
        let mut rows = Sql::new(&format!("SELECT {COLUMNS} FROM credentials WHERE realm_id = "));
        rows.arg(realm_id).push(" AND identity_id = ").arg(identity_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, credential_from_row).await
    }

    async fn active_credential_ids(&self, identity_id: &str) -> Result<Vec<String>> {
        let rows = query("SELECT credential_id FROM credentials WHERE identity_id = $1 AND state = 'ACTIVE'")
            .bind(identity_id)
            .fetch_all(&self.db)
            .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("credential_id"))
            .collect::<std::result::Result<_, _>>()?)
    }

    async fn rename_credential(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        name: &str,
        now: OffsetDateTime,
    ) -> Result<Credential> {
        let mut v = keybound_core::error::Violations::default();
        v.text("name", Some(name), true, 128);
        v.finish()?;
        let updated = query(
            "UPDATE credentials SET name = $1, update_time = $2 WHERE realm_id = $3 AND identity_id = $4 AND id = $5",
        )
        .bind(name)
        .bind(micros(now))
        .bind(realm_id)
        .bind(identity_id)
        .bind(id)
        .execute(&self.db)
        .await?
        .rows_affected();
        if updated == 0 {
            return Err(StoreError::not_found("credential", id));
        }
        self.credential(realm_id, identity_id, id).await
    }

    async fn revoke_credential(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<Credential> {
        let updated = query(
            "UPDATE credentials SET state = 'REVOKED', update_time = $1 \
             WHERE realm_id = $2 AND identity_id = $3 AND id = $4 AND state = 'ACTIVE'",
        )
        .bind(micros(now))
        .bind(realm_id)
        .bind(identity_id)
        .bind(id)
        .execute(&self.db)
        .await?
        .rows_affected();
        let credential = self.credential(realm_id, identity_id, id).await?;
        if updated == 0 && credential.state != CredentialState::Revoked {
            return Err(StoreError::not_found("credential", id));
        }
        Ok(credential)
    }
    async fn add_credential(&self, c: &Credential) -> Result<()> {
        let mut tx = self.db.begin().await?;
        super::binding::insert_active_credential(&mut tx, c).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn credential_by_webauthn_id(&self, webauthn_id: &str) -> Result<Option<Credential>> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM credentials WHERE credential_id = $1"
        ))
        .bind(webauthn_id)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(credential_from_row).transpose()?)
    }

    async fn flag_credential(&self, id: &str, reason: &str, now: OffsetDateTime) -> Result<()> {
        query("UPDATE credentials SET flagged_reason = $1, update_time = $2 WHERE id = $3")
            .bind(reason)
            .bind(micros(now))
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }
}

#[async_trait]
impl RateLimitStore for SqlStore {
    async fn rate_limit(&self, count: &RateCount<'_>) -> Result<bool> {
        let row = bind_count(query(COUNT.as_str()), count)
            .fetch_one(&self.db)
            .await?;
        let counted: i64 = row.try_get("count")?;
        Ok(counted <= count.max)
    }

    async fn rate_limit_refund(&self, key: &str) -> Result<()> {
        query("UPDATE rate_limits SET count = count - 1 WHERE key = $1 AND count > 0")
            .bind(key)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn sweep_rate_limits(&self, started_before: OffsetDateTime, batch: i64) -> Result<u64> {
        let swept = query(
            "DELETE FROM rate_limits WHERE key IN \
             (SELECT key FROM rate_limits WHERE window_start <= $1 LIMIT $2)",
        )
        .bind(micros(started_before))
        .bind(batch)
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(swept)
    }
}

/// The statement counting one event (its parameters numbered from `$first`, bound by
/// [`bind_count`]) and returning the count: a new window if the old one is over, else on.
pub(crate) fn count_statement(first: usize) -> String {
    let [key, now, over] = numbered(first);
    format!(
        "INSERT INTO rate_limits (key, window_start, count) VALUES ({key}, {now}, 1) \
         ON CONFLICT (key) DO UPDATE SET \
           count = CASE WHEN rate_limits.window_start <= {over} THEN 1 ELSE rate_limits.count + 1 END, \
           window_start = CASE WHEN rate_limits.window_start <= {over} THEN {now} ELSE rate_limits.window_start END \
         RETURNING count"
    )
}

/// A subquery for the WebAuthn ids of the active passkeys of the identity `identity` names,
/// joined by spaces (WebAuthn credential ids are base64url: a space cannot be part of one);
/// [`split_ids`] parts them again.
pub(crate) fn active_ids_subquery(backend: Backend, identity: &str) -> String {
    let joined = match backend {
        Backend::Sqlite => "group_concat(a.credential_id, ' ')",
        Backend::Postgres => "string_agg(a.credential_id, ' ')",
    };
    format!("(SELECT {joined} FROM credentials a WHERE a.identity_id = {identity} AND a.state = 'ACTIVE')")
}

/// The ids [`active_ids_subquery`] joined.
pub(crate) fn split_ids(joined: Option<String>) -> Vec<String> {
    joined
        .map(|ids| ids.split(' ').map(str::to_owned).collect())
        .unwrap_or_default()
}

/// [`count_statement`] on its own.
pub(crate) static COUNT: LazyLock<String> = LazyLock::new(|| count_statement(1));

pub(crate) fn bind_count(q: Query, counted: &RateCount<'_>) -> Query {
    q.bind(counted.key)
        .bind(micros(counted.now))
        .bind(micros(counted.now - counted.window))
}

/// Stores a credential's state after a sign-in: counter, backup state, passkey, last use.
/// The update recording a credential's use, its parameters numbered from `$first`, bound by
/// [`bind_use`].
pub(crate) fn record_use_statement(first: usize) -> String {
    let [count, backup, passkey, now, id] = numbered(first);
    format!(
        "UPDATE credentials SET sign_count = {count}, backup_state = {backup}, passkey = {passkey}, \
         last_used_time = {now}, update_time = {now} WHERE id = {id}"
    )
}

pub(crate) fn bind_use(q: Query, c: &Credential, now: OffsetDateTime) -> Query {
    q.bind(c.sign_count)
        .bind(i64::from(c.backup_state))
        .bind(&c.passkey)
        .bind(micros(now))
        .bind(&c.id)
}

pub(crate) async fn record_use(db: impl Exec, c: &Credential, now: OffsetDateTime) -> Result<()> {
    bind_use(query(record_use_statement(1)), c, now)
        .execute(db)
        .await?;
    Ok(())
}
