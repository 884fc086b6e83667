//! Groups (with their members) and authenticator configs.

use super::form_errors::FieldErrors;
use super::users::{user_rows, UserRow};
use super::{back, failure, page, problem, Admin, Chrome, Posted};
use super::{confirm, Empty};
use crate::web::layout::impl_page;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_core::binding::{AuthenticatorConfig, ConfigType};
use keybound_core::filter::Filter;
use keybound_core::group::Group;
use keybound_core::page::PageRequest;
use serde::Deserialize;

const ALL: PageRequest = PageRequest {
    size: 200,
    after: None,
};

#[derive(Template)]
#[template(path = "console/groups.html")]
struct GroupsPage {
    chrome: Chrome,
    groups: Vec<Group>,
    total: i64,
    /// The new group's form as typed, when it came back with problems.
    typed: GroupForm,
    errors: FieldErrors,
}
impl_page!(GroupsPage, chrome.layout);

/// `GET /console/groups`.
pub async fn groups(State(state): State<AppState>, admin: Admin) -> Response {
    groups_page(
        &state,
        &admin,
        GroupForm::default(),
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn groups_page(
    state: &AppState,
    admin: &Admin,
    typed: GroupForm,
    errors: FieldErrors,
    status: StatusCode,
) -> Response {
    match keybound_app::groups::list(state, &admin.realm.id, &Filter::default(), ALL).await {
        Ok(found) => crate::web::pages::page(
            status,
            &GroupsPage {
                chrome: admin.chrome("console-nav-groups", "groups"),
                total: found.total_size,
                groups: found.items,
                typed,
                errors,
            },
        ),
        Err(e) => failure(admin, e),
    }
}

#[derive(Deserialize, Default)]
pub struct GroupForm {
    display_name: String,
    #[serde(default)]
    description: String,
}

/// `POST /console/groups`.
pub async fn create_group(State(state): State<AppState>, posted: Posted<GroupForm>) -> Response {
    let Posted { admin, form } = posted;
    let made = keybound_app::groups::create(
        &state,
        &admin.actor,
        &admin.realm,
        form.display_name.trim(),
        form.description.trim(),
    )
    .await;
    match made {
        Ok(group) => back(&format!("/console/groups/{}", group.id)),
        Err(e) => {
            let status = ApiError::from(keybound_app::AppError::new(e.kind(), String::new())).status();
            let errors = FieldErrors::of(e, &[("display_name", "display_name")], Some("display_name"));
            groups_page(&state, &admin, form, errors, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "console/group.html")]
struct GroupPage {
    chrome: Chrome,
    group: Group,
    members: Vec<UserRow>,
    total: i64,
}
impl_page!(GroupPage, chrome.layout);

/// `GET /console/groups/{id}`: the group and its members.
pub async fn group(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    let loaded = async {
        let group = keybound_app::groups::get(&state, &admin.realm.id, &id).await?;
        let members = keybound_app::groups::members(&state, &admin.realm.id, &id, ALL).await?;
        let total = members.total_size;
        Ok::<_, ApiError>((group, user_rows(&state, members.items).await?, total))
    };
    match loaded.await {
        Ok((group, members, total)) => page(&GroupPage {
            chrome: admin.chrome_titled(group.display_name.clone(), "groups"),
            group,
            members,
            total,
        }),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/groups/{id}`: rename or describe.
pub async fn update_group(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<GroupForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let changed = keybound_app::groups::update(
        &state,
        &admin.actor,
        &admin.realm.id,
        &id,
        Some(form.display_name.trim()),
        Some(form.description.trim()),
    )
    .await;
    match changed {
        Ok(_) => back(&format!("/console/groups/{id}")),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct MemberForm {
    /// To add: a username; to remove: an identity id.
    member: String,
    /// `add` or `remove`.
    change: String,
}

/// `POST /console/groups/{id}/members`.
pub async fn change_members(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<MemberForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let changed = async {
        let add = form.change == "add";
        let member = if add {
            let found =
                keybound_app::identities::by_username(&state, &admin.realm.id, form.member.trim()).await?;
            let Some(identity) = found else {
                return Err(ApiError::bad_field(
                    "member",
                    admin.t_args("console-no-such-user", &[("username", form.member.trim().into())]),
                ));
            };
            identity.id
        } else {
            form.member.clone()
        };
        let ids = [member];
        keybound_app::groups::change_members(&state, &admin.actor, &admin.realm.id, &id, &ids, add, "member")
            .await?;
        Ok(())
    };
    match changed.await {
        Ok(()) => back(&format!("/console/groups/{id}")),
        Err(e) => failure(&admin, e),
    }
}

/// `GET /console/groups/{id}/delete`: asks first.
pub async fn confirm_delete_group(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
) -> Response {
    match keybound_app::groups::get(&state, &admin.realm.id, &id).await {
        Ok(group) => confirm(
            &admin,
            admin.t_args(
                "console-delete-group-confirm",
                &[("name", group.display_name.into())],
            ),
            admin.t("console-delete-group-text"),
            format!("/console/groups/{id}/delete"),
            &admin.t("console-delete-group"),
            format!("/console/groups/{id}"),
        ),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/groups/{id}/delete`.
pub async fn delete_group(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::groups::delete(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(()) => back("/console/groups"),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Template)]
#[template(path = "console/configs.html")]
struct ConfigsPage {
    chrome: Chrome,
    configs: Vec<AuthenticatorConfig>,
    /// What FIDO metadata is imported (`keybound mds import`), as HTML.
    metadata: String,
}
impl_page!(ConfigsPage, chrome.layout);

/// `GET /console/authenticator-configs`.
pub async fn configs(State(state): State<AppState>, admin: Admin) -> Response {
    let found = tokio::try_join!(
        keybound_app::configs::list(&state, &admin.realm.id, ALL),
        keybound_app::mds::summary(&state),
    );
    match found {
        Ok((found, metadata)) => {
            let chrome = admin.chrome("console-nav-configs", "configs");
            let metadata = match metadata {
                Some(m) => {
                    let imported = crate::web::layout::Moment {
                        iso: m.imported.clone(),
                        utc: m.imported,
                    };
                    let args = vec![
                        ("number", m.number.into()),
                        ("entries", m.entries.into()),
                        ("next", m.next_update.into()),
                    ];
                    chrome.t_html_args("console-mds-imported", args, "imported", &imported.html())
                }
                None => chrome.t_code("console-mds-none", "command", "keybound mds import FILE"),
            };
            page(&ConfigsPage {
                chrome,
                configs: found.items,
                metadata,
            })
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct ConfigForm {
    display_name: String,
    config_type: String,
    invoke_url: Option<String>,
    /// One origin per line.
    trusted_origins: Option<String>,
    require_attestation: Option<String>,
    /// Present when synced passkeys may be bound.
    synced_passkeys_allowed: Option<String>,
    aaguid_deny_list: Option<String>,
    attestation_conveyance: Option<String>,
    /// AAGUIDs, one per line.
    aaguid_allow_list: Option<String>,
}

/// `POST /console/authenticator-configs`.
pub async fn create_config(State(state): State<AppState>, posted: Posted<ConfigForm>) -> Response {
    let Posted { admin, form } = posted;
    let Some(config_type) = ConfigType::parse(&form.config_type) else {
        let message = admin.t("console-config-choose-type");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    };
    let input = keybound_app::configs::ConfigInput {
        display_name: form.display_name.trim().to_owned(),
        config_type,
        invoke_url: form
            .invoke_url
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty()),
        trusted_origins: form
            .trusted_origins
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        require_attestation: form.require_attestation.is_some(),
        rules: keybound_core::binding::KeyRules {
            attestation_conveyance: form.attestation_conveyance.unwrap_or_else(|| "none".into()),
            aaguid_deny_list: form
                .aaguid_deny_list
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            synced_passkeys_allowed: form.synced_passkeys_allowed.is_some(),
        },
        aaguid_allow_list: form
            .aaguid_allow_list
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
    };
    match keybound_app::configs::create(&state, &admin.actor, &admin.realm, input).await {
        Ok(_) => back("/console/authenticator-configs"),
        Err(e) if e.kind() == keybound_app::ErrorKind::Invalid => {
            problem(&admin, StatusCode::BAD_REQUEST, e.message())
        }
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/authenticator-configs/{id}/delete`.
pub async fn delete_config(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::configs::delete(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(()) => back("/console/authenticator-configs"),
        Err(e) => failure(&admin, e),
    }
}
