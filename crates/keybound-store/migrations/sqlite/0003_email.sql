-- The durable email outbox. A row is written in the same transaction as the action that
-- causes it and delivered by a worker; claims lapse, so a dead worker's email is retried.

CREATE TABLE emails (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    realm_id TEXT,
    identity_id TEXT,
    job_id TEXT,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_time INTEGER NOT NULL,
    claimed_until INTEGER,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL,
    sent_time INTEGER
);
CREATE INDEX emails_due ON emails (status, next_attempt_time);
CREATE INDEX emails_realm_seq ON emails (realm_id, seq);
