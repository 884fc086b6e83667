//! A user's profile with its tabs, and what an admin changes there: details, status, groups,
//! passkeys, deletion.

use super::{status_badge, text};
use crate::console::events::{event_rows, EventRow};
use crate::console::form_errors::FieldErrors;
use crate::console::{back, confirm, failure, page, problem, Admin, Chrome, Empty, Posted};
use crate::web::layout::impl_page;
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::identities::ProfileTab;
use keybound_app::ErrorKind;
use keybound_core::binding::{DevicePolicy, DeviceType, UserVerification};
use keybound_core::identity::{Identity, IdentityPatch, IdentityStatus};
use keybound_core::role::{Role, RoleGrant};
use serde::Deserialize;

/// What a profile page shows in a dialog after an action.
pub enum Outcome {
    EmailSent {
        to: String,
        expires: Moment,
    },
    Code {
        code: String,
        seconds: i64,
    },
    LoginLink {
        link: String,
        qr_svg: String,
        expires: Moment,
    },
}

pub struct PasskeyRow {
    id: String,
    name: String,
    /// The model's icon (a `data:` URL) from the imported FIDO metadata.
    icon: Option<String>,
    /// Messages: synced or device-bound, and the kind of device.
    kind: &'static str,
    device: &'static str,
    auditable: bool,
    policy: String,
    created: Moment,
    last_used: Option<Moment>,
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
    /// Where email goes, when no SMTP server is configured (said after an activation email).
    outbox: Option<String>,
    outcome: Option<Outcome>,
    templates: Vec<(String, String)>,
    passkeys: Vec<PasskeyRow>,
    groups: Vec<(String, String)>,
    other_groups: Vec<(String, String)>,
    events: Vec<EventRow>,
    lifetimes: Vec<&'static str>,
    /// May the viewer give and take roles (an administrator)?
    assigns_roles: bool,
    /// (value, label) of each role.
    roles: Vec<(&'static str, &'static str)>,
    sessions: Vec<SessionRow>,
    jobs: Vec<JobRow>,
    /// The profile form as sent, when it comes back with problems.
    edited: Option<ProfileForm>,
    errors: FieldErrors,
}
impl_page!(ProfilePage, chrome.layout);

impl ProfilePage {
    /// The message naming `role`.
    fn role_label(&self, role: &Role) -> &'static str {
        crate::console::role_label(*role)
    }

    /// The seconds left of a code, as the countdown shows them (HTML).
    fn countdown(&self, seconds: &i64) -> String {
        format!("<strong id=\"countdown\" data-seconds=\"{seconds}\">{seconds}</strong>")
    }

    /// The user's role as the role form's select says it (`""`: none).
    fn role_value(&self) -> &str {
        self.user.role.as_ref().map_or("", |g| g.role.as_str())
    }

    /// Is the user's role limited to the group `id`?
    fn role_in_group(&self, id: &str) -> bool {
        self.user
            .role
            .as_ref()
            .is_some_and(|g| g.group_ids.iter().any(|g| g == id))
    }

    /// A profile field as the form shows it: as typed when it came back, else as stored.
    fn field(&self, name: &str) -> &str {
        let traits = &self.user.traits;
        let (typed, stored) = match name {
            "display_name" => (
                self.edited.as_ref().map(|f| Some(&f.display_name)),
                Some(&self.user.display_name),
            ),
            "given_name" => (
                self.edited.as_ref().map(|f| f.given_name.as_ref()),
                traits.given_name.as_ref(),
            ),
            "family_name" => (
                self.edited.as_ref().map(|f| f.family_name.as_ref()),
                traits.family_name.as_ref(),
            ),
            "email" => (
                self.edited.as_ref().map(|f| f.email.as_ref()),
                traits.primary_email_address.as_ref(),
            ),
            _ => (None, None),
        };
        typed.unwrap_or(stored).map_or("", String::as_str)
    }
}

/// One of a user's enrolment jobs, as the Enrolments tab lists it.
pub struct JobRow {
    id: String,
    created: Moment,
    /// Messages: how it was delivered, and the kind of device.
    delivery: &'static str,
    device: &'static str,
    /// The state's label (a message), and its badge's CSS class.
    state: (&'static str, &'static str),
    expires: Moment,
    open: bool,
    /// An emailed job can be sent again (a new link; the old one stops working).
    resendable: bool,
}

