//! Adding a user: the wizard (user information, groups, security key, confirm) and what its
//! form creates.

use super::enrol::console_job;
use super::{all_groups, checked, text};
use crate::console::form_errors::FieldErrors;
use crate::console::{back, failure, Admin, Chrome, Posted};
use crate::web::layout::impl_page;
use crate::web::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use keybound_app::binding::{self, NewJob};
use keybound_app::ErrorKind;
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType, UserVerification};
use keybound_core::identity::{self, IdentityStatus, NewIdentity, Source, Traits};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "console/user_new.html")]
struct WizardPage {
    chrome: Chrome,
    groups: Vec<(String, String)>,
    device_types: Vec<(&'static str, &'static str)>,
    /// What was typed, when the form comes back with problems; None for a blank form.
    typed: Option<NewUserForm>,
    errors: FieldErrors,
}
impl_page!(WizardPage, chrome.layout);

impl WizardPage {
    /// A text field as typed (empty on a blank form).
    fn value(&self, field: &str) -> &str {
        let Some(form) = &self.typed else { return "" };
        let value = match field {
            "username" => Some(&form.username),
            "given_name" => form.given_name.as_ref(),
            "family_name" => form.family_name.as_ref(),
            "email" => form.email.as_ref(),
            "key_name" => form.key_name.as_ref(),
            "device_type" => form.device_type.as_ref(),
            "activation" => form.activation.as_ref(),
            "user_verification" => form.user_verification.as_ref(),
            _ => None,
        };
        value.map_or("", String::as_str)
    }

    /// Is this checkbox ticked: as it was sent, or as a blank form starts.
    fn on(&self, field: &str) -> bool {
        let Some(form) = &self.typed else {
            return matches!(field, "auditable" | "bluetooth_proximity" | "send_email");
        };
        checked(match field {
            "assign_key" => &form.assign_key,
            "auditable" => &form.auditable,
            "bluetooth_proximity" => &form.bluetooth_proximity,
            "offline_login" => &form.offline_login,
            "send_email" => &form.send_email,
            _ => &None,
        })
    }

    fn in_group(&self, id: &str) -> bool {
        self.typed
            .as_ref()
            .is_some_and(|f| f.groups.iter().any(|g| g == id))
    }
}

/// The wizard's field for each identity field a problem can be about.
const FIELDS: &[(&str, &str)] = &[
    ("traits.username", "username"),
    ("traits.primary_email_address", "email"),
    ("traits.given_name", "given_name"),
    ("traits.family_name", "family_name"),
    ("display_name", "given_name"),
];

fn wizard_page(
    admin: &Admin,
    groups: Vec<(String, String)>,
    typed: Option<NewUserForm>,
    errors: FieldErrors,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let html = WizardPage {
        chrome: admin.chrome("console-new-user", "users"),
        groups,
        device_types: DeviceType::ALL
            .into_iter()
            .filter(|t| *t != DeviceType::Any)
            .map(|t| (t.as_str(), crate::console::device_label(t)))
            .collect(),
        typed,
        errors,
    };
    crate::web::pages::page(status, &html)
}

/// `GET /console/users/new`: the add-user wizard: user information, groups,
/// security key, confirm.
pub async fn wizard(State(state): State<AppState>, admin: Admin) -> Response {
    match all_groups(&state, &admin.realm.id).await {
        Ok(groups) => wizard_page(&admin, groups, None, FieldErrors::default()),
        Err(e) => failure(&admin, e),
    }
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
    let given_name = text(form.given_name.clone());
    let family_name = text(form.family_name.clone());
    let display_name = text(form.display_name.clone()).unwrap_or_else(|| {
        identity::default_display_name(given_name.as_deref(), family_name.as_deref(), &form.username)
    });
    let email = text(form.email.clone());
    let device_type = match form.device_type.as_deref().filter(|_| checked(&form.assign_key)) {
        None => DeviceType::Any,
        Some(t) => match DeviceType::parse(t) {
            Some(t) => t,
            None => {
                let mut errors = FieldErrors::default();
                errors.add("device_type", &admin.t("console-wizard-choose-device"));
                return wizard_page(&admin, groups, Some(form), errors);
            }
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
            locale: None,
        },
    };
    let chosen: Vec<String> = form
        .groups
        .iter()
        .filter(|g| groups.iter().any(|(id, _)| id == *g))
        .cloned()
        .collect();
    // The admin has the card: a job without delivery, activated on the next page. Otherwise an
    // activation email when asked for (and there is an address to send it to).
    let activate_now =
        device_type == DeviceType::ContactlessCard && form.activation.as_deref() == Some("admin");
    let send = email.is_some() && (checked(&form.send_email) || checked(&form.assign_key));
    let delivery = match (activate_now, send) {
        (true, _) => Some(DeliveryMethod::Return),
        (false, true) => Some(DeliveryMethod::Email),
        (false, false) => None,
    };
    // The person, their groups and the job in one transaction.
    let made = match delivery {
        Some(method) => {
            let job = NewJob {
                authenticator_config_id: match binding::hosted_config(&state, &admin.realm).await {
                    Ok(config) => config.id,
                    Err(e) => return failure(&admin, e),
                },
                device_type,
                device_policy: policy,
                key_name: text(form.key_name.clone()),
                ..console_job(method)
            };
            keybound_app::identities::create_enrolled(&state, &admin.actor, &admin.realm, new, &chosen, &job)
                .await
                .map(|(identity, created)| (identity, Some(created)))
        }
        None => keybound_app::identities::create(&state, &admin.actor, &admin.realm, new, &chosen)
            .await
            .map(|identity| (identity, None)),
    };
    let (identity, job) = match made {
        Ok(made) => made,
        // Not the form's fault: not the viewer's to do, or gone.
        Err(e) if matches!(e.kind(), ErrorKind::Forbidden | ErrorKind::NotFound) => {
            return failure(&admin, e)
        }
        Err(e) => {
            let errors = FieldErrors::of(e, FIELDS, Some("username"));
            return wizard_page(&admin, groups, Some(form), errors);
        }
    };
    match job {
        Some(created) if activate_now => back(&format!(
            "/console/users/{}/activate?job={}",
            identity.id, created.job.id
        )),
        Some(_) => back(&format!("/console/users/{}?notice=activation-sent", identity.id)),
        None => back(&format!("/console/users/{}?notice=created", identity.id)),
    }
}
