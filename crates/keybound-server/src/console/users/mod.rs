//! Users: the list with enrolment status, and the use cases on a person, one file each:
//! adding one (`wizard`), their profile and what an admin changes there (`profile`), and
//! "Enroll a Passkey" (`enrol`: an enrolment email, a 9-character code, or a login code link).

mod enrol;
mod profile;
mod wizard;

pub use enrol::{enroll_code, enroll_email, enroll_login_code};
pub use profile::{
    change_groups, confirm_delete, delete, profile, revoke_passkey, revoke_session, set_admin, set_status,
    update,
};
pub use wizard::{create, wizard};

use crate::console::{failure, page, problem, Admin, Chrome};
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_core::email_template::human_time;
use keybound_core::filter::{Clause, Filter, Op};
use keybound_core::identity::{Identity, IdentityStatus};
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
    pub last_signin: String,
}

pub fn status_badge(identity: &Identity) -> (&'static str, &'static str) {
    use keybound_core::identity::EnrollmentStatus::*;
    match identity.enrollment_status {
        Enrolled => ("enrolled", "Enrolled"),
        Pending => ("pending", "Pending"),
        InviteFailed => ("invite_failed", "Invite failed"),
    }
}

#[derive(Template)]
#[template(path = "console/users.html")]
struct UsersPage {
    chrome: Chrome,
    rows: Vec<UserRow>,
    total: i64,
    q: String,
    status: String,
    next: Option<String>,
    first_page: bool,
}

#[derive(Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    status: Option<String>,
    page: Option<String>,
}

/// The identities the users list shows for a search (name, username or email) and a status.
fn users_filter(search: &str, status: &str) -> Filter {
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

/// `GET /console/users`: search, filter by status, page by key (fast however many there are).
pub async fn list(State(state): State<AppState>, admin: Admin, Query(q): Query<ListQuery>) -> Response {
    let search = q.q.unwrap_or_default().trim().to_owned();
    let status = q.status.unwrap_or_default();
    let filter = users_filter(&search, &status);
    let request = match PageRequest::parse(Some(PAGE_SIZE), q.page.as_deref()) {
        Ok(request) => request,
        Err(e) => return problem(&admin, StatusCode::BAD_REQUEST, &e.to_string()),
    };
    let loaded = async {
        let found = state
            .store
            .list_identities(&admin.realm.id, &filter, request)
            .await?;
        let rows = user_rows(&state, found.items).await?;
        Ok::<_, ApiError>((rows, found.total_size, found.next_page_token))
    };
    match loaded.await {
        Ok((rows, total, next)) => page(
            UsersPage {
                chrome: admin.chrome("Users", "users"),
                rows,
                total,
                q: search,
                status,
                next,
                first_page: request.after.is_none(),
            }
            .render(),
        ),
        Err(e) => failure(&admin, e),
    }
}

/// Table rows for `identities`, with their passkey counts and last sign-ins.
pub async fn user_rows(state: &AppState, identities: Vec<Identity>) -> Result<Vec<UserRow>, ApiError> {
    let ids: Vec<String> = identities.iter().map(|i| i.id.clone()).collect();
    let stats = state.store.passkey_stats(&ids).await?;
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
                last_signin: last.map(human_time).unwrap_or_default(),
                id: i.id,
            }
        })
        .collect())
}

pub(super) async fn all_groups(state: &AppState, realm_id: &str) -> Result<Vec<(String, String)>, ApiError> {
    Ok(state
        .store
        .list_groups(
            realm_id,
            &Filter::default(),
            PageRequest {
                size: 200,
                after: None,
            },
        )
        .await?
        .items
        .into_iter()
        .map(|g| (g.id, g.display_name))
        .collect())
}

pub(super) fn checked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| v == "on" || v == "true")
}

pub(super) fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Users in one export at most.
const EXPORT_LIMIT: usize = 100_000;

/// `GET /console/users.csv`: the users the list shows for its search and status, as CSV.
pub async fn export_csv(State(state): State<AppState>, admin: Admin, Query(q): Query<ListQuery>) -> Response {
    let filter = users_filter(q.q.unwrap_or_default().trim(), &q.status.unwrap_or_default());
    let exported = async {
        let mut out = String::from(
            "username,email,given_name,family_name,display_name,status,enrollment_status,source\n",
        );
        let mut request = PageRequest {
            size: 500,
            after: None,
        };
        let mut rows = 0;
        loop {
            let page = state
                .store
                .list_identities(&admin.realm.id, &filter, request)
                .await?;
            for i in page.items {
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
                crate::console::dashboard::push_csv_row(&mut out, &fields);
                rows += 1;
            }
            match page.next_page_token {
                Some(next) if rows < EXPORT_LIMIT => request = PageRequest::parse(Some(500), Some(&next))?,
                _ => break,
            }
        }
        Ok::<_, ApiError>(out)
    };
    match exported.await {
        Ok(csv) => crate::console::dashboard::csv_download("keybound-users.csv", csv),
        Err(e) => failure(&admin, e),
    }
}
