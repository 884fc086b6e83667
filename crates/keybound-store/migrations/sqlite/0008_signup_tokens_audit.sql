-- Sign-up tokens: links through which new people create their account and first passkey.
CREATE TABLE signup_tokens (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    usage_limit INTEGER NOT NULL,
    usage_count INTEGER NOT NULL DEFAULT 0,
    group_ids TEXT NOT NULL DEFAULT '',
    expire_time INTEGER NOT NULL,
    revoked_time INTEGER,
    create_time INTEGER NOT NULL
);
CREATE INDEX signup_tokens_realm ON signup_tokens (realm_id, seq);

-- The audit log. Never updated; read newest first.
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    realm_id TEXT,
    time INTEGER NOT NULL,
    actor_type TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    target_type TEXT,
    target_id TEXT,
    identity_id TEXT,
    outcome TEXT NOT NULL,
    ip TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_events_realm ON audit_events (realm_id, seq);
CREATE INDEX audit_events_identity ON audit_events (identity_id, seq);
