//! Sending email. Messages are queued in the database (the durable outbox) by the action that
//! causes them; [`deliver_due`] hands them to the configured [`EmailSender`]: SMTP, or, until
//! SMTP is configured, `.eml` files under `<data dir>/outbox/`.

mod outbox;
mod templated;
mod transport;

pub use outbox::deliver_due;
pub use templated::{brand, queue_templated, Personal};
pub use transport::*;

use crate::{App, AppError};

/// Email of the realm, newest first, with each message's delivery state.
pub async fn list(
    state: &App,
    realm_id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<keybound_core::email::Email>, AppError> {
    Ok(state.store.list_emails(realm_id, page).await?)
}

pub async fn get(state: &App, id: &str) -> Result<keybound_core::email::Email, AppError> {
    Ok(state.store.email(id).await?)
}
