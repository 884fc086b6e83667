//! Sign-up tokens, and sign-ups that create an identity with its first passkey.

use super::binding::insert_active_credential;
use super::db::{query, Row};
use super::identities::insert_identity;
use super::{fetch_page, micros, opt_time_col, page_tail_newest_first, time_col, Sql, SqlStore};
use crate::{Result, SignupTokenStore, StoreError};
use async_trait::async_trait;
use keybound_core::credential::Credential;
use keybound_core::identity::{EnrollmentStatus, Identity, NewIdentity};
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::Realm;
use keybound_core::signup_token::SignupToken;
use time::OffsetDateTime;

const COLUMNS: &str = "seq, id, secret_hash, realm_id, tenant_id, usage_limit, usage_count, group_ids, \
                       expire_time, revoked_time, create_time";
/// The token `$1` with secret hash `$2`, usable at `$3`.
const USABLE: &str = "id = $1 AND secret_hash = $2 AND revoked_time IS NULL AND expire_time > $3 \
                      AND usage_count < usage_limit";

fn token_from_row(row: &Row) -> std::result::Result<SignupToken, sqlx::Error> {
    let groups: String = row.try_get("group_ids")?;
    Ok(SignupToken {
        id: row.try_get("id")?,
        secret_hash: row.try_get("secret_hash")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        usage_limit: row.try_get("usage_limit")?,
        usage_count: row.try_get("usage_count")?,
        group_ids: groups.split_whitespace().map(str::to_owned).collect(),
        expire_time: time_col(row, "expire_time")?,
        revoked_time: opt_time_col(row, "revoked_time")?,
        create_time: time_col(row, "create_time")?,
    })
}

#[async_trait]
impl SignupTokenStore for SqlStore {
    async fn create_signup_token(&self, t: &SignupToken) -> Result<()> {
        query(
            "INSERT INTO signup_tokens (id, secret_hash, realm_id, tenant_id, usage_limit, group_ids, \
             expire_time, create_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&t.id)
        .bind(&t.secret_hash)
        .bind(&t.realm_id)
        .bind(&t.tenant_id)
        .bind(t.usage_limit)
        .bind(t.group_ids.join(" "))
        .bind(micros(t.expire_time))
        .bind(micros(t.create_time))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn signup_token(&self, realm_id: &str, id: &str) -> Result<SignupToken> {
        let row = query(format!(
            "SELECT {COLUMNS} FROM signup_tokens WHERE realm_id = $1 AND id = $2"
        ))
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("signup token", id))?;
        Ok(token_from_row(&row)?)
    }

    async fn list_signup_tokens(
        &self,
        realm_id: &str,
        usable_at: Option<OffsetDateTime>,
        page: PageRequest,
    ) -> Result<Page<SignupToken>> {
        let condition = |sql: &mut Sql| {
            sql.arg(realm_id);
            if let Some(now) = usable_at {
                sql.push(" AND revoked_time IS NULL AND usage_count < usage_limit AND expire_time > ")
                    .arg(micros(now));
            }
        };
        let mut count = Sql::new("SELECT COUNT(*) FROM signup_tokens WHERE realm_id = ");
        condition(&mut count);
        let mut rows = Sql::new(&format!("SELECT {COLUMNS} FROM signup_tokens WHERE realm_id = "));
        condition(&mut rows);
        page_tail_newest_first(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, token_from_row).await
    }

    async fn revoke_signup_token(
        &self,
        realm_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<SignupToken> {
        query(
            "UPDATE signup_tokens SET revoked_time = $3 WHERE realm_id = $1 AND id = $2 AND revoked_time IS NULL",
        )
        .bind(realm_id)
        .bind(id)
        .bind(micros(now))
        .execute(&self.db)
        .await?;
        self.signup_token(realm_id, id).await
    }

    async fn peek_signup_token(
        &self,
        id: &str,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Option<SignupToken>> {
        let row = query(format!("SELECT {COLUMNS} FROM signup_tokens WHERE {USABLE}"))
            .bind(id)
            .bind(keybound_core::secret::hash(secret))
            .bind(micros(now))
            .fetch_optional(&self.db)
            .await?;
        Ok(row.as_ref().map(token_from_row).transpose()?)
    }

    async fn sign_up(
        &self,
        realm: &Realm,
        token: Option<(&str, &str)>,
        new: NewIdentity,
        credential: &Credential,
        now: OffsetDateTime,
    ) -> Result<Option<Identity>> {
        let mut tx = self.db.begin().await?;
        let mut group_ids = Vec::new();
        if let Some((id, secret)) = token {
            // One conditional UPDATE takes a use: racing sign-ups queue on the row, and each
            // sees the count the previous one left, so no more than the limit get through.
            let taken = query(format!(
                "UPDATE signup_tokens SET usage_count = usage_count + 1 WHERE {USABLE} AND realm_id = $4 \
                 RETURNING group_ids"
            ))
            .bind(id)
            .bind(keybound_core::secret::hash(secret))
            .bind(micros(now))
            .bind(&realm.id)
            .fetch_optional(&mut tx)
            .await?;
            let Some(taken) = taken else {
                return Ok(None);
            };
            let groups: String = taken.try_get("group_ids")?;
            group_ids = groups.split_whitespace().map(str::to_owned).collect();
        }
        let mut identity = insert_identity(&mut tx, &credential.identity_id, realm, new, now).await?;
        insert_active_credential(&mut tx, credential).await?;
        if !group_ids.is_empty() {
            // Groups deleted since the token was made are skipped.
            let mut join = Sql::new("INSERT INTO group_members (group_id, identity_id) SELECT id, ");
            join.arg(identity.id.as_str())
                .push(" FROM groups WHERE realm_id = ")
                .arg(realm.id.as_str())
                .push(" AND id IN ")
                .list(&group_ids);
            join.query().execute(&mut tx).await?;
        }
        tx.commit().await?;
        identity.enrollment_status = EnrollmentStatus::Enrolled;
        Ok(Some(identity))
    }
}
