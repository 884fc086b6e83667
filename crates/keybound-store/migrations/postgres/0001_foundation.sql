-- Tenants, realms, identities, groups and API tokens.
-- Times are microseconds since the Unix epoch. `seq` orders rows for keyset paging.

CREATE TABLE tenants (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    -- one tenant per installation, even when several replicas start at once
    singleton BIGINT NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    display_name TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);

CREATE TABLE realms (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);

CREATE TABLE identities (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    status TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'local',
    username TEXT NOT NULL,
    username_key TEXT NOT NULL,
    email TEXT,
    email_key TEXT,
    given_name TEXT,
    family_name TEXT,
    external_id TEXT,
    invite_failed BOOLEAN NOT NULL DEFAULT FALSE,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    UNIQUE (realm_id, username_key)
);
CREATE INDEX identities_realm_seq ON identities (realm_id, seq);
CREATE INDEX identities_realm_email ON identities (realm_id, email_key);

CREATE TABLE groups (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX groups_realm_seq ON groups (realm_id, seq);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    identity_id TEXT NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, identity_id)
);
CREATE INDEX group_members_identity ON group_members (identity_id);

CREATE TABLE api_tokens (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    expire_time BIGINT,
    last_used_time BIGINT,
    create_time BIGINT NOT NULL
);
