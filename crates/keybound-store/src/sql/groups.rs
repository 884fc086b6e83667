//! Groups and their members.

use super::db::{query, Row, Tx};
use super::identities::{identity_columns, identity_from_row};
use super::{fetch_page, micros, page_tail, push_clause, time_col, Sql, SqlStore};
use crate::{GroupStore, Result, StoreError};
use async_trait::async_trait;
use keybound_core::filter::Filter;
use keybound_core::group::Group;
use keybound_core::identity::Identity;
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::Realm;

use time::OffsetDateTime;

/// The columns of a group as selected `FROM groups g`.
pub(crate) const GROUP_COLUMNS: &str =
    "g.seq, g.id, g.realm_id, g.tenant_id, g.display_name, g.description, g.source, g.external_id, g.create_time, g.update_time";
/// The same, for `RETURNING`, where SQLite takes no table qualifier.
const RETURNING: &str =
    "RETURNING seq, id, realm_id, tenant_id, display_name, description, source, external_id, create_time, update_time";

pub(crate) fn group_from_row(row: &Row) -> std::result::Result<Group, sqlx::Error> {
    Ok(Group {
        id: row.try_get("id")?,
        realm_id: row.try_get("realm_id")?,
        tenant_id: row.try_get("tenant_id")?,
        display_name: row.try_get("display_name")?,
        description: row.try_get("description")?,
        source: super::enum_col(row, "source", keybound_core::identity::Source::parse)?,
        external_id: row.try_get("external_id")?,
        create_time: time_col(row, "create_time")?,
        update_time: time_col(row, "update_time")?,
    })
}

fn push_filter(sql: &mut Sql, filter: &Filter) {
    for clause in &filter.clauses {
        push_clause(sql, "lower(g.display_name)", clause);
    }
}

impl SqlStore {
    /// Marks the group changed inside `tx`, which also takes the write lock first and tells
    /// whether the group exists.
    async fn touch_group(tx: &mut Tx, realm_id: &str, group_id: &str, now: OffsetDateTime) -> Result<()> {
        let touched = query("UPDATE groups SET update_time = $1 WHERE realm_id = $2 AND id = $3")
            .bind(micros(now))
            .bind(realm_id)
            .bind(group_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if touched == 0 {
            return Err(StoreError::not_found("group", group_id));
        }
        Ok(())
    }

    /// How many of `ids` are identities of the realm, seen from inside `tx`.
    async fn count_known(tx: &mut Tx, realm_id: &str, ids: &[String]) -> Result<usize> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM identities WHERE realm_id = ");
        sql.arg(realm_id).push(" AND id IN ").list(ids);
        let n: i64 = sql.query().fetch_one(&mut *tx).await?.try_get(0)?;
        Ok(n as usize)
    }

