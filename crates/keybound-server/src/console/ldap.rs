//! The LDAP page: the realm's settings (those the server's environment sets shown locked, the
//! password never shown), "Test connection", "Sync now" (or a dry run), and the last syncs.

use super::{failure, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::i18n::Lang;
use keybound_app::ldap::{self, Trigger};
use keybound_core::ldap::{self as model, LdapSettings, SyncReport};
use keybound_core::page::PageRequest;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One field of the settings form.
pub struct Field {
    name: &'static str,
    label: String,
    /// What is in force (for the password: nothing).
    value: String,
    /// Shown when the field is empty.
    placeholder: String,
    locked: bool,
    /// A yes/no setting.
    flag: bool,
}

/// Each setting: its name, its label (a message) and what an empty field means (a message,
/// or the default itself where it is a value).
const FIELDS: &[(&str, &str, &str)] = &[
    ("url", "console-ldap-url", "console-ldap-url-placeholder"),
    ("starttls", "console-ldap-starttls", ""),
    (
        "bind_dn",
        "console-ldap-bind-dn",
        "console-ldap-bind-dn-placeholder",
    ),
    ("bind_password", "console-ldap-bind-password", ""),
    ("base_dn", "console-ldap-base-dn", "dc=example,dc=org"),
    (
        "user_filter",
        "console-ldap-user-filter",
        model::DEFAULT_USER_FILTER,
    ),
    (
        "group_filter",
        "console-ldap-group-filter",
        model::DEFAULT_GROUP_FILTER,
    ),
    (
        "attr_unique_id",
        "console-ldap-attr-unique-id",
        "console-ldap-attr-unique-id-placeholder",
    ),
    (
        "attr_username",
        "console-ldap-attr-username",
        "console-ldap-attr-username-placeholder",
    ),
    ("attr_email", "console-ldap-attr-email", "mail"),
    ("attr_given_name", "console-ldap-attr-given-name", "givenName"),
    ("attr_family_name", "console-ldap-attr-family-name", "sn"),
    ("attr_display_name", "console-ldap-attr-display-name", "cn"),
    ("attr_group_name", "console-ldap-attr-group-name", "cn"),
    (
        "attr_group_member",
        "console-ldap-attr-group-member",
        "console-ldap-attr-group-member-placeholder",
    ),
    ("nested_groups", "console-ldap-nested-groups", ""),
    (
        "admin_group",
        "console-ldap-admin-group",
        "console-ldap-admin-group-placeholder",
    ),
    (
        "role_groups",
        "console-ldap-role-groups",
        "helpdesk=cn=it-helpdesk,ou=groups,dc=example,dc=org;auditor=auditors",
    ),
    (
        "removed",
        "console-ldap-removed",
        "console-ldap-removed-placeholder",
    ),
    ("page_size", "console-ldap-page-size", "500"),
    (
        "sync_interval",
        "console-ldap-sync-interval",
        "console-ldap-sync-interval-placeholder",
    ),
];

/// The settings shown as checkboxes.
const FLAGS: &[&str] = &["starttls", "nested_groups"];

fn fields(settings: &ldap::RealmLdap, lang: Lang) -> Vec<Field> {
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
                label: lang.t(label),
                value,
                placeholder: if *name == "bind_password" && password_set {
                    lang.t("console-ldap-password-saved")
                } else if placeholder.starts_with("console-") {
                    lang.t(placeholder)
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
    when: Moment,
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
            when: Moment::of(r.start_time),
            trigger: r.trigger,
            dry_run: r.dry_run,
            summary: r
                .report
                .as_ref()
                .map(|r| ldap::summary(admin.lang, r))
                .unwrap_or_default(),
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
            chrome: admin.chrome("console-nav-ldap", "ldap"),
            enabled: settings.effective.url.as_deref().is_some_and(|u| !u.is_empty()),
            fields: fields(&settings, admin.lang),
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
                title: admin.t("console-ldap-saved"),
                lines: Vec::new(),
            };
            show_page(&state, &admin, Some(saved), StatusCode::OK).await
        }
        Err(e) => {
            let refused = Outcome {
                ok: false,
                title: admin.t("console-ldap-not-saved"),
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
            title: admin.t_args(
                "console-ldap-connected",
                &[("people", found.people.into()), ("groups", found.groups.into())],
            ),
            lines: found
                .sample
                .iter()
                .map(|p| {
                    format!(
                        "{} · {} · {}",
                        p.username
                            .clone()
                            .unwrap_or_else(|| admin.t("console-ldap-no-username")),
                        p.display_name.as_deref().unwrap_or(""),
                        p.email.as_deref().unwrap_or("")
                    )
                })
                .collect(),
        },
        Err(e) => Outcome {
            ok: false,
            title: admin.t("console-ldap-connection-failed"),
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
        Ok(report) => report_outcome(admin.lang, &report),
        Err(e) => Outcome {
            ok: false,
            title: admin.t("console-ldap-sync-failed"),
            lines: vec![e.message().to_owned()],
        },
    };
    show_page(&state, &admin, Some(outcome), StatusCode::OK).await
}

fn report_outcome(lang: Lang, report: &SyncReport) -> Outcome {
    let mut lines: Vec<String> = report
        .changes
        .iter()
        .map(|c| lang.t_args("console-ldap-would", &[("change", c.clone().into())]))
        .collect();
    lines.extend(report.skipped.iter().map(|s| {
        let args = [
            ("entry", s.entry.clone().into()),
            ("reason", s.reason.clone().into()),
        ];
        lang.t_args("console-ldap-skipped-entry", &args)
    }));
    Outcome {
        ok: true,
        title: format!("{} ({} ms)", ldap::summary(lang, report), report.duration_ms),
        lines,
    }
}
