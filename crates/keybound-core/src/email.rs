//! Email Keybound sends, kept in a durable outbox: written in the same transaction as the
//! action that causes it, then delivered by a background worker with retries.

use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailStatus {
    /// Waiting for its (next) attempt.
    Pending,
    /// Claimed by a worker; if the worker dies, the claim lapses and another retries.
    Sending,
    Sent,
    /// Every attempt failed.
    Failed,
}

impl EmailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Sending => "SENDING",
            Self::Sent => "SENT",
            Self::Failed => "FAILED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Sending, Self::Sent, Self::Failed]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub id: String,
    pub tenant_id: String,
    pub realm_id: Option<String>,
    pub identity_id: Option<String>,
    /// The binding job whose link this carries; its delivery state follows this email's.
    pub job_id: Option<String>,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub status: EmailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_attempt_time: OffsetDateTime,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
    pub sent_time: Option<OffsetDateTime>,
}

impl Email {
    /// A message for `identity` (to its primary address), waiting to be sent now.
    pub fn pending(
        identity: &crate::identity::Identity,
        job_id: Option<&str>,
        rendered: crate::email_template::Rendered,
        now: OffsetDateTime,
    ) -> Self {
        Self {
            id: crate::new_id(),
            tenant_id: identity.tenant_id.clone(),
            realm_id: Some(identity.realm_id.clone()),
            identity_id: Some(identity.id.clone()),
            job_id: job_id.map(str::to_owned),
            to_address: identity.traits.primary_email_address.clone().unwrap_or_default(),
            to_name: identity.display_name.clone(),
            subject: rendered.subject,
            text_body: rendered.text,
            html_body: rendered.html,
            status: EmailStatus::Pending,
            attempts: 0,
            last_error: None,
            next_attempt_time: now,
            create_time: now,
            update_time: now,
            sent_time: None,
        }
    }
}

/// How hard delivery tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_attempts: i64,
    /// The wait after the first failure; it doubles after each further one.
    pub base: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            base: Duration::seconds(30),
        }
    }
}

impl RetryPolicy {
    /// When to try again after `attempts` failed attempts, or `None` when that was the last.
    pub fn next_attempt(&self, attempts: i64, now: OffsetDateTime) -> Option<OffsetDateTime> {
        if attempts >= self.max_attempts {
            return None;
        }
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        let wait = self
            .base
            .checked_mul(1 << doublings)
            .unwrap_or(Duration::hours(6))
            .min(Duration::hours(6));
        Some(now + wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn backoff_doubles_until_the_last_attempt() {
        let now = datetime!(2026-01-01 0:00 UTC);
        let policy = RetryPolicy {
            max_attempts: 4,
            base: Duration::seconds(30),
        };
        assert_eq!(policy.next_attempt(1, now), Some(now + Duration::seconds(30)));
        assert_eq!(policy.next_attempt(2, now), Some(now + Duration::seconds(60)));
        assert_eq!(policy.next_attempt(3, now), Some(now + Duration::seconds(120)));
        assert_eq!(policy.next_attempt(4, now), None);
        let long = RetryPolicy {
            max_attempts: 100,
            base: Duration::hours(1),
        };
        assert_eq!(
            long.next_attempt(50, now),
            Some(now + Duration::hours(6)),
            "capped"
        );
    }
}
