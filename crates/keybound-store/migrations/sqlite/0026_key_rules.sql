-- What an authenticator config lets be bound beyond the job's device type: the attestation
-- conveyance it asks for, authenticator models it refuses, and whether synced passkeys may be.
ALTER TABLE authenticator_configs ADD COLUMN attestation_conveyance TEXT NOT NULL DEFAULT 'none';
ALTER TABLE authenticator_configs ADD COLUMN aaguid_deny_list TEXT NOT NULL DEFAULT '';
ALTER TABLE authenticator_configs ADD COLUMN synced_passkeys_allowed INTEGER NOT NULL DEFAULT 1;
