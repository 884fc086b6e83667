//! Identities, their derived enrolment status, and filtered lists of them.

use super::db::{query, Exec, Row};
use super::{
    enum_col, fetch_page, like_escape, micros, page_tail, push_clause, time_col, Backend, Sql, SqlStore,
};
use crate::error::conflict_on_unique;
use crate::{IdentityStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::filter::{Filter, Op};
use keybound_core::group::Group;
use keybound_core::identity::{
    username_key, username_skeleton, EnrollmentStatus, Identity, IdentityPatch, IdentityStatus, NewIdentity,
    Sort, SortKey, Source, Traits,
};
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::Realm;
use keybound_core::role::{Role, RoleGrant};
use time::OffsetDateTime;

/// The columns of an identity as selected `FROM identities i`. The enrolment status is kept by
/// database triggers in the transaction that changes a credential or a failed invitation, so it
/// cannot drift from them.
pub(crate) fn identity_columns() -> String {
    "i.seq, i.id, i.realm_id, i.tenant_id, i.display_name, i.status, i.source, i.username, i.email, \
     i.given_name, i.family_name, i.external_id, i.create_time, i.update_time, i.enrollment_status, \
     i.role, i.role_group_ids, i.locale"
        .to_owned()
}

pub(crate) fn identity_from_row(row: &Row) -> std::result::Result<Identity, sqlx::Error> {
    Ok(Identity {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        display_name: row.try_get("display_name")?,
        status: enum_col(row, "status", IdentityStatus::parse)?,
        enrollment_status: enum_col(row, "enrollment_status", EnrollmentStatus::parse)?,
        source: enum_col(row, "source", Source::parse)?,
        traits: Traits {
            username: row.try_get("username")?,
            primary_email_address: row.try_get("email")?,
            given_name: row.try_get("given_name")?,
            family_name: row.try_get("family_name")?,
            external_id: row.try_get("external_id")?,
            locale: row.try_get("locale")?,
        },
        role: role_col(row)?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

/// The identity's role and its groups (`role_group_ids`, space-separated).
fn role_col(row: &Row) -> std::result::Result<Option<RoleGrant>, sqlx::Error> {
    let Some(role) = row.try_get::<Option<String>, _>("role")? else {
        return Ok(None);
    };
    let role = Role::parse(&role).ok_or_else(|| sqlx::Error::ColumnDecode {
        index: "role".into(),
        source: format!("unknown role `{role}`").into(),
    })?;
    let groups: String = row.try_get("role_group_ids")?;
    let group_ids = groups
        .split(' ')
        .filter(|g| !g.is_empty())
        .map(str::to_owned)
        .collect();
    Ok(Some(RoleGrant { role, group_ids }))
}

fn username_taken(username: &str) -> String {
    format!(
        "an identity with username `{username}`, or one that looks the same, already exists in this realm"
    )
}

/// Appends `AND ...` for each clause of an identity filter.
fn push_filter(sql: &mut Sql, filter: &Filter, backend: Backend) {
    for clause in &filter.clauses {
        if backend == Backend::Sqlite && push_indexed_search(sql, clause) {
            continue;
        }
        // Every compared expression is lower-case, and so is the value.
        let column = match clause.attribute.as_str() {
            "traits.username" => "i.username_key".to_owned(),
            "traits.primary_email_address" => "i.email_key".to_owned(),
            "display_name" => "lower(i.display_name)".to_owned(),
            "status" => "i.status".to_owned(),
            "enrollment_status" if clause.op == Op::Eq => {
                // Stored in capitals: compared as stored, so the index serves it.
                sql.push(" AND i.enrollment_status = ")
                    .arg(clause.value.to_uppercase());
                continue;
            }
            "enrollment_status" => "lower(i.enrollment_status)".to_owned(),
            // Set by Keybound, never parsed from a request: members of these groups only.
            keybound_core::filter::IN_GROUPS => {
                let ids: Vec<String> = clause.value.split(' ').map(str::to_owned).collect();
                sql.push(" AND EXISTS (SELECT 1 FROM group_members m WHERE m.identity_id = i.id AND m.group_id IN ")
                    .list(&ids)
                    .push(")");
                continue;
            }
            "search" => {
                // Any of username, email and name contains the value.
                let pattern = format!("%{}%", like_escape(&clause.value.to_lowercase()));
                sql.push(" AND (i.username_key LIKE ").arg(pattern.as_str());
                sql.push(" ESCAPE '\\' OR i.email_key LIKE ")
                    .arg(pattern.as_str());
                sql.push(" ESCAPE '\\' OR lower(i.display_name) LIKE ")
                    .arg(pattern);
                sql.push(" ESCAPE '\\')");
                continue;
            }
            // The filter parser only lets through the attributes listed in the trait module.
            _ => "NULL".to_owned(),
        };
        push_clause(sql, &column, clause);
    }
}

/// On SQLite, a "contains" or "starts with" clause on the username, email or name (or `search`,
/// any of them) as a lookup in the trigram index `identity_search`, when the value holds none of
/// LIKE's special characters. PostgreSQL's trigram indexes serve the plain LIKE by themselves.
fn push_indexed_search(sql: &mut Sql, clause: &keybound_core::filter::Clause) -> bool {
    let value = clause.value.to_lowercase();
    if value.contains(['%', '_', '\\']) {
        return false;
    }
    let columns: &[&str] = match clause.attribute.as_str() {
        "traits.username" => &["username_key"],
        "traits.primary_email_address" => &["email_key"],
        "display_name" => &["display_name"],
        "search" => &["username_key", "email_key", "display_name"],
        _ => return false,
    };
    let pattern = match (clause.attribute.as_str(), clause.op) {
        ("search", _) | (_, Op::Contains) => format!("%{value}%"),
        (_, Op::StartsWith) => format!("{value}%"),
        (_, Op::Eq) => return false,
    };
    sql.push(" AND i.seq IN (");
    for (n, column) in columns.iter().enumerate() {
        if n > 0 {
            sql.push(" UNION ");
        }
        sql.push(&format!("SELECT rowid FROM identity_search WHERE {column} LIKE "))
            .arg(pattern.as_str());
    }
    sql.push(")");
    true
}

/// The count of a list: from the kept counts when the filter is only equalities on the status
/// and the enrolment status (the dashboard's counts, the unfiltered list), else by counting.
fn count_query(realm_id: &str, filter: &Filter, backend: Backend) -> Sql {
    let kept = filter
        .clauses
        .iter()
        .all(|c| c.op == Op::Eq && matches!(c.attribute.as_str(), "status" | "enrollment_status"));
    if !kept {
        let mut count = Sql::new("SELECT COUNT(*) FROM identities i WHERE i.realm_id = ");
        count.arg(realm_id);
        push_filter(&mut count, filter, backend);
        return count;
    }
    // The counts as of the last fold, and the changes since.
    let mut count = Sql::new("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM (");
    for (n, table) in ["identity_counts", "identity_count_changes"].iter().enumerate() {
        if n > 0 {
            count.push(" UNION ALL ");
        }
        count
            .push(&format!("SELECT n FROM {table} WHERE realm_id = "))
            .arg(realm_id);
        for clause in &filter.clauses {
            if clause.attribute == "status" {
                count.push(" AND status = ").arg(clause.value.to_lowercase());
            } else {
                count
                    .push(" AND enrollment_status = ")
                    .arg(clause.value.to_uppercase());
            }
        }
    }
    count.push(") kept");
    count
}

/// Inserts a new identity with `id` (after validating it); a taken username is a `Conflict`.
pub(crate) async fn insert_identity(
    db: impl Exec,
    id: &str,
    realm: &Realm,
    new: NewIdentity,
    now: OffsetDateTime,
) -> Result<Identity> {
    let new = NewIdentity {
        display_name: keybound_core::names::clean_display_name(&new.display_name),
        ..new
    };
    keybound_core::identity::validate(&new.display_name, &new.traits)?;
    let t = &new.traits;
    query(
        "INSERT INTO identities (id, realm_id, tenant_id, display_name, status, source, username, \
         username_key, email, email_key, given_name, family_name, external_id, create_time, update_time, \
         username_skeleton, locale) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16)",
    )
    .bind(id)
    .bind(&realm.id)
    .bind(&realm.tenant_id)
    .bind(&new.display_name)
    .bind(new.status.as_str())
    .bind(new.source.as_str())
    .bind(&t.username)
    .bind(username_key(&t.username))
    .bind(&t.primary_email_address)
    .bind(t.primary_email_address.as_deref().map(str::to_lowercase))
    .bind(&t.given_name)
    .bind(&t.family_name)
    .bind(&t.external_id)
    .bind(micros(now))
    .bind(username_skeleton(&t.username))
    .bind(&t.locale)
    .execute(db)
    .await
    .map_err(|e| conflict_on_unique(e, || username_taken(&t.username)))?;
    Ok(Identity {
        id: id.to_owned(),
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        display_name: new.display_name,
        status: new.status,
        enrollment_status: EnrollmentStatus::Pending,
        source: new.source,
        traits: new.traits,
        role: None,
        create_time: now,
        update_time: now,
    })
}

/// Inserts a new identity with `id`, a member of `group_ids`, inside `tx`; a group unknown or
/// managed by LDAP is `NotFound` (the caller rolls back).
async fn insert_in_groups(
    tx: &mut super::db::Tx,
    id: &str,
    realm: &Realm,
    new: NewIdentity,
    group_ids: &[String],
    now: OffsetDateTime,
) -> Result<Identity> {
    let identity = insert_identity(&mut *tx, id, realm, new, now).await?;
    for group_id in group_ids {
        // Touched, so that it must exist; LDAP's groups are the directory's to fill.
        let touched =
            query("UPDATE groups SET update_time = $1 WHERE realm_id = $2 AND id = $3 AND source = $4")
                .bind(micros(now))
                .bind(&realm.id)
                .bind(group_id.as_str())
                .bind(Source::Local.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if touched == 0 {
            return Err(StoreError::not_found("group", group_id));
        }
        query("INSERT INTO group_members (group_id, identity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(group_id.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    Ok(identity)
}

#[async_trait]
impl IdentityStore for SqlStore {
    async fn create_identity(
        &self,
        realm: &Realm,
        new: NewIdentity,
        now: OffsetDateTime,
    ) -> Result<Identity> {
        let id = keybound_core::new_id();
        insert_identity(&self.db, &id, realm, new, now).await
    }

    async fn create_identity_in_groups(
        &self,
        realm: &Realm,
        new: NewIdentity,
        group_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<Identity> {
        let mut tx = self.db.begin().await?;
        let identity =
            insert_in_groups(&mut tx, &keybound_core::new_id(), realm, new, group_ids, now).await?;
        tx.commit().await?;
        Ok(identity)
    }

    async fn create_enrolled_identity(
        &self,
        realm: &Realm,
        id: &str,
        new: NewIdentity,
        group_ids: &[String],
        (job, secret, email): (
            &keybound_core::binding::BindingJob,
            &crate::JobSecret,
            Option<&keybound_core::email::Email>,
        ),
        now: OffsetDateTime,
    ) -> Result<Identity> {
        let mut tx = self.db.begin().await?;
        let identity = insert_in_groups(&mut tx, id, realm, new, group_ids, now).await?;
        super::binding::insert_job(&mut tx, job, secret).await?;
        if let Some(email) = email {
            super::emails::insert_email(&mut tx, email).await?;
        }
        tx.commit().await?;
        Ok(identity)
    }

    async fn identity(&self, realm_id: &str, id: &str) -> Result<Identity> {
        // By id alone, the realm compared here: with the realm in the query, PostgreSQL may
        // plan it (on statistics from when the table was nearly empty, as on a new database
        // or after a bulk import) as a walk through the realm's index, reading the realm's
        // identities for every lookup.
        let row = query(format!(
            "SELECT {} FROM identities i WHERE i.id = $1",
            identity_columns()
        ))
        .bind(id)
        .fetch_optional(&self.db)
        .await?;
        let identity = row.as_ref().map(identity_from_row).transpose()?;
        identity
            .filter(|identity| identity.realm_id == realm_id)
            .ok_or_else(|| StoreError::not_found("identity", id))
    }

    async fn list_identities(
        &self,
        realm_id: &str,
        filter: &Filter,
        page: PageRequest,
    ) -> Result<Page<Identity>> {
        let count = count_query(realm_id, filter, self.backend);
        let mut rows = Sql::new(&format!(
            "SELECT {} FROM identities i WHERE i.realm_id = ",
            identity_columns()
        ));
        rows.arg(realm_id);
        push_filter(&mut rows, filter, self.backend);
        if filter
            .clauses
            .iter()
            .any(|c| c.op != Op::Eq || c.attribute == "search")
        {
            rows.replan();
        }
        page_tail(&mut rows, "i.seq", page);
        fetch_page(&self.db, &count, &rows, page, identity_from_row).await
    }

    async fn browse_identities(
        &self,
        realm_id: &str,
        filter: &Filter,
        sort: Sort,
        offset: u64,
        limit: u32,
    ) -> Result<(Vec<Identity>, i64)> {
        let count = count_query(realm_id, filter, self.backend);
        let total: i64 = count.query().fetch_one(&self.db).await?.try_get(0)?;
        let mut rows = Sql::new(&format!(
            "SELECT {} FROM identities i WHERE i.realm_id = ",
            identity_columns()
        ));
        rows.arg(realm_id);
        push_filter(&mut rows, filter, self.backend);
        rows.replan();
        // Text sorts compare bytes on both backends, so both give the same order.
        let text = match self.backend {
            Backend::Sqlite => " COLLATE BINARY",
            Backend::Postgres => " COLLATE \"C\"",
        };
        let key = match sort.by {
            SortKey::Created => String::new(),
            SortKey::Name => format!("lower(i.display_name){text}"),
            SortKey::Username => format!("i.username_key{text}"),
            SortKey::Email => format!("COALESCE(i.email_key, ''){text}"),
            SortKey::Status => format!("i.enrollment_status{text}"),
            SortKey::Passkeys => "(SELECT COUNT(*) FROM credentials c WHERE c.identity_id = i.id \
                                  AND c.state = 'ACTIVE')"
                .to_owned(),
            SortKey::LastSignIn => "COALESCE((SELECT MAX(c.last_used_time) FROM credentials c \
                                    WHERE c.identity_id = i.id AND c.state = 'ACTIVE'), 0)"
                .to_owned(),
        };
        let direction = if sort.descending { "DESC" } else { "ASC" };
        rows.push(" ORDER BY ");
        if !key.is_empty() {
            rows.push(&format!("{key} {direction}, "));
        }
        rows.push(&format!("i.seq {direction} LIMIT {limit} OFFSET {offset}"));
        let fetched = rows.query().fetch_all(&self.db).await?;
        let mut items = Vec::with_capacity(fetched.len());
        for row in &fetched {
            items.push(identity_from_row(row)?);
        }
        Ok((items, total))
    }

    async fn update_identity(
        &self,
        realm_id: &str,
        id: &str,
        patch: &IdentityPatch,
        now: OffsetDateTime,
    ) -> Result<Identity> {
        // Each field is checked on its own; then one UPDATE writes only the fields given, so two
        // patches of different fields never undo each other.
        let mut current = self.identity(realm_id, id).await?;
        if current.source == Source::Ldap {
            let before = current.clone();
            let mut after = current.clone();
            patch.apply(&mut after);
            let t = (&before.traits, &after.traits);
            let owned = [
                ("identity.display_name", before.display_name != after.display_name),
                ("identity.traits.username", t.0.username != t.1.username),
                (
                    "identity.traits.primary_email_address",
                    t.0.primary_email_address != t.1.primary_email_address,
                ),
                ("identity.traits.given_name", t.0.given_name != t.1.given_name),
                ("identity.traits.family_name", t.0.family_name != t.1.family_name),
                ("identity.traits.external_id", t.0.external_id != t.1.external_id),
            ];
            if let Some((field, _)) = owned.into_iter().find(|(_, changed)| *changed) {
                return Err(crate::error::managed_by_ldap(field));
            }
        }
        patch.apply(&mut current);
        keybound_core::identity::validate(&current.display_name, &current.traits)?;

        let mut sql = Sql::new("UPDATE identities SET update_time = ");
        sql.arg(micros(now));
        if let Some(v) = &patch.display_name {
            sql.push(", display_name = ")
                .arg(keybound_core::names::clean_display_name(v));
        }
        if let Some(v) = patch.status {
            sql.push(", status = ").arg(v.as_str());
        }
        if let Some(v) = &patch.username {
            sql.push(", username = ")
                .arg(v.as_str())
                .push(", username_key = ")
                .arg(username_key(v))
                .push(", username_skeleton = ")
                .arg(username_skeleton(v));
        }
        if let Some(v) = &patch.primary_email_address {
            sql.push(", email = ")
                .arg(v.clone())
                .push(", email_key = ")
                .arg(v.as_deref().map(str::to_lowercase));
        }
        for (column, value) in [
            ("given_name", &patch.given_name),
            ("family_name", &patch.family_name),
            ("external_id", &patch.external_id),
            ("locale", &patch.locale),
        ] {
            if let Some(v) = value {
                sql.push(&format!(", {column} = ")).arg(v.clone());
            }
        }
        sql.push(" WHERE realm_id = ")
            .arg(realm_id)
            .push(" AND id = ")
            .arg(id);
        // Suspension ends every session of the identity in the same transaction: a suspended
        // person is signed out everywhere at once, and resuming revives nothing.
        let mut tx = self.db.begin().await?;
        let updated = sql
            .query()
            .execute(&mut tx)
            .await
            .map_err(|e| conflict_on_unique(e, || username_taken(&current.traits.username)))?
            .rows_affected();
        if updated == 0 {
            return Err(StoreError::not_found("identity", id));
        }
        if patch.status == Some(IdentityStatus::Suspended) {
            query("UPDATE sessions SET revoked_time = $1 WHERE identity_id = $2 AND revoked_time IS NULL")
                .bind(micros(now))
                .bind(id)
                .execute(&mut tx)
                .await?;
        }
        tx.commit().await?;
        self.identity(realm_id, id).await
    }

    async fn delete_identity(&self, realm_id: &str, id: &str) -> Result<()> {
        self.delete_owned("identities", "realm_id", realm_id, id, "identity")
            .await
    }

    async fn batch_delete_identities(&self, realm_id: &str, ids: &[String]) -> Result<()> {
        // Write first, then check: the delete takes the write lock at once (no upgrade from a
        // read snapshot on SQLite), and a short count means some id was unknown.
        let mut tx = self.db.begin().await?;
        let mut sql = Sql::new("DELETE FROM identities WHERE realm_id = ");
        sql.arg(realm_id).push(" AND id IN ").list(ids);
        let deleted = sql.query().execute(&mut tx).await?.rows_affected();
        if deleted as usize != ids.len() {
            tx.rollback().await?;
            return Err(self.first_unknown_identity(realm_id, ids).await?);
        }
        tx.commit().await?;
        Ok(())
    }

    async fn fold_identity_counts(&self) -> Result<u64> {
        // The changes of realms since deleted are dropped with the others.
        let upsert = "INSERT INTO identity_counts (realm_id, status, enrollment_status, n) \
             SELECT realm_id, status, enrollment_status, SUM(n) FROM {changes} \
             WHERE realm_id IN (SELECT id FROM realms) GROUP BY realm_id, status, enrollment_status \
             ON CONFLICT (realm_id, status, enrollment_status) DO UPDATE SET n = identity_counts.n + EXCLUDED.n";
        match self.backend {
            // One statement, so one snapshot: a change committed meanwhile is neither counted
            // nor deleted.
            Backend::Postgres => {
                let folded: i64 = query(format!(
                    "WITH moved AS (DELETE FROM identity_count_changes RETURNING realm_id, status, enrollment_status, n), \
                     folded AS ({}) SELECT COUNT(*) FROM moved",
                    upsert.replace("{changes}", "moved")
                ))
                .fetch_one(&self.db)
                .await?
                .try_get(0)?;
                if folded > 10_000 {
                    // After a bulk import: the deleted changes would slow each count until
                    // autovacuum came by.
                    query("VACUUM (ANALYZE) identity_count_changes")
                        .execute(&self.db)
                        .await?;
                }
                Ok(folded.unsigned_abs())
            }
            // SQLite's one writer holds the transaction: nothing changes between the two.
            Backend::Sqlite => {
                let mut tx = self.db.begin().await?;
                query(upsert.replace("{changes}", "identity_count_changes"))
                    .execute(&mut tx)
                    .await?;
                let folded = query("DELETE FROM identity_count_changes")
                    .execute(&mut tx)
                    .await?;
                tx.commit().await?;
                Ok(folded.rows_affected())
            }
        }
    }

    async fn identity_groups(
        &self,
        realm_id: &str,
        identity_id: &str,
        page: PageRequest,
    ) -> Result<Page<Group>> {
        self.identity(realm_id, identity_id).await?;
        let from = " FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.identity_id = ";
        let mut count = Sql::new(&format!("SELECT COUNT(*){from}"));
        count.arg(identity_id);
        let mut rows = Sql::new(&format!("SELECT {}{from}", super::groups::GROUP_COLUMNS));
        rows.arg(identity_id);
        page_tail(&mut rows, "g.seq", page);
        fetch_page(&self.db, &count, &rows, page, super::groups::group_from_row).await
    }

    async fn set_role(&self, identity_id: &str, grant: Option<&RoleGrant>) -> Result<bool> {
        let mut tx = self.db.begin().await?;
        let Some(row) = query("SELECT tenant_id, role FROM identities WHERE id = $1")
            .bind(identity_id)
            .fetch_optional(&mut tx)
            .await?
        else {
            tx.rollback().await?;
            return Err(StoreError::not_found("identity", identity_id));
        };
        let tenant_id: String = row.try_get("tenant_id")?;
        let was_admin = row.try_get::<Option<String>, _>("role")?.as_deref() == Some("admin");
        let stays_admin = grant.is_some_and(|g| g.role == Role::Admin);
        if was_admin && !stays_admin {
            // Every administrator's row is locked first on PostgreSQL (in one order, so that
            // two removals wait rather than deadlock), and the second of two removals at once
            // sees the first; SQLite's one writer runs them one after the other.
            let lock = match self.backend {
                Backend::Postgres => " FOR UPDATE",
                Backend::Sqlite => "",
            };
            let admins = query(format!(
                "SELECT id FROM identities WHERE tenant_id = $1 AND role = 'admin' AND status = 'active' ORDER BY id{lock}"
            ))
            .bind(&tenant_id)
            .fetch_all(&mut tx)
            .await?;
            let mut others = 0;
            for row in &admins {
                if row.try_get::<String, _>("id")? != identity_id {
                    others += 1;
                }
            }
            if others == 0 {
                tx.rollback().await?;
                return Ok(false);
            }
        }
        query("UPDATE identities SET role = $1, role_group_ids = $2 WHERE id = $3")
            .bind(grant.map(|g| g.role.as_str()))
            .bind(grant.map(|g| g.group_ids.join(" ")).unwrap_or_default())
            .bind(identity_id)
            .execute(&mut tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn is_admin(&self, identity_id: &str) -> Result<bool> {
        let row = query("SELECT role FROM identities WHERE id = $1 AND status = 'active'")
            .bind(identity_id)
            .fetch_optional(&self.db)
            .await?;
        Ok(match row {
            Some(row) => row.try_get::<Option<String>, _>("role")?.as_deref() == Some("admin"),
            None => false,
        })
    }

    async fn admin_has_passkey(&self, tenant_id: &str) -> Result<bool> {
        let row = query(
            "SELECT COUNT(*) FROM identities i WHERE i.tenant_id = $1 AND i.role = 'admin' AND i.status = 'active' \
             AND EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = i.id AND c.state = 'ACTIVE')",
        )
        .bind(tenant_id)
        .fetch_one(&self.db)
        .await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }

    async fn passkeys_bound_per_day(&self, realm_id: &str, since: OffsetDateTime) -> Result<Vec<(i64, i64)>> {
        let rows = query(
            "SELECT create_time / 86400000000 AS day, COUNT(*) AS n FROM credentials \
             WHERE realm_id = $1 AND create_time >= $2 GROUP BY create_time / 86400000000 ORDER BY day",
        )
        .bind(realm_id)
        .bind(micros(since))
        .fetch_all(&self.db)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            out.push((row.try_get("day")?, row.try_get("n")?));
        }
        Ok(out)
    }

    async fn passkey_stats(
        &self,
        identity_ids: &[String],
    ) -> Result<Vec<(String, i64, Option<OffsetDateTime>)>> {
        if identity_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new(
            "SELECT identity_id, COUNT(*) AS n, MAX(last_used_time) AS last_used FROM credentials \
             WHERE state = 'ACTIVE' AND identity_id IN ",
        );
        sql.list(identity_ids).push(" GROUP BY identity_id");
        let rows = sql.query().fetch_all(&self.db).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            out.push((
                row.try_get("identity_id")?,
                row.try_get("n")?,
                super::opt_time_col(row, "last_used")?,
            ));
        }
        Ok(out)
    }
}

impl SqlStore {
    /// `NotFound` for the first of `ids` that is not an identity of the realm.
    pub(crate) async fn first_unknown_identity(&self, realm_id: &str, ids: &[String]) -> Result<StoreError> {
        let mut sql = Sql::new("SELECT id FROM identities WHERE realm_id = ");
        sql.arg(realm_id).push(" AND id IN ").list(ids);
        let known: Vec<String> = sql
            .query()
            .fetch_all(&self.db)
            .await?
            .iter()
            .map(|r| r.try_get("id"))
            .collect::<std::result::Result<_, _>>()?;
        let unknown = ids
            .iter()
            .find(|id| !known.contains(id))
            .cloned()
            .unwrap_or_default();
        Ok(StoreError::not_found("identity", unknown))
    }
}
