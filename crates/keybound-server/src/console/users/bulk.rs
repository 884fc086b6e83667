//! What an admin does to many users at once from the list: send each an enrolment email,
//! suspend, resume or delete them. The ticked users, or every user the search matches; asked
//! once, then done in batches of up to 1,000, each person audited as if done one by one.

use super::list::{matching, users_filter};
use super::profile::{change_status, delete_user};
use super::text;
use crate::console::{failure, page, problem, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::binding::{self, MAX_BATCH};
use keybound_core::identity::{Identity, IdentityStatus};
use serde::Deserialize;

/// The most users one action reaches.
const MOST: usize = 100_000;
/// Names shown when asking, and people listed as skipped.
const SHOWN: usize = 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    EnrollEmail,
    Change(Change),
}

/// What is done to each person alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Suspend,
    Resume,
    Delete,
}

impl Action {
    fn parse(s: &str) -> Option<Self> {
        match s {
            "enroll_email" => Some(Self::EnrollEmail),
            "suspend" => Some(Self::Change(Change::Suspend)),
            "resume" => Some(Self::Change(Change::Resume)),
            "delete" => Some(Self::Change(Change::Delete)),
            _ => None,
        }
    }

    /// The question and its button, for `n` people, in the administrator's language.
    fn question(self, admin: &Admin, n: usize) -> (String, String) {
        let (question, button) = match self {
            Self::EnrollEmail => ("console-bulk-ask-enroll", "console-bulk-enroll-emails"),
            Self::Change(Change::Suspend) => ("console-bulk-ask-suspend", "console-suspend"),
            Self::Change(Change::Resume) => ("console-bulk-ask-resume", "console-resume"),
            Self::Change(Change::Delete) => ("console-bulk-ask-delete", "console-delete-users"),
        };
        (admin.t_args(question, &[("count", n.into())]), admin.t(button))
    }

    /// What was done, to `n` people.
    fn done(self, admin: &Admin, n: usize) -> String {
        let said = match self {
            Self::EnrollEmail => "console-bulk-done-enroll",
            Self::Change(Change::Suspend) => "console-bulk-done-suspend",
            Self::Change(Change::Resume) => "console-bulk-done-resume",
            Self::Change(Change::Delete) => "console-bulk-done-delete",
        };
        admin.t_args(said, &[("count", n.into())])
    }
}

#[derive(Deserialize)]
pub struct BulkForm {
    action: String,
    #[serde(default)]
    ids: Vec<String>,
    all: Option<String>,
    q: Option<String>,
    status: Option<String>,
    confirmed: Option<String>,
}

#[derive(Template)]
#[template(path = "console/bulk.html")]
struct BulkPage {
    chrome: Chrome,
    heading: String,
    /// Asking first: the same form is posted again, confirmed.
    asking: bool,
    button: String,
    danger: bool,
    action: String,
    ids: Vec<String>,
    all: bool,
    q: String,
    status: String,
    /// Some of the people it is about (asking).
    names: Vec<String>,
    more: usize,
    /// Who was left out, and why (done).
    skipped: Vec<(String, String)>,
    skipped_total: usize,
}
impl_page!(BulkPage, chrome.layout);

