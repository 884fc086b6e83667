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

CREATE FUNCTION keybound_refresh_enrollment(identity TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE identities SET enrollment_status = CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identities.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    WHERE id = identity;
$$;

CREATE FUNCTION keybound_credentials_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM keybound_refresh_enrollment(OLD.identity_id);
    ELSE
        PERFORM keybound_refresh_enrollment(NEW.identity_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER credentials_enrollment AFTER INSERT OR DELETE OR UPDATE OF state ON credentials
    FOR EACH ROW EXECUTE FUNCTION keybound_credentials_enrollment();

CREATE FUNCTION keybound_identities_invite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM keybound_refresh_enrollment(NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER identities_enrollment_invite AFTER UPDATE OF invite_failed ON identities
    FOR EACH ROW EXECUTE FUNCTION keybound_identities_invite();

-- The counts: identity_counts as of the last fold, plus the changes since, which the
-- transactions changing identities append (no row that every transaction updates and locks).
-- The sweeper folds the changes into the counts every few seconds.
CREATE TABLE identity_counts (
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    enrollment_status TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (realm_id, status, enrollment_status)
);
INSERT INTO identity_counts (realm_id, status, enrollment_status, n)
    SELECT realm_id, status, enrollment_status, COUNT(*) FROM identities GROUP BY realm_id, status, enrollment_status;
CREATE TABLE identity_count_changes (
    seq BIGSERIAL PRIMARY KEY,
    realm_id TEXT NOT NULL,
    status TEXT NOT NULL,
    enrollment_status TEXT NOT NULL,
    n BIGINT NOT NULL
);
CREATE INDEX identity_count_changes_realm ON identity_count_changes (realm_id);

CREATE FUNCTION keybound_identity_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO identity_count_changes (realm_id, status, enrollment_status, n)
            VALUES (OLD.realm_id, OLD.status, OLD.enrollment_status, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO identity_count_changes (realm_id, status, enrollment_status, n)
            VALUES (NEW.realm_id, NEW.status, NEW.enrollment_status, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER identities_counts AFTER INSERT OR DELETE ON identities
    FOR EACH ROW EXECUTE FUNCTION keybound_identity_counts();
CREATE TRIGGER identities_counts_update AFTER UPDATE OF status, enrollment_status ON identities
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.enrollment_status IS DISTINCT FROM NEW.enrollment_status)
    EXECUTE FUNCTION keybound_identity_counts();
