//! Importing users from CSV: a header row naming the columns (`username`, `email`,
//! `given_name`, `family_name`, `display_name`, `groups` separated by `;`), then one user a
//! line. A dry run checks every line and adds no one; an import adds them only when every line
//! passes, so a file with one bad line changes nothing. A file the users list exported reads
//! back (its other columns are ignored).

use super::all_groups;
use crate::console::{csv, failure, page, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use keybound_core::identity::{
    self, username_key, username_skeleton, IdentityStatus, NewIdentity, Source, Traits,
};
use serde::Deserialize;
use std::collections::HashSet;

/// The most users one file adds.
const MOST_LINES: usize = 10_000;
/// The columns read; any other is ignored.
const COLUMNS: [&str; 6] = [
    "username",
    "email",
    "given_name",
    "family_name",
    "display_name",
    "groups",
];

#[derive(Template)]
#[template(path = "console/import.html")]
struct ImportPage {
    chrome: Chrome,
    csv: String,
    /// What is wrong with the file as a whole.
    error: String,
    /// Per line: its number, the username, and what happens (or is wrong).
    report: Vec<(usize, String, Result<String, String>)>,
    bad_lines: usize,
    /// A line-by-line check with nothing added, or the import itself.
    dry_run: bool,
    added: usize,
    ignored: Vec<String>,
}
impl_page!(ImportPage, chrome.layout);

impl ImportPage {
    fn new(admin: &Admin, csv: String) -> Self {
        Self {
            chrome: admin.chrome("console-import-title", "users"),
            csv,
            error: String::new(),
            report: Vec::new(),
            bad_lines: 0,
            dry_run: true,
            added: 0,
            ignored: Vec::new(),
        }
    }
}

/// `GET /console/users/import`.
pub async fn import_form(admin: Admin) -> Response {
    page(&ImportPage::new(&admin, String::new()))
}

#[derive(Deserialize)]
pub struct ImportForm {
    csv: String,
    /// `check` (a dry run) or `import`.
    mode: String,
}

/// A line that passed, ready to add.
struct Ready {
    new: NewIdentity,
    groups: Vec<String>,
}

/// `POST /console/users/import`: checks the file line by line; adds the users too when asked
/// to import and every line passed.
pub async fn import(State(state): State<AppState>, posted: Posted<ImportForm>) -> Response {
    let Posted { admin, form } = posted;
    let mut view = ImportPage::new(&admin, form.csv);
    let checked = match check(&state, &admin, &view.csv).await {
        Ok(checked) => checked,
        Err(e) => return failure(&admin, e),
    };
    let (ignored, lines) = match checked {
        Ok(checked) => checked,
        Err(error) => {
            view.error = error;
            return page(&view);
        }
    };
    view.ignored = ignored;
    view.bad_lines = lines.iter().filter(|(_, _, r)| r.is_err()).count();
    view.dry_run = form.mode != "import" || view.bad_lines > 0;
    let mut report = Vec::with_capacity(lines.len());
    let mut made = Vec::new();
    for (line, username, result) in lines {
        let result = match result {
            Err(e) => Err(e),
            Ok(_) if view.dry_run => Ok(admin.t("console-import-will-add")),
            Ok(ready) => match add(&state, &admin, ready).await {
                Ok(identity) => {
                    view.added += 1;
                    made.push((identity.id, identity.traits.primary_email_address.is_some()));
                    Ok(admin.t("console-import-added-line"))
                }
                Err(e) => Err(e.message().to_owned()),
            },
        };
        report.push((line, username, result));
    }
    // The realm may send each of them an enrolment email.
    keybound_app::batches::enroll_provisioned(&state, &admin.realm, &made).await;
    view.report = report;
    page(&view)
}

type Checked = (Vec<String>, Vec<(usize, String, Result<Ready, String>)>);

/// The ignored columns and each line's verdict, or what is wrong with the whole file.
async fn check(state: &AppState, admin: &Admin, text: &str) -> Result<Result<Checked, String>, ApiError> {
    let records = match csv::parse(text) {
        Ok(records) => records,
        Err(e) => return Ok(Err(e)),
    };
    let mut records = records.into_iter();
    let Some((_, header)) = records.next() else {
        return Ok(Err(admin.t_args(
            "console-import-empty",
            &[("columns", COLUMNS.join(",").into())],
        )));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let at = |name: &str| header.iter().position(|h| h == name);
    if at("username").is_none() {
        return Ok(Err(admin.t("console-import-no-username")));
    }
    let ignored = header
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .cloned()
        .collect();
    let records: Vec<_> = records.collect();
    if records.len() > MOST_LINES {
        return Ok(Err(admin.t_args(
            "console-import-too-many",
            &[("count", records.len().into()), ("most", MOST_LINES.into())],
        )));
    }
    let groups = all_groups(state, &admin.realm.id).await?;
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(records.len());
    for (line, fields) in records {
        let get = |name: &str| {
            at(name)
                .and_then(|i| fields.get(i))
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let username = get("username").unwrap_or_default();
        let verdict = if fields.len() > header.len() {
            Err(admin.t_args(
                "console-import-fields",
                &[("fields", fields.len().into()), ("columns", header.len().into())],
            ))
        } else if !username.is_empty() && !seen.insert(username_skeleton(&username)) {
            Err(admin.t("console-import-duplicate"))
        } else {
            ready(state, admin, &groups, &get).await?
        };
        out.push((line, username, verdict));
    }
    Ok(Ok((ignored, out)))
}

/// The user one line describes, or what is wrong with it.
async fn ready(
    state: &AppState,
    admin: &Admin,
    groups: &[(String, String)],
    get: &impl Fn(&str) -> Option<String>,
) -> Result<Result<Ready, String>, ApiError> {
    let username = get("username").unwrap_or_default();
    let (given_name, family_name) = (get("given_name"), get("family_name"));
    let display_name = get("display_name").unwrap_or_else(|| {
        identity::default_display_name(given_name.as_deref(), family_name.as_deref(), &username)
    });
    let traits = Traits {
        username: username.clone(),
        primary_email_address: get("email"),
        given_name,
        family_name,
        external_id: None,
        locale: None,
    };
    if let Err(invalid) = identity::validate(&display_name, &traits) {
        let said = invalid
            .0
            .iter()
            .map(|v| {
                let column = match v.field.as_str() {
                    "traits.primary_email_address" => "email",
                    other => other.strip_prefix("traits.").unwrap_or(other),
                };
                format!("{column} {}", v.description)
            })
            .collect::<Vec<_>>()
            .join("; ");
        return Ok(Err(said));
    }
    let mut group_ids = Vec::new();
    for name in get("groups")
        .unwrap_or_default()
        .split(';')
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let mut named = groups
            .iter()
            .filter(|(_, g)| g.to_lowercase() == name.to_lowercase());
        match (named.next(), named.next()) {
            (Some((id, _)), None) => group_ids.push(id.clone()),
            (Some(_), Some(_)) => {
                return Ok(Err(
                    admin.t_args("console-import-group-ambiguous", &[("name", name.into())])
                ))
            }
            (None, _) => {
                return Ok(Err(
                    admin.t_args("console-import-no-group", &[("name", name.into())])
                ))
            }
        }
    }
    if let Some(taken) = keybound_app::identities::like_username(state, &admin.realm.id, &username).await? {
        return Ok(Err(
            if username_key(&taken.traits.username) == username_key(&username) {
                admin.t("console-import-exists")
            } else {
                admin.t_args(
                    "console-import-looks-like",
                    &[("username", taken.traits.username.into())],
                )
            },
        ));
    }
    Ok(Ok(Ready {
        new: NewIdentity {
            display_name,
            status: IdentityStatus::Active,
            source: Source::Local,
            traits,
        },
        groups: group_ids,
    }))
}

/// Adds one user and their groups, audited as the admin's.
async fn add(
    state: &AppState,
    admin: &Admin,
    ready: Ready,
) -> Result<keybound_core::identity::Identity, ApiError> {
    Ok(keybound_app::identities::create(state, &admin.actor, &admin.realm, ready.new, &ready.groups).await?)
}
