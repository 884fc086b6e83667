-- The FIDO Metadata Service BLOB the operator imported (one at a time, for every replica): its
-- serial number and dates, and per authenticator model its name, icon, attestation roots and
-- latest status.
CREATE TABLE mds_blob (
    id INTEGER PRIMARY KEY,
    number BIGINT NOT NULL,
    next_update TEXT NOT NULL,
    import_time BIGINT NOT NULL,
    entries BIGINT NOT NULL
);
CREATE TABLE mds_entries (
    aaguid TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    icon TEXT,
    roots TEXT NOT NULL,
    status TEXT
);
