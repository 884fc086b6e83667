//! The users list: search, status filter, sortable columns, numbered pages, and its CSV export.

use crate::console::csv::{csv_download, push_csv_row};
use crate::console::{failure, page, problem, Admin, Chrome};
use crate::web::layout::impl_page;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_core::filter::{Clause, Filter, Op};
use keybound_core::identity::{Identity, IdentityStatus, Sort, SortKey};
use keybound_core::page::PageRequest;
use serde::Deserialize;

const PAGE_SIZE: u32 = 50;

/// One row of the users table.
pub struct UserRow {
    pub id: String,
    pub name: String,
    pub username: String,
    pub email: String,
    /// `enrolled`, `pending` or `invite_failed` (a CSS class), and its label.
    pub status: (&'static str, &'static str),
    pub suspended: bool,
    pub passkeys: i64,
    pub last_signin: Option<Moment>,
}

pub fn status_badge(identity: &Identity) -> (&'static str, &'static str) {
    use keybound_core::identity::EnrollmentStatus::*;
    match identity.enrollment_status {
        Enrolled => ("enrolled", "console-status-enrolled"),
        Pending => ("pending", "console-status-pending"),
        InviteFailed => ("invite_failed", "console-status-invite-failed"),
    }
}

/// A sortable column heading: its label, the address that sorts by it (the other way when it
/// is the current sort), and its `aria-sort`.
pub struct Column {
    label: &'static str,
    href: String,
    aria_sort: &'static str,
}

#[derive(Template)]
#[template(path = "console/users.html")]
struct UsersPage {
    chrome: Chrome,
    rows: Vec<UserRow>,
    columns: Vec<Column>,
    total: i64,
    q: String,
    status: String,
    sort: String,
    page: u64,
    pages: u64,
    /// The query string of this list without its page, ready for an `href`.
    query: String,
}
impl_page!(UsersPage, chrome.layout);

#[derive(Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    status: Option<String>,
    sort: Option<String>,
    page: Option<String>,
}

/// The identities the users list shows for a search (name, username or email) and a status.
pub(super) fn users_filter(search: &str, status: &str) -> Filter {
    let mut filter = Filter::default();
    if !search.is_empty() {
        filter.clauses.push(Clause {
            attribute: "search".into(),
            op: Op::Contains,
            value: search.to_owned(),
        });
    }
    match status {
        "ENROLLED" | "PENDING" | "INVITE_FAILED" => {
            filter.clauses.push(Clause::eq("enrollment_status", status));
        }
        "SUSPENDED" => filter.clauses.push(Clause::eq("status", "suspended")),
        _ => {}
    }
    filter
}

/// `name` sorts by name A to Z, `-name` Z to A; nothing (or anything else) in creation order.
fn parse_sort(value: &str) -> Sort {
    let (descending, key) = match value.strip_prefix('-') {
        Some(key) => (true, key),
        None => (false, value),
    };
    SortKey::parse(key).map_or_else(Sort::default, |by| Sort { by, descending })
}

fn sort_param(sort: Sort) -> String {
    if sort == Sort::default() {
        return String::new();
    }
    format!("{}{}", if sort.descending { "-" } else { "" }, sort.by.as_str())
}

/// Each sortable column and its heading (a message).
const COLUMNS: [(SortKey, &str); 6] = [
    (SortKey::Name, "console-col-name"),
    (SortKey::Username, "console-username"),
    (SortKey::Email, "console-email"),
    (SortKey::Status, "console-col-status"),
    (SortKey::Passkeys, "console-passkeys"),
    (SortKey::LastSignIn, "console-last-sign-in"),
];

/// The query string of a list, ready to put in an `href` as it is: its values percent-encoded
/// and its `&` written `&amp;`.
fn list_query(search: &str, status: &str, sort: &str) -> String {
    let encode = |v: &str| url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>();
    format!(
        "q={}&amp;status={}&amp;sort={}",
        encode(search),
        encode(status),
        encode(sort)
    )
}

