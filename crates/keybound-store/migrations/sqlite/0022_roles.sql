-- Console roles: an identity may hold one (helpdesk, user_manager, app_manager, auditor, admin),
-- limited to the members of some groups (ids, space-separated; empty: the whole realm). The
-- administrator flag becomes the admin role.
ALTER TABLE identities ADD COLUMN role TEXT;
ALTER TABLE identities ADD COLUMN role_group_ids TEXT NOT NULL DEFAULT '';
UPDATE identities SET role = 'admin' WHERE admin = 1;
ALTER TABLE identities DROP COLUMN admin;
UPDATE audit_events SET action = 'role.granted' WHERE action = 'admin.granted';
UPDATE audit_events SET action = 'role.revoked' WHERE action = 'admin.revoked';
