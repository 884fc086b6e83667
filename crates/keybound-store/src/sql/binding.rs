//! Authenticator configs, credential binding jobs and ceremonies in flight.

use super::db::{query, Exec, Query, Row, Tx};
use super::identities::{identity_columns, identity_from_row};
use super::{
    aliased, audit, credentials, enum_col, fetch_page, micros, numbered, page_tail, placeholders, time_col,
    Backend, Sql, SqlStore,
};
use crate::error::conflict_on_unique;
use crate::{BindingBegun, BindingCeremony, BindingStore, JobSecret, RateCount, Result, StoreError};
use async_trait::async_trait;
use keybound_core::audit::AuditEvent;
use keybound_core::binding::{
    split_code, AuthenticatorConfig, BindingJob, ConfigType, DeliveryMethod, DeviceType, JobState,
    MAX_CODE_FAILURES,
};
use keybound_core::ceremony::CeremonyPurpose;
use keybound_core::credential::Credential;
use keybound_core::email::Email;
use keybound_core::identity::Identity;
use keybound_core::page::{Page, PageRequest};
use std::sync::LazyLock;
use time::OffsetDateTime;

const CONFIG_COLUMNS: &str = "seq, id, realm_id, tenant_id, display_name, config_type, invoke_url, \
    trusted_origins, require_attestation, aaguid_allow_list, attestation_conveyance, aaguid_deny_list, \
    synced_passkeys_allowed, create_time, update_time";
const JOB_COLUMNS: &str =
    "seq, id, identity_id, realm_id, tenant_id, delivery_method, authenticator_config_id, \
    post_binding_redirect_uri, state, credential_id, device_type, device_policy, key_name, expire_time, \
    create_time, update_time";
/// The states in which a job can still bind, as an SQL list.
const OPEN_STATES: &str = "('LINK_SENT', 'LINK_OPENED', 'REQUEST_DELIVERED')";
/// Saves a ceremony if `guard` (an SQL condition) holds and its subject has fewer than `cap`
/// unexpired ones of its purpose at `now`: the count and the insert in one statement. The
/// placeholders are the statement's parameters: `[id, purpose, subject, state, expire, now, cap]`.
fn save_capped_statement(
    guard: &str,
    [id, purpose, subject, state, expire, now, cap]: &[String; 7],
) -> String {
    format!(
        "INSERT INTO ceremonies (id, purpose, job_id, state, expire_time) \
         SELECT {id}, {purpose}, {subject}, {state}, {expire} WHERE {guard} \
         AND (SELECT COUNT(*) FROM ceremonies WHERE job_id = {subject} AND purpose = {purpose} AND expire_time > {now}) < {cap}"
    )
}

/// Moves job `job` on to the state `to` at `now`, from one of the states `from` (an SQL list),
/// if `guard` holds.
fn advance_statement(from: &str, guard: &str, [to, now, job]: [&str; 3]) -> String {
    format!(
        "UPDATE credential_binding_jobs SET state = {to}, update_time = {now} \
         WHERE id = {job} AND state IN {from} AND {guard}"
    )
}

/// The states a job moves on to `REQUEST_DELIVERED` from.
const BEFORE_DELIVERED: &str = "('LINK_SENT', 'LINK_OPENED')";

/// [`save_capped_statement`] on its own, its parameters from `$1`.
static SAVE_CAPPED: LazyLock<String> = LazyLock::new(|| save_capped_statement("TRUE", &numbered(1)));
/// Moves job $3 on to `REQUEST_DELIVERED` ($1) at $2.
static DELIVERED: LazyLock<String> =
    LazyLock::new(|| advance_statement(BEFORE_DELIVERED, "TRUE", ["$1", "$2", "$3"]));

