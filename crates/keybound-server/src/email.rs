//! Sending email. Until SMTP is configured, every message is written as an `.eml` file
//! (multipart text + HTML) under `<data dir>/outbox/`, where an operator or a test can read it.

use async_trait::async_trait;
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct EmailMessage {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[async_trait]
pub trait EmailSender: Send + Sync {
    /// Delivers `message`, or says why not.
    async fn send(&self, message: EmailMessage) -> Result<(), String>;
}

/// Builds the RFC 5322 message.
pub fn build(from: &str, message: &EmailMessage) -> Result<Message, String> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("sender address `{from}`: {e}"))?;
    let to = Mailbox::new(
        Some(message.to_name.clone()),
        message
            .to
            .parse()
            .map_err(|e| format!("recipient address `{}`: {e}", message.to))?,
    );
    Message::builder()
        .from(from)
        .to(to)
        .subject(&message.subject)
        .multipart(MultiPart::alternative_plain_html(
            message.text.clone(),
            message.html.clone(),
        ))
        .map_err(|e| format!("building the message: {e}"))
}

/// Writes each message to `<dir>/<time>-<random>.eml`.
pub struct OutboxDir {
    pub dir: PathBuf,
    pub from: String,
}

#[async_trait]
impl EmailSender for OutboxDir {
    async fn send(&self, message: EmailMessage) -> Result<(), String> {
        let bytes = build(&self.from, &message)?.formatted();
        let name = format!(
            "{}-{}.eml",
            time::OffsetDateTime::now_utc().unix_timestamp_nanos(),
            keybound_core::secret::random_hex(4)
        );
        tokio::fs::create_dir_all(&self.dir)
            .await
            .map_err(|e| format!("creating {}: {e}", self.dir.display()))?;
        let path = self.dir.join(name);
        tokio::fs::write(&path, bytes)
            .await
            .map_err(|e| format!("writing {}: {e}", path.display()))?;
        tracing::info!("email to {} written to {}", message.to, path.display());
        Ok(())
    }
}
