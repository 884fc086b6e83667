-- Device authorization grants (RFC 8628): a CLI or TV shows a user code, the person approves it
-- in a browser, and the device polls with its device code. Both codes are kept only as hashes.
CREATE TABLE oidc_device_authorizations (
    device_code_hash TEXT PRIMARY KEY,
    user_code_hash TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    realm_id TEXT NOT NULL,
    scopes TEXT NOT NULL,
    -- pending, approved, denied, used
    state TEXT NOT NULL,
    -- the grant, once approved
    grant_data TEXT,
    poll_interval INTEGER NOT NULL,
    last_poll_time INTEGER,
    expire_time INTEGER NOT NULL,
    create_time INTEGER NOT NULL
);
CREATE INDEX oidc_device_authorizations_expiry ON oidc_device_authorizations (expire_time);
