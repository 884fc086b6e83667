-- Lists and the dashboard at a million identities: the enrolment status is stored (kept by
-- triggers in the transaction that changes a credential or a failed invitation), indexed with
-- the status, and the number of identities per realm, status and enrolment status is kept in
-- identity_counts and identity_count_changes by the transactions that add, change or remove
-- identities.

ALTER TABLE identities ADD COLUMN enrollment_status TEXT NOT NULL DEFAULT 'PENDING';
UPDATE identities SET enrollment_status = CASE
    WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
    WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END;
CREATE INDEX identities_realm_status ON identities (realm_id, status, seq);
CREATE INDEX identities_realm_enrollment ON identities (realm_id, enrollment_status, seq);

CREATE TRIGGER credentials_enrollment_insert AFTER INSERT ON credentials BEGIN
    UPDATE identities SET enrollment_status = CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    WHERE id = NEW.identity_id;
END;
CREATE TRIGGER credentials_enrollment_update AFTER UPDATE OF state ON credentials BEGIN
    UPDATE identities SET enrollment_status = CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    WHERE id = NEW.identity_id;
END;
CREATE TRIGGER credentials_enrollment_delete AFTER DELETE ON credentials BEGIN
    UPDATE identities SET enrollment_status = CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    WHERE id = OLD.identity_id;
END;
CREATE TRIGGER identities_enrollment_invite AFTER UPDATE OF invite_failed ON identities BEGIN
    UPDATE identities SET enrollment_status = CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    WHERE id = NEW.id;
END;

-- The counts: identity_counts as of the last fold, plus the changes since, which the
-- transactions changing identities append (no row that every transaction updates). The
-- sweeper folds the changes into the counts every few seconds.
CREATE TABLE identity_counts (
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    enrollment_status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (realm_id, status, enrollment_status)
);
INSERT INTO identity_counts (realm_id, status, enrollment_status, n)
    SELECT realm_id, status, enrollment_status, COUNT(*) FROM identities GROUP BY realm_id, status, enrollment_status;
CREATE TABLE identity_count_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    realm_id TEXT NOT NULL,
    status TEXT NOT NULL,
    enrollment_status TEXT NOT NULL,
    n INTEGER NOT NULL
);
CREATE INDEX identity_count_changes_realm ON identity_count_changes (realm_id);

CREATE TRIGGER identities_count_insert AFTER INSERT ON identities BEGIN
    INSERT INTO identity_count_changes (realm_id, status, enrollment_status, n)
        VALUES (NEW.realm_id, NEW.status, NEW.enrollment_status, 1);
END;
CREATE TRIGGER identities_count_delete AFTER DELETE ON identities BEGIN
    INSERT INTO identity_count_changes (realm_id, status, enrollment_status, n)
        VALUES (OLD.realm_id, OLD.status, OLD.enrollment_status, -1);
END;
CREATE TRIGGER identities_count_update AFTER UPDATE OF status, enrollment_status ON identities
    WHEN OLD.status <> NEW.status OR OLD.enrollment_status <> NEW.enrollment_status BEGIN
    INSERT INTO identity_count_changes (realm_id, status, enrollment_status, n)
        VALUES (OLD.realm_id, OLD.status, OLD.enrollment_status, -1),
               (NEW.realm_id, NEW.status, NEW.enrollment_status, 1);
END;
