//! What the SCIM service provider needs beyond the other stores: its filters as SQL, the
//! document of attributes only SCIM sets, and groups' external ids.

use super::groups::{group_from_row, GROUP_COLUMNS};
use super::identities::{identity_columns, identity_from_row};
use super::{like_escape, micros, Sql, SqlStore};
use crate::traits::{ScimKind, ScimQuery, ScimStore};
use crate::{Result, StoreError};
use async_trait::async_trait;
use keybound_core::group::Group;
use keybound_core::identity::{Identity, Source};
use keybound_core::realm::Realm;
use keybound_core::scim_filter::{AttrPath, CompareOp, Expr};
use keybound_core::Invalid;
use serde_json::Value;
use std::collections::HashMap;
use time::OffsetDateTime;

/// How an attribute is compared.
enum Column {
    /// Text compared case-insensitively (`expr` is already lower case).
    Folded(&'static str),
    /// Text compared as is (ids and external ids, which RFC 7643 makes case-exact).
    Exact(&'static str),
    /// The status, as a boolean.
    Active,
    /// A time in microseconds.
    Time(&'static str),
    /// A membership: `EXISTS (… {column} op value)`, `{column}` being the other side's id.
    Membership {
        from: &'static str,
        column: &'static str,
    },
}

fn user_column(attr: &AttrPath) -> Option<Column> {
    if attr.schema.is_some() {
        return None;
    }
    Some(match attr.name.as_str() {
        "id" => Column::Exact("i.id"),
        "username" => Column::Folded("i.username_key"),
        "externalid" => Column::Exact("i.external_id"),
        "emails" | "emails.value" => Column::Folded("i.email_key"),
        "displayname" => Column::Folded("lower(i.display_name)"),
        "name.givenname" => Column::Folded("lower(i.given_name)"),
        "name.familyname" => Column::Folded("lower(i.family_name)"),
        "active" => Column::Active,
        "meta.created" => Column::Time("i.create_time"),
        "meta.lastmodified" => Column::Time("i.update_time"),
        "groups" | "groups.value" => Column::Membership {
            from: "group_members m WHERE m.identity_id = i.id",
            column: "m.group_id",
        },
        _ => return None,
    })
}

fn group_column(attr: &AttrPath) -> Option<Column> {
    if attr.schema.is_some() {
        return None;
    }
    Some(match attr.name.as_str() {
        "id" => Column::Exact("g.id"),
        "displayname" => Column::Folded("lower(g.display_name)"),
        "externalid" => Column::Exact("g.external_id"),
        "meta.created" => Column::Time("g.create_time"),
        "meta.lastmodified" => Column::Time("g.update_time"),
        "members" | "members.value" => Column::Membership {
            from: "group_members m WHERE m.group_id = g.id",
            column: "m.identity_id",
        },
        _ => return None,
    })
}

fn invalid(why: String) -> StoreError {
    StoreError::Invalid(Invalid::one("filter", why))
}

/// Appends the filter as a condition.
fn push_expr(sql: &mut Sql, expr: &Expr, kind: ScimKind) -> Result<()> {
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            sql.push("(");
            push_expr(sql, a, kind)?;
            sql.push(if matches!(expr, Expr::And(..)) {
                " AND "
            } else {
                " OR "
            });
            push_expr(sql, b, kind)?;
            sql.push(")");
        }
        Expr::Not(a) => {
            sql.push("NOT (");
            push_expr(sql, a, kind)?;
            sql.push(")");
        }
        Expr::Present(attr) => match column(attr, kind)? {
            Column::Folded(c) | Column::Exact(c) => {
                sql.push(&format!("({c} IS NOT NULL AND {c} <> '')"));
            }
            Column::Active | Column::Time(_) => {
                sql.push("1 = 1");
            }
            Column::Membership { from, .. } => {
                sql.push(&format!("EXISTS (SELECT 1 FROM {from})"));
            }
        },
        Expr::Compare { attr, op, value } => push_compare(sql, attr, *op, value, kind)?,
    }
    Ok(())
}

fn column(attr: &AttrPath, kind: ScimKind) -> Result<Column> {
    let found = match kind {
        ScimKind::User => user_column(attr),
        ScimKind::Group => group_column(attr),
    };
    found.ok_or_else(|| {
        invalid(format!(
            "cannot filter {} on `{}`",
            match kind {
                ScimKind::User => "users",
                ScimKind::Group => "groups",
            },
            attr.key()
        ))
    })
}

fn push_compare(sql: &mut Sql, attr: &AttrPath, op: CompareOp, value: &Value, kind: ScimKind) -> Result<()> {
    let text = || match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(invalid(format!(
            "`{}` compares with a string, not {other}",
            attr.key()
        ))),
    };
    match column(attr, kind)? {
        Column::Folded(c) => {
            let v = if attr.name == "username" {
                keybound_core::identity::username_key(&text()?)
            } else {
                text()?.to_lowercase()
            };
            push_text(sql, c, op, v);
        }
        Column::Exact(c) => push_text(sql, c, op, text()?),
        Column::Active => {
            let active = match value {
                Value::Bool(b) => *b,
                Value::String(s) if s.eq_ignore_ascii_case("true") => true,
                Value::String(s) if s.eq_ignore_ascii_case("false") => false,
                _ => return Err(invalid("`active` compares with true or false".into())),
            };
            let wanted = match op {
                CompareOp::Eq => active,
                CompareOp::Ne => !active,
                _ => return Err(invalid("`active` takes eq or ne".into())),
            };
            sql.push("i.status = ")
                .arg(if wanted { "active" } else { "suspended" });
        }
        Column::Time(c) => {
            let at = OffsetDateTime::parse(&text()?, &time::format_description::well_known::Rfc3339)
                .map_err(|_| {
                    invalid(format!(
                        "`{}` compares with a time like 2026-01-31T12:00:00Z",
                        attr.key()
                    ))
                })?;
            let symbol = match op {
                CompareOp::Eq => "=",
                CompareOp::Ne => "<>",
                CompareOp::Gt => ">",
                CompareOp::Ge => ">=",
                CompareOp::Lt => "<",
                CompareOp::Le => "<=",
                _ => {
                    return Err(invalid(format!(
                        "`{}` is a time: use eq, ne, gt, ge, lt or le",
                        attr.key()
                    )))
                }
            };
            sql.push(&format!("{c} {symbol} ")).arg(micros(at));
        }
        Column::Membership { from, column } => {
            let v = text()?;
            if op == CompareOp::Ne {
                // No member is that one.
                sql.push(&format!("NOT EXISTS (SELECT 1 FROM {from} AND {column} = "))
                    .arg(v)
                    .push(")");
            } else {
                sql.push(&format!("EXISTS (SELECT 1 FROM {from} AND "));
                push_text(sql, column, op, v);
                sql.push(")");
            }
        }
    }
    Ok(())
}

