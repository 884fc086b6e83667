//! Applications (OpenID Connect clients). What an admin registers beyond the client id and
//! secret is kept as one JSON document, read and written whole.

use super::db::{query, Row};
use super::{micros, time_col, Sql, SqlStore};
use crate::error::conflict_on_unique;
use crate::{ApplicationStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::application::{Application, ClientAuth, Confidentiality, ProtocolConfig, SigningAlg};
use keybound_core::page::{Page, PageRequest};
use serde_json::{json, Value};

pub(crate) const COLUMNS: &str =
    "a.seq, a.id, a.realm_id, a.tenant_id, a.display_name, a.client_id, a.secret_hash, a.config, \
     a.create_time, a.update_time";

fn config_json(app: &Application) -> String {
    let p = &app.protocol;
    json!({
        "confidentiality": p.confidentiality.as_str(),
        "token_endpoint_auth_method": p.client_auth.as_str(),
        "redirect_uris": p.redirect_uris,
        "post_logout_redirect_uris": p.post_logout_redirect_uris,
        "allowed_scopes": p.allowed_scopes,
        "pkce_required": p.pkce_required,
        "access_token_seconds": p.access_token_seconds,
        "refresh_token_seconds": p.refresh_token_seconds,
        "id_token_alg": p.id_token_alg.as_str(),
        "backchannel_logout_uri": p.backchannel_logout_uri,
        "require_pushed_authorization_requests": p.require_pushed_authorization_requests,
        "grant_types": p.grant_types,
        "resources": p.resources,
        "dpop_bound_access_tokens": p.dpop_bound_access_tokens,
        "allowed_group_ids": app.allowed_group_ids,
        "logo_url": app.logo_url,
        "skip_consent": app.skip_consent,
    })
    .to_string()
}

/// The grants stored, or for an application stored before it chose them, those it could use
/// then (client credentials for a confidential one).
fn grant_types_of(c: &Value) -> Vec<String> {
    if c["grant_types"].is_array() {
        return strings(&c["grant_types"]);
    }
    let mut grants = keybound_core::application::default_grant_types();
    if c["confidentiality"] == "confidential" {
        grants.push("client_credentials".into());
    }
    grants
}

fn bad(what: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: "config".into(),
        source: format!("application config: {what}").into(),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

pub(crate) fn application_from_row(row: &Row) -> std::result::Result<Application, sqlx::Error> {
    let text: String = row.try_get("config")?;
    let c: Value = serde_json::from_str(&text).map_err(|_| bad("not JSON"))?;
    let text_of = |k: &str| c[k].as_str().map(str::to_owned);
    let protocol = ProtocolConfig {
        confidentiality: text_of("confidentiality")
            .and_then(|s| Confidentiality::parse(&s))
            .ok_or_else(|| bad("confidentiality"))?,
        client_auth: text_of("token_endpoint_auth_method")
            .and_then(|s| ClientAuth::parse(&s))
            .ok_or_else(|| bad("token_endpoint_auth_method"))?,
        redirect_uris: strings(&c["redirect_uris"]),
        post_logout_redirect_uris: strings(&c["post_logout_redirect_uris"]),
        allowed_scopes: strings(&c["allowed_scopes"]),
        pkce_required: c["pkce_required"].as_bool().unwrap_or(true),
        access_token_seconds: c["access_token_seconds"]
            .as_i64()
            .ok_or_else(|| bad("expires_after"))?,
        refresh_token_seconds: c["refresh_token_seconds"]
            .as_i64()
            .ok_or_else(|| bad("refresh_expires_after"))?,
        id_token_alg: text_of("id_token_alg")
            .and_then(|s| SigningAlg::parse(&s))
            .unwrap_or(SigningAlg::Rs256),
        backchannel_logout_uri: text_of("backchannel_logout_uri"),
        require_pushed_authorization_requests: c["require_pushed_authorization_requests"]
            .as_bool()
            .unwrap_or(false),
        grant_types: grant_types_of(&c),
        resources: strings(&c["resources"]),
        dpop_bound_access_tokens: c["dpop_bound_access_tokens"].as_bool().unwrap_or(false),
    };
    Ok(Application {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        display_name: row.try_get("display_name")?,
        client_id: row.try_get("client_id")?,
        secret_hash: row.try_get("secret_hash")?,
        protocol,
        allowed_group_ids: strings(&c["allowed_group_ids"]),
        logo_url: text_of("logo_url"),
        skip_consent: c["skip_consent"].as_bool().unwrap_or(false),
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

#[async_trait]
impl ApplicationStore for SqlStore {
    async fn create_application(&self, app: &Application) -> Result<()> {
        query(
            "INSERT INTO applications (id, realm_id, tenant_id, display_name, client_id, secret_hash, config, \
             create_time, update_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&app.id)
        .bind(&app.realm_id)
        .bind(&app.tenant_id)
        .bind(&app.display_name)
        .bind(&app.client_id)
        .bind(&app.secret_hash)
        .bind(config_json(app))
        .bind(micros(app.create_time))
        .bind(micros(app.update_time))
        .execute(&self.db)
        .await
        .map_err(|e| conflict_on_unique(e, || "an application with this client id exists".into()))?;
        Ok(())
    }

    async fn application(&self, realm_id: &str, id: &str) -> Result<Application> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM applications a WHERE a.realm_id = $1 AND a.id = $2"
        ))
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("application", id))?;
        Ok(application_from_row(&row)?)
    }

    async fn application_by_client_id(&self, client_id: &str) -> Result<Option<Application>> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM applications a WHERE a.client_id = $1"
        ))
        .bind(client_id)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(application_from_row).transpose()?)
    }

    async fn list_applications(&self, realm_id: &str, page: PageRequest) -> Result<Page<Application>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM applications a WHERE a.realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new(&format!(
            "SELECT {COLUMNS} FROM applications a WHERE a.realm_id = "
        ));
        rows.arg(realm_id);
        super::page_tail(&mut rows, "a.seq", page);
        super::fetch_page(&self.db, &count, &rows, page, application_from_row).await
    }

    async fn update_application(&self, app: &Application) -> Result<()> {
        let updated = query(
            "UPDATE applications SET display_name = $3, secret_hash = $4, config = $5, update_time = $6 \
             WHERE realm_id = $1 AND id = $2",
        )
        .bind(&app.realm_id)
        .bind(&app.id)
        .bind(&app.display_name)
        .bind(&app.secret_hash)
        .bind(config_json(app))
        .bind(micros(app.update_time))
        .execute(&self.db)
        .await?
        .rows_affected();
        if updated == 0 {
            return Err(StoreError::not_found("application", &app.id));
        }
        Ok(())
    }

    async fn delete_application(&self, realm_id: &str, id: &str) -> Result<()> {
        self.delete_owned("applications", "realm_id", realm_id, id, "application")
            .await
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn an_application_stored_before_it_chose_grants_keeps_those_it_could_use() {
        let confidential = super::grant_types_of(&json!({"confidentiality": "confidential"}));
        assert_eq!(
            confidential,
            ["authorization_code", "refresh_token", "client_credentials"]
        );
        let public = super::grant_types_of(&json!({"confidentiality": "public"}));
        assert_eq!(public, ["authorization_code", "refresh_token"]);
        let chosen = super::grant_types_of(
            &json!({"confidentiality": "confidential", "grant_types": ["authorization_code"]}),
        );
        assert_eq!(chosen, ["authorization_code"]);
    }
}