fn job_row(job: keybound_core::binding::BindingJob, now: time::OffsetDateTime) -> JobRow {
    use keybound_core::binding::{DeliveryMethod, JobState};
    let state = job.state_at(now);
    JobRow {
        created: Moment::of(job.create_time),
        delivery: match job.delivery_method {
            DeliveryMethod::Email => "console-email",
            DeliveryMethod::Return => "console-job-link",
            DeliveryMethod::ShortCode => "console-job-code",
        },
        device: crate::console::device_label(job.device_type),
        state: match state {
            JobState::LinkSent => ("console-batch-count-sent", "pending"),
            JobState::LinkOpened => ("console-job-opened", "pending"),
            JobState::RequestDelivered => ("console-job-delivered", "pending"),
            JobState::Complete => ("console-job-complete", "enrolled"),
            JobState::Expired => ("console-token-expired", "neutral"),
            JobState::FailedToSend => ("console-job-failed", "invite_failed"),
            JobState::Revoked => ("console-token-revoked", "revoked"),
        },
        expires: Moment::of(job.expire_time),
        open: state.is_open(),
        resendable: job.delivery_method == DeliveryMethod::Email && state != JobState::Complete,
        id: job.id,
    }
}

/// One of a user's live sessions, as the Sessions tab lists it.
pub struct SessionRow {
    id: String,
    /// The browser and system in a few words; `user_agent` as sent.
    device: String,
    user_agent: String,
    ip: String,
    created: Moment,
    last_seen: Moment,
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

pub(super) async fn render_profile(
    state: &AppState,
    admin: &Admin,
    id: &str,
    q: ProfileQuery,
    outcome: Option<Outcome>,
) -> Response {
    match load_profile(state, admin, id, q, outcome, None).await {
        Ok(html) => page(&html),
        Err(e) => failure(admin, e),
    }
}

async fn load_profile(
    state: &AppState,
    admin: &Admin,
    id: &str,
    q: ProfileQuery,
    outcome: Option<Outcome>,
    edit: Option<(ProfileForm, FieldErrors)>,
) -> Result<ProfilePage, ApiError> {
    let realm_id = &admin.realm.id;
    let tab = ProfileTab::parse(q.tab.as_deref());
    let enrolling = q.enroll.as_deref() == Some("passkey");
    let found = keybound_app::identities::profile(state, &admin.actor, realm_id, id, tab, enrolling).await?;
    let user = found.identity;
    let templates = found
        .enrollment_templates
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let icons = keybound_app::mds::icons(state, &found.credentials).await?;
    let passkeys = found
        .credentials
        .into_iter()
        .map(|c| PasskeyRow {
            icon: c.aaguid.as_ref().and_then(|a| icons.get(a)).cloned(),
            kind: if c.backup_eligible {
                "console-passkey-synced"
            } else {
                "console-passkey-device-bound"
            },
            device: crate::console::device_label(c.device_type),
            auditable: c.device_policy.auditable,
            policy: policy_summary(admin, c.device_type, &c.device_policy),
            created: Moment::of(c.create_time),
            last_used: c.last_used_time.map(Moment::of),
            active: c.state == keybound_core::credential::CredentialState::Active,
            flagged: c.flagged_reason.unwrap_or_default(),
            id: c.id,
            name: c.name,
        })
        .collect();
    let pairs = |groups: Vec<keybound_core::group::Group>| -> Vec<(String, String)> {
        groups.into_iter().map(|g| (g.id, g.display_name)).collect()
    };
    let groups = pairs(found.groups);
    let other_groups = pairs(found.other_groups);
    let events = event_rows(state, admin, found.activity).await?;
    let sessions = found
        .sessions
        .into_iter()
        .map(|s| SessionRow {
            id: s.id,
            device: keybound_app::i18n::device(admin.lang, &s.user_agent),
            user_agent: s.user_agent,
            ip: s.ip,
            created: Moment::of(s.create_time),
            last_seen: Moment::of(s.last_seen_time),
        })
        .collect();
    let now = state.clock.now();
    let jobs = found.jobs.into_iter().map(|job| job_row(job, now)).collect();
    let tab = tab.as_str().to_owned();
    let (edited, errors) = match edit {
        Some((form, errors)) => (Some(form), errors),
        None => (None, FieldErrors::default()),
    };
    Ok(ProfilePage {
        edited,
        errors,
        jobs,
        assigns_roles: admin.actor.is_administrator(),
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), crate::console::role_label(*r)))
            .collect(),
        sessions,
        chrome: admin.chrome_titled(user.display_name.clone(), "users"),
        badge: status_badge(&user),
        user,
        tab,
        enroll: enrolling,
        notice: q.notice.unwrap_or_default(),
        outbox: (!state.email_delivers).then(|| state.email.destination()),
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
    })
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
        primary_email_address: Some(text(form.email.clone())),
        given_name: Some(text(form.given_name.clone())),
        family_name: Some(text(form.family_name.clone())),
        ..IdentityPatch::default()
    };
    match keybound_app::identities::update(&state, &admin.actor, &admin.realm.id, &id, &patch).await {
        Ok(_) => back(&format!("/console/users/{id}?notice=saved")),
        // Not the form's fault: not the viewer's to do, or gone.
        Err(e) if matches!(e.kind(), ErrorKind::Forbidden | ErrorKind::NotFound) => failure(&admin, e),
        Err(e) => {
            let errors = FieldErrors::of(e, PROFILE_FIELDS, None);
            match load_profile(
                &state,
                &admin,
                &id,
                ProfileQuery::default(),
                None,
                Some((form, errors)),
            )
            .await
            {
                Ok(html) => crate::web::pages::page(StatusCode::BAD_REQUEST, &html),
                Err(e) => failure(&admin, e),
            }
        }
    }
}

