//! The dashboard (enrolment counts, enrolments over time, recent events) and the audit log
//! with its filters and CSV export.

use super::csv::{csv_download, push_csv_row};
use super::events::{event_rows, EventRow};
use super::{failure, page, Admin, Chrome};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use keybound_app::audit::AuditQuery;
use keybound_core::filter::{Clause, Filter};
use keybound_core::page::PageRequest;
use serde::Deserialize;
use time::{Date, Duration, OffsetDateTime, Time};

/// One bar of the enrolments chart.
pub struct Bar {
    x: i64,
    y: i64,
    height: i64,
    label: String,
    count: i64,
}

#[derive(Template)]
#[template(path = "console/dashboard.html")]
struct DashboardPage {
    chrome: Chrome,
    counts: Vec<(&'static str, &'static str, i64, &'static str)>,
    bars: Vec<Bar>,
    chart_total: i64,
    events: Vec<EventRow>,
    /// Does the viewer see people (the search and the counts, of their people only)?
    people: bool,
    /// The realm's passkeys per day: for those who see the whole realm's people.
    chart: bool,
    /// Recent events: for those who may read the audit log.
    activity: bool,
}
impl_page!(DashboardPage, chrome.layout);

const CHART_DAYS: i64 = 30;

async fn count(state: &AppState, admin: &Admin, attribute: &str, value: &str) -> Result<i64, ApiError> {
    let filter = Filter::eq(attribute, value);
    let (actor, realm_id) = (&admin.actor, &admin.realm.id);
    Ok(keybound_app::identities::list(
        state,
        actor,
        realm_id,
        &filter,
        PageRequest { size: 1, after: None },
    )
    .await?
    .total_size)
}

async fn load(state: &AppState, admin: &Admin) -> Result<DashboardPage, ApiError> {
    let realm = &admin.realm.id;
    let people = admin.actor.may("identities:read");
    let chart = people && admin.actor.scope().is_none();
    let activity = admin.actor.may("audit-events:read");
    let mut counts = Vec::new();
    if people {
        let (enrolled, pending, invite_failed, suspended) = tokio::try_join!(
            count(state, admin, "enrollment_status", "ENROLLED"),
            count(state, admin, "enrollment_status", "PENDING"),
            count(state, admin, "enrollment_status", "INVITE_FAILED"),
            count(state, admin, "status", "suspended"),
        )?;
        counts = vec![
            ("enrolled", "console-status-enrolled", enrolled, "ENROLLED"),
            ("pending", "console-status-pending", pending, "PENDING"),
            (
                "invite_failed",
                "console-status-invite-failed",
                invite_failed,
                "INVITE_FAILED",
            ),
            ("suspended", "console-status-suspended", suspended, "SUSPENDED"),
        ];
    }
    let today = state.clock.now().date();
    let first = today - Duration::days(CHART_DAYS - 1);
    let per_day = if chart {
        keybound_app::identities::passkeys_bound_per_day(state, realm, first.midnight().assume_utc()).await?
    } else {
        Vec::new()
    };
    let epoch_day = |d: Date| (d.midnight().assume_utc() - OffsetDateTime::UNIX_EPOCH).whole_days();
    let max = per_day.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bars = (0..CHART_DAYS)
        .map(|i| {
            let day = first + Duration::days(i);
            let n = per_day
                .iter()
                .find(|(d, _)| *d == epoch_day(day))
                .map_or(0, |(_, n)| *n);
            let height = n * 100 / max;
            Bar {
                x: i * 20,
                y: 110 - height,
                height,
                label: format!("{day}"),
                count: n,
            }
        })
        .collect::<Vec<_>>();
    let recent = if activity {
        let latest = PageRequest {
            size: 10,
            after: None,
        };
        keybound_app::audit::list(state, realm, &AuditQuery::default(), latest)
            .await?
            .items
    } else {
        Vec::new()
    };
    let events = event_rows(state, admin, recent).await?;
    Ok(DashboardPage {
        chrome: admin.chrome("console-nav-dashboard", "dashboard"),
        counts,
        chart_total: bars.iter().map(|b| b.count).sum(),
        bars,
        events,
        people,
        chart,
        activity,
    })
}

/// `GET /console`.
pub async fn show(State(state): State<AppState>, admin: Admin) -> Response {
    match load(&state, &admin).await {
        Ok(html) => page(&html),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize, Default)]
pub struct AuditFilter {
    /// A username or identity id.
    user: Option<String>,
    action: Option<String>,
    outcome: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    from: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    to: Option<String>,
    page: Option<String>,
}

fn parse_day(text: Option<&str>) -> Result<Option<Date>, ApiError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    text.filter(|t| !t.is_empty())
        .map(|t| {
            Date::parse(t, &format).map_err(|_| ApiError::bad_field("date", "must be a date like 2026-11-22"))
        })
        .transpose()
}

