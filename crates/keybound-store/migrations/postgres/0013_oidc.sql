-- OpenID Connect: applications, the keys that sign ID tokens, authorization requests waiting
-- for a person, codes, access and refresh tokens (hashes only), consents, and back-channel
-- logout deliveries. Sessions say how they were signed in (amr).
ALTER TABLE sessions ADD COLUMN amr TEXT NOT NULL DEFAULT '';

CREATE TABLE applications (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT,
    -- the protocol config, allowed groups, logo and consent setting as JSON
    config TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX applications_realm ON applications (realm_id, seq);

CREATE TABLE oidc_signing_keys (
    seq BIGSERIAL PRIMARY KEY,
    kid TEXT NOT NULL UNIQUE,
    alg TEXT NOT NULL,
    generation BIGINT NOT NULL,
    private_pkcs8 TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    sign_from BIGINT NOT NULL,
    -- replicas that rotate at once: one of them wins
    UNIQUE (alg, generation)
);

CREATE TABLE oidc_requests (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    request TEXT NOT NULL,
    expire_time BIGINT NOT NULL
);

CREATE TABLE oidc_codes (
    code_hash TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    grant_data TEXT NOT NULL,
    family_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT,
    expire_time BIGINT NOT NULL,
    used_time BIGINT
);

CREATE TABLE oidc_tokens (
    seq BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    identity_id TEXT REFERENCES identities (id) ON DELETE CASCADE,
    session_id TEXT,
    family_id TEXT NOT NULL,
    grant_data TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    expire_time BIGINT NOT NULL,
    used_time BIGINT,
    revoked_time BIGINT
);
CREATE INDEX oidc_tokens_family ON oidc_tokens (family_id);
CREATE INDEX oidc_tokens_identity ON oidc_tokens (identity_id, application_id);

CREATE TABLE oidc_consents (
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    scopes TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    PRIMARY KEY (identity_id, application_id)
);

CREATE TABLE oidc_logout_deliveries (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    uri TEXT NOT NULL,
    logout_token TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_time BIGINT NOT NULL,
    lease_until BIGINT,
    sent_time BIGINT,
    last_error TEXT
);
CREATE INDEX oidc_logout_due ON oidc_logout_deliveries (sent_time, next_attempt_time);
