-- Per-realm settings an admin switches: email one-time access, sign-up mode.
CREATE TABLE realm_settings (
    realm_id TEXT PRIMARY KEY REFERENCES realms (id) ON DELETE CASCADE,
    email_one_time_access BIGINT NOT NULL DEFAULT 0,
    signup_mode TEXT NOT NULL DEFAULT 'disabled',
    update_time BIGINT NOT NULL
);