/// `GET /console/users`: search, filter by status, sort by a column, numbered pages.
pub async fn list(State(state): State<AppState>, admin: Admin, Query(q): Query<ListQuery>) -> Response {
    let search = q.q.unwrap_or_default().trim().to_owned();
    let status = q.status.unwrap_or_default();
    let sort = parse_sort(q.sort.as_deref().unwrap_or_default());
    let page_number = match q.page.as_deref().filter(|p| !p.is_empty()).map(str::parse::<u64>) {
        None => 1,
        Some(Ok(n)) if (1..=1_000_000).contains(&n) => n,
        Some(_) => {
            let message = admin.t("console-bad-page");
            return problem(&admin, StatusCode::BAD_REQUEST, &message);
        }
    };
    let filter = users_filter(&search, &status);
    let offset = (page_number - 1) * u64::from(PAGE_SIZE);
    let loaded = async {
        let (found, total) = keybound_app::identities::browse(
            &state,
            &admin.actor,
            &admin.realm.id,
            &filter,
            sort,
            offset,
            PAGE_SIZE,
        )
        .await?;
        Ok::<_, ApiError>((user_rows(&state, found).await?, total))
    };
    let (rows, total) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return failure(&admin, e),
    };
    let columns = COLUMNS
        .iter()
        .map(|&(by, label)| {
            let current = sort.by == by;
            let next = Sort {
                by,
                descending: current && !sort.descending,
            };
            Column {
                label,
                href: format!(
                    "/console/users?{}",
                    list_query(&search, &status, &sort_param(next))
                ),
                aria_sort: match (current, sort.descending) {
                    (false, _) => "none",
                    (true, false) => "ascending",
                    (true, true) => "descending",
                },
            }
        })
        .collect();
    let sort = sort_param(sort);
    page(&UsersPage {
        chrome: admin.chrome("Users", "users"),
        rows,
        columns,
        pages: u64::try_from(total)
            .unwrap_or(0)
            .div_ceil(u64::from(PAGE_SIZE))
            .max(1),
        total,
        query: list_query(&search, &status, &sort),
        q: search,
        status,
        sort,
        page: page_number,
    })
}

/// Table rows for `identities`, with their passkey counts and last sign-ins.
pub async fn user_rows(state: &AppState, identities: Vec<Identity>) -> Result<Vec<UserRow>, ApiError> {
    let ids: Vec<String> = identities.iter().map(|i| i.id.clone()).collect();
    let stats = keybound_app::identities::passkey_stats(state, &ids).await?;
    Ok(identities
        .into_iter()
        .map(|i| {
            let (passkeys, last) = stats
                .iter()
                .find(|(id, _, _)| *id == i.id)
                .map_or((0, None), |(_, n, last)| (*n, *last));
            UserRow {
                status: status_badge(&i),
                suspended: i.status == IdentityStatus::Suspended,
                name: i.display_name,
                username: i.traits.username,
                email: i.traits.primary_email_address.unwrap_or_default(),
                passkeys,
                last_signin: last.map(Moment::of),
                id: i.id,
            }
        })
        .collect())
}

/// Every identity a filter matches, up to `limit`, in creation order.
pub(super) async fn matching(
    state: &AppState,
    admin: &Admin,
    filter: &Filter,
    limit: usize,
) -> Result<Vec<Identity>, ApiError> {
    let mut out = Vec::new();
    let mut request = PageRequest {
        size: 1000,
        after: None,
    };
    loop {
        let page =
            keybound_app::identities::list(state, &admin.actor, &admin.realm.id, filter, request).await?;
        out.extend(page.items);
        match page.next_page_token {
            Some(next) if out.len() < limit => {
                request = PageRequest {
                    size: 1000,
                    ..PageRequest::parse(None, Some(&next))?
                }
            }
            _ => break,
        }
    }
    out.truncate(limit);
    Ok(out)
}

/// Users in one export at most.
const EXPORT_LIMIT: usize = 100_000;

/// `GET /console/users.csv`: the users the list shows for its search and status, as CSV.
pub async fn export_csv(State(state): State<AppState>, admin: Admin, Query(q): Query<ListQuery>) -> Response {
    let filter = users_filter(q.q.unwrap_or_default().trim(), &q.status.unwrap_or_default());
    let mut out =
        String::from("username,email,given_name,family_name,display_name,status,enrollment_status,source\n");
    match matching(&state, &admin, &filter, EXPORT_LIMIT).await {
        Ok(identities) => {
            for i in identities {
                let fields = [
                    i.traits.username,
                    i.traits.primary_email_address.unwrap_or_default(),
                    i.traits.given_name.unwrap_or_default(),
                    i.traits.family_name.unwrap_or_default(),
                    i.display_name,
                    i.status.as_str().to_owned(),
                    i.enrollment_status.as_str().to_owned(),
                    i.source.as_str().to_owned(),
                ];
                push_csv_row(&mut out, &fields);
            }
            csv_download("keybound-users.csv", out)
        }
        Err(e) => failure(&admin, e),
    }
}