fn config_from_row(row: &Row) -> std::result::Result<AuthenticatorConfig, sqlx::Error> {
    let origins: String = row.try_get("trusted_origins")?;
    Ok(AuthenticatorConfig {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        display_name: row.try_get("display_name")?,
        config_type: enum_col(row, "config_type", ConfigType::parse)?,
        invoke_url: row.try_get("invoke_url")?,
        trusted_origins: origins.split_whitespace().map(str::to_owned).collect(),
        require_attestation: row.try_get::<i64, _>("require_attestation")? != 0,
        aaguid_allow_list: {
            let list: String = row.try_get("aaguid_allow_list")?;
            list.split_whitespace().map(str::to_owned).collect()
        },
        rules: keybound_core::binding::KeyRules {
            attestation_conveyance: row.try_get("attestation_conveyance")?,
            aaguid_deny_list: {
                let list: String = row.try_get("aaguid_deny_list")?;
                list.split_whitespace().map(str::to_owned).collect()
            },
            synced_passkeys_allowed: row.try_get::<i64, _>("synced_passkeys_allowed")? != 0,
        },
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

fn job_from_row(row: &Row) -> std::result::Result<BindingJob, sqlx::Error> {
    Ok(BindingJob {
        id: row.try_get("id")?,
        identity_id: row.try_get("identity_id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        delivery_method: enum_col(row, "delivery_method", DeliveryMethod::parse)?,
        authenticator_config_id: row.try_get("authenticator_config_id")?,
        post_binding_redirect_uri: row.try_get("post_binding_redirect_uri")?,
        state: enum_col(row, "state", JobState::parse)?,
        credential_id: row.try_get("credential_id")?,
        device_type: enum_col(row, "device_type", DeviceType::parse)?,
        device_policy: {
            let text: String = row.try_get("device_policy")?;
            // Jobs made before policies existed have none stored: the defaults.
            serde_json::from_str(&text).unwrap_or_default()
        },
        key_name: row.try_get("key_name")?,
        expire_time: time_col(row, "expire_time")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

pub(crate) async fn insert_job(db: impl Exec, job: &BindingJob, secret: &JobSecret) -> Result<()> {
    let (secret_hash, locator) = match secret {
        JobSecret::Link { token_hash } => (token_hash.clone(), None),
        JobSecret::Code { locator, secret_hash } => (secret_hash.clone(), Some(locator.clone())),
    };
    query(
        "INSERT INTO credential_binding_jobs (id, identity_id, realm_id, tenant_id, delivery_method, \
         authenticator_config_id, post_binding_redirect_uri, state, secret_hash, code_locator, expire_time, \
         create_time, update_time, device_type, device_policy, key_name) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(&job.id)
    .bind(&job.identity_id)
    .bind(&job.realm_id)
    .bind(&job.tenant_id)
    .bind(job.delivery_method.as_str())
    .bind(&job.authenticator_config_id)
    .bind(&job.post_binding_redirect_uri)
    .bind(job.state.as_str())
    .bind(secret_hash)
    .bind(locator)
    .bind(micros(job.expire_time))
    .bind(micros(job.create_time))
    .bind(micros(job.update_time))
    .bind(job.device_type.as_str())
    .bind(serde_json::to_string(&job.device_policy).unwrap_or_default())
    .bind(&job.key_name)
    .execute(db)
    .await?;
    Ok(())
}

/// Inserts credential `c` (its parameters numbered from `$first`, bound by [`bind_credential`])
/// if `guard` (an SQL condition) holds.
fn credential_insert_statement(first: usize, guard: &str) -> String {
    let [id, identity, realm, tenant, state, name, webauthn_id, aaguid, transports, eligible, backed_up, count, passkey, created, device_type, policy]: [String; 16] =
        numbered(first);
    format!(
        "INSERT INTO credentials (id, identity_id, realm_id, tenant_id, state, name, credential_id, aaguid, \
         transports, backup_eligible, backup_state, sign_count, passkey, create_time, update_time, device_type, \
         device_policy) SELECT {id}, {identity}, {realm}, {tenant}, {state}, {name}, {webauthn_id}, {aaguid}, \
         {transports}, {eligible}, {backed_up}, {count}, {passkey}, {created}, {created}, {device_type}, {policy} \
         WHERE {guard}"
    )
}

fn bind_credential(q: Query, c: &Credential) -> Query {
    q.bind(&c.id)
        .bind(&c.identity_id)
        .bind(&c.realm_id)
        .bind(&c.tenant_id)
        .bind(c.state.as_str())
        .bind(&c.name)
        .bind(&c.credential_id)
        .bind(&c.aaguid)
        .bind(c.transports.join(" "))
        .bind(i64::from(c.backup_eligible))
        .bind(i64::from(c.backup_state))
        .bind(c.sign_count)
        .bind(&c.passkey)
        .bind(micros(c.create_time))
        .bind(c.device_type.as_str())
        .bind(serde_json::to_string(&c.device_policy).unwrap_or_default())
}

/// A condition: identity `identity` (a placeholder) is active.
fn active_identity(identity: &str) -> String {
    format!("EXISTS (SELECT 1 FROM identities WHERE id = {identity} AND status = 'active')")
}

/// Inserts `c` in `tx` if its identity is active (one statement); `Conflict` otherwise, or when
/// the WebAuthn credential id is registered already. On an error, dropping `tx` rolls back.
pub(crate) async fn insert_active_credential(tx: &mut Tx, c: &Credential) -> Result<()> {
    static INSERT: LazyLock<String> =
        LazyLock::new(|| credential_insert_statement(1, &active_identity("$2")));
    let inserted = bind_credential(query(INSERT.as_str()), c)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, || ALREADY_REGISTERED.into()))?
        .rows_affected();
    if inserted == 0 {
        return Err(suspended());
    }
    Ok(())
}

const ALREADY_REGISTERED: &str = "this passkey is already registered";

fn suspended() -> StoreError {
    StoreError::Conflict("the identity is suspended and cannot take a passkey".into())
}

fn no_longer_open() -> StoreError {
    StoreError::Conflict("this binding link or code can no longer be used".into())
}

/// Claims job `job` for credential `credential` at `now` (placeholders), if it is open and
/// unexpired and `guard` holds: of racing claims, one matches and the rest wait for it, then
/// find the job `COMPLETE` and match nothing.
fn claim_statement(guard: &str, [credential, now, job]: [&str; 3]) -> String {
    format!(
        "UPDATE credential_binding_jobs SET state = 'COMPLETE', credential_id = {credential}, update_time = {now} \
         WHERE id = {job} AND state IN {OPEN_STATES} AND expire_time > {now} AND {guard}"
    )
}

/// Revokes the open jobs of identity `identity` other than `job` at `now` (placeholders) if
/// `guard` holds, returning their ids: a bound passkey supersedes them.
fn supersede_statement(guard: &str, [now, identity, job]: [&str; 3]) -> String {
    format!(
        "UPDATE credential_binding_jobs SET state = 'REVOKED', update_time = {now} \
         WHERE identity_id = {identity} AND id <> {job} AND state IN {OPEN_STATES} AND expire_time > {now} \
         AND {guard} RETURNING id"
    )
}

/// [`BindingStore::bind_passkey`] on PostgreSQL as one statement, so one round trip: each
/// write runs only if the one before it did. The ceremony is `$1`, the job `$2`, the time `$3`,
/// the credential from `$4` ([`credential_insert_statement`]'s sixteen), then the events'.
/// The claim and the insert read one snapshot, so a claimed job always gets its passkey; a
/// duplicate passkey fails the whole statement.
fn bind_passkey_statement(events: usize) -> String {
    const IF_CLAIMED: &str = "EXISTS (SELECT 1 FROM claimed)";
    const FIRST_EVENT: usize = 4 + 16;
    let columns = audit::INSERT_COLUMNS.split(',').count();
    let mut sql = format!(
        "WITH taken AS (DELETE FROM ceremonies WHERE id = $1 AND purpose = 'binding' AND job_id = $2 \
           AND expire_time > $3 RETURNING 1), \
         claimed AS ({} RETURNING 1), \
         bound AS ({}), \
         superseded AS ({})",
        claim_statement(
            &format!("EXISTS (SELECT 1 FROM taken) AND {}", active_identity("$5")),
            ["$4", "$3", "$2"]
        ),
        credential_insert_statement(4, IF_CLAIMED),
        supersede_statement(IF_CLAIMED, ["$3", "$5", "$2"]),
    );
    if events > 0 {
        // One INSERT, its rows in the events' order, so that their sequence follows it too.
        let rows: Vec<String> = (0..events)
            .map(|n| {
                format!(
                    "SELECT {} WHERE {IF_CLAIMED}",
                    placeholders(FIRST_EVENT + n * columns, columns)
                )
            })
            .collect();
        sql.push_str(&format!(
            ", audited AS (INSERT INTO audit_events ({}) {})",
            audit::INSERT_COLUMNS,
            rows.join(" UNION ALL ")
        ));
    }
    sql.push_str(&format!(
        " SELECT (SELECT COUNT(*) FROM taken) AS taken, (SELECT COUNT(*) FROM claimed) AS claimed, \
         {} AS active, (SELECT string_agg(id, ' ') FROM superseded) AS superseded",
        active_identity("$5"),
    ));
    sql
}

/// Revokes the other open jobs of a job's identity; returns their ids.
async fn supersede(tx: &mut Tx, job_id: &str, identity_id: &str, now: OffsetDateTime) -> Result<Vec<String>> {
    static SUPERSEDE: LazyLock<String> = LazyLock::new(|| supersede_statement("TRUE", ["$1", "$2", "$3"]));
    let rows = query(SUPERSEDE.as_str())
        .bind(micros(now))
        .bind(identity_id)
        .bind(job_id)
        .fetch_all(&mut *tx)
        .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get::<String, _>("id"))
        .collect::<std::result::Result<Vec<_>, _>>()?)
}

impl SqlStore {
    async fn find_job(&self, id: &str) -> Result<Option<BindingJob>> {
        let row = query(format!(
            "SELECT {JOB_COLUMNS} FROM credential_binding_jobs WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.db)
        .await?;
        Ok(row.as_ref().map(job_from_row).transpose()?)
    }
}

#[async_trait]
impl BindingStore for SqlStore {
    async fn create_config(&self, c: &AuthenticatorConfig) -> Result<()> {
        c.validate()?;
        query(
            "INSERT INTO authenticator_configs (id, realm_id, tenant_id, display_name, config_type, invoke_url, \
             trusted_origins, create_time, update_time, require_attestation, aaguid_allow_list, \
             attestation_conveyance, aaguid_deny_list, synced_passkeys_allowed) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(&c.id)
        .bind(&c.realm_id)
        .bind(&c.tenant_id)
        .bind(&c.display_name)
        .bind(c.config_type.as_str())
        .bind(&c.invoke_url)
        .bind(c.trusted_origins.join(" "))
        .bind(micros(c.create_time))
        .bind(micros(c.update_time))
        .bind(i64::from(c.require_attestation))
        .bind(c.aaguid_allow_list.join(" "))
        .bind(&c.rules.attestation_conveyance)
        .bind(c.rules.aaguid_deny_list.join(" "))
        .bind(i64::from(c.rules.synced_passkeys_allowed))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn config(&self, realm_id: &str, id: &str) -> Result<AuthenticatorConfig> {
        let row = query(format!(
            "SELECT {CONFIG_COLUMNS} FROM authenticator_configs WHERE realm_id = $1 AND id = $2"
        ))
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("authenticator config", id))?;
        Ok(config_from_row(&row)?)
    }

    async fn list_configs(&self, realm_id: &str, page: PageRequest) -> Result<Page<AuthenticatorConfig>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM authenticator_configs WHERE realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new(&format!(
            "SELECT {CONFIG_COLUMNS} FROM authenticator_configs WHERE realm_id = "
        ));
        rows.arg(realm_id);
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, config_from_row).await
    }

    async fn update_config(&self, c: &AuthenticatorConfig) -> Result<()> {
        c.validate()?;
        let updated = query(
            "UPDATE authenticator_configs SET display_name = $1, config_type = $2, invoke_url = $3, \
             trusted_origins = $4, update_time = $5, require_attestation = $8, aaguid_allow_list = $9, \
             attestation_conveyance = $10, aaguid_deny_list = $11, synced_passkeys_allowed = $12 \
             WHERE realm_id = $6 AND id = $7",
        )
        .bind(&c.display_name)
        .bind(c.config_type.as_str())
        .bind(&c.invoke_url)
        .bind(c.trusted_origins.join(" "))
        .bind(micros(c.update_time))
        .bind(&c.realm_id)
        .bind(&c.id)
        .bind(i64::from(c.require_attestation))
        .bind(c.aaguid_allow_list.join(" "))
        .bind(&c.rules.attestation_conveyance)
        .bind(c.rules.aaguid_deny_list.join(" "))
        .bind(i64::from(c.rules.synced_passkeys_allowed))
        .execute(&self.db)
        .await?
        .rows_affected();
        if updated == 0 {
            return Err(StoreError::not_found("authenticator config", &c.id));
        }
        Ok(())
    }

    async fn delete_config(&self, realm_id: &str, id: &str) -> Result<()> {
        self.delete_owned(
            "authenticator_configs",
            "realm_id",
            realm_id,
            id,
            "authenticator config",
        )
        .await
    }

    async fn create_job(&self, job: &BindingJob, secret: &JobSecret) -> Result<()> {
        insert_job(&self.db, job, secret).await
    }

    async fn create_job_with_email(&self, job: &BindingJob, secret: &JobSecret, email: &Email) -> Result<()> {
        let mut tx = self.db.begin().await?;
        insert_job(&mut tx, job, secret).await?;
        super::emails::insert_email(&mut tx, email).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn job(&self, realm_id: &str, identity_id: Option<&str>, id: &str) -> Result<BindingJob> {
        let job = self
            .find_job(id)
            .await?
            .filter(|j| j.realm_id == realm_id && identity_id.is_none_or(|i| i == j.identity_id))
            .ok_or_else(|| StoreError::not_found("credential binding job", id))?;
        Ok(job)
    }

    async fn job_by_id(&self, id: &str) -> Result<BindingJob> {
        self.find_job(id)
            .await?
            .ok_or_else(|| StoreError::not_found("credential binding job", id))
    }

    async fn list_jobs(
        &self,
        realm_id: &str,
        identity_id: Option<&str>,
        page: PageRequest,
    ) -> Result<Page<BindingJob>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM credential_binding_jobs WHERE realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new(&format!(
            "SELECT {JOB_COLUMNS} FROM credential_binding_jobs WHERE realm_id = "
        ));
        rows.arg(realm_id);
        if let Some(identity_id) = identity_id {
            count.push(" AND identity_id = ").arg(identity_id);
            rows.push(" AND identity_id = ").arg(identity_id);
        }
        page_tail(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, job_from_row).await
    }

    async fn job_by_link(&self, job_id: &str, token: &str) -> Result<Option<BindingJob>> {
        let row = query(format!(
            "SELECT {JOB_COLUMNS}, secret_hash FROM credential_binding_jobs WHERE id = $1 AND code_locator IS NULL"
        ))
        .bind(job_id)
        .fetch_optional(&self.db)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let hash: String = row.try_get("secret_hash")?;
        if !keybound_core::secret::verify(token, &hash) {
            return Ok(None);
        }
        Ok(Some(job_from_row(&row)?))
    }

    async fn job_by_code(&self, code: &str, now: OffsetDateTime) -> Result<Option<BindingJob>> {
        let (locator, secret) = split_code(code);
        // The try is counted first, in the statement that finds the candidates: of any number of
        // racing guesses only MAX_CODE_FAILURES see a candidate at all.
        let rows = query(format!(
            "UPDATE credential_binding_jobs SET code_failures = code_failures + 1 \
             WHERE code_locator = $1 AND state IN {OPEN_STATES} AND expire_time > $2 \
             AND code_failures < {MAX_CODE_FAILURES} RETURNING {JOB_COLUMNS}, secret_hash"
        ))
        .bind(locator)
        .bind(micros(now))
        .fetch_all(&self.db)
        .await?;
        for row in &rows {
            let hash: String = row.try_get("secret_hash")?;
            if keybound_core::secret::verify(secret, &hash) {
                let job = job_from_row(row)?;
                // A right code is not a failure: give back what every candidate was charged.
                let mut refund = Sql::new(
                    "UPDATE credential_binding_jobs SET code_failures = code_failures - 1 WHERE id IN ",
                );
                let ids = rows
                    .iter()
                    .map(|r| r.try_get::<String, _>("id"))
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                refund.list(&ids);
                refund.query().execute(&self.db).await?;
                return Ok(Some(job));
            }
        }
        Ok(None)
    }

    async fn advance_job(&self, job_id: &str, to: JobState, now: OffsetDateTime) -> Result<()> {
        static OPENED: LazyLock<String> =
            LazyLock::new(|| advance_statement("('LINK_SENT')", "TRUE", ["$1", "$2", "$3"]));
        let sql = match to {
            JobState::LinkOpened => OPENED.as_str(),
            JobState::RequestDelivered => DELIVERED.as_str(),
            _ => return Ok(()),
        };
        query(sql)
            .bind(to.as_str())
            .bind(micros(now))
            .bind(job_id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn revoke_job(
        &self,
        realm_id: &str,
        identity_id: &str,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<BindingJob> {
        let job = self.job(realm_id, Some(identity_id), id).await?;
        let revoked = query(
            "UPDATE credential_binding_jobs SET state = 'REVOKED', update_time = $1 \
             WHERE id = $2 AND state NOT IN ('COMPLETE', 'REVOKED')",
        )
        .bind(micros(now))
        .bind(id)
        .execute(&self.db)
        .await?
        .rows_affected();
        let after = self.job(realm_id, Some(identity_id), id).await?;
        if revoked == 0 && after.state == JobState::Complete {
            return Err(StoreError::Conflict(format!(
                "credential binding job `{}` is complete; revoke its credential instead",
                job.id
            )));
        }
        Ok(after)
    }

    async fn revoke_open_jobs(&self, identity_id: &str, now: OffsetDateTime) -> Result<Vec<String>> {
        let rows = query(format!(
            "UPDATE credential_binding_jobs SET state = 'REVOKED', update_time = $1 \
             WHERE identity_id = $2 AND state IN {OPEN_STATES} AND expire_time > $1 RETURNING id"
        ))
        .bind(micros(now))
        .bind(identity_id)
        .fetch_all(&self.db)
        .await?;
        rows.iter()
            .map(|r| r.try_get::<String, _>("id").map_err(Into::into))
            .collect()
    }

    async fn fail_job_delivery(&self, job_id: &str, now: OffsetDateTime) -> Result<()> {
        query(format!(
            "UPDATE credential_binding_jobs SET state = 'FAILED_TO_SEND', update_time = $1 \
             WHERE id = $2 AND state IN {OPEN_STATES}"
        ))
        .bind(micros(now))
        .bind(job_id)
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn save_ceremony(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
    ) -> Result<()> {
        query("INSERT INTO ceremonies (id, purpose, job_id, state, expire_time) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(purpose.as_str())
            .bind(subject)
            .bind(state)
            .bind(micros(expire_time))
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn save_ceremony_capped(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
        cap: i64,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let saved = query(SAVE_CAPPED.as_str())
            .bind(id)
            .bind(purpose.as_str())
            .bind(subject)
            .bind(state)
            .bind(micros(expire_time))
            .bind(micros(now))
            .bind(cap)
            .execute(&self.db)
            .await?
            .rows_affected();
        Ok(saved == 1)
    }

    async fn save_ceremony_counted(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        subject: &str,
        state: &str,
        expire_time: OffsetDateTime,
        count: &RateCount<'_>,
    ) -> Result<bool> {
        const INSERT: &str = "INSERT INTO ceremonies (id, purpose, job_id, state, expire_time)";
        static ALONE: LazyLock<String> = LazyLock::new(|| format!("{INSERT} VALUES ($1, $2, $3, $4, $5)"));
        let bind_ceremony = |q: Query| {
            q.bind(id)
                .bind(purpose.as_str())
                .bind(subject)
                .bind(state)
                .bind(micros(expire_time))
        };
        if self.backend == Backend::Postgres {
            static COUNTED: LazyLock<String> = LazyLock::new(|| {
                format!(
                    "WITH counted AS ({}) {INSERT} SELECT $4, $5, $6, $7, $8 FROM counted WHERE count <= $9",
                    credentials::count_statement(1)
                )
            });
            let q = credentials::bind_count(query(COUNTED.as_str()), count);
            let saved = bind_ceremony(q)
                .bind(count.max)
                .execute(&self.db)
                .await?
                .rows_affected();
            return Ok(saved == 1);
        }
        let mut tx = self.db.begin().await?;
        let counted: i64 = credentials::bind_count(query(credentials::COUNT.as_str()), count)
            .fetch_one(&mut tx)
            .await?
            .try_get("count")?;
        if counted <= count.max {
            bind_ceremony(query(ALONE.as_str())).execute(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(counted <= count.max)
    }

    async fn save_binding_ceremony(
        &self,
        id: &str,
        job_id: &str,
        state: &str,
        expire_time: OffsetDateTime,
        cap: i64,
        count: Option<&RateCount<'_>>,
        now: OffsetDateTime,
    ) -> Result<BindingBegun> {
        // The capped ceremony's parameters, in the order both backends' statements take them.
        let ceremony = |q: Query| {
            q.bind(id)
                .bind(CeremonyPurpose::Binding.as_str())
                .bind(job_id)
                .bind(state)
                .bind(micros(expire_time))
                .bind(micros(now))
                .bind(cap)
        };
        if self.backend == Backend::Postgres {
            static COUNTED: LazyLock<String> = LazyLock::new(|| begin_binding_statement(true));
            static UNCOUNTED: LazyLock<String> = LazyLock::new(|| begin_binding_statement(false));
            let q = match count {
                Some(count) => credentials::bind_count(query(COUNTED.as_str()), count).bind(count.max),
                None => query(UNCOUNTED.as_str()),
            };
            let row = ceremony(q)
                .bind(JobState::RequestDelivered.as_str())
                .fetch_one(&self.db)
                .await?;
            return Ok(
                match (row.try_get::<bool, _>("within")?, row.try_get::<i64, _>("saved")?) {
                    (false, _) => BindingBegun::OverLimit,
                    (true, 0) => BindingBegun::TooManyUnderWay,
                    _ => BindingBegun::Saved,
                },
            );
        }
        let mut tx = self.db.begin().await?;
        if let Some(count) = count {
            let counted: i64 = credentials::bind_count(query(credentials::COUNT.as_str()), count)
                .fetch_one(&mut tx)
                .await?
                .try_get("count")?;
            if counted > count.max {
                tx.commit().await?;
                return Ok(BindingBegun::OverLimit);
            }
        }
        let saved = ceremony(query(SAVE_CAPPED.as_str()))
            .execute(&mut tx)
            .await?
            .rows_affected();
        if saved == 0 {
            tx.commit().await?;
            return Ok(BindingBegun::TooManyUnderWay);
        }
        query(DELIVERED.as_str())
            .bind(JobState::RequestDelivered.as_str())
            .bind(micros(now))
            .bind(job_id)
            .execute(&mut tx)
            .await?;
        tx.commit().await?;
        Ok(BindingBegun::Saved)
    }

    async fn binding_subject(
        &self,
        job: &BindingJob,
    ) -> Result<(Identity, AuthenticatorConfig, Vec<String>)> {
        fn read(backend: Backend) -> String {
            format!(
                "SELECT {}, {}, {} AS active_ids FROM identities i \
                 LEFT JOIN authenticator_configs a ON a.id = $2 AND a.realm_id = i.realm_id \
                 WHERE i.id = $1",
                aliased(&identity_columns(), "i", "i_"),
                aliased(CONFIG_COLUMNS, "a", "a_"),
                credentials::active_ids_subquery(backend, "i.id"),
            )
        }
        static SQL: LazyLock<[String; 2]> =
            LazyLock::new(|| [read(Backend::Sqlite), read(Backend::Postgres)]);
        let sql = self.backend.pick(&SQL);
        // By the identity's id alone, its realm compared here (as `identity` does).
        let row = query(sql)
            .bind(&job.identity_id)
            .bind(&job.authenticator_config_id)
            .fetch_optional(&self.db)
            .await?;
        let gone = || StoreError::not_found("identity", job.identity_id.as_str());
        let row = row.ok_or_else(gone)?;
        let active_ids = credentials::split_ids(row.try_get("active_ids")?);
        let row = row.prefixed("i_");
        let identity = identity_from_row(&row)?;
        if identity.realm_id != job.realm_id {
            return Err(gone());
        }
        let row = row.prefixed("a_");
        if row.try_get::<Option<String>, _>("id")?.is_none() {
            return Err(StoreError::not_found(
                "authenticator config",
                job.authenticator_config_id.as_str(),
            ));
        }
        Ok((identity, config_from_row(&row)?, active_ids))
    }

    async fn binding_ceremony(&self, id: &str, now: OffsetDateTime) -> Result<Option<BindingCeremony>> {
        static READ: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT ce.job_id AS ce_job_id, ce.state AS ce_state, {}, {} FROM ceremonies ce \
                 LEFT JOIN credential_binding_jobs j ON j.id = ce.job_id \
                 LEFT JOIN authenticator_configs a ON a.id = j.authenticator_config_id AND a.realm_id = j.realm_id \
                 WHERE ce.id = $1 AND ce.purpose = $2 AND ce.expire_time > $3",
                aliased(JOB_COLUMNS, "j", "j_"),
                aliased(CONFIG_COLUMNS, "a", "a_"),
            )
        });
        let row = query(READ.as_str())
            .bind(id)
            .bind(CeremonyPurpose::Binding.as_str())
            .bind(micros(now))
            .fetch_optional(&self.db)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let (job_id, state) = (row.try_get("ce_job_id")?, row.try_get("ce_state")?);
        let row = row.prefixed("j_");
        let job = match row.try_get::<Option<String>, _>("id")? {
            Some(_) => Some(job_from_row(&row)?),
            None => None,
        };
        let row = row.prefixed("a_");
        let config = match row.try_get::<Option<String>, _>("id")? {
            Some(_) => Some(config_from_row(&row)?),
            None => None,
        };
        Ok(Some(BindingCeremony {
            job_id,
            state,
            job,
            config,
        }))
    }

    async fn sweep_ceremonies(&self, now: OffsetDateTime) -> Result<u64> {
        let swept = query("DELETE FROM ceremonies WHERE expire_time <= $1")
            .bind(micros(now))
            .execute(&self.db)
            .await?
            .rows_affected();
        Ok(swept)
    }

    async fn take_ceremony(
        &self,
        id: &str,
        purpose: keybound_core::ceremony::CeremonyPurpose,
        now: OffsetDateTime,
    ) -> Result<Option<(String, String)>> {
        // Taken by this one DELETE: of racing takers, one gets the row.
        let row = query(
            "DELETE FROM ceremonies WHERE id = $1 AND purpose = $2 RETURNING job_id, state, expire_time",
        )
        .bind(id)
        .bind(purpose.as_str())
        .fetch_optional(&self.db)
        .await?;
        let Some(row) = row else { return Ok(None) };
        if time_col(&row, "expire_time")? <= now {
            return Ok(None);
        }
        Ok(Some((row.try_get("job_id")?, row.try_get("state")?)))
    }

    async fn complete_binding(
        &self,
        job_id: &str,
        c: &Credential,
        now: OffsetDateTime,
    ) -> Result<Vec<String>> {
        static CLAIM: LazyLock<String> = LazyLock::new(|| claim_statement("TRUE", ["$1", "$2", "$3"]));
        let mut tx = self.db.begin().await?;
        let claimed = query(CLAIM.as_str())
            .bind(&c.id)
            .bind(micros(now))
            .bind(job_id)
            .execute(&mut tx)
            .await?
            .rows_affected();
        if claimed == 0 {
            tx.rollback().await?;
            return Err(no_longer_open());
        }
        insert_active_credential(&mut tx, c).await?;
        let superseded = supersede(&mut tx, job_id, &c.identity_id, now).await?;
        tx.commit().await?;
        Ok(superseded)
    }

    async fn bind_passkey(
        &self,
        ceremony_id: &str,
        job_id: &str,
        c: &Credential,
        events: &[AuditEvent],
        now: OffsetDateTime,
    ) -> Result<Option<Vec<String>>> {
        if self.backend == Backend::Postgres {
            let mut q = query(bind_passkey_statement(events.len()))
                .bind(ceremony_id)
                .bind(job_id)
                .bind(micros(now));
            q = bind_credential(q, c);
            for event in events {
                q = audit::bind_event(q, event);
            }
            let row = q
                .fetch_one(&self.db)
                .await
                .map_err(|e| conflict_on_unique(e, || ALREADY_REGISTERED.into()))?;
            let taken: i64 = row.try_get("taken")?;
            let claimed: i64 = row.try_get("claimed")?;
            let active: bool = row.try_get("active")?;
            return match (taken, claimed, active) {
                (0, _, _) => Ok(None),
                (_, 0, false) => Err(suspended()),
                (_, 0, true) => Err(no_longer_open()),
                _ => Ok(Some(credentials::split_ids(row.try_get("superseded")?))),
            };
        }
        const TAKE: &str = "DELETE FROM ceremonies WHERE id = $1 AND purpose = 'binding' AND job_id = $2 \
                             AND expire_time > $3";
        static CLAIM: LazyLock<String> =
            LazyLock::new(|| claim_statement(&active_identity("$4"), ["$1", "$2", "$3"]));
        let mut tx = self.db.begin().await?;
        let taken = query(TAKE)
            .bind(ceremony_id)
            .bind(job_id)
            .bind(micros(now))
            .execute(&mut tx)
            .await?
            .rows_affected();
        if taken == 0 {
            tx.rollback().await?;
            return Ok(None);
        }
        let claimed = query(CLAIM.as_str())
            .bind(&c.id)
            .bind(micros(now))
            .bind(job_id)
            .bind(&c.identity_id)
            .execute(&mut tx)
            .await?
            .rows_affected();
        if claimed == 0 {
            // As on PostgreSQL, the ceremony is used up.
            let active = query(format!("SELECT {} AS active", active_identity("$1")))
                .bind(&c.identity_id)
                .fetch_one(&mut tx)
                .await?
                .try_get::<bool, _>("active")?;
            tx.commit().await?;
            return Err(if active { no_longer_open() } else { suspended() });
        }
        insert_active_credential(&mut tx, c).await?;
        let superseded = supersede(&mut tx, job_id, &c.identity_id, now).await?;
        for event in events {
            audit::insert_event(&mut tx, event).await?;
        }
        tx.commit().await?;
        Ok(Some(superseded))
    }
}

/// [`BindingStore::save_binding_ceremony`] on PostgreSQL as one statement: the count (its
/// parameters first when `counted`, then the limit), the capped ceremony
/// ([`save_capped_statement`]'s seven) and the job's progress (its state last) all run, each
/// after the one before only if that one let the begin through.
fn begin_binding_statement(counted: bool) -> String {
    let (within, first) = match counted {
        true => (
            format!(
                "counted AS ({}), within AS (SELECT count <= $4 AS ok FROM counted)",
                credentials::count_statement(1)
            ),
            5,
        ),
        false => ("within AS (SELECT TRUE AS ok)".to_owned(), 1),
    };
    let ceremony: [String; 7] = numbered(first);
    let delivered = format!("${}", first + 7);
    let (job, now) = (ceremony[2].as_str(), ceremony[5].as_str());
    format!(
        "WITH {within}, saved AS ({} RETURNING 1), delivered AS ({}) \
         SELECT (SELECT ok FROM within) AS within, (SELECT COUNT(*) FROM saved) AS saved",
        save_capped_statement("(SELECT ok FROM within)", &ceremony),
        advance_statement(
            BEFORE_DELIVERED,
            "EXISTS (SELECT 1 FROM saved)",
            [&delivered, now, job]
        ),
    )
}