/// `POST /console/users/bulk`: asks, then (posted again with `confirmed`) does it.
pub async fn bulk(State(state): State<AppState>, posted: Posted<BulkForm>) -> Response {
    let Posted { admin, form } = posted;
    let Some(action) = Action::parse(&form.action) else {
        let message = admin.t("console-bulk-choose-action");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    };
    let all = form.all.as_deref() == Some("on");
    let q = text(form.q).unwrap_or_default();
    let status = text(form.status).unwrap_or_default();
    if !all && form.ids.is_empty() {
        let message = admin.t("console-bulk-tick");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    }
    if form.ids.len() > MAX_BATCH {
        let message = admin.t_args("console-bulk-too-many", &[("most", MAX_BATCH.into())]);
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    }
    let targets = match targets(&state, &admin, all, &form.ids, &q, &status).await {
        Ok(targets) => targets,
        Err(e) => return failure(&admin, e),
    };
    let (question, button) = action.question(&admin, targets.len());
    let mut view = BulkPage {
        chrome: admin.chrome("console-nav-users", "users"),
        heading: if targets.is_empty() {
            admin.t("console-no-users-match")
        } else {
            question
        },
        asking: true,
        button,
        danger: matches!(action, Action::Change(Change::Delete | Change::Suspend)),
        action: form.action,
        ids: form.ids,
        all,
        q,
        status,
        names: targets.iter().take(SHOWN).map(label).collect(),
        more: targets.len().saturating_sub(SHOWN),
        skipped: Vec::new(),
        skipped_total: 0,
    };
    if form.confirmed.as_deref() == Some("yes") && !targets.is_empty() {
        if action == Action::EnrollEmail {
            // Made in the background: the progress page follows the batch.
            return match send_enrolment_emails(&state, &admin, &targets).await {
                Ok(batches) => crate::console::back(&format!("/console/batches/{}", batches.join(","))),
                Err(e) => failure(&admin, e),
            };
        }
        let done = match action {
            Action::EnrollEmail => Ok(Vec::new()),
            Action::Change(change) => change_each(&state, &admin, change, &targets).await,
        };
        let skipped = match done {
            Ok(skipped) => skipped,
            Err(e) => return failure(&admin, e),
        };
        view.heading = action.done(&admin, targets.len() - skipped.len());
        view.asking = false;
        view.skipped_total = skipped.len();
        view.skipped = skipped.into_iter().take(SHOWN * 5).collect();
    }
    page(&view)
}

/// The people an action is about: every user the search and status match, or the ticked ones
/// that still exist.
async fn targets(
    state: &AppState,
    admin: &Admin,
    all: bool,
    ids: &[String],
    q: &str,
    status: &str,
) -> Result<Vec<Identity>, ApiError> {
    if all {
        return matching(state, admin, &users_filter(q, status), MOST).await;
    }
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        match keybound_app::identities::get(state, &admin.actor, &admin.realm.id, id).await {
            Ok(identity) => out.push(identity),
            Err(e) if e.kind() == keybound_app::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}

fn label(identity: &Identity) -> String {
    format!("{} ({})", identity.display_name, identity.traits.username)
}

/// An enrolment email to each of `targets`: batch credential binding jobs of up to 1,000 people,
/// made in the background; their ids.
async fn send_enrolment_emails(
    state: &AppState,
    admin: &Admin,
    targets: &[Identity],
) -> Result<Vec<String>, ApiError> {
    let template = keybound_app::batches::JobTemplate {
        delivery_method: "EMAIL".into(),
        authenticator_config_id: binding::hosted_config(state, &admin.realm).await?.id,
        post_binding_redirect_uri: None,
        email_template_id: None,
    };
    let mut batches = Vec::new();
    for chunk in targets.chunks(MAX_BATCH) {
        let ids: Vec<String> = chunk.iter().map(|i| i.id.clone()).collect();
        let batch =
            keybound_app::batches::create(state, &admin.actor, &admin.realm, &ids, template.clone()).await?;
        batches.push(batch.id);
    }
    Ok(batches)
}

/// `change` to each of `targets`; returns who was skipped and why (the admin themself, one
/// already suspended, ...).
async fn change_each(
    state: &AppState,
    admin: &Admin,
    change: Change,
    targets: &[Identity],
) -> Result<Vec<(String, String)>, ApiError> {
    let mut skipped = Vec::new();
    for identity in targets {
        let suspended = identity.status == IdentityStatus::Suspended;
        let why = match change {
            _ if identity.id == admin.identity.id && change != Change::Resume => Some("console-skip-you"),
            Change::Suspend if suspended => Some("console-skip-suspended"),
            Change::Resume if !suspended => Some("console-skip-not-suspended"),
            _ => None,
        };
        if let Some(why) = why {
            skipped.push((label(identity), admin.t(why)));
            continue;
        }
        let done = match change {
            Change::Suspend => change_status(state, admin, &identity.id, IdentityStatus::Suspended).await,
            Change::Resume => change_status(state, admin, &identity.id, IdentityStatus::Active).await,
            Change::Delete => delete_user(state, admin, &identity.id).await,
        };
        match done {
            Ok(()) => {}
            Err(e) if e.status() == StatusCode::NOT_FOUND => {
                skipped.push((label(identity), admin.t("console-skip-deleted")));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(skipped)
}
