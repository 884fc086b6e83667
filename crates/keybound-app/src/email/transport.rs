//! Handing a message over: the RFC 5322 message, SMTP (lettre), or `.eml` files in the outbox
//! folder until SMTP is configured.

use async_trait::async_trait;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration as StdDuration;

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
    /// Delivers `message`, returning what the server answered, or says why not.
    async fn send(&self, message: EmailMessage) -> Result<String, String>;

    /// Where email goes, in a few words for an administrator.
    fn destination(&self) -> String;
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
    fn destination(&self) -> String {
        format!("the outbox folder {}", self.dir.display())
    }

    async fn send(&self, message: EmailMessage) -> Result<String, String> {
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
        Ok(format!("written to {}", path.display()))
    }
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain text (a relay on the same machine or network).
    None,
    /// Plain, upgraded with STARTTLS (usually port 587); refuses a server without it.
    StartTls,
    /// TLS from the first byte (usually port 465).
    Tls,
}

impl SmtpSecurity {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Self::None),
            "starttls" => Some(Self::StartTls),
            "tls" => Some(Self::Tls),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: String,
}

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: String,
}

impl Smtp {
    pub fn new(s: &SmtpSettings) -> Result<Self, String> {
        let builder = match s.security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host),
            SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&s.host)
                .map_err(|e| format!("SMTP host `{}`: {e}", s.host))?,
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&s.host)
                .map_err(|e| format!("SMTP host `{}`: {e}", s.host))?,
        };
        let mut builder = builder.port(s.port).timeout(Some(StdDuration::from_secs(20)));
        if let Some(user) = &s.username {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                s.password.clone().unwrap_or_default(),
            ));
        }
        build(
            &s.from,
            &EmailMessage {
                to: "check@example.com".into(),
                to_name: String::new(),
                subject: String::new(),
                text: String::new(),
                html: String::new(),
            },
        )?;
        Ok(Self {
            transport: builder.build(),
            from: s.from.clone(),
        })
    }

    /// Connects (with TLS and login as configured) and says hello, without sending anything.
    pub async fn check(&self) -> Result<(), String> {
        match self.transport.test_connection().await {
            Ok(true) => Ok(()),
            Ok(false) => Err("the server did not answer as an SMTP server".into()),
            Err(e) => Err(e.to_string()),
        }
    }
}

#[async_trait]
impl EmailSender for Smtp {
    fn destination(&self) -> String {
        "the SMTP server".to_owned()
    }

    async fn send(&self, message: EmailMessage) -> Result<String, String> {
        let email = build(&self.from, &message)?;
        let response = self.transport.send(email).await.map_err(|e| e.to_string())?;
        Ok(format!(
            "{} {}",
            response.code(),
            response.message().collect::<Vec<_>>().join(" ")
        ))
    }
}
