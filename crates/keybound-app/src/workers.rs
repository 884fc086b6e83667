//! What runs in the background of every replica, off the request path.

use crate::App;
use std::time::Duration;

/// One round of the email worker: one-time access requests become emails (see
/// [`crate::login_codes::send_one_time_access`]), then what is due is delivered. Returns how
/// many emails were attempted.
pub async fn email_round(app: &App) -> crate::Result<usize> {
    if let Err(e) = crate::login_codes::send_one_time_access(app).await {
        tracing::warn!("one-time access requests: {e}");
    }
    crate::email::deliver_due(app).await
}

/// Runs [`email_round`] every `interval` (at once again while there was work) until the
/// process ends.
pub fn spawn_email_worker(app: App, interval: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match email_round(&app).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!("email worker: {e}"),
            }
            tokio::time::sleep(interval).await;
        }
    })
}
