//! Users: the list with enrolment status (`list`), what an admin does to many at once (`bulk`,
//! `import`), and the use cases on a person, one file each: adding one (`wizard`), their
//! profile and what an admin changes there (`profile`), and "Enroll a Passkey" (`enrol`: an
//! enrolment email, a 9-character code, or a login code link).

mod bulk;
mod enrol;
mod import;
mod list;
mod profile;
mod wizard;

pub use bulk::bulk;
pub use import::{import, import_form};
pub use list::{export_csv, list, status_badge, user_rows, UserRow};

pub use enrol::{enroll_code, enroll_email, enroll_login_code, resend_job, revoke_job};
pub use profile::{
    change_groups, confirm_delete, delete, profile, revoke_passkey, revoke_session, set_role, set_status,
    update,
};
pub use wizard::{create, wizard};

use crate::web::{ApiError, AppState};
use keybound_core::filter::Filter;
use keybound_core::page::PageRequest;

pub(super) async fn all_groups(state: &AppState, realm_id: &str) -> Result<Vec<(String, String)>, ApiError> {
    Ok(keybound_app::groups::list(
        state,
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

pub(super) fn checked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| v == "on" || v == "true")
}

pub(super) fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
