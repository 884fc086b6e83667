-- LDAP sync: people and groups the directory owns carry its stable id; a person the directory
-- removed is marked so that their return makes them active again. Per realm: the settings an
-- admin saved, the lease that lets one replica sync at a time, when the next scheduled sync is
-- due, and a record of every sync.
ALTER TABLE identities ADD COLUMN ldap_id TEXT;
ALTER TABLE identities ADD COLUMN ldap_removed INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX identities_ldap ON identities (realm_id, ldap_id);
ALTER TABLE groups ADD COLUMN source TEXT NOT NULL DEFAULT 'local';
ALTER TABLE groups ADD COLUMN ldap_id TEXT;
CREATE UNIQUE INDEX groups_ldap ON groups (realm_id, ldap_id);

CREATE TABLE ldap_configs (
    realm_id TEXT PRIMARY KEY REFERENCES realms (id) ON DELETE CASCADE,
    settings TEXT NOT NULL DEFAULT '{}',
    lease_until INTEGER,
    next_sync_time INTEGER,
    update_time INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ldap_syncs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    -- schedule, cli, api or console
    trigger TEXT NOT NULL,
    dry_run INTEGER NOT NULL DEFAULT 0,
    start_time INTEGER NOT NULL,
    end_time INTEGER NOT NULL,
    -- the counts and skipped entries as JSON; empty when the sync failed
    report TEXT NOT NULL DEFAULT '',
    error TEXT
);
CREATE INDEX ldap_syncs_realm ON ldap_syncs (realm_id, seq);
