//! Users: the list with enrolment status, the add-user wizard, and a user's profile with
//! "Enroll a Passkey" (an enrolment email, a 9-character code, or a login code link).

use super::dashboard::EventRow;
use super::{back, failure, page, problem, Admin, Chrome, Posted};
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::binding::{self, NewJob};
use keybound_core::audit::action;
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType, UserVerification};
use keybound_core::email_template::{human_time, TemplateKind};
use keybound_core::filter::{Clause, Filter, Op};
use keybound_core::identity::{Identity, IdentityPatch, IdentityStatus, NewIdentity, Source, Traits};
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

/// `GET /console/users`: search, filter by status, page by key (fast however many there are).
pub async fn list(State(state): State<AppState>, admin: Admin, Query(q): Query<ListQuery>) -> Response {
    let search = q.q.unwrap_or_default().trim().to_owned();
    let status = q.status.unwrap_or_default();
    let mut filter = Filter::default();
    if !search.is_empty() {
        filter.clauses.push(Clause {
            attribute: "search".into(),
            op: Op::Contains,
            value: search.clone(),
        });
    }
    match status.as_str() {
        "ENROLLED" | "PENDING" | "INVITE_FAILED" => {
            filter.clauses.push(Clause::eq("enrollment_status", &status));
        }
        "SUSPENDED" => filter.clauses.push(Clause::eq("status", "suspended")),
        _ => {}
    }
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

#[derive(Template)]
#[template(path = "console/user_new.html")]
struct WizardPage {
    chrome: Chrome,
    groups: Vec<(String, String)>,
    device_types: Vec<(&'static str, &'static str)>,
    error: String,
}

async fn all_groups(state: &AppState, realm_id: &str) -> Result<Vec<(String, String)>, ApiError> {
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

fn wizard_page(admin: &Admin, groups: Vec<(String, String)>, error: &str) -> Response {
    page(
        WizardPage {
            chrome: admin.chrome("New user", "users"),
            groups,
            device_types: DeviceType::ALL
                .into_iter()
                .filter(|t| *t != DeviceType::Any)
                .map(|t| (t.as_str(), t.label()))
                .collect(),
            error: error.to_owned(),
        }
        .render(),
    )
}

/// `GET /console/users/new`: the add-user wizard: user information, groups,
/// security key, confirm.
pub async fn wizard(State(state): State<AppState>, admin: Admin) -> Response {
    match all_groups(&state, &admin.realm.id).await {
        Ok(groups) => wizard_page(&admin, groups, ""),
        Err(e) => failure(&admin, e),
    }
}

fn checked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| v == "on" || v == "true")
}

fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[derive(Deserialize)]
pub struct NewUserForm {
    username: String,
    given_name: Option<String>,
    family_name: Option<String>,
    display_name: Option<String>,
    email: Option<String>,
    #[serde(default)]
    groups: Vec<String>,
    assign_key: Option<String>,
    device_type: Option<String>,
    key_name: Option<String>,
    auditable: Option<String>,
    bluetooth_proximity: Option<String>,
    offline_login: Option<String>,
    user_verification: Option<String>,
    send_email: Option<String>,
    /// Contactless cards: `admin` (activate now, in this browser) or `user` (by email).
    activation: Option<String>,
}

