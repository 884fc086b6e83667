//! `/console/batches/{ids}`: the progress of enrolment emails sent to many people at once (batch
//! credential binding jobs, made in the background), and who could not get one, and why. The
//! page reloads itself until every batch is complete.

use super::{failure, page, Admin, Chrome};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use keybound_core::page::PageRequest;

/// Failures listed by name; the counts cover the rest.
const SHOWN: usize = 100;

#[derive(Template)]
#[template(path = "console/batch.html")]
struct BatchPage {
    chrome: Chrome,
    total: i64,
    created: i64,
    failed: i64,
    pending: i64,
    /// (who, why) of the first failures.
    failures: Vec<(String, String)>,
}
impl_page!(BatchPage, chrome.layout);

async fn load(state: &AppState, admin: &Admin, ids: &str) -> Result<BatchPage, ApiError> {
    let mut view = BatchPage {
        chrome: admin.chrome("console-batch-title", "users"),
        total: 0,
        created: 0,
        failed: 0,
        pending: 0,
        failures: Vec::new(),
    };
    for id in ids.split(',').take(100) {
        let batch = keybound_app::batches::get(state, &admin.actor, &admin.realm.id, id).await?;
        view.total += batch.total;
        view.created += batch.created;
        view.failed += batch.failed;
        view.pending += batch.pending;
        if batch.failed == 0 || view.failures.len() >= SHOWN {
            continue;
        }
        let mut request = PageRequest {
            size: 1000,
            after: None,
        };
        loop {
            let page =
                keybound_app::batches::results(state, &admin.actor, &admin.realm.id, id, request).await?;
            for item in page.items.iter().filter(|i| i.state == "FAILED") {
                if view.failures.len() < SHOWN {
                    let who = match keybound_app::identities::visible(
                        state,
                        &admin.actor,
                        &admin.realm.id,
                        &item.identity_id,
                    )
                    .await
                    {
                        Ok(person) => format!("{} ({})", person.display_name, person.traits.username),
                        Err(_) => item.identity_id.clone(),
                    };
                    view.failures.push((who, item.error.clone().unwrap_or_default()));
                }
            }
            match (page.next_page_token, page.items.last()) {
                (Some(_), Some(last)) if view.failures.len() < SHOWN => {
                    request = PageRequest {
                        size: 1000,
                        after: Some(last.position),
                    };
                }
                _ => break,
            }
        }
    }
    Ok(view)
}

/// `GET /console/batches/{ids}` (comma-separated).
pub async fn show(State(state): State<AppState>, admin: Admin, Path(ids): Path<String>) -> Response {
    match load(&state, &admin, &ids).await {
        Ok(view) => page(&view),
        Err(e) => failure(&admin, e),
    }
}
