-- Binding passkeys: authenticator configs, credential binding jobs, ceremonies in flight,
-- the credentials they create, and rate-limit counters shared by every replica.

CREATE TABLE authenticator_configs (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    config_type TEXT NOT NULL,
    invoke_url TEXT,
    -- space-separated origins
    trusted_origins TEXT NOT NULL DEFAULT '',
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX authenticator_configs_realm_seq ON authenticator_configs (realm_id, seq);

CREATE TABLE credential_binding_jobs (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    realm_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    delivery_method TEXT NOT NULL,
    authenticator_config_id TEXT NOT NULL REFERENCES authenticator_configs (id) ON DELETE CASCADE,
    post_binding_redirect_uri TEXT,
    state TEXT NOT NULL,
    credential_id TEXT,
    -- the link's secret (RETURN, EMAIL) or the short code's secret part, hashed
    secret_hash TEXT NOT NULL,
    -- the short code's first characters, which find it
    code_locator TEXT,
    code_failures BIGINT NOT NULL DEFAULT 0,
    expire_time BIGINT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX credential_binding_jobs_identity ON credential_binding_jobs (identity_id, seq);
CREATE INDEX credential_binding_jobs_realm ON credential_binding_jobs (realm_id, seq);
CREATE INDEX credential_binding_jobs_code ON credential_binding_jobs (code_locator);

-- WebAuthn ceremonies begun and not yet finished; each row is consumed by one DELETE.
CREATE TABLE ceremonies (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    state TEXT NOT NULL,
    expire_time BIGINT NOT NULL
);

CREATE TABLE credentials (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    realm_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    state TEXT NOT NULL,
    name TEXT NOT NULL,
    -- the WebAuthn credential id, base64url; one registration anywhere
    credential_id TEXT NOT NULL UNIQUE,
    aaguid TEXT,
    -- space-separated
    transports TEXT NOT NULL DEFAULT '',
    backup_eligible BIGINT NOT NULL,
    backup_state BIGINT NOT NULL,
    sign_count BIGINT NOT NULL,
    passkey TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    last_used_time BIGINT
);
CREATE INDEX credentials_identity_state ON credentials (identity_id, state);

CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL
);
