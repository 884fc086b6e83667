-- Email one-time access requests, recorded as they come for every address alike; the
-- background worker looks the address up and sends the link, so the request's answer and its
-- work say nothing about whether the address has an account.
CREATE TABLE one_time_access_requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    realm_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    email TEXT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    create_time INTEGER NOT NULL
);

-- Ceremonies in flight per subject are counted to cap how many one link may have.
CREATE INDEX ceremonies_subject ON ceremonies (job_id, purpose);
