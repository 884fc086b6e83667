//! LDAP sync: the settings per realm, the lease that lets one replica sync at a time, what the
//! directory put in a realm, a sync's difference written in one transaction, and the record of
//! every sync.

use super::db::{query, Row};
use super::identities::insert_identity;
use super::{micros, page_tail_newest_first, time_col, Sql, SqlStore};
use crate::{LdapStore, LdapSyncRun, Result};
use async_trait::async_trait;
use keybound_core::identity::{username_key, IdentityStatus, NewIdentity, Source, Traits};
use keybound_core::ldap::{Changes, LdapSettings, RealmState, SyncedGroup, SyncedPerson};
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::Realm;
use std::collections::HashMap;
use time::OffsetDateTime;

/// Usernames checked per statement.
const CHUNK: usize = 500;

fn run_from_row(row: &Row) -> std::result::Result<LdapSyncRun, sqlx::Error> {
    let report: String = row.try_get("report")?;
    Ok(LdapSyncRun {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        trigger: row.try_get("trigger")?,
        dry_run: row.try_get::<i64, _>("dry_run")? != 0,
        start_time: time_col(row, "start_time")?,
        end_time: time_col(row, "end_time")?,
        report: serde_json::from_str(&report).ok(),
        error: row.try_get("error")?,
    })
}

#[async_trait]
impl LdapStore for SqlStore {
    async fn ldap_settings(&self, realm_id: &str) -> Result<LdapSettings> {
        let row = query("SELECT settings FROM ldap_configs WHERE realm_id = $1")
            .bind(realm_id)
            .fetch_optional(&self.db)
            .await?;
        Ok(match row {
            Some(row) => serde_json::from_str(&row.try_get::<String, _>("settings")?).unwrap_or_default(),
            None => LdapSettings::default(),
        })
    }

