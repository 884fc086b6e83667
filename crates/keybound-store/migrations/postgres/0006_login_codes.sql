-- One-time sign-in links made by admins (login codes).
CREATE TABLE login_codes (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    realm_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    expire_time BIGINT NOT NULL,
    used_time BIGINT,
    create_time BIGINT NOT NULL
);
