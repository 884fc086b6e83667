//! Realm settings.

use super::db::query;
use super::identities::{identity_columns, identity_from_row};
use super::{micros, SqlStore};
use crate::{Result, SettingsStore};
use async_trait::async_trait;
use keybound_core::identity::Identity;
use keybound_core::settings::{EnrollOnProvision, RealmSettings, SignupMode};
use time::OffsetDateTime;

#[async_trait]
impl SettingsStore for SqlStore {
    async fn realm_settings(&self, realm_id: &str) -> Result<RealmSettings> {
        let row = query(
            "SELECT email_one_time_access, signup_mode, enroll_config_id, enroll_template_id, \
             default_language, time_zone FROM realm_settings WHERE realm_id = $1",
        )
        .bind(realm_id)
        .fetch_optional(&self.db)
        .await?;
        let Some(row) = row else {
            return Ok(RealmSettings::default());
        };
        let mode: String = row.try_get("signup_mode")?;
        Ok(RealmSettings {
            email_one_time_access: row.try_get::<i64, _>("email_one_time_access")? != 0,
            signup_mode: SignupMode::parse(&mode).unwrap_or_default(),
            enroll_on_provision: row
                .try_get::<Option<String>, _>("enroll_config_id")?
                .map(|config| EnrollOnProvision {
                    authenticator_config_id: config,
                    email_template_id: row.try_get("enroll_template_id").ok().flatten(),
                }),
            default_language: row.try_get("default_language")?,
            time_zone: row.try_get("time_zone")?,
        })
    }

    async fn first_realm_language(&self, tenant_id: &str) -> Result<Option<String>> {
        let row = query(
            "SELECT s.default_language FROM realms r LEFT JOIN realm_settings s ON s.realm_id = r.id \
             WHERE r.tenant_id = $1 ORDER BY r.seq LIMIT 1",
        )
        .bind(tenant_id)
        .fetch_optional(&self.db)
        .await?;
        Ok(row
            .map(|row| row.try_get("default_language"))
            .transpose()?
            .flatten())
    }

    async fn set_realm_settings(&self, realm_id: &str, s: &RealmSettings, now: OffsetDateTime) -> Result<()> {
        query(
            "INSERT INTO realm_settings (realm_id, email_one_time_access, signup_mode, update_time, \
             enroll_config_id, enroll_template_id, default_language, time_zone) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (realm_id) \
             DO UPDATE SET email_one_time_access = $2, signup_mode = $3, update_time = $4, \
             enroll_config_id = $5, enroll_template_id = $6, default_language = $7, time_zone = $8",
        )
        .bind(realm_id)
        .bind(i64::from(s.email_one_time_access))
        .bind(s.signup_mode.as_str())
        .bind(micros(now))
        .bind(
            s.enroll_on_provision
                .as_ref()
                .map(|e| e.authenticator_config_id.as_str()),
        )
        .bind(
            s.enroll_on_provision
                .as_ref()
                .and_then(|e| e.email_template_id.as_deref()),
        )
        .bind(s.default_language.as_deref())
        .bind(s.time_zone.as_deref())
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn identity_by_username(&self, realm_id: &str, username: &str) -> Result<Option<Identity>> {
        let row = query(format!(
            "SELECT {} FROM identities i WHERE i.realm_id = $1 AND i.username_key = $2",
            identity_columns()
        ))
        .bind(realm_id)
        .bind(keybound_core::identity::username_key(username))
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(identity_from_row).transpose()?)
    }

    async fn identity_like_username(&self, realm_id: &str, username: &str) -> Result<Option<Identity>> {
        let row = query(format!(
            "SELECT {} FROM identities i WHERE i.realm_id = $1 \
             AND (i.username_key = $2 OR i.username_skeleton = $3) LIMIT 1",
            identity_columns()
        ))
        .bind(realm_id)
        .bind(keybound_core::identity::username_key(username))
        .bind(keybound_core::identity::username_skeleton(username))
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(identity_from_row).transpose()?)
    }

    async fn identity_by_email(&self, realm_id: &str, email: &str) -> Result<Option<Identity>> {
        let row = query(format!(
            "SELECT {} FROM identities i WHERE i.realm_id = $1 AND i.email_key = $2 AND i.status = 'active' \
             ORDER BY i.seq LIMIT 1",
            identity_columns()
        ))
        .bind(realm_id)
        .bind(email.trim().to_lowercase())
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(identity_from_row).transpose()?)
    }
}
