-- Passkey sign-in: ceremonies say what they are for; credentials can be flagged (a cloned
-- authenticator, inconsistent backup flags); server-side sessions.
ALTER TABLE ceremonies ADD COLUMN purpose TEXT NOT NULL DEFAULT 'binding';
ALTER TABLE credentials ADD COLUMN flagged_reason TEXT;

CREATE TABLE sessions (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    realm_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    credential_id TEXT,
    user_agent TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    create_time BIGINT NOT NULL,
    last_seen_time BIGINT NOT NULL,
    idle_expire_time BIGINT NOT NULL,
    expire_time BIGINT NOT NULL,
    revoked_time BIGINT
);
CREATE INDEX sessions_identity ON sessions (identity_id, seq);
