//! Audit events as the console shows them: who acted, on what and about whom, by name and
//! linked to their page, not as bare ids.

use crate::console::Admin;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use keybound_app::i18n::Lang;
use keybound_core::audit::AuditEvent;
use std::collections::HashMap;

/// Something an event names: its label, and the console page about it (empty: none).
#[derive(Clone, Default)]
pub struct Named {
    pub label: String,
    pub href: String,
}

impl std::fmt::Display for Named {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl Named {
    /// As HTML: a link to its page, or its label alone.
    pub fn link(&self) -> String {
        let escape = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        };
        if self.href.is_empty() {
            escape(&self.label)
        } else {
            format!("<a href=\"{}\">{}</a>", escape(&self.href), escape(&self.label))
        }
    }

    /// Is there nothing to show?
    pub fn is_empty(&self) -> bool {
        self.label.is_empty()
    }

    fn plain(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            href: String::new(),
        }
    }
}

pub struct EventRow {
    pub(super) when: Moment,
    pub(super) actor: Named,
    pub(super) action: String,
    pub(super) target: Named,
    /// The person the event is about, if any.
    pub(super) person: Named,
    pub(super) ok: bool,
    pub(super) detail: String,
    pub(super) ip: String,
    pub(super) user_agent: String,
}

/// The rows for `events`, each name looked up once.
pub async fn event_rows(
    state: &AppState,
    admin: &Admin,
    events: Vec<AuditEvent>,
) -> Result<Vec<EventRow>, ApiError> {
    let mut names = Names {
        state,
        actor: &admin.actor,
        realm_id: &admin.realm.id,
        known: HashMap::new(),
        lang: admin.lang,
    };
    let lang = admin.lang;
    let mut rows = Vec::with_capacity(events.len());
    for e in events {
        let actor = match (e.actor.kind, &e.actor.id) {
            ("system", _) => Named::plain(lang.t("console-actor-system")),
            (kind, Some(id)) => names.of(kind, id).await?,
            (kind, None) => Named::plain(kind),
        };
        let person_id = e.identity_id.clone().unwrap_or_default();
        let target = match &e.target {
            None => Named::default(),
            Some(t) => match t.kind.as_str() {
                // Parts of a person's record link to the tab that lists them.
                kind @ ("credential" | "credential_binding_job" | "session") if !person_id.is_empty() => {
                    let (label, tab) = match kind {
                        "credential" => ("console-target-passkey", "passkeys"),
                        "credential_binding_job" => ("console-target-enrolment", "enrolments"),
                        _ => ("console-target-session", "sessions"),
                    };
                    Named {
                        label: lang.t(label),
                        href: format!("/console/users/{person_id}?tab={tab}"),
                    }
                }
                kind => names.of(kind, &t.id).await?,
            },
        };
        let person = if person_id.is_empty() {
            Named::default()
        } else {
            names.of("identity", &person_id).await?
        };
        rows.push(EventRow {
            when: Moment::of(e.time),
            actor,
            target,
            person,
            ok: e.outcome == keybound_core::audit::Outcome::Success,
            action: e.action,
            detail: e.detail,
            ip: e.ip,
            user_agent: e.user_agent,
        });
    }
    Ok(rows)
}

struct Names<'a> {
    state: &'a AppState,
    actor: &'a keybound_app::Actor,
    realm_id: &'a str,
    known: HashMap<(String, String), Named>,
    lang: Lang,
}

impl Names<'_> {
    /// The name of the `kind` thing `id`, from the store the first time.
    async fn of(&mut self, kind: &str, id: &str) -> Result<Named, ApiError> {
        let key = (kind.to_owned(), id.to_owned());
        if let Some(named) = self.known.get(&key) {
            return Ok(named.clone());
        }
        let (app, realm, lang) = (self.state, self.realm_id, self.lang);
        let named_as = |id: &str, name: String| lang.t_args(id, &[("name", name.into())]);
        let found = match kind {
            "identity" => keybound_app::identities::visible(app, self.actor, realm, id)
                .await
                .map(|i| (i.display_name, format!("/console/users/{id}"))),
            "api_token" => keybound_app::api_tokens::get(app, id).await.map(|t| {
                (
                    named_as("console-actor-api-token", t.name),
                    "/console/api-tokens".to_owned(),
                )
            }),
            "scim" => keybound_app::api_tokens::get(app, id).await.map(|t| {
                (
                    named_as("console-actor-scim", t.name),
                    "/console/provisioning".to_owned(),
                )
            }),
            "application" => keybound_app::applications::get(app, realm, id)
                .await
                .map(|a| (a.display_name, format!("/console/applications/{id}"))),
            "group" => keybound_app::groups::get(app, realm, id).await.map(|g| {
                (
                    named_as("console-target-group", g.display_name),
                    format!("/console/groups/{id}"),
                )
            }),
            "signup_token" => Ok((
                lang.t("console-target-signup-token"),
                "/console/signup-tokens".to_owned(),
            )),
            _ => Ok((format!("{} {id}", kind.replace('_', " ")), String::new())),
        };
        let named = match found {
            Ok((label, href)) => Named { label, href },
            Err(e) if e.kind() == keybound_app::ErrorKind::NotFound => {
                Named::plain(named_as("console-target-deleted", kind.replace('_', " ")))
            }
            Err(e) => return Err(e.into()),
        };
        self.known.insert(key, named.clone());
        Ok(named)
    }
}
