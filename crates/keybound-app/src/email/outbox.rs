//! The durable outbox: messages queued in the database by the action that causes them are
//! delivered by a worker, once each however many replicas run, with retries.

use super::EmailMessage;
use crate::{App, AppError};
use time::Duration;

/// How long a worker may take over one batch before another may claim it again.
const CLAIM_LEASE: Duration = Duration::minutes(2);
const BATCH: i64 = 20;

/// Delivers the emails that are due, once each however many workers run; returns how many
/// were attempted.
pub async fn deliver_due(state: &App) -> Result<usize, AppError> {
    let now = state.clock.now();
    let due = state.store.claim_emails(now, now + CLAIM_LEASE, BATCH).await?;
    for email in &due {
        let message = EmailMessage {
            to: email.to_address.clone(),
            to_name: email.to_name.clone(),
            subject: email.subject.clone(),
            text: email.text_body.clone(),
            html: email.html_body.clone(),
        };
        let done = state.clock.now();
        match state.email.send(message).await {
            Ok(answer) => {
                tracing::info!(email = %email.id, to = %email.to_address, "email delivered: {answer}");
                state.store.email_sent(&email.id, done).await?;
                crate::metrics::email_sent();
            }
            Err(why) => {
                let retry_at = state.email_retry.next_attempt(email.attempts, done);
                match retry_at {
                    Some(at) => {
                        tracing::warn!(email = %email.id, to = %email.to_address, attempt = email.attempts,
                        "email not delivered, retrying at {at}: {why}")
                    }
                    None => {
                        tracing::error!(email = %email.id, to = %email.to_address, attempt = email.attempts,
                        "email not delivered, giving up: {why}")
                    }
                }
                state.store.email_failed(&email.id, &why, done, retry_at).await?;
                crate::metrics::email_failed();
            }
        }
    }
    crate::metrics::outbox_depth(state.store.emails_waiting().await?);
    Ok(due.len())
}