fn push_text(sql: &mut Sql, c: &str, op: CompareOp, v: String) {
    let like = |sql: &mut Sql, pattern: String| {
        sql.push(&format!("{c} LIKE ")).arg(pattern).push(" ESCAPE '\\'");
    };
    match op {
        CompareOp::Eq => {
            sql.push(&format!("{c} = ")).arg(v);
        }
        CompareOp::Ne => {
            sql.push(&format!("({c} IS NULL OR {c} <> ")).arg(v).push(")");
        }
        CompareOp::Co => like(sql, format!("%{}%", like_escape(&v))),
        CompareOp::Sw => like(sql, format!("{}%", like_escape(&v))),
        CompareOp::Ew => like(sql, format!("%{}", like_escape(&v))),
        CompareOp::Gt => {
            sql.push(&format!("{c} > ")).arg(v);
        }
        CompareOp::Ge => {
            sql.push(&format!("{c} >= ")).arg(v);
        }
        CompareOp::Lt => {
            sql.push(&format!("{c} < ")).arg(v);
        }
        CompareOp::Le => {
            sql.push(&format!("{c} <= ")).arg(v);
        }
    }
}

/// The ORDER BY expression for `sortBy`; unknown attributes sort by creation.
fn sort_column(attr: Option<&AttrPath>, kind: ScimKind) -> Result<&'static str> {
    let Some(attr) = attr else {
        return Ok("");
    };
    match column(attr, kind)? {
        Column::Folded(c) | Column::Exact(c) | Column::Time(c) => Ok(c),
        Column::Active => Ok("i.status"),
        Column::Membership { .. } => Err(invalid(format!("cannot sort by `{}`", attr.key()))),
    }
}

/// `SELECT … FROM {table} WHERE realm = … AND filter` and its count.
fn select(kind: ScimKind, realm_id: &str, q: &ScimQuery<'_>) -> Result<(Sql, Sql)> {
    let (columns, table, seq) = match kind {
        ScimKind::User => (identity_columns(), "identities i", "i"),
        ScimKind::Group => (GROUP_COLUMNS.to_owned(), "groups g", "g"),
    };
    let mut rows = Sql::new(&format!("SELECT {columns} FROM {table} WHERE {seq}.realm_id = "));
    let mut count = Sql::new(&format!("SELECT COUNT(*) FROM {table} WHERE {seq}.realm_id = "));
    for sql in [&mut rows, &mut count] {
        sql.arg(realm_id);
        if let (ScimKind::User, Some(groups)) = (kind, q.in_groups) {
            // A role limited to some groups sees their members only.
            sql.push(
                " AND EXISTS (SELECT 1 FROM group_members s WHERE s.identity_id = i.id AND s.group_id IN ",
            )
            .list(groups)
            .push(")");
        }
        if let Some(filter) = q.filter {
            sql.push(" AND ");
            push_expr(sql, filter, kind)?;
        }
    }
    let key = sort_column(q.sort_by, kind)?;
    let direction = if q.descending { "DESC" } else { "ASC" };
    rows.push(" ORDER BY ");
    if !key.is_empty() {
        rows.push(&format!("{key} {direction}, "));
    }
    rows.push(&format!(
        "{seq}.seq {direction} LIMIT {} OFFSET {}",
        q.limit, q.offset
    ));
    rows.replan();
    Ok((rows, count))
}

