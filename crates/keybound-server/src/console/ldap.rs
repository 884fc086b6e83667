//! The LDAP page: the realm's settings (those the server's environment sets shown locked, the
//! password never shown), "Test connection", "Sync now" (or a dry run), and the last syncs.

use super::{failure, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::ldap::{self, Trigger};
use keybound_core::email_template::human_time;
use keybound_core::ldap::{self as model, LdapSettings, SyncReport};
use keybound_core::page::PageRequest;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One field of the settings form.
pub struct Field {
    name: &'static str,
    label: &'static str,
    /// What is in force (for the password: nothing).
    value: String,
    /// Shown when the field is empty.
    placeholder: String,
    locked: bool,
    /// A yes/no setting.
    flag: bool,
}

const FIELDS: &[(&str, &str, &str)] = &[
    (
        "url",
        "Directory URL",
        "ldap://ldap.example.com:389 or ldaps://…:636",
    ),
    ("starttls", "StartTLS on ldap://", ""),
    ("bind_dn", "Bind DN (service account)", "empty: anonymous"),
    ("bind_password", "Bind password", ""),
    ("base_dn", "Base DN", "dc=example,dc=org"),
    ("user_filter", "People filter", model::DEFAULT_USER_FILTER),
    ("group_filter", "Groups filter", model::DEFAULT_GROUP_FILTER),
    (
        "attr_unique_id",
        "Unique id attribute",
        "entryUUID (Active Directory: objectGUID)",
    ),
    (
        "attr_username",
        "Username attribute",
        "uid (Active Directory: sAMAccountName)",
    ),
    ("attr_email", "Email attribute", "mail"),
    ("attr_given_name", "First name attribute", "givenName"),
    ("attr_family_name", "Last name attribute", "sn"),
    ("attr_display_name", "Display name attribute", "cn"),
    ("attr_group_name", "Group name attribute", "cn"),
    (
        "attr_group_member",
        "Group member attribute",
        "member (also uniqueMember, memberUid)",
    ),
    (
        "nested_groups",
        "Members of nested groups are members (Active Directory)",
        "",
    ),
    (
        "admin_group",
        "Administrators group",
        "members become console administrators",
    ),
    (
        "role_groups",
        "Role groups",
        "helpdesk=cn=it-helpdesk,ou=groups,dc=example,dc=org;auditor=auditors",
    ),
    ("removed", "People who leave the directory", "suspend (or delete)"),
    ("page_size", "Page size", "500"),
    ("sync_interval", "Sync every", "1h; 0 turns the schedule off"),
];

/// The settings shown as checkboxes.
const FLAGS: &[&str] = &["starttls", "nested_groups"];

fn fields(settings: &ldap::RealmLdap) -> Vec<Field> {
    let shown = serde_json::to_value(&settings.effective).unwrap_or_default();
    let locked = settings.locked.set_fields();
    let password_set = settings
        .effective
        .bind_password
        .as_deref()
        .is_some_and(|p| !p.is_empty());
    FIELDS
        .iter()
        .map(|(name, label, placeholder)| {
            let value = match shown.get(*name) {
                Some(serde_json::Value::String(s)) if *name != "bind_password" => s.clone(),
                Some(serde_json::Value::Bool(b)) => b.to_string(),
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            Field {
                name,
                label,
                value,
                placeholder: if *name == "bind_password" && password_set {
                    "saved; type a new one to change it".into()
                } else {
                    (*placeholder).into()
                },
                locked: locked.iter().any(|l| l == name),
                flag: FLAGS.contains(name),
            }
        })
        .collect()
}

pub struct RunRow {
    when: String,
    trigger: String,
    dry_run: bool,
    summary: String,
    error: String,
    skipped: Vec<String>,
}

#[derive(Template)]
#[template(path = "console/ldap.html")]
struct LdapPage {
    chrome: Chrome,
    enabled: bool,
    fields: Vec<Field>,
    runs: Vec<RunRow>,
    /// What the last button did.
    outcome: Option<Outcome>,
}
impl_page!(LdapPage, chrome.layout);

pub struct Outcome {
    ok: bool,
    title: String,
    lines: Vec<String>,
}

async fn show_page(
    state: &AppState,
    admin: &Admin,
    outcome: Option<Outcome>,
    status: StatusCode,
) -> Response {
    let loaded = async {
        let settings = ldap::settings(state, &admin.realm).await?;
        let runs = keybound_app::ldap::syncs(
            state,
            &admin.realm.id,
            PageRequest {
                size: 20,
                after: None,
            },
        )
        .await?
        .items
        .into_iter()
        .map(|r| RunRow {
            when: human_time(r.start_time),
            trigger: r.trigger,
            dry_run: r.dry_run,
            summary: r.report.as_ref().map(ldap::summary).unwrap_or_default(),
            skipped: r
                .report
                .map(|rep| {
                    rep.skipped
                        .into_iter()
                        .map(|s| format!("{}: {}", s.entry, s.reason))
                        .collect()
                })
                .unwrap_or_default(),
            error: r.error.unwrap_or_default(),
        })
        .collect();
        Ok::<_, ApiError>(LdapPage {
            chrome: admin.chrome("LDAP", "ldap"),
            enabled: settings.effective.url.as_deref().is_some_and(|u| !u.is_empty()),
            fields: fields(&settings),
            runs,
            outcome,
        })
    };
    match loaded.await {
        Ok(p) => crate::web::pages::page(status, &p),
        Err(e) => failure(admin, e),
    }
}

/// `GET /console/ldap`.
pub async fn show(State(state): State<AppState>, admin: Admin) -> Response {
    show_page(&state, &admin, None, StatusCode::OK).await
}

/// The settings form: every field as text (empty: the default); checkboxes present when on.
#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(flatten)]
    values: BTreeMap<String, String>,
}

/// `POST /console/ldap`: saves the settings that are not locked.
pub async fn save(State(state): State<AppState>, posted: Posted<SettingsForm>) -> Response {
    let Posted { admin, form } = posted;
    let result = async {
        let current = ldap::settings(&state, &admin.realm).await?;
        let locked = current.locked.set_fields();
        let mut map = serde_json::Map::new();
        for (name, _, _) in FIELDS {
            if locked.iter().any(|l| l == name) {
                continue;
            }
            let given = form
                .values
                .get(*name)
                .map(|v| v.trim().to_owned())
                .unwrap_or_default();
            let value = match *name {
                flag if FLAGS.contains(&flag) => serde_json::Value::Bool(!given.is_empty()),
                "page_size" if !given.is_empty() => match given.parse::<i64>() {
                    Ok(n) => n.into(),
                    Err(_) => return Err(ApiError::bad_field("page_size", "must be a number")),
                },
                // An empty password keeps the saved one.
                _ if given.is_empty() => continue,
                _ => given.into(),
            };
            map.insert((*name).to_owned(), value);
        }
        let settings: LdapSettings = serde_json::from_value(serde_json::Value::Object(map))
            .map_err(|e| ApiError::bad_field("ldap", e.to_string()))?;
        ldap::save_settings(
            &state,
            &admin.actor,
            &admin.realm,
            settings,
            ldap::Change::Replace,
        )
        .await?;
        Ok::<_, ApiError>(())
    };
    match result.await {
        Ok(()) => {
            let saved = Outcome {
                ok: true,
                title: "Settings saved.".into(),
                lines: Vec::new(),
            };
            show_page(&state, &admin, Some(saved), StatusCode::OK).await
        }
        Err(e) => {
            let refused = Outcome {
                ok: false,
                title: "Not saved.".into(),
                lines: vec![e.message().to_owned()],
            };
            show_page(&state, &admin, Some(refused), e.status()).await
        }
    }
}

/// `POST /console/ldap/test`.
pub async fn test(State(state): State<AppState>, posted: Posted<super::Empty>) -> Response {
    let admin = posted.admin;
    let outcome = match ldap::test_connection(&state, &admin.realm).await {
        Ok(found) => Outcome {
            ok: true,
            title: format!("Connected: {} people, {} groups.", found.people, found.groups),
            lines: found
                .sample
                .iter()
                .map(|p| {
                    format!(
                        "{} · {} · {}",
                        p.username.as_deref().unwrap_or("(no username)"),
                        p.display_name.as_deref().unwrap_or(""),
                        p.email.as_deref().unwrap_or("")
                    )
                })
                .collect(),
        },
        Err(e) => Outcome {
            ok: false,
            title: "The connection failed.".into(),
            lines: vec![e.message().to_owned()],
        },
    };
    show_page(&state, &admin, Some(outcome), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct SyncForm {
    /// A checkbox: say what would change, change nothing.
    #[serde(default)]
    dry_run: Option<String>,
    #[serde(default)]
    force: Option<String>,
}

/// `POST /console/ldap/sync`.
pub async fn sync(State(state): State<AppState>, posted: Posted<SyncForm>) -> Response {
    let Posted { admin, form } = posted;
    let trigger = Trigger {
        name: "console",
        actor: admin.actor.clone(),
    };
    let dry_run = form.dry_run.is_some();
    let outcome = match ldap::sync(&state, &admin.realm, &trigger, dry_run, form.force.is_some()).await {
        Ok(report) => report_outcome(&report),
        Err(e) => Outcome {
            ok: false,
            title: "The sync changed nothing.".into(),
            lines: vec![e.message().to_owned()],
        },
    };
    show_page(&state, &admin, Some(outcome), StatusCode::OK).await
}

fn report_outcome(report: &SyncReport) -> Outcome {
    let mut lines: Vec<String> = report.changes.iter().map(|c| format!("would {c}")).collect();
    lines.extend(
        report
            .skipped
            .iter()
            .map(|s| format!("skipped {}: {}", s.entry, s.reason)),
    );
    Outcome {
        ok: true,
        title: format!("{} ({} ms)", ldap::summary(report), report.duration_ms),
        lines,
    }
}