async fn audit_query(state: &AppState, admin: &Admin, f: &AuditFilter) -> Result<AuditQuery, ApiError> {
    let mut query = AuditQuery::default();
    let eq = Clause::eq;
    if let Some(user) = f.user.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        // A username, else taken as an identity id.
        let found = keybound_app::identities::by_username(state, &admin.realm.id, user).await?;
        let id = found.map_or(user.to_owned(), |i| i.id);
        query.filter.clauses.push(eq("identity_id", &id));
    }
    if let Some(action) = f.action.as_deref().filter(|a| !a.is_empty()) {
        query.filter.clauses.push(eq("action", action));
    }
    if let Some(outcome) = f.outcome.as_deref().filter(|o| !o.is_empty()) {
        query.filter.clauses.push(eq("outcome", outcome));
    }
    query.since = parse_day(f.from.as_deref())?.map(|d| d.with_time(Time::MIDNIGHT).assume_utc());
    query.until = parse_day(f.to.as_deref())?.map(|d| (d + Duration::days(1)).midnight().assume_utc());
    Ok(query)
}

/// Actions offered in the audit log's filter.

#[derive(Template)]
#[template(path = "console/audit.html")]
struct AuditPage {
    chrome: Chrome,
    rows: Vec<EventRow>,
    total: i64,
    actions: Vec<&'static str>,
    user: String,
    action: String,
    outcome: String,
    from: String,
    to: String,
    next: Option<String>,
    query: String,
}
impl_page!(AuditPage, chrome.layout);

/// `GET /console/audit`.
pub async fn audit(State(state): State<AppState>, admin: Admin, Query(f): Query<AuditFilter>) -> Response {
    let loaded = async {
        let query = audit_query(&state, &admin, &f).await?;
        let request = PageRequest::parse(Some(50), f.page.as_deref())?;
        let found = keybound_app::audit::list(&state, &admin.realm.id, &query, request).await?;
        let rows = event_rows(&state, &admin, found.items).await?;
        Ok::<_, ApiError>((rows, found.total_size, found.next_page_token))
    };
    let (rows, total, next) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return failure(&admin, e),
    };
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    let query = serde_urlencoded::to_string([
        ("user", v(&f.user)),
        ("action", v(&f.action)),
        ("outcome", v(&f.outcome)),
        ("from", v(&f.from)),
        ("to", v(&f.to)),
    ])
    .unwrap_or_default();
    page(&AuditPage {
        chrome: admin.chrome("console-nav-audit", "audit"),
        rows,
        total,
        actions: keybound_core::audit::Action::ALL
            .iter()
            .map(|a| a.as_str())
            .collect(),
        user: v(&f.user),
        action: v(&f.action),
        outcome: v(&f.outcome),
        from: v(&f.from),
        to: v(&f.to),
        next,
        query,
    })
}

/// The most rows one export holds.
const EXPORT_LIMIT: usize = 10_000;

/// `GET /console/audit.csv`: the filtered log as CSV (newest first, at most 10,000 rows).
pub async fn audit_csv(
    State(state): State<AppState>,
    admin: Admin,
    Query(f): Query<AuditFilter>,
) -> Response {
    let exported = async {
        let query = audit_query(&state, &admin, &f).await?;
        let mut out = String::from("time,actor_type,actor_id,action,target_type,target_id,identity_id,outcome,ip,user_agent,detail\n");
        let mut request = PageRequest {
            size: 200,
            after: None,
        };
        let mut rows = 0;
        loop {
            let page = keybound_app::audit::list(&state, &admin.realm.id, &query, request).await?;
            for e in page.items {
                let fields = [
                    keybound_core::time_fmt::rfc3339(e.time),
                    e.actor.kind.to_owned(),
                    e.actor.id.unwrap_or_default(),
                    e.action,
                    e.target.as_ref().map(|t| t.kind.clone()).unwrap_or_default(),
                    e.target.map(|t| t.id).unwrap_or_default(),
                    e.identity_id.unwrap_or_default(),
                    e.outcome.as_str().to_owned(),
                    e.ip,
                    e.user_agent,
                    e.detail,
                ];
                push_csv_row(&mut out, &fields);
                rows += 1;
            }
            match page.next_page_token {
                Some(next) if rows < EXPORT_LIMIT => request = PageRequest::parse(Some(200), Some(&next))?,
                _ => break,
            }
        }
        Ok::<_, ApiError>(out)
    };
    match exported.await {
        Ok(csv) => csv_download("keybound-audit.csv", csv),
        Err(e) => failure(&admin, e),
    }
}
