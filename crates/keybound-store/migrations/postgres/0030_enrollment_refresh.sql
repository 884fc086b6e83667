-- The enrolment status refresh, run by the triggers on every change to a credential, as PL/pgSQL:
-- PostgreSQL plans a non-inlined SQL function's statement again on every call, and keeps a
-- PL/pgSQL function's plan for the session. It also writes the identity only when its
-- enrolment status changes, so a second passkey or a revoked spare leaves the row alone.
CREATE OR REPLACE FUNCTION keybound_refresh_enrollment(identity TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE identities SET enrollment_status = refreshed.status
    FROM (SELECT CASE
            WHEN EXISTS (SELECT 1 FROM credentials c WHERE c.identity_id = i.id AND c.state = 'ACTIVE') THEN 'ENROLLED'
            WHEN i.invite_failed THEN 'INVITE_FAILED' ELSE 'PENDING' END AS status
          FROM identities i WHERE i.id = identity) AS refreshed
    WHERE identities.id = identity AND identities.enrollment_status IS DISTINCT FROM refreshed.status;
END $$;
