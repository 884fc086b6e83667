//! OpenID Connect: signing keys, waiting authorization requests, codes, tokens, consents and
//! back-channel logout deliveries. Codes and refresh tokens are used with one conditional
//! UPDATE inside the transaction that stores what they buy, so one of racing redemptions wins
//! and a reuse, which waits on the winner's row lock, finds the tokens it must revoke.

use super::db::{query, Exec, Row, Tx};
use super::{micros, opt_time_col, time_col, SqlStore};
use crate::{DevicePoll, LogoutDelivery, NewTokens, OidcStore, PendingDevice, Redemption, Result};
use async_trait::async_trait;
use keybound_core::application::{Application, SigningAlg};
use keybound_core::oidc::{
    AuthorizationCode, AuthorizationRequest, Consent, Grant, SigningKey, Token, TokenKind,
};

use time::OffsetDateTime;

fn decode_err(what: &str, e: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: what.into(),
        source: e.to_string().into(),
    }
}

fn grant_json(grant: &Grant) -> String {
    serde_json::to_string(grant).unwrap_or_default()
}

fn grant_col(row: &Row) -> std::result::Result<Grant, sqlx::Error> {
    let text: String = row.try_get("grant_data")?;
    serde_json::from_str(&text).map_err(|e| decode_err("grant_data", e))
}

fn code_from_row(row: &Row) -> std::result::Result<AuthorizationCode, sqlx::Error> {
    Ok(AuthorizationCode {
        code_hash: row.try_get("code_hash")?,
        redirect_uri: row.try_get("redirect_uri")?,
        code_challenge: row.try_get("code_challenge")?,
        grant: grant_col(row)?,
        expire_time: time_col(row, "expire_time")?,
    })
}

const TOKEN_COLUMNS: &str = "token_hash, kind, grant_data, create_time, expire_time, revoked_time";

fn token_from_row(row: &Row) -> std::result::Result<Token, sqlx::Error> {
    Ok(Token {
        token_hash: row.try_get("token_hash")?,
        kind: super::enum_col(row, "kind", TokenKind::parse)?,
        grant: grant_col(row)?,
        create_time: time_col(row, "create_time")?,
        expire_time: time_col(row, "expire_time")?,
        revoked_time: opt_time_col(row, "revoked_time")?,
    })
}

