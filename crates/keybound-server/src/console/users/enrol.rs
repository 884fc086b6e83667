//! "Enroll a Passkey" from a profile: an enrolment email, a 9-character code, or a login
//! code link; each a binding job (or login code) made for the person, audited as the admin's.

use super::profile::{render_profile, Outcome, ProfileQuery};
use super::text;
use crate::console::{back, failure, problem, Admin, Empty, Posted};
use crate::web::layout::Moment;
use crate::web::{ApiError, AppState};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::binding::{self, NewJob};
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType};
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
    Ok(binding::create_job(state, &admin.actor, &admin.realm, identity_id, job).await?)
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
        Ok(created) => {
            match keybound_app::identities::get(&state, &admin.actor, &admin.realm.id, &id).await {
                Ok(user) => Outcome::EmailSent {
                    to: format!(
                        "{} <{}>",
                        user.display_name,
                        user.traits.primary_email_address.unwrap_or_default()
                    ),
                    expires: Moment::of(created.job.expire_time),
                },
                Err(e) => return failure(&admin, e),
            }
        }
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
        let message = admin.t("console-link-choose-lifetime");
        return problem(&admin, StatusCode::BAD_REQUEST, &message);
    };
    match keybound_app::login_codes::create(&state, &admin.actor, &admin.realm, &id, lifetime).await {
        Ok(created) => {
            let outcome = Outcome::LoginLink {
                link: created.link,
                qr_svg: created.qr_svg,
                expires: Moment::of(created.code.expire_time),
            };
            render_profile(&state, &admin, &id, ProfileQuery::default(), Some(outcome)).await
        }
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/jobs/{job}/revoke`: its link or code stops working.
pub async fn revoke_job(
    State(state): State<AppState>,
    Path((id, job)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    match binding::revoke_job(&state, &admin.actor, &admin.realm.id, &id, &job).await {
        Ok(_) => back(&format!("/console/users/{id}?tab=enrolments")),
        Err(e) => failure(&admin, e),
    }
}

/// `POST /console/users/{id}/jobs/{job}/resend`: the same enrolment emailed again.
pub async fn resend_job(
    State(state): State<AppState>,
    Path((id, job)): Path<(String, String)>,
    posted: Posted<Empty>,
) -> Response {
    let admin = posted.admin;
    let resent = binding::resend_job(&state, &admin.actor, &admin.realm, &id, &job);
    match resent.await {
        Ok(_) => back(&format!("/console/users/{id}?tab=enrolments&notice=resent")),
        Err(e) => failure(&admin, e),
    }
}
