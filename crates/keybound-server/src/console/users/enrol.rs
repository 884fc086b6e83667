//! "Enroll a Passkey" from a profile: an enrolment email, a 9-character code, or a login
//! code link; each a binding job (or login code) made for the person, audited as the admin's.

use super::profile::{render_profile, Outcome, ProfileQuery};
use super::text;
use crate::console::{back, failure, problem, Admin, Empty, Posted};
use crate::web::{ApiError, AppState};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::binding::{self, NewJob};
use keybound_core::audit::action;
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType, JobState};
use keybound_core::email_template::human_time;
use serde::Deserialize;

/// A job as the console makes it: any passkey, default policy, default lifetime and template
/// (the config is filled in by [`send_job`]).
pub(super) fn console_job(delivery_method: DeliveryMethod) -> NewJob {
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
pub(super) async fn send_job(
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

/// Revokes an open job of the user, audited as the admin's.
async fn revoke(state: &AppState, admin: &Admin, id: &str, job: &str) -> Result<(), ApiError> {
    let revoked = state
        .store
        .revoke_job(&admin.realm.id, id, job, state.clock.now())
        .await?;
    let event = admin
        .event(state, action::BINDING_JOB_REVOKED)
        .about(id)
        .on("credential_binding_job", &revoked.id);
    keybound_app::audit::record(state, event).await;
    Ok(())
}

/// `POST /console/users/{id}/jobs/{job}/revoke`: its link or code stops working.
pub async fn revoke_job(
    State(state): State<AppState>,
    Path((id, job)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match revoke(&state, &admin, &id, &job).await {
        Ok(()) => back(&format!("/console/users/{id}?tab=enrolments")),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/jobs/{job}/resend`: the same enrolment emailed again as a new job
/// (same config, key and policy); the old one, if still open, is revoked so that only the
/// newest link works.
pub async fn resend_job(
    State(state): State<AppState>,
    Path((id, job)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    let resent = async {
        let old = state.store.job(&admin.realm.id, Some(&id), &job).await?;
        if old.delivery_method != DeliveryMethod::Email || old.state == JobState::Complete {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "Only an emailed enrolment that is not complete can be sent again.",
            ));
        }
        let new = NewJob {
            authenticator_config_id: old.authenticator_config_id.clone(),
            post_binding_redirect_uri: old.post_binding_redirect_uri.clone(),
            device_type: old.device_type,
            device_policy: old.device_policy,
            key_name: old.key_name.clone(),
            ..console_job(DeliveryMethod::Email)
        };
        let event = admin
            .event(&state, action::BINDING_JOB_CREATED)
            .detail("sent again");
        binding::create_job(&state, &admin.realm, &id, new, event).await?;
        if old.state_at(state.clock.now()).is_open() {
            revoke(&state, &admin, &id, &old.id).await?;
        }
        Ok(())
    };
    match resent.await {
        Ok(()) => back(&format!("/console/users/{id}?tab=enrolments&notice=resent")),
        Err(e) => failure(&admin, e),
    }
}
