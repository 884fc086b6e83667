//! Email templates.

use super::db::{query, Row, Tx};
use super::{enum_col, fetch_page, micros, page_tail, time_col, Sql, SqlStore};
use crate::{EmailTemplateStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::email_template::{EmailTemplate, TemplateKind};
use keybound_core::page::{Page, PageRequest};

const COLUMNS: &str =
    "seq, id, realm_id, tenant_id, name, kind, subject, html, text, is_default, language, create_time, update_time";

fn template_from_row(row: &Row) -> std::result::Result<EmailTemplate, sqlx::Error> {
    Ok(EmailTemplate {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        name: row.try_get("name")?,
        kind: enum_col(row, "kind", TemplateKind::parse)?,
        subject: row.try_get("subject")?,
        html: row.try_get("html")?,
        text: row.try_get("text")?,
        is_default: row.try_get::<i64, _>("is_default")? != 0,
        language: row.try_get("language")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

/// Makes `t` the only default of its kind and language in its realm, inside `tx`.
async fn clear_other_defaults(tx: &mut Tx, t: &EmailTemplate) -> Result<()> {
    if t.is_default {
        query(
            "UPDATE email_templates SET is_default = 0 WHERE realm_id = $1 AND kind = $2 AND id <> $3 \
             AND COALESCE(language, '') = $4",
        )
        .bind(&t.realm_id)
        .bind(t.kind.as_str())
        .bind(&t.id)
        .bind(t.language.as_deref().unwrap_or(""))
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

#[async_trait]
impl EmailTemplateStore for SqlStore {
    async fn create_template(&self, t: &EmailTemplate) -> Result<()> {
        t.validate()?;
        let mut tx = self.db.begin().await?;
        query(
            "INSERT INTO email_templates (id, realm_id, tenant_id, name, kind, subject, html, text, is_default, \
             create_time, update_time, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(&t.id)
        .bind(&t.realm_id)
        .bind(&t.tenant_id)
        .bind(&t.name)
        .bind(t.kind.as_str())
        .bind(&t.subject)
        .bind(&t.html)
        .bind(&t.text)
        .bind(i64::from(t.is_default))
        .bind(micros(t.create_time))
        .bind(micros(t.update_time))
        .bind(&t.language)
        .execute(&mut tx)
        .await?;
        clear_other_defaults(&mut tx, t).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn template(&self, realm_id: &str, id: &str) -> Result<EmailTemplate> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM email_templates WHERE realm_id = $1 AND id = $2"
        ))
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("email template", id))?;
        Ok(template_from_row(&row)?)
    }

    async fn list_templates(&self, realm_id: &str, page: PageRequest) -> Result<Page<EmailTemplate>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM email_templates WHERE realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new(&format!(
            "SELECT {COLUMNS} FROM email_templates WHERE realm_id = "
        ));
        rows.arg(realm_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, template_from_row).await
    }

    async fn update_template(&self, t: &EmailTemplate) -> Result<()> {
        t.validate()?;
        let mut tx = self.db.begin().await?;
        let updated = query(
            "UPDATE email_templates SET name = $1, kind = $2, subject = $3, html = $4, text = $5, is_default = $6, \
             update_time = $7, language = $10 WHERE realm_id = $8 AND id = $9",
        )
        .bind(&t.name)
        .bind(t.kind.as_str())
        .bind(&t.subject)
        .bind(&t.html)
        .bind(&t.text)
        .bind(i64::from(t.is_default))
        .bind(micros(t.update_time))
        .bind(&t.realm_id)
        .bind(&t.id)
        .bind(&t.language)
        .execute(&mut tx)
        .await?
        .rows_affected();
        if updated == 0 {
            tx.rollback().await?;
            return Err(StoreError::not_found("email template", &t.id));
        }
        clear_other_defaults(&mut tx, t).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete_template(&self, realm_id: &str, id: &str) -> Result<()> {
        self.delete_owned("email_templates", "realm_id", realm_id, id, "email template")
            .await
    }

    async fn default_templates(&self, realm_id: &str, kind: TemplateKind) -> Result<Vec<EmailTemplate>> {
        let rows = query(format!(
            "SELECT {COLUMNS} FROM email_templates WHERE realm_id = $1 AND kind = $2 AND is_default = 1 \
             ORDER BY seq DESC"
        ))
        .bind(realm_id)
        .bind(kind.as_str())
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .iter()
            .map(template_from_row)
            .collect::<std::result::Result<_, _>>()?)
    }
}