/// `POST /console/users`: creates the user, adds them to the groups, and sends the activation
/// email (with the security key the admin chose recorded on its binding job).
pub async fn create(State(state): State<AppState>, posted: Posted<NewUserForm>) -> Response {
    let Posted { admin, form } = posted;
    let groups = all_groups(&state, &admin.realm.id).await.unwrap_or_default();
    let given_name = text(form.given_name);
    let family_name = text(form.family_name);
    let display_name = text(form.display_name).unwrap_or_else(|| {
        let full = [given_name.as_deref(), family_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        if full.is_empty() {
            form.username.trim().to_owned()
        } else {
            full
        }
    });
    let email = text(form.email);
    let device_type = match form.device_type.as_deref().filter(|_| checked(&form.assign_key)) {
        None => DeviceType::Any,
        Some(t) => match DeviceType::parse(t) {
            Some(t) => t,
            None => return wizard_page(&admin, groups, "Choose a security key device."),
        },
    };
    let policy = DevicePolicy {
        auditable: checked(&form.auditable),
        bluetooth_proximity: checked(&form.bluetooth_proximity),
        offline_login: checked(&form.offline_login),
        user_verification: if form.user_verification.as_deref() == Some("preferred") {
            UserVerification::Preferred
        } else {
            UserVerification::Required
        },
    };
    let new = NewIdentity {
        display_name,
        status: IdentityStatus::Active,
        source: Source::Local,
        traits: Traits {
            username: form.username.trim().to_owned(),
            primary_email_address: email.clone(),
            given_name,
            family_name,
            external_id: None,
        },
    };
    let now = state.clock.now();
    let identity = match state.store.create_identity(&admin.realm, new, now).await {
        Ok(identity) => identity,
        Err(e) => return wizard_page(&admin, groups, ApiError::from(e).message()),
    };
    keybound_app::audit::record(
        &state,
        admin
            .event(&state, "identity.created")
            .about(&identity.id)
            .on("identity", &identity.id)
            .detail(format!("user {} added in the console", identity.traits.username)),
    )
    .await;
    for group in form
        .groups
        .iter()
        .filter(|g| groups.iter().any(|(id, _)| id == *g))
    {
        if let Err(e) = state
            .store
            .add_members(&admin.realm.id, group, std::slice::from_ref(&identity.id), now)
            .await
        {
            return failure(&admin, e);
        }
    }
    if device_type == DeviceType::ContactlessCard && form.activation.as_deref() == Some("admin") {
        // The admin has the card: a job without delivery, activated on the next page.
        let job = NewJob {
            device_type,
            device_policy: policy,
            key_name: text(form.key_name),
            ..console_job(DeliveryMethod::Return)
        };
        return match send_job(&state, &admin, &identity.id, job).await {
            Ok(created) => back(&format!(
                "/console/users/{}/activate?job={}",
                identity.id, created.job.id
            )),
            Err(e) => failure(&admin, e),
        };
    }
    let mut notice = "created";
    if email.is_some() && (checked(&form.send_email) || checked(&form.assign_key)) {
        let job = NewJob {
            device_type,
            device_policy: policy,
            key_name: text(form.key_name),
            ..console_job(DeliveryMethod::Email)
        };
        if let Err(e) = send_job(&state, &admin, &identity.id, job).await {
            return failure(&admin, e);
        }
        notice = "activation-sent";
    }
    back(&format!("/console/users/{}?notice={notice}", identity.id))
}

/// A job as the console makes it: any passkey, default policy, default lifetime and template
/// (the config is filled in by [`send_job`]).
fn console_job(delivery_method: DeliveryMethod) -> NewJob {
    NewJob {
        delivery_method,
        authenticator_config_id: String::new(),
        post_binding_redirect_uri: None,
        expire_after_seconds: None,
        email_template_id: None,
        device_type: DeviceType::Any,
        device_policy: DevicePolicy::default(),
        key_name: None,
    }
}

/// Creates a binding job through the realm's hosted config, audited as this admin's.
async fn send_job(
    state: &AppState,
    admin: &Admin,
    identity_id: &str,
    mut job: NewJob,
) -> Result<binding::CreatedJob, ApiError> {
    job.authenticator_config_id = binding::hosted_config(state, &admin.realm).await?.id;
    Ok(binding::create_job(
        state,
        &admin.realm,
        identity_id,
        job,
        admin.event(state, action::BINDING_JOB_CREATED),
    )
    .await?)
}

/// What a profile page shows in a dialog after an action.
pub enum Outcome {
    EmailSent {
        to: String,
        expires: String,
    },
    Code {
        code: String,
        seconds: i64,
    },
    LoginLink {
        link: String,
        qr_svg: String,
        expires: String,
    },
}

pub struct PasskeyRow {
    id: String,
    name: String,
    kind: &'static str,
    device: &'static str,
    auditable: bool,
    policy: String,
    created: String,
    last_used: String,
    active: bool,
    flagged: String,
}

#[derive(Template)]
#[template(path = "console/user.html")]
struct ProfilePage {
    chrome: Chrome,
    user: Identity,
    badge: (&'static str, &'static str),
    tab: String,
    enroll: bool,
    notice: String,
    outcome: Option<Outcome>,
    templates: Vec<(String, String)>,
    passkeys: Vec<PasskeyRow>,
    groups: Vec<(String, String)>,
    other_groups: Vec<(String, String)>,
    events: Vec<EventRow>,
    lifetimes: Vec<&'static str>,
}

#[derive(Deserialize, Default)]
pub struct ProfileQuery {
    tab: Option<String>,
    enroll: Option<String>,
    notice: Option<String>,
}

/// `GET /console/users/{id}`: the profile with its tabs.
pub async fn profile(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    Query(q): Query<ProfileQuery>,
) -> Response {
    render_profile(&state, &admin, &id, q, None).await
}

async fn render_profile(
    state: &AppState,
    admin: &Admin,
    id: &str,
    q: ProfileQuery,
    outcome: Option<Outcome>,
) -> Response {
    match load_profile(state, admin, id, q, outcome).await {
        Ok(html) => page(html),
        Err(e) => failure(admin, e),
    }
}

async fn load_profile(
    state: &AppState,
    admin: &Admin,
    id: &str,
    q: ProfileQuery,
    outcome: Option<Outcome>,
) -> Result<Result<String, askama::Error>, ApiError> {
    let realm_id = &admin.realm.id;
    let user = state.store.identity(realm_id, id).await?;
    let tab = match q.tab.as_deref() {
        Some(t @ ("passkeys" | "groups" | "activity")) => t.to_owned(),
        _ => "profile".to_owned(),
    };
    let all = PageRequest {
        size: 200,
        after: None,
    };
    let templates = state
        .store
        .list_templates(realm_id, all)
        .await?
        .items
        .into_iter()
        .filter(|t| t.kind == TemplateKind::EnrollmentLink)
        .map(|t| (t.id, t.name))
        .collect();
    let passkeys = state
        .store
        .list_credentials(realm_id, id, all)
        .await?
        .items
        .into_iter()
        .map(|c| PasskeyRow {
            kind: if c.backup_eligible {
                "synced"
            } else {
                "device-bound"
            },
            device: c.device_type.label(),
            auditable: c.device_policy.auditable,
            policy: policy_summary(c.device_type, &c.device_policy),
            created: human_time(c.create_time),
            last_used: c.last_used_time.map(human_time).unwrap_or_default(),
            active: c.state == keybound_core::credential::CredentialState::Active,
            flagged: c.flagged_reason.unwrap_or_default(),
            id: c.id,
            name: c.name,
        })
        .collect();
    let groups: Vec<(String, String)> = state
        .store
        .identity_groups(realm_id, id, all)
        .await?
        .items
        .into_iter()
        .map(|g| (g.id, g.display_name))
        .collect();
    let other_groups = all_groups(state, realm_id)
        .await?
        .into_iter()
        .filter(|(gid, _)| !groups.iter().any(|(m, _)| m == gid))
        .collect();
    let mut activity = keybound_store::AuditQuery::default();
    activity.filter.clauses.push(Clause::eq("identity_id", id));
    let events = state
        .store
        .list_audit(
            realm_id,
            &activity,
            PageRequest {
                size: 50,
                after: None,
            },
        )
        .await?
        .items
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(ProfilePage {
        chrome: admin.chrome(&user.display_name, "users"),
        badge: status_badge(&user),
        user,
        tab,
        enroll: q.enroll.as_deref() == Some("passkey"),
        notice: q.notice.unwrap_or_default(),
        outcome,
        templates,
        passkeys,
        groups,
        other_groups,
        events,
        lifetimes: keybound_core::login_code::LIFETIMES
            .iter()
            .map(|(n, _)| *n)
            .collect(),
    }
    .render())
}

#[derive(Deserialize)]
pub struct ProfileForm {
    display_name: String,
    given_name: Option<String>,
    family_name: Option<String>,
    email: Option<String>,
}

/// `POST /console/users/{id}`: edits the profile.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<ProfileForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let patch = IdentityPatch {
        display_name: Some(form.display_name.trim().to_owned()),
        primary_email_address: Some(text(form.email)),
        given_name: Some(text(form.given_name)),
        family_name: Some(text(form.family_name)),
        ..IdentityPatch::default()
    };
    match state
        .store
        .update_identity(&admin.realm.id, &id, &patch, state.clock.now())
        .await
    {
        Ok(user) => {
            let event = admin
                .event(&state, "identity.updated")
                .about(&id)
                .on("identity", &id);
            keybound_app::audit::record(
                &state,
                event.detail(format!("profile of {} edited", user.traits.username)),
            )
            .await;
            back(&format!("/console/users/{id}?notice=saved"))
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

/// `POST /console/users/{id}/status`: suspend or resume.
pub async fn set_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<StatusForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let Some(status) = IdentityStatus::parse(&form.status) else {
        return problem(
            &admin,
            StatusCode::BAD_REQUEST,
            "status must be active or suspended",
        );
    };
    if id == admin.identity.id && status == IdentityStatus::Suspended {
        return problem(&admin, StatusCode::CONFLICT, "You cannot suspend yourself.");
    }
    let patch = IdentityPatch {
        status: Some(status),
        ..IdentityPatch::default()
    };
    match state
        .store
        .update_identity(&admin.realm.id, &id, &patch, state.clock.now())
        .await
    {
        Ok(_) => {
            let what = if status == IdentityStatus::Suspended {
                "identity.suspended"
            } else {
                "identity.resumed"
            };
            keybound_app::audit::record(&state, admin.event(&state, what).about(&id).on("identity", &id))
                .await;
            back(&format!("/console/users/{id}"))
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Template)]
#[template(path = "console/confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    heading: String,
    message: String,
    action: String,
    button: String,
    cancel: String,
}

pub fn confirm(
    admin: &Admin,
    heading: String,
    message: String,
    action: String,
    button: &str,
    cancel: String,
) -> Response {
    page(
        ConfirmPage {
            chrome: admin.chrome(&heading, ""),
            heading,
            message,
            action,
            button: button.to_owned(),
            cancel,
        }
        .render(),
    )
}

/// `GET /console/users/{id}/delete`: asks first.
pub async fn confirm_delete(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    match state.store.identity(&admin.realm.id, &id).await {
        Ok(user) => confirm(
            &admin,
            format!("Delete {}?", user.display_name),
            format!(
                "{} ({}) and their passkeys, sessions and pending enrolments will be deleted. This cannot be undone.",
                user.display_name, user.traits.username
            ),
            format!("/console/users/{id}/delete"),
            "Delete user",
            format!("/console/users/{id}"),
        ),
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST /console/users/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    if id == admin.identity.id {
        return problem(&admin, StatusCode::CONFLICT, "You cannot delete yourself.");
    }
    match state.store.delete_identity(&admin.realm.id, &id).await {
        Ok(()) => {
            keybound_app::audit::record(
                &state,
                admin.event(&state, "identity.deleted").on("identity", &id),
            )
            .await;
            back("/console/users")
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct EmailForm {
    /// Empty: the realm's default template.
    template: Option<String>,
}

/// `POST /console/users/{id}/enroll/email`: "Proceed & send email".
pub async fn enroll_email(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<EmailForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let job = NewJob {
        email_template_id: text(form.template),
        ..console_job(DeliveryMethod::Email)
    };
    let outcome = match send_job(&state, &admin, &id, job).await {
        Ok(created) => match state.store.identity(&admin.realm.id, &id).await {
            Ok(user) => Outcome::EmailSent {
                to: format!(
                    "{} <{}>",
                    user.display_name,
                    user.traits.primary_email_address.unwrap_or_default()
                ),
                expires: human_time(created.job.expire_time),
            },
            Err(e) => return failure(&admin, e),
        },
        Err(e) => return failure(&admin, e),
    };
    render_profile(&state, &admin, &id, ProfileQuery::default(), Some(outcome)).await
}

/// `POST /console/users/{id}/enroll/code`: "Generate 9-character code".
pub async fn enroll_code(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    let job = console_job(DeliveryMethod::ShortCode);
    match send_job(&state, &admin, &id, job).await {
        Ok(created) => {
            let seconds = (created.job.expire_time - state.clock.now()).whole_seconds();
            let code = created.short_code.unwrap_or_default();
            render_profile(
                &state,
                &admin,
                &id,
                ProfileQuery::default(),
                Some(Outcome::Code { code, seconds }),
            )
            .await
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct LoginCodeForm {
    expires: String,
}

/// `POST /console/users/{id}/enroll/login-code`: a one-time sign-in link with its QR code.
pub async fn enroll_login_code(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<LoginCodeForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let Some(lifetime) = keybound_core::login_code::parse_lifetime(&form.expires) else {
        return problem(&admin, StatusCode::BAD_REQUEST, "Choose how long the link works.");
    };
    let event = admin.event(&state, action::LOGIN_CODE_CREATED);
    match keybound_app::login_codes::create(
        &state,
        &admin.realm,
        &id,
        lifetime,
        keybound_core::login_code::SIGNIN,
        event,
    )
    .await
    {
        Ok(created) => {
            let outcome = Outcome::LoginLink {
                link: created.link,
                qr_svg: created.qr_svg,
                expires: human_time(created.code.expire_time),
            };
            render_profile(&state, &admin, &id, ProfileQuery::default(), Some(outcome)).await
        }
        Err(e) => failure(&admin, e),
    }
}

#[derive(Deserialize)]
pub struct GroupForm {
    group: String,
    /// `add` or `remove`.
    change: String,
}

/// `POST /console/users/{id}/groups`.
pub async fn change_groups(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<GroupForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let ids = [id.clone()];
    let now = state.clock.now();
    let done = if form.change == "add" {
        state
            .store
            .add_members(&admin.realm.id, &form.group, &ids, now)
            .await
    } else {
        state
            .store
            .delete_members(&admin.realm.id, &form.group, &ids, now)
            .await
    };
    match done {
        Ok(()) => {
            let what = if form.change == "add" {
                "group.member_added"
            } else {
                "group.member_removed"
            };
            let event = admin.event(&state, what).about(&id).on("group", &form.group);
            keybound_app::audit::record(&state, event).await;
            back(&format!("/console/users/{id}?tab=groups"))
        }
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/passkeys/{credential}/revoke`.
pub async fn revoke_passkey(
    State(state): State<AppState>,
    Path((id, credential)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match state
        .store
        .revoke_credential(&admin.realm.id, &id, &credential, state.clock.now())
        .await
    {
        Ok(revoked) => {
            let event = admin
                .event(&state, action::PASSKEY_REMOVED)
                .about(&id)
                .on("credential", &credential)
                .detail(format!("\"{}\" revoked in the console", revoked.name));
            keybound_app::audit::record(&state, event).await;
            back(&format!("/console/users/{id}?tab=passkeys"))
        }
        Err(e) => failure(&admin, e),
    }
}

/// "verification required, offline login" and the like.
fn policy_summary(device: DeviceType, policy: &DevicePolicy) -> String {
    let mut parts = vec![match policy.user_verification {
        UserVerification::Required => "verification required",
        UserVerification::Preferred => "verification preferred",
    }];
    if policy.offline_login {
        parts.push("offline login");
    }
    if device == DeviceType::Smartphone && !policy.bluetooth_proximity {
        parts.push("no Bluetooth");
    }
    parts.join(", ")
}