/// `, update_time = …`: now, or a microsecond after the last change if that is not earlier, so
/// every change gives a new version (`meta.version`) even when two replicas' clocks disagree.
fn push_newer_time(sql: &mut Sql, now: OffsetDateTime) {
    let now = micros(now);
    sql.push(", update_time = CASE WHEN update_time < ")
        .arg(now)
        .push(" THEN ")
        .arg(now)
        .push(" ELSE update_time + 1 END");
}

#[async_trait]
impl ScimStore for SqlStore {
    async fn scim_identities(&self, realm_id: &str, q: &ScimQuery<'_>) -> Result<(Vec<Identity>, u64)> {
        let (rows, count) = select(ScimKind::User, realm_id, q)?;
        let total: i64 = count.query().fetch_one(&self.db).await?.try_get(0)?;
        let mut items = Vec::new();
        if q.limit > 0 {
            for row in rows.query().fetch_all(&self.db).await? {
                items.push(identity_from_row(&row)?);
            }
        }
        Ok((items, total as u64))
    }

    async fn scim_groups(&self, realm_id: &str, q: &ScimQuery<'_>) -> Result<(Vec<Group>, u64)> {
        let (rows, count) = select(ScimKind::Group, realm_id, q)?;
        let total: i64 = count.query().fetch_one(&self.db).await?.try_get(0)?;
        let mut items = Vec::new();
        if q.limit > 0 {
            for row in rows.query().fetch_all(&self.db).await? {
                items.push(group_from_row(&row)?);
            }
        }
        Ok((items, total as u64))
    }

    async fn scim_documents(&self, identity_ids: &[String]) -> Result<HashMap<String, String>> {
        if identity_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let mut sql = Sql::new("SELECT id, scim FROM identities WHERE scim IS NOT NULL AND id IN ");
        sql.list(identity_ids);
        let mut out = HashMap::new();
        for row in sql.query().fetch_all(&self.db).await? {
            out.insert(row.try_get("id")?, row.try_get("scim")?);
        }
        Ok(out)
    }

    async fn set_scim_document(
        &self,
        realm_id: &str,
        identity_id: &str,
        document: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<()> {
        let mut sql = Sql::new("UPDATE identities SET scim = ");
        sql.arg(document);
        push_newer_time(&mut sql, now);
        sql.push(" WHERE realm_id = ")
            .arg(realm_id)
            .push(" AND id = ")
            .arg(identity_id);
        let done = sql.query().execute(&self.db).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::not_found("identity", identity_id));
        }
        Ok(())
    }

    async fn set_group_origin(
        &self,
        realm: &Realm,
        group_id: &str,
        source: Source,
        external_id: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<Group> {
        let mut sql = Sql::new("UPDATE groups SET source = ");
        sql.arg(source.as_str()).push(", external_id = ").arg(external_id);
        push_newer_time(&mut sql, now);
        sql.push(" WHERE realm_id = ")
            .arg(realm.id.as_str())
            .push(" AND id = ")
            .arg(group_id);
        let done = sql.query().execute(&self.db).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::not_found("group", group_id));
        }
        crate::traits::GroupStore::group(self, &realm.id, group_id).await
    }

    async fn members_of(&self, group_ids: &[String]) -> Result<Vec<(String, String, String)>> {
        if group_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new(
            "SELECT m.group_id, i.id, i.display_name FROM group_members m \
             JOIN identities i ON i.id = m.identity_id WHERE m.group_id IN ",
        );
        sql.list(group_ids).push(" ORDER BY i.seq");
        let mut out = Vec::new();
        for row in sql.query().fetch_all(&self.db).await? {
            out.push((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?));
        }
        Ok(out)
    }

    async fn groups_of(&self, identity_ids: &[String]) -> Result<Vec<(String, String, String)>> {
        if identity_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new(
            "SELECT m.identity_id, g.id, g.display_name FROM group_members m \
             JOIN groups g ON g.id = m.group_id WHERE m.identity_id IN ",
        );
        sql.list(identity_ids).push(" ORDER BY g.seq");
        let mut out = Vec::new();
        for row in sql.query().fetch_all(&self.db).await? {
            out.push((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?));
        }
        Ok(out)
    }
}
