-- The admin console: administrators are identities with this flag; admin links are login codes
-- with their own purpose; binding jobs remember the security key the admin chose.
ALTER TABLE identities ADD COLUMN admin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE login_codes ADD COLUMN purpose TEXT NOT NULL DEFAULT 'signin';
ALTER TABLE credential_binding_jobs ADD COLUMN device_type TEXT NOT NULL DEFAULT 'any';
ALTER TABLE credential_binding_jobs ADD COLUMN device_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE credential_binding_jobs ADD COLUMN key_name TEXT;
