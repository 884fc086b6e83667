//! Sending email. Messages are queued in the database (the durable outbox) by the action that
//! causes them; [`deliver_due`] hands them to the configured [`EmailSender`]: SMTP, or, until
//! SMTP is configured, `.eml` files under `<data dir>/outbox/`.

use crate::{App, AppError};
use async_trait::async_trait;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration as StdDuration;
use time::Duration;

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

/// How long a worker may take over one batch before another may claim it again.
const CLAIM_LEASE: Duration = Duration::minutes(2);
const BATCH: i64 = 20;

/// Delivers the emails that are due, once each however many workers run; returns how many
/// were attempted.
pub async fn deliver_due(state: &App) -> Result<usize, AppError> {
    // One-time access requests become emails here, off the request path (see login_codes).
    if let Err(e) = crate::login_codes::send_one_time_access(state).await {
        tracing::warn!("one-time access requests: {e}");
    }
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

/// Runs [`deliver_due`] every `interval` until the process ends.
pub fn spawn_worker(state: App, interval: StdDuration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match deliver_due(&state).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!("email worker: {e}"),
            }
            tokio::time::sleep(interval).await;
        }
    })
}

/// The organisation's name and logo URL (or empty), as emails show them.
pub async fn brand(state: &App, tenant_id: &str) -> Result<(String, String), crate::AppError> {
    let tenant = state.store.tenant(tenant_id).await?;
    Ok((tenant.display_name, tenant.logo_url.unwrap_or_default()))
}

/// What varies between templated messages to a person.
#[derive(Debug, Clone, Default)]
pub struct Personal {
    pub link: String,
    pub code: String,
    pub expire_time: String,
    pub key_name: String,
}

/// Renders the realm's default template of `kind` (else the built-in one) for `identity` and
/// puts it in the outbox; the worker delivers it.
pub async fn queue_templated(
    state: &App,
    realm: &keybound_core::realm::Realm,
    identity: &keybound_core::identity::Identity,
    kind: keybound_core::email_template::TemplateKind,
    message: Personal,
) -> Result<(), crate::AppError> {
    use keybound_core::email::Email;
    use keybound_core::email_template::{EmailTemplate, TemplateVars};
    let template = match state.store.default_template(&realm.id, kind).await? {
        Some(t) => t,
        None => EmailTemplate::builtin(kind),
    };
    let (organization, logo_url) = brand(state, &realm.tenant_id).await?;
    let vars = TemplateVars {
        display_name: identity.display_name.clone(),
        username: identity.traits.username.clone(),
        link: message.link,
        code: message.code,
        expire_time: message.expire_time,
        realm: realm.display_name.clone(),
        organization,
        logo_url,
        key_name: message.key_name,
    };
    let rendered = template
        .render(&vars)
        .map_err(|e| crate::AppError::internal(kind.as_str(), &e))?;
    let now = state.clock.now();
    state
        .store
        .queue_email(&Email::pending(identity, None, rendered, now))
        .await?;
    crate::metrics::email_queued();
    Ok(())
}

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
