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

/// The message `keybound email test` and the console's "Send test email" send.
pub fn test_message(public_url: &str, to: &str) -> EmailMessage {
    EmailMessage {
        to: to.to_owned(),
        to_name: String::new(),
        subject: "Keybound test message".into(),
        text: format!("This is a test message from Keybound at {public_url}.\nEmail delivery works.\n"),
        html: format!(
            "<p>This is a test message from Keybound at {}.</p><p>Email delivery works.</p>",
            public_url
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        ),
    }
}

/// Sends a test message to `to` now, by `actor`, audited as `email.tested` (failed or not);
/// returns what the mail server answered, or why it could not be sent.
pub async fn send_test(
    app: &App,
    actor: &crate::Actor,
    to: &str,
) -> Result<std::result::Result<String, String>, AppError> {
    actor.require("settings:update")?;
    let to = to.trim();
    if !keybound_core::identity::is_email(to) {
        return Err(AppError::bad_field(
            "to",
            format!("`{to}` is not an email address"),
        ));
    }
    let sent = app.email.send(test_message(&app.public_url, to)).await;
    let event = actor.event(app, keybound_core::audit::Action::EmailTested);
    let event = match &sent {
        Ok(answer) => event.detail(format!("to {to} through {}: {answer}", app.email.destination())),
        Err(why) => event.failed(format!("to {to} through {}: {why}", app.email.destination())),
    };
    crate::audit::record(app, event).await;
    Ok(sent)
}
