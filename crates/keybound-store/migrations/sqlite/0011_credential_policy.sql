-- The security key a credential was bound as (device type and per-key policy), and the
-- attestation requirement of authenticator configs for hardware keys.
ALTER TABLE credentials ADD COLUMN device_type TEXT NOT NULL DEFAULT 'any';
ALTER TABLE credentials ADD COLUMN device_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE authenticator_configs ADD COLUMN require_attestation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authenticator_configs ADD COLUMN aaguid_allow_list TEXT NOT NULL DEFAULT '';