    /// Changes the membership of `ids` in one transaction, or nothing if any id is unknown.
    async fn change_members(
        &self,
        realm_id: &str,
        group_id: &str,
        ids: &[String],
        now: OffsetDateTime,
        change: Sql,
    ) -> Result<()> {
        let mut tx = self.db.begin().await?;
        Self::touch_group(&mut tx, realm_id, group_id, now).await?;
        if Self::count_known(&mut tx, realm_id, ids).await? != ids.len() {
            tx.rollback().await?;
            return Err(self.first_unknown_identity(realm_id, ids).await?);
        }
        change.query().execute(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl GroupStore for SqlStore {
    async fn create_group(
        &self,
        realm: &Realm,
        display_name: &str,
        description: &str,
        now: OffsetDateTime,
    ) -> Result<Group> {
        keybound_core::group::validate(Some(display_name), Some(description))?;
        let row = query(format!(
            "INSERT INTO groups (id, realm_id, tenant_id, display_name, description, create_time, update_time) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) {RETURNING}"
        ))
        .bind(keybound_core::new_id())
        .bind(&realm.id)
        .bind(&realm.tenant_id)
        .bind(display_name)
        .bind(description)
        .bind(micros(now))
        .fetch_one(&self.db)
        .await?;
        Ok(group_from_row(&row)?)
    }

    async fn group(&self, realm_id: &str, id: &str) -> Result<Group> {
        let row = query(format!(
            "SELECT {GROUP_COLUMNS} FROM groups g WHERE g.realm_id = $1 AND g.id = $2"
        ))
        .bind(realm_id)
        .bind(id)
        .fetch_optional(&self.db)
        .await?
        .ok_or_else(|| StoreError::not_found("group", id))?;
        Ok(group_from_row(&row)?)
    }

    async fn list_groups(&self, realm_id: &str, filter: &Filter, page: PageRequest) -> Result<Page<Group>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM groups g WHERE g.realm_id = ");
        count.arg(realm_id);
        push_filter(&mut count, filter);
        let mut rows = Sql::new(&format!(
            "SELECT {GROUP_COLUMNS} FROM groups g WHERE g.realm_id = "
        ));
        rows.arg(realm_id);
        push_filter(&mut rows, filter);
        page_tail(&mut rows, "g.seq", page);
        fetch_page(&self.db, &count, &rows, page, group_from_row).await
    }

    async fn update_group(
        &self,
        realm_id: &str,
        id: &str,
        display_name: Option<&str>,
        description: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Group> {
        keybound_core::group::validate(display_name, description)?;
        let current = self.group(realm_id, id).await?;
        if current.source == keybound_core::identity::Source::Ldap
            && display_name.is_some_and(|n| n != current.display_name)
        {
            return Err(crate::error::managed_by_ldap("group.display_name"));
        }
        let mut sql = Sql::new("UPDATE groups SET update_time = ");
        sql.arg(micros(now));
        if let Some(v) = display_name {
            sql.push(", display_name = ").arg(v);
        }
        if let Some(v) = description {
            sql.push(", description = ").arg(v);
        }
        sql.push(" WHERE realm_id = ")
            .arg(realm_id)
            .push(" AND id = ")
            .arg(id);
        sql.push(" ").push(RETURNING);
        let row = sql
            .query()
            .fetch_optional(&self.db)
            .await?
            .ok_or_else(|| StoreError::not_found("group", id))?;
        Ok(group_from_row(&row)?)
    }

    async fn delete_group(&self, realm_id: &str, id: &str) -> Result<()> {
        self.refuse_ldap_group(realm_id, id, "group").await?;
        self.delete_owned("groups", "realm_id", realm_id, id, "group")
            .await
    }

    async fn add_members(
        &self,
        realm_id: &str,
        group_id: &str,
        identity_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<()> {
        self.refuse_ldap_group(realm_id, group_id, "group.members")
            .await?;
        let mut insert = Sql::new("INSERT INTO group_members (group_id, identity_id) SELECT ");
        insert
            .arg(group_id)
            .push(", id FROM identities WHERE realm_id = ")
            .arg(realm_id);
        insert
            .push(" AND id IN ")
            .list(identity_ids)
            .push(" ON CONFLICT DO NOTHING");
        self.change_members(realm_id, group_id, identity_ids, now, insert)
            .await
    }

    async fn delete_members(
        &self,
        realm_id: &str,
        group_id: &str,
        identity_ids: &[String],
        now: OffsetDateTime,
    ) -> Result<()> {
        self.refuse_ldap_group(realm_id, group_id, "group.members")
            .await?;
        let mut delete = Sql::new("DELETE FROM group_members WHERE group_id = ");
        delete
            .arg(group_id)
            .push(" AND identity_id IN ")
            .list(identity_ids);
        self.change_members(realm_id, group_id, identity_ids, now, delete)
            .await
    }

    async fn is_member_of_any(&self, identity_id: &str, group_ids: &[String]) -> Result<bool> {
        if group_ids.is_empty() {
            return Ok(false);
        }
        let mut sql = Sql::new("SELECT COUNT(*) FROM group_members WHERE identity_id = ");
        sql.arg(identity_id).push(" AND group_id IN ").list(group_ids);
        let row = sql.query().fetch_one(&self.db).await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }

    async fn group_members(
        &self,
        realm_id: &str,
        group_id: &str,
        page: PageRequest,
    ) -> Result<Page<Identity>> {
        self.group(realm_id, group_id).await?;
        let from = " FROM group_members m JOIN identities i ON i.id = m.identity_id WHERE m.group_id = ";
        let mut count = Sql::new(&format!("SELECT COUNT(*){from}"));
        count.arg(group_id);
        let mut rows = Sql::new(&format!("SELECT {}{from}", identity_columns()));
        rows.arg(group_id);
        page_tail(&mut rows, "i.seq", page);
        fetch_page(&self.db, &count, &rows, page, identity_from_row).await
    }
}

impl SqlStore {
    /// A Conflict naming `field` if the group is the directory's.
    async fn refuse_ldap_group(&self, realm_id: &str, group_id: &str, field: &str) -> Result<()> {
        match self.group(realm_id, group_id).await {
            Ok(g) if g.source == keybound_core::identity::Source::Ldap => {
                Err(crate::error::managed_by_ldap(field))
            }
            Ok(_) | Err(StoreError::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
