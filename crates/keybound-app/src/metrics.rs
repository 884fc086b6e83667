//! What the use cases count for operators (the server's `/metrics` shows it): ceremonies by
//! kind and outcome, emails, LDAP syncs. Each replica counts its own; Prometheus adds them up.

use metrics::{counter, gauge, histogram};

pub const SIGN_IN: &str = "sign-in";
pub const BINDING: &str = "binding";
pub const SIGN_UP: &str = "sign-up";
pub const OIDC: &str = "oidc";

/// A ceremony of `kind` begun (counted when the beginning succeeded).
pub fn begun<T, E>(kind: &'static str, outcome: &Result<T, E>) {
    if outcome.is_ok() {
        counter!("keybound_ceremonies_begun_total", "kind" => kind).increment(1);
    }
}

/// A ceremony of `kind` finished, or failed.
pub fn finished<T, E>(kind: &'static str, outcome: &Result<T, E>) {
    let name = if outcome.is_ok() {
        "keybound_ceremonies_finished_total"
    } else {
        "keybound_ceremonies_failed_total"
    };
    counter!(name, "kind" => kind).increment(1);
}

/// An email put in the outbox for the delivery worker.
pub fn email_queued() {
    counter!("keybound_emails_queued_total").increment(1);
}

pub fn email_sent() {
    counter!("keybound_emails_sent_total").increment(1);
}

/// An attempt to send an email that failed (it is retried, or given up after the last).
pub fn email_failed() {
    counter!("keybound_email_attempts_failed_total").increment(1);
}

/// Emails waiting in the outbox, as the delivery worker last saw them.
pub fn outbox_depth(waiting: i64) {
    gauge!("keybound_email_outbox_depth").set(waiting as f64);
}

/// An LDAP sync run, how long it took and whether it succeeded.
pub fn ldap_sync(seconds: f64, ok: bool) {
    let outcome = if ok { "ok" } else { "failed" };
    counter!("keybound_ldap_sync_runs_total", "outcome" => outcome).increment(1);
    histogram!("keybound_ldap_sync_duration_seconds").record(seconds);
}