/// The profile form's field for each identity field a problem can be about.
const PROFILE_FIELDS: &[(&str, &str)] = &[
    ("display_name", "display_name"),
    ("traits.primary_email_address", "email"),
    ("traits.given_name", "given_name"),
    ("traits.family_name", "family_name"),
];

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
        let message = admin.t("console-bad-status");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    };
    match change_status(&state, &admin, &id, status).await {
        Ok(()) => back(&format!("/console/users/{id}")),
        Err(e) => failure(&admin, e),
    }
}

/// Suspends (signing the person out everywhere, applications included) or resumes a user,
/// audited as the admin's.
pub(super) async fn change_status(
    state: &AppState,
    admin: &Admin,
    id: &str,
    status: IdentityStatus,
) -> Result<(), ApiError> {
    keybound_app::identities::set_status(state, &admin.actor, &admin.realm.id, id, status).await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct RoleForm {
    /// A role's name, or empty for none.
    role: String,
    /// The groups the role is limited to.
    #[serde(default)]
    group: Vec<String>,
}

/// `POST /console/users/{id}/role`: gives the user a console role (limited to some groups, or
/// not), or takes it; the last administrator stays one.
pub async fn set_role(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<RoleForm>,
) -> Response {
    let Posted { admin, form } = posted;
    let grant = match form.role.as_str() {
        "" => None,
        name => match Role::parse(name) {
            Some(role) => Some(RoleGrant::new(role, form.group)),
            None => {
                let message = admin.t("console-no-such-role");
                return problem(&admin, StatusCode::BAD_REQUEST, &message);
            }
        },
    };
    match keybound_app::identities::set_role(&state, &admin.actor, &admin.realm.id, &id, grant).await {
        Ok(_) => back(&format!("/console/users/{id}?notice=saved")),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/sessions/{session}/revoke`: signs the user out of one session
/// (and out of the applications it signed in to).
pub async fn revoke_session(
    State(state): State<AppState>,
    Path((id, session)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match keybound_app::identities::end_session(&state, &admin.actor, &admin.realm.id, &id, &session).await {
        Ok(()) => back(&format!("/console/users/{id}?tab=sessions")),
        Err(e) => failure(&admin, e),
    }
}

/// `GET /console/users/{id}/delete`: asks first.
pub async fn confirm_delete(State(state): State<AppState>, admin: Admin, Path(id): Path<String>) -> Response {
    match keybound_app::identities::get(&state, &admin.actor, &admin.realm.id, &id).await {
        Ok(user) => confirm(
            &admin,
            admin.t_args(
                "console-delete-confirm",
                &[("name", user.display_name.clone().into())],
            ),
            admin.t_args(
                "console-delete-user-text",
                &[
                    ("name", user.display_name.into()),
                    ("username", user.traits.username.into()),
                ],
            ),
            format!("/console/users/{id}/delete"),
            &admin.t("console-delete-user"),
            format!("/console/users/{id}"),
        ),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match delete_user(&state, &admin, &id).await {
        Ok(()) => back("/console/users"),
        Err(e) => failure(&admin, e),
    }
}

/// Deletes a user, audited as the admin's.
pub(super) async fn delete_user(state: &AppState, admin: &Admin, id: &str) -> Result<(), ApiError> {
    keybound_app::identities::delete(state, &admin.actor, &admin.realm.id, id).await?;
    Ok(())
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
    let add = form.change == "add";
    match keybound_app::groups::change_members(
        &state,
        &admin.actor,
        &admin.realm.id,
        &form.group,
        &ids,
        add,
        "group",
    )
    .await
    {
        Ok(()) => back(&format!("/console/users/{id}?tab=groups")),
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
    match keybound_app::identities::revoke_credential(&state, &admin.actor, &admin.realm.id, &id, &credential)
        .await
    {
        Ok(_) => back(&format!("/console/users/{id}?tab=passkeys")),
        Err(e) => failure(&admin, e),
    }
}

/// "verification required, offline login" and the like.
fn policy_summary(admin: &Admin, device: DeviceType, policy: &DevicePolicy) -> String {
    let mut parts = vec![match policy.user_verification {
        UserVerification::Required => "console-policy-verification-required",
        UserVerification::Preferred => "console-policy-verification-preferred",
    }];
    if policy.offline_login {
        parts.push("console-policy-offline");
    }
    if device == DeviceType::Smartphone && !policy.bluetooth_proximity {
        parts.push("console-policy-no-bluetooth");
    }
    parts.iter().map(|p| admin.t(p)).collect::<Vec<_>>().join(", ")
}
