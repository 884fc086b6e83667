//! API tokens (hashes only).

use super::db::{query, Row};
use super::{fetch_page, micros, opt_time_col, page_tail, time_col, Sql, SqlStore};
use crate::{ApiTokenStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::api_token::ApiToken;
use keybound_core::page::{Page, PageRequest};
use time::OffsetDateTime;

const COLUMNS: &str =
    "seq, id, tenant_id, name, scopes, secret_hash, expire_time, last_used_time, create_time";

fn token_from_row(row: &Row) -> std::result::Result<ApiToken, sqlx::Error> {
    let scopes: String = row.try_get("scopes")?;
    Ok(ApiToken {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        name: row.try_get("name")?,
        scopes: scopes.split_whitespace().map(str::to_owned).collect(),
        secret_hash: row.try_get("secret_hash")?,
        expire_time: opt_time_col(row, "expire_time")?,
        last_used_time: opt_time_col(row, "last_used_time")?,
        create_time: time_col(row, "create_time")?,
    })
}

#[async_trait]
impl ApiTokenStore for SqlStore {
    async fn create_api_token(&self, token: &ApiToken) -> Result<()> {
        query(
            "INSERT INTO api_tokens (id, tenant_id, name, scopes, secret_hash, expire_time, create_time) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&token.id)
        .bind(&token.tenant_id)
        .bind(&token.name)
        .bind(token.scopes.join(" "))
        .bind(&token.secret_hash)
        .bind(token.expire_time.map(micros))
        .bind(micros(token.create_time))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn api_token(&self, id: &str) -> Result<ApiToken> {
        let row = query(format!("SELECT {COLUMNS} FROM api_tokens WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.db)
            .await?
            .ok_or_else(|| StoreError::not_found("api token", id))?;
        Ok(token_from_row(&row)?)
    }

    async fn list_api_tokens(&self, tenant_id: &str, page: PageRequest) -> Result<Page<ApiToken>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM api_tokens WHERE tenant_id = ");
        count.arg(tenant_id);
        let mut rows = Sql::new(&format!("SELECT {COLUMNS} FROM api_tokens WHERE tenant_id = "));
        rows.arg(tenant_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, token_from_row).await
    }

    async fn delete_api_token(&self, tenant_id: &str, id: &str) -> Result<()> {
        self.delete_owned("api_tokens", "tenant_id", tenant_id, id, "api token")
            .await
    }

    async fn touch_api_token(&self, id: &str, now: OffsetDateTime) -> Result<()> {
        query(
            "UPDATE api_tokens SET last_used_time = $1 \
             WHERE id = $2 AND (last_used_time IS NULL OR last_used_time < $3)",
        )
        .bind(micros(now))
        .bind(id)
        .bind(micros(now - keybound_core::api_token::USE_RECORDED_EVERY))
        .execute(&self.db)
        .await?;
        Ok(())
    }
}