    async fn set_ldap_settings(
        &self,
        realm_id: &str,
        settings: &LdapSettings,
        now: OffsetDateTime,
    ) -> Result<()> {
        // Plain strings, numbers and booleans: serialising cannot fail.
        let text = serde_json::to_string(settings).unwrap_or_default();
        query(
            "INSERT INTO ldap_configs (realm_id, settings, update_time) VALUES ($1, $2, $3) \
             ON CONFLICT (realm_id) DO UPDATE SET settings = $2, update_time = $3",
        )
        .bind(realm_id)
        .bind(text)
        .bind(micros(now))
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn ldap_realms(&self) -> Result<Vec<String>> {
        let rows = query("SELECT realm_id FROM ldap_configs WHERE settings <> '{}' ORDER BY realm_id")
            .fetch_all(&self.db)
            .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("realm_id"))
            .collect::<std::result::Result<_, _>>()?)
    }

    async fn claim_ldap_sync(
        &self,
        realm_id: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        due_only: bool,
    ) -> Result<bool> {
        query("INSERT INTO ldap_configs (realm_id) VALUES ($1) ON CONFLICT (realm_id) DO NOTHING")
            .bind(realm_id)
            .execute(&self.db)
            .await?;
        let due = if due_only {
            " AND (next_sync_time IS NULL OR next_sync_time <= $3)"
        } else {
            ""
        };
        let claimed = query(format!(
            "UPDATE ldap_configs SET lease_until = $2 WHERE realm_id = $1 \
             AND (lease_until IS NULL OR lease_until <= $3){due}"
        ))
        .bind(realm_id)
        .bind(micros(lease_until))
        .bind(micros(now))
        .execute(&self.db)
        .await?
        .rows_affected();
        Ok(claimed == 1)
    }

    async fn release_ldap_sync(&self, realm_id: &str, next_sync_time: Option<OffsetDateTime>) -> Result<()> {
        query("UPDATE ldap_configs SET lease_until = NULL, next_sync_time = $2 WHERE realm_id = $1")
            .bind(realm_id)
            .bind(next_sync_time.map(micros))
            .execute(&self.db)
            .await?;
        Ok(())
    }

    async fn ldap_state(&self, realm_id: &str, username_skeletons: &[String]) -> Result<RealmState> {
        let mut state = RealmState::default();
        let rows = query(
            "SELECT id, ldap_id, display_name, status, username, email, given_name, family_name, external_id, \
             ldap_removed, role FROM identities WHERE realm_id = $1 AND ldap_id IS NOT NULL ORDER BY seq",
        )
        .bind(realm_id)
        .fetch_all(&self.db)
        .await?;
        for row in &rows {
            state.people.push(SyncedPerson {
                identity_id: row.try_get("id")?,
                ldap_id: row.try_get("ldap_id")?,
                display_name: row.try_get("display_name")?,
                traits: Traits {
                    username: row.try_get("username")?,
                    primary_email_address: row.try_get("email")?,
                    given_name: row.try_get("given_name")?,
                    family_name: row.try_get("family_name")?,
                    external_id: row.try_get("external_id")?,
                    locale: None,
                },
                active: row.try_get::<String, _>("status")? == IdentityStatus::Active.as_str(),
                removed: row.try_get::<i64, _>("ldap_removed")? != 0,
                role: row
                    .try_get::<Option<String>, _>("role")?
                    .as_deref()
                    .and_then(keybound_core::role::Role::parse),
            });
        }
        let groups = query(
            "SELECT id, ldap_id, display_name FROM groups WHERE realm_id = $1 AND ldap_id IS NOT NULL ORDER BY seq",
        )
        .bind(realm_id)
        .fetch_all(&self.db)
        .await?;
        let members = query(
            "SELECT m.group_id, m.identity_id FROM group_members m JOIN groups g ON g.id = m.group_id \
             WHERE g.realm_id = $1 AND g.ldap_id IS NOT NULL",
        )
        .bind(realm_id)
        .fetch_all(&self.db)
        .await?;
        let mut by_group: HashMap<String, Vec<String>> = HashMap::new();
        for row in &members {
            by_group
                .entry(row.try_get("group_id")?)
                .or_default()
                .push(row.try_get("identity_id")?);
        }
        for row in &groups {
            let group_id: String = row.try_get("id")?;
            state.groups.push(SyncedGroup {
                member_ids: by_group.remove(&group_id).unwrap_or_default(),
                group_id,
                ldap_id: row.try_get("ldap_id")?,
                name: row.try_get("display_name")?,
            });
        }
        for chunk in username_skeletons.chunks(CHUNK) {
            let mut sql =
                Sql::new("SELECT username_skeleton FROM identities WHERE ldap_id IS NULL AND realm_id = ");
            sql.arg(realm_id).push(" AND username_skeleton IN ").list(chunk);
            for row in sql.query().fetch_all(&self.db).await? {
                state.local_usernames.insert(row.try_get("username_skeleton")?);
            }
        }
        Ok(state)
    }

    async fn apply_ldap_changes(&self, realm: &Realm, changes: &Changes, now: OffsetDateTime) -> Result<()> {
        let at = micros(now);
        let mut tx = self.db.begin().await?;
        // People who left go first: a newcomer may take their username.
        for id in &changes.delete {
            query("DELETE FROM identities WHERE id = $1 AND realm_id = $2")
                .bind(id)
                .bind(&realm.id)
                .execute(&mut tx)
                .await?;
        }
        for person in &changes.create {
            let new = NewIdentity {
                display_name: person.display_name.clone(),
                status: IdentityStatus::Active,
                source: Source::Ldap,
                traits: person.traits.clone(),
            };
            insert_identity(&mut tx, &person.identity_id, realm, new, now).await?;
            query("UPDATE identities SET ldap_id = $1, role = $2 WHERE id = $3")
                .bind(&person.ldap_id)
                .bind(person.role.map(|r| r.as_str()))
                .bind(&person.identity_id)
                .execute(&mut tx)
                .await?;
        }
        for (id, display_name, t) in &changes.update {
            keybound_core::identity::validate(display_name, t)?;
            query(
                "UPDATE identities SET display_name = $1, username = $2, username_key = $3, email = $4, \
                 email_key = $5, given_name = $6, family_name = $7, external_id = $8, update_time = $9, \
                 username_skeleton = $12 WHERE id = $10 AND realm_id = $11",
            )
            .bind(keybound_core::names::clean_display_name(display_name))
            .bind(&t.username)
            .bind(username_key(&t.username))
            .bind(&t.primary_email_address)
            .bind(t.primary_email_address.as_deref().map(str::to_lowercase))
            .bind(&t.given_name)
            .bind(&t.family_name)
            .bind(&t.external_id)
            .bind(at)
            .bind(id)
            .bind(&realm.id)
            .bind(keybound_core::identity::username_skeleton(&t.username))
            .execute(&mut tx)
            .await
            .map_err(|e| {
                crate::error::conflict_on_unique(e, || {
                    format!("username `{}` is already taken in this realm", t.username)
                })
            })?;
        }
        for id in &changes.suspend {
            query(
                "UPDATE identities SET status = 'suspended', ldap_removed = 1, update_time = $1 \
                 WHERE id = $2 AND realm_id = $3",
            )
            .bind(at)
            .bind(id)
            .bind(&realm.id)
            .execute(&mut tx)
            .await?;
            query("UPDATE sessions SET revoked_time = $1 WHERE identity_id = $2 AND revoked_time IS NULL")
                .bind(at)
                .bind(id)
                .execute(&mut tx)
                .await?;
        }
        for id in &changes.reactivate {
            query(
                "UPDATE identities SET status = 'active', ldap_removed = 0, update_time = $1 \
                 WHERE id = $2 AND realm_id = $3",
            )
            .bind(at)
            .bind(id)
            .bind(&realm.id)
            .execute(&mut tx)
            .await?;
        }
        for (id, ldap_id, name) in &changes.create_groups {
            query(
                "INSERT INTO groups (id, realm_id, tenant_id, display_name, description, source, ldap_id, \
                 create_time, update_time) VALUES ($1, $2, $3, $4, '', 'ldap', $5, $6, $6)",
            )
            .bind(id)
            .bind(&realm.id)
            .bind(&realm.tenant_id)
            .bind(name)
            .bind(ldap_id)
            .bind(at)
            .execute(&mut tx)
            .await?;
        }
        for (id, name) in &changes.rename_groups {
            query("UPDATE groups SET display_name = $1, update_time = $2 WHERE id = $3 AND realm_id = $4")
                .bind(name)
                .bind(at)
                .bind(id)
                .bind(&realm.id)
                .execute(&mut tx)
                .await?;
        }
        for id in &changes.delete_groups {
            query("DELETE FROM groups WHERE id = $1 AND realm_id = $2")
                .bind(id)
                .bind(&realm.id)
                .execute(&mut tx)
                .await?;
        }
        for (group, identity) in &changes.add_members {
            query("INSERT INTO group_members (group_id, identity_id) VALUES ($1, $2)")
                .bind(group)
                .bind(identity)
                .execute(&mut tx)
                .await?;
        }
        for (group, identity) in &changes.remove_members {
            query("DELETE FROM group_members WHERE group_id = $1 AND identity_id = $2")
                .bind(group)
                .bind(identity)
                .execute(&mut tx)
                .await?;
        }
        for (id, role) in &changes.roles {
            // The directory's groups give roles over the whole realm, and take them.
            query("UPDATE identities SET role = $1, role_group_ids = '' WHERE id = $2 AND realm_id = $3")
                .bind(role.map(|r| r.as_str()))
                .bind(id)
                .bind(&realm.id)
                .execute(&mut tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn record_ldap_sync(&self, run: &LdapSyncRun) -> Result<()> {
        let report = match &run.report {
            Some(r) => serde_json::to_string(r).unwrap_or_default(),
            None => String::new(),
        };
        query(
            "INSERT INTO ldap_syncs (id, realm_id, trigger, dry_run, start_time, end_time, report, error) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&run.id)
        .bind(&run.realm_id)
        .bind(&run.trigger)
        .bind(i64::from(run.dry_run))
        .bind(micros(run.start_time))
        .bind(micros(run.end_time))
        .bind(report)
        .bind(&run.error)
        .execute(&self.db)
        .await?;
        Ok(())
    }

    async fn list_ldap_syncs(&self, realm_id: &str, page: PageRequest) -> Result<Page<LdapSyncRun>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM ldap_syncs WHERE realm_id = ");
        count.arg(realm_id);
        let mut rows = Sql::new("SELECT * FROM ldap_syncs WHERE realm_id = ");
        rows.arg(realm_id);
        page_tail_newest_first(&mut rows, "seq", page);
        super::fetch_page(&self.db, &count, &rows, page, run_from_row).await
    }
}
