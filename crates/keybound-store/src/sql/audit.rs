//! The audit log.

use super::db::{query, Exec, Query, Row};
use super::{fetch_page, micros, page_tail_newest_first, placeholders, push_clause, time_col, Sql, SqlStore};
use crate::{AuditQuery, AuditStore, Result};
use async_trait::async_trait;
use keybound_core::audit::{Actor, AuditEvent, Outcome, Target};
use keybound_core::page::{Page, PageRequest};

const COLUMNS: &str = "seq, id, tenant_id, realm_id, time, actor_type, actor_id, action, target_type, \
                       target_id, identity_id, outcome, ip, user_agent, detail";

fn event_from_row(row: &Row) -> std::result::Result<AuditEvent, sqlx::Error> {
    let actor_type: String = row.try_get("actor_type")?;
    let target_type: Option<String> = row.try_get("target_type")?;
    let target_id: Option<String> = row.try_get("target_id")?;
    let outcome: String = row.try_get("outcome")?;
    Ok(AuditEvent {
        id: row.try_get("id")?,
        tenant_id: row.try_get("tenant_id")?,
        realm_id: row.try_get("realm_id")?,
        time: time_col(row, "time")?,
        actor: Actor {
            kind: Actor::kind_from(&actor_type),
            id: row.try_get("actor_id")?,
        },
        action: row.try_get("action")?,
        target: target_type.zip(target_id).map(|(kind, id)| Target { kind, id }),
        identity_id: row.try_get("identity_id")?,
        outcome: Outcome::parse(&outcome).unwrap_or(Outcome::Failure),
        ip: row.try_get("ip")?,
        user_agent: row.try_get("user_agent")?,
        detail: row.try_get("detail")?,
    })
}

/// Appends the query's conditions to a statement that ends in `WHERE realm_id = $1`.
fn push_query(sql: &mut Sql, query: &AuditQuery) {
    for clause in &query.filter.clauses {
        // The API parses filters against `FILTER_ATTRIBUTES`, which are all column names.
        let column = keybound_core::audit::FILTER_ATTRIBUTES
            .iter()
            .find(|a| **a == clause.attribute)
            .map_or("NULL".to_owned(), |column| format!("lower({column})"));
        push_clause(sql, &column, clause);
    }
    if let Some(since) = query.since {
        sql.push(" AND time >= ").arg(micros(since));
    }
    if let Some(until) = query.until {
        sql.push(" AND time < ").arg(micros(until));
    }
}

#[async_trait]
impl AuditStore for SqlStore {
    async fn record_audit(&self, e: &AuditEvent) -> Result<()> {
        insert_event(&self.db, e).await
    }

    async fn list_audit(
        &self,
        realm_id: &str,
        query: &AuditQuery,
        page: PageRequest,
    ) -> Result<Page<AuditEvent>> {
        let mut count = Sql::new("SELECT COUNT(*) FROM audit_events WHERE realm_id = ");
        count.arg(realm_id);
        push_query(&mut count, query);
        let mut rows = Sql::new(&format!("SELECT {COLUMNS} FROM audit_events WHERE realm_id = "));
        rows.arg(realm_id);
        push_query(&mut rows, query);
        page_tail_newest_first(&mut rows, "seq", page);
        fetch_page(&self.db, &count, &rows, page, event_from_row).await
    }
}

/// The columns an event is inserted with, in the order [`bind_event`] binds them.
pub(crate) const INSERT_COLUMNS: &str = "id, tenant_id, realm_id, time, actor_type, actor_id, action, \
     target_type, target_id, identity_id, outcome, ip, user_agent, detail";

pub(crate) fn bind_event(q: Query, e: &AuditEvent) -> Query {
    q.bind(&e.id)
        .bind(&e.tenant_id)
        .bind(&e.realm_id)
        .bind(micros(e.time))
        .bind(e.actor.kind)
        .bind(&e.actor.id)
        .bind(&e.action)
        .bind(e.target.as_ref().map(|t| t.kind.clone()))
        .bind(e.target.as_ref().map(|t| t.id.clone()))
        .bind(&e.identity_id)
        .bind(e.outcome.as_str())
        .bind(&e.ip)
        .bind(&e.user_agent)
        .bind(&e.detail)
}

pub(crate) async fn insert_event(db: impl Exec, e: &AuditEvent) -> Result<()> {
    let values = placeholders(1, INSERT_COLUMNS.split(',').count());
    bind_event(
        query(format!(
            "INSERT INTO audit_events ({INSERT_COLUMNS}) VALUES ({values})"
        )),
        e,
    )
    .execute(db)
    .await?;
    Ok(())
}
