//! Tenant and realms.

use super::db::{query, Row};
use super::{fetch_page, micros, page_tail, time_col, Sql, SqlStore};
use crate::{RealmStore, Result, StoreError, TenantStore};
use async_trait::async_trait;
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::{Realm, Tenant, DEFAULT_REALM_NAME, DEFAULT_TENANT_NAME};
use time::OffsetDateTime;

const TENANT_COLUMNS: &str = "id, display_name, logo_url, create_time, update_time";
const REALM_COLUMNS: &str = "seq, id, tenant_id, display_name, create_time, update_time";

fn tenant_from_row(row: &Row) -> std::result::Result<Tenant, sqlx::Error> {
    Ok(Tenant {
        id: row.try_get("id")?,
        display_name: row.try_get("display_name")?,
        logo_url: row.try_get("logo_url")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

fn realm_from_row(row: &Row) -> std::result::Result<Realm, sqlx::Error> {
    Ok(Realm {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        display_name: row.try_get("display_name")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

#[async_trait]
impl TenantStore for SqlStore {
    async fn bootstrap(&self, now: OffsetDateTime) -> Result<Tenant> {
        let mut tx = self.db.begin().await?;
        let tenant_id = keybound_core::new_id();
        let created = query(
            "INSERT INTO tenants (id, display_name, create_time, update_time) VALUES ($1, $2, $3, $3) \
             ON CONFLICT (singleton) DO NOTHING",
        )
        .bind(&tenant_id)
        .bind(DEFAULT_TENANT_NAME)
        .bind(micros(now))
        .execute(&mut tx)
        .await?
        .rows_affected();
        if created == 1 {
            query(
                "INSERT INTO realms (id, tenant_id, display_name, create_time, update_time) \
                 VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(keybound_core::new_id())
            .bind(&tenant_id)
            .bind(DEFAULT_REALM_NAME)
            .bind(micros(now))
            .execute(&mut tx)
            .await?;
        }
        tx.commit().await?;
        let row = query(format!("SELECT {TENANT_COLUMNS} FROM tenants"))
            .fetch_one(&self.db)
            .await?;
        Ok(tenant_from_row(&row)?)
    }

    async fn tenant(&self, id: &str) -> Result<Tenant> {
        let row = query(format!("SELECT {TENANT_COLUMNS} FROM tenants WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.db)
            .await?
            .ok_or_else(|| StoreError::not_found("tenant", id))?;
        Ok(tenant_from_row(&row)?)
    }

    async fn update_tenant(&self, id: &str, display_name: &str, now: OffsetDateTime) -> Result<Tenant> {
        let row = query(format!(
            "UPDATE tenants SET display_name = $1, update_time = $2 WHERE id = $3 RETURNING {TENANT_COLUMNS}"
        ))
        .bind(display_name)
        .bind(micros(now))
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("tenant", id))?;
        Ok(tenant_from_row(&row)?)
    }

    async fn set_tenant_logo(&self, id: &str, logo_url: Option<&str>, now: OffsetDateTime) -> Result<()> {
        query("UPDATE tenants SET logo_url = $1, update_time = $2 WHERE id = $3")
            .bind(logo_url)
            .bind(micros(now))
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }
}

#[async_trait]
impl RealmStore for SqlStore {
    async fn create_realm(&self, tenant_id: &str, display_name: &str, now: OffsetDateTime) -> Result<Realm> {
        let row = query(format!(
            "INSERT INTO realms (id, tenant_id, display_name, create_time, update_time) \
             VALUES ($1, $2, $3, $4, $4) RETURNING {REALM_COLUMNS}"
        ))
        .bind(keybound_core::new_id())
        .bind(tenant_id)
        .bind(display_name)
        .bind(micros(now))
        .fetch_one(&self.db)
        .await?;
        Ok(realm_from_row(&row)?)
    }

    async fn realm(&self, tenant_id: &str, id: &str) -> Result<Realm> {
        let row = query(format!(
            "SELECT {REALM_COLUMNS} FROM realms WHERE tenant_id = $1 AND id = $2"
        ))
        .bind(tenant_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("realm", id))?;
        Ok(realm_from_row(&row)?)
    }

    async fn list_realms(&self, tenant_id: &str, page: PageRequest) -> Result<Page<Realm>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM realms WHERE tenant_id = ");
        count.arg(tenant_id);
        let mut rows = Sql::new(&format!("SELECT {REALM_COLUMNS} FROM realms WHERE tenant_id = "));
        rows.arg(tenant_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, realm_from_row).await
    }

    async fn first_realm(&self, tenant_id: &str) -> Result<Option<Realm>> {
        let row = query(format!(
            "SELECT {REALM_COLUMNS} FROM realms WHERE tenant_id = $1 ORDER BY seq LIMIT 1"
        ))
        .bind(tenant_id)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(realm_from_row).transpose()?)
    }

    async fn update_realm(
        &self,
        tenant_id: &str,
        id: &str,
        display_name: &str,
        now: OffsetDateTime,
    ) -> Result<Realm> {
        let row = query(format!(
            "UPDATE realms SET display_name = $1, update_time = $2 WHERE tenant_id = $3 AND id = $4 \
             RETURNING {REALM_COLUMNS}"
        ))
        .bind(display_name)
        .bind(micros(now))
        .bind(tenant_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("realm", id))?;
        Ok(realm_from_row(&row)?)
    }

    async fn delete_realm(&self, tenant_id: &str, id: &str) -> Result<()> {
        self.delete_owned("realms", "tenant_id", tenant_id, id, "realm")
            .await
    }
}