async fn insert_code(db: impl Exec, c: &AuthorizationCode) -> Result<()> {
    query(
        "INSERT INTO oidc_codes (code_hash, application_id, identity_id, grant_data, family_id, redirect_uri, \
         code_challenge, expire_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&c.code_hash)
    .bind(&c.grant.application_id)
    .bind(c.grant.identity_id.clone().unwrap_or_default())
    .bind(grant_json(&c.grant))
    .bind(&c.grant.family_id)
    .bind(&c.redirect_uri)
    .bind(&c.code_challenge)
    .bind(micros(c.expire_time))
    .execute(db)
    .await?;
    Ok(())
}

async fn insert_token(
    tx: &mut Tx,
    hash: &str,
    kind: TokenKind,
    grant: &Grant,
    now: OffsetDateTime,
    expire_time: OffsetDateTime,
) -> Result<()> {
    query(
        "INSERT INTO oidc_tokens (token_hash, kind, application_id, identity_id, session_id, family_id, \
         grant_data, create_time, expire_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(hash)
    .bind(kind.as_str())
    .bind(&grant.application_id)
    .bind(&grant.identity_id)
    .bind(&grant.session_id)
    .bind(&grant.family_id)
    .bind(grant_json(grant))
    .bind(micros(now))
    .bind(micros(expire_time))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Stores the access token (with its own scopes, if narrowed) and, for a grant of
/// `offline_access`, the refresh token.
async fn insert_tokens(tx: &mut Tx, grant: &Grant, tokens: &NewTokens, now: OffsetDateTime) -> Result<()> {
    let bound = Grant {
        dpop_jkt: tokens.dpop_jkt.clone(),
        ..grant.clone()
    };
    let grant = &bound;
    let narrowed;
    let access_grant = match &tokens.access_scopes {
        Some(scopes) => {
            narrowed = Grant {
                scopes: scopes.clone(),
                ..grant.clone()
            };
            &narrowed
        }
        None => grant,
    };
    insert_token(
        tx,
        &tokens.access_hash,
        TokenKind::Access,
        access_grant,
        now,
        tokens.access_expire_time,
    )
    .await?;
    let offline = grant.scopes.iter().any(|s| s == "offline_access");
    if let (Some((hash, expire_time)), true) = (&tokens.refresh, offline) {
        insert_token(tx, hash, TokenKind::Refresh, grant, now, *expire_time).await?;
    }
    Ok(())
}

async fn revoke_family(db: impl Exec, family_id: &str, now: OffsetDateTime) -> Result<u64> {
    Ok(
        query("UPDATE oidc_tokens SET revoked_time = $2 WHERE family_id = $1 AND revoked_time IS NULL")
            .bind(family_id)
            .bind(micros(now))
            .execute(db)
            .await?
            .rows_affected(),
    )
}

fn key_from_row(row: &Row) -> std::result::Result<SigningKey, sqlx::Error> {
    Ok(SigningKey {
        kid: row.try_get("kid")?,
        alg: super::enum_col(row, "alg", SigningAlg::parse)?,
        generation: row.try_get("generation")?,
        private_pkcs8: row.try_get("private_pkcs8")?,
        public_jwk: row.try_get("public_jwk")?,
        create_time: time_col(row, "create_time")?,
        sign_from: time_col(row, "sign_from")?,
    })
}

fn delivery_from_row(row: &Row) -> std::result::Result<LogoutDelivery, sqlx::Error> {
    Ok(LogoutDelivery {
        id: row.try_get("id")?,
        application_id: row.try_get("application_id")?,
        uri: row.try_get("uri")?,
        logout_token: row.try_get("logout_token")?,
        attempts: row.try_get("attempts")?,
        next_attempt_time: time_col(row, "next_attempt_time")?,
        sent_time: opt_time_col(row, "sent_time")?,
        last_error: row.try_get("last_error")?,
    })
}

fn scopes_col(row: &Row) -> std::result::Result<Vec<String>, sqlx::Error> {
    Ok(row
        .try_get::<String, _>("scopes")?
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect())
}

impl SqlStore {
    /// Stores a waiting authorization request (`request`, JSON) under `id`.
    async fn insert_request(
        &self,
        id: &str,
        application_id: &str,
        request: String,
        expire_time: OffsetDateTime,
    ) -> Result<()> {
        query("INSERT INTO oidc_requests (id, application_id, request, expire_time) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(application_id)
            .bind(request)
            .bind(micros(expire_time))
            .execute(&self.db)
            .await?;
        Ok(())
    }
}

#[async_trait]
impl OidcStore for SqlStore {
    async fn signing_keys(&self) -> Result<Vec<SigningKey>> {
        let rows = query(
            "SELECT kid, alg, generation, private_pkcs8, public_jwk, create_time, sign_from \
             FROM oidc_signing_keys ORDER BY seq",
        )
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .iter()
            .map(key_from_row)
            .collect::<std::result::Result<_, _>>()?)
    }

    async fn add_signing_key(&self, k: &SigningKey) -> Result<bool> {
        let added = query(
            "INSERT INTO oidc_signing_keys (kid, alg, generation, private_pkcs8, public_jwk, create_time, sign_from) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .bind(&k.kid)
        .bind(k.alg.as_str())
        .bind(k.generation)
        .bind(&k.private_pkcs8)
        .bind(&k.public_jwk)
        .bind(micros(k.create_time))
        .bind(micros(k.sign_from))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(added == 1)
    }

    async fn save_authorization_request(
        &self,
        r: &AuthorizationRequest,
        expire_time: OffsetDateTime,
    ) -> Result<()> {
        let text = serde_json::to_string(r).map_err(|e| decode_err("request", e))?;
        self.insert_request(&r.id, &r.application_id, text, expire_time)
            .await
    }

    async fn authorization_request(
        &self,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<AuthorizationRequest>> {
        let row = query(
            "SELECT request FROM oidc_requests WHERE id = $1 AND expire_time > $2 AND id NOT LIKE 'pushed:%'",
        )
        .bind(id)
        .bind(micros(now))
        .fetch_optional(&self.db)
        .await?;
        match row {
            None => Ok(None),
            Some(row) => {
                let text: String = row.try_get("request")?;
                Ok(Some(
                    serde_json::from_str(&text).map_err(|e| decode_err("request", e))?,
                ))
            }
        }
    }

    async fn push_authorization_request(
        &self,
        id: &str,
        r: &AuthorizationRequest,
        prompt_none: bool,
        expire_time: OffsetDateTime,
    ) -> Result<()> {
        let text = serde_json::json!({ "request": r, "prompt_none": prompt_none }).to_string();
        let id = format!("pushed:{id}");
        self.insert_request(&id, &r.application_id, text, expire_time)
            .await
    }

    async fn take_pushed_request(
        &self,
        id: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<(AuthorizationRequest, bool)>> {
        let row = query(
            "DELETE FROM oidc_requests WHERE id = $1 AND application_id = $2 AND expire_time > $3 RETURNING request",
        )
        .bind(format!("pushed:{id}"))
        .bind(application_id)
        .bind(micros(now))
        .fetch_optional(&self.db)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let text: String = row.try_get("request")?;
        let pushed: serde_json::Value = serde_json::from_str(&text).map_err(|e| decode_err("request", e))?;
        let request =
            serde_json::from_value(pushed["request"].clone()).map_err(|e| decode_err("request", e))?;
        Ok(Some((request, pushed["prompt_none"].as_bool().unwrap_or(false))))
    }

    async fn answer_authorization_request(
        &self,
        request_id: &str,
        code: &AuthorizationCode,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let mut tx = self.db.begin().await?;
        let deleted = query("DELETE FROM oidc_requests WHERE id = $1 AND expire_time > $2")
            .bind(request_id)
            .bind(micros(now))
            .execute(&mut tx)
            .await?
            .rows_affected();
        if deleted == 0 {
            return Ok(false);
        }
        insert_code(&mut tx, code).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn sweep_authorization_requests(&self, now: OffsetDateTime) -> Result<u64> {
        let requests = query("DELETE FROM oidc_requests WHERE expire_time <= $1")
            .bind(micros(now))
            .execute(&self.db)
            .await?
            .rows_affected();
        // A device authorization is kept a day past its expiry, so that a late poll still
        // hears expired_token rather than an unknown code.
        let devices = query("DELETE FROM oidc_device_authorizations WHERE expire_time <= $1")
            .bind(micros(now - time::Duration::days(1)))
            .execute(&self.db)
            .await?
            .rows_affected();
        Ok(requests + devices)
    }

    async fn use_dpop_proof(
        &self,
        proof_hash: &str,
        expire_time: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<bool> {
        query("DELETE FROM oidc_dpop_proofs WHERE expire_time <= $1")
            .bind(micros(now))
            .execute(&self.db)
            .await?;
        let added = query(
            "INSERT INTO oidc_dpop_proofs (proof_hash, expire_time) VALUES ($1, $2) ON CONFLICT (proof_hash) DO NOTHING",
        )
        .bind(proof_hash)
        .bind(micros(expire_time))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(added == 1)
    }

    async fn create_device_authorization(
        &self,
        device_code_hash: &str,
        user_code_hash: &str,
        pending: &PendingDevice,
        interval_seconds: i64,
        expire_time: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let added = query(
            "INSERT INTO oidc_device_authorizations (device_code_hash, user_code_hash, application_id, realm_id, \
             scopes, resource, state, poll_interval, expire_time, create_time) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9) ON CONFLICT (user_code_hash) DO NOTHING",
        )
        .bind(device_code_hash)
        .bind(user_code_hash)
        .bind(&pending.application_id)
        .bind(&pending.realm_id)
        .bind(pending.scopes.join(" "))
        .bind(&pending.resource)
        .bind(interval_seconds)
        .bind(micros(expire_time))
        .bind(micros(now))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(added == 1)
    }

    async fn pending_device(
        &self,
        user_code_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<PendingDevice>> {
        let row = query(
            "SELECT application_id, realm_id, scopes, resource FROM oidc_device_authorizations \
             WHERE user_code_hash = $1 AND state = 'pending' AND expire_time > $2",
        )
        .bind(user_code_hash)
        .bind(micros(now))
        .fetch_optional(&self.db)
        .await?;
        row.map(|row| {
            let scopes: String = row.try_get("scopes")?;
            Ok(PendingDevice {
                application_id: row.try_get("application_id")?,
                realm_id: row.try_get("realm_id")?,
                scopes: scopes
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
                resource: row.try_get("resource")?,
            })
        })
        .transpose()
    }

    async fn decide_device(
        &self,
        user_code_hash: &str,
        grant: Option<&Grant>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let (state, data) = match grant {
            Some(grant) => (
                "approved",
                Some(serde_json::to_string(grant).map_err(|e| decode_err("grant_data", e))?),
            ),
            None => ("denied", None),
        };
        let changed = query(
            "UPDATE oidc_device_authorizations SET state = $2, grant_data = $3 \
             WHERE user_code_hash = $1 AND state = 'pending' AND expire_time > $4",
        )
        .bind(user_code_hash)
        .bind(state)
        .bind(data)
        .bind(micros(now))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    async fn poll_device(
        &self,
        device_code_hash: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<DevicePoll> {
        let mut tx = self.db.begin().await?;
        let row = query(
            "SELECT state, grant_data, poll_interval, last_poll_time, expire_time FROM oidc_device_authorizations \
             WHERE device_code_hash = $1 AND application_id = $2",
        )
        .bind(device_code_hash)
        .bind(application_id)
        .fetch_optional(&mut tx)
        .await?;
        let Some(row) = row else {
            return Ok(DevicePoll::Unknown);
        };
        let state: String = row.try_get("state")?;
        let interval: i64 = row.try_get("poll_interval")?;
        let last: Option<i64> = row.try_get("last_poll_time")?;
        if state == "used" {
            return Ok(DevicePoll::Used);
        }
        if time_col(&row, "expire_time")? <= now {
            return Ok(DevicePoll::Expired);
        }
        if state == "denied" {
            return Ok(DevicePoll::Denied);
        }
        let too_soon = last.is_some_and(|last| micros(now) < last + interval * 1_000_000);
        if too_soon {
            query("UPDATE oidc_device_authorizations SET last_poll_time = $2, poll_interval = poll_interval + 5 WHERE device_code_hash = $1")
                .bind(device_code_hash)
                .bind(micros(now))
                .execute(&mut tx)
                .await?;
            tx.commit().await?;
            return Ok(DevicePoll::SlowDown);
        }
        if state == "approved" {
            let taken = query(
                "UPDATE oidc_device_authorizations SET state = 'used', last_poll_time = $2 \
                 WHERE device_code_hash = $1 AND state = 'approved'",
            )
            .bind(device_code_hash)
            .bind(micros(now))
            .execute(&mut tx)
            .await?
            .rows_affected();
            if taken != 1 {
                return Ok(DevicePoll::Used);
            }
            let grant = grant_col(&row)?;
            tx.commit().await?;
            return Ok(DevicePoll::Approved(Box::new(grant)));
        }
        query("UPDATE oidc_device_authorizations SET last_poll_time = $2 WHERE device_code_hash = $1")
            .bind(device_code_hash)
            .bind(micros(now))
            .execute(&mut tx)
            .await?;
        tx.commit().await?;
        Ok(DevicePoll::Pending)
    }

    async fn create_code(&self, code: &AuthorizationCode) -> Result<()> {
        insert_code(&self.db, code).await
    }

    async fn redeem_code(
        &self,
        code_hash: &str,
        application_id: &str,
        tokens: &NewTokens,
        now: OffsetDateTime,
    ) -> Result<Redemption<AuthorizationCode>> {
        let mut tx = self.db.begin().await?;
        let row = query(
            "UPDATE oidc_codes SET used_time = $3 WHERE code_hash = $1 AND application_id = $2 \
             AND used_time IS NULL AND expire_time > $3 \
             RETURNING code_hash, redirect_uri, code_challenge, grant_data, expire_time",
        )
        .bind(code_hash)
        .bind(application_id)
        .bind(micros(now))
        .fetch_optional(&mut tx)
        .await?;
        if let Some(row) = row {
            let code = code_from_row(&row)?;
            insert_tokens(&mut tx, &code.grant, tokens, now).await?;
            tx.commit().await?;
            return Ok(Redemption::Redeemed(code));
        }
        let used = query(
            "SELECT family_id FROM oidc_codes WHERE code_hash = $1 AND application_id = $2 AND used_time IS NOT NULL",
        )
        .bind(code_hash)
        .bind(application_id)
        .fetch_optional(&mut tx)
        .await?;
        let Some(used) = used else {
            return Ok(Redemption::Unknown);
        };
        let family: String = used.try_get("family_id")?;
        revoke_family(&mut tx, &family, now).await?;
        tx.commit().await?;
        Ok(Redemption::Reused)
    }

    async fn create_tokens(&self, grant: &Grant, tokens: &NewTokens, now: OffsetDateTime) -> Result<()> {
        let mut tx = self.db.begin().await?;
        insert_tokens(&mut tx, grant, tokens, now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn token(&self, token_hash: &str) -> Result<Option<Token>> {
        let row = query(format!(
            "SELECT {TOKEN_COLUMNS} FROM oidc_tokens WHERE token_hash = $1"
        ))
        .bind(token_hash)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(token_from_row).transpose()?)
    }

    async fn rotate_refresh_token(
        &self,
        token_hash: &str,
        application_id: &str,
        tokens: &NewTokens,
        now: OffsetDateTime,
        grace: time::Duration,
    ) -> Result<Redemption<Grant>> {
        let mut tx = self.db.begin().await?;
        let row = query(
            "UPDATE oidc_tokens SET used_time = $3 WHERE token_hash = $1 AND application_id = $2 AND kind = 'refresh' \
             AND used_time IS NULL AND revoked_time IS NULL AND expire_time > $3 RETURNING grant_data",
        )
        .bind(token_hash)
        .bind(application_id)
        .bind(micros(now))
        .fetch_optional(&mut tx)
        .await?;
        if let Some(row) = row {
            let grant = grant_col(&row)?;
            insert_tokens(&mut tx, &grant, tokens, now).await?;
            tx.commit().await?;
            return Ok(Redemption::Redeemed(grant));
        }
        let used = query(
            "SELECT family_id, used_time, revoked_time, expire_time, grant_data FROM oidc_tokens \
             WHERE token_hash = $1 AND application_id = $2 AND kind = 'refresh' AND used_time IS NOT NULL",
        )
        .bind(token_hash)
        .bind(application_id)
        .fetch_optional(&mut tx)
        .await?;
        let Some(used) = used else {
            return Ok(Redemption::Unknown);
        };
        let within_grace = time_col(&used, "used_time")? + grace > now;
        let revoked: Option<i64> = used.try_get("revoked_time")?;
        if within_grace && revoked.is_none() && time_col(&used, "expire_time")? > now {
            let grant = grant_col(&used)?;
            let access_only = NewTokens {
                refresh: None,
                ..tokens.clone()
            };
            insert_tokens(&mut tx, &grant, &access_only, now).await?;
            tx.commit().await?;
            return Ok(Redemption::Grace(grant));
        }
        let family: String = used.try_get("family_id")?;
        revoke_family(&mut tx, &family, now).await?;
        tx.commit().await?;
        Ok(Redemption::Reused)
    }

    async fn revoke_token(
        &self,
        token_hash: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let mut tx = self.db.begin().await?;
        let row = query(
            "UPDATE oidc_tokens SET revoked_time = COALESCE(revoked_time, $3) WHERE token_hash = $1 \
             AND application_id = $2 RETURNING kind, family_id",
        )
        .bind(token_hash)
        .bind(application_id)
        .bind(micros(now))
        .fetch_optional(&mut tx)
        .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let kind: String = row.try_get("kind")?;
        if kind == TokenKind::Refresh.as_str() {
            let family: String = row.try_get("family_id")?;
            revoke_family(&mut tx, &family, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn revoke_sign_ins(
        &self,
        identity_id: &str,
        session_id: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Vec<(Application, Option<String>)>> {
        const LIVE: &str =
            "t.identity_id = $1 AND ($2 IS NULL OR t.session_id = $2) AND t.revoked_time IS NULL";
        let mut tx = self.db.begin().await?;
        let rows = query(format!(
            "SELECT DISTINCT t.session_id, {} FROM oidc_tokens t JOIN applications a ON a.id = t.application_id \
             WHERE {LIVE}",
            super::applications::COLUMNS
        ))
        .bind(identity_id)
        .bind(session_id)
        .fetch_all(&mut tx)
        .await?;
        query(format!(
            "UPDATE oidc_tokens SET revoked_time = $3 WHERE seq IN (SELECT t.seq FROM oidc_tokens t WHERE {LIVE})"
        ))
        .bind(identity_id)
        .bind(session_id)
        .bind(micros(now))
        .execute(&mut tx)
        .await?;
        tx.commit().await?;
        rows.iter()
            .map(|row| {
                Ok((
                    super::applications::application_from_row(row)?,
                    row.try_get("session_id")?,
                ))
            })
            .collect()
    }

    async fn consent(&self, identity_id: &str, application_id: &str) -> Result<Option<Consent>> {
        let row = query(
            "SELECT identity_id, application_id, scopes, create_time FROM oidc_consents \
             WHERE identity_id = $1 AND application_id = $2",
        )
        .bind(identity_id)
        .bind(application_id)
        .fetch_optional(&self.db)
        .await?;
        row.map(|row| {
            Ok(Consent {
                identity_id: row.try_get("identity_id")?,
                application_id: row.try_get("application_id")?,
                scopes: scopes_col(&row)?,
                create_time: time_col(&row, "create_time")?,
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| e.into())
    }

    async fn save_consent(&self, c: &Consent) -> Result<()> {
        query(
            "INSERT INTO oidc_consents (identity_id, application_id, scopes, create_time) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (identity_id, application_id) DO UPDATE SET scopes = excluded.scopes, \
             create_time = excluded.create_time",
        )
        .bind(&c.identity_id)
        .bind(&c.application_id)
        .bind(c.scopes.join(" "))
        .bind(micros(c.create_time))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn consents(&self, identity_id: &str) -> Result<Vec<(Consent, Application)>> {
        let rows = query(format!(
            "SELECT c.identity_id, c.application_id, c.scopes, c.create_time AS consent_time, {} \
             FROM oidc_consents c JOIN applications a ON a.id = c.application_id \
             WHERE c.identity_id = $1 ORDER BY c.create_time",
            super::applications::COLUMNS
        ))
        .bind(identity_id)
        .fetch_all(&self.db)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let consent = Consent {
                identity_id: row.try_get("identity_id")?,
                application_id: row.try_get("application_id")?,
                scopes: scopes_col(row)?,
                create_time: time_col(row, "consent_time")?,
            };
            out.push((consent, super::applications::application_from_row(row)?));
        }
        Ok(out)
    }

    async fn delete_consent(
        &self,
        identity_id: &str,
        application_id: &str,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let mut tx = self.db.begin().await?;
        let deleted = query("DELETE FROM oidc_consents WHERE identity_id = $1 AND application_id = $2")
            .bind(identity_id)
            .bind(application_id)
            .execute(&mut tx)
            .await?
            .rows_affected();
        query(
            "UPDATE oidc_tokens SET revoked_time = $3 WHERE identity_id = $1 AND application_id = $2 \
             AND revoked_time IS NULL",
        )
        .bind(identity_id)
        .bind(application_id)
        .bind(micros(now))
        .execute(&mut tx)
        .await?;
        tx.commit().await?;
        Ok(deleted == 1)
    }

    async fn queue_logout_delivery(&self, d: &LogoutDelivery) -> Result<()> {
        query(
            "INSERT INTO oidc_logout_deliveries (id, application_id, uri, logout_token, next_attempt_time) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&d.id)
        .bind(&d.application_id)
        .bind(&d.uri)
        .bind(&d.logout_token)
        .bind(micros(d.next_attempt_time))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn claim_logout_deliveries(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<LogoutDelivery>> {
        let rows = query(
            "UPDATE oidc_logout_deliveries SET lease_until = $2, attempts = attempts + 1 WHERE seq IN \
             (SELECT seq FROM oidc_logout_deliveries WHERE sent_time IS NULL AND next_attempt_time <= $1 \
              AND (lease_until IS NULL OR lease_until <= $1) ORDER BY seq LIMIT $3) \
             AND (lease_until IS NULL OR lease_until <= $1) \
             RETURNING id, application_id, uri, logout_token, attempts, next_attempt_time, sent_time, last_error",
        )
        .bind(micros(now))
        .bind(micros(lease_until))
        .bind(limit)
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .iter()
            .map(delivery_from_row)
            .collect::<std::result::Result<_, _>>()?)
    }

    async fn logout_delivery_done(
        &self,
        id: &str,
        error: Option<&str>,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<()> {
        let (sent, next) = match (error, retry_at) {
            (None, _) => (Some(micros(now)), micros(now)),
            // Given up: kept for the record, never due again.
            (Some(_), None) => (None, i64::MAX),
            (Some(_), Some(at)) => (None, micros(at)),
        };
        query(
            "UPDATE oidc_logout_deliveries SET sent_time = $2, next_attempt_time = $3, last_error = $4, \
             lease_until = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(sent)
        .bind(next)
        .bind(error)
        .execute(&self.db)
        .await?;
        Ok(())
    }
}
