-- The enrolment status refresh, run by the triggers on every change to a credential, as PL/pgSQL:
-- PostgreSQL plans a non-inlined SQL function's statement again on every call, and keeps a
-- PL/pgSQL function's plan for the session. It also writes the identity only when its
-- enrolment status changes, so a second passkey or a revoked spare leaves the row alone. Each
-- statement finds its rows by the identity's id alone, so that the plan kept is as good when
-- it was made over a nearly empty table (an UPDATE joined to its own SELECT was not).
CREATE OR REPLACE FUNCTION keybound_refresh_enrollment(identity TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    refreshed TEXT;
BEGIN
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = identity AND c.state = 'ACTIVE') THEN 'ENROLLED'
        WHEN i.invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END
    INTO refreshed FROM identities i WHERE i.id = identity;
    UPDATE identities SET enrollment_status = refreshed
    WHERE id = identity AND enrollment_status IS DISTINCT FROM refreshed;
END $$;
