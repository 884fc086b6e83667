-- One name for each kind of change, whichever way it came in: earlier names are renamed so
-- that filters on the new names find the old events too.
UPDATE audit_events SET action = 'session.started' WHERE action = 'signin';
UPDATE audit_events SET action = 'session.ended' WHERE action IN ('signout', 'session.revoked');
UPDATE audit_events SET action = 'credential.flagged' WHERE action = 'passkey.flagged';
UPDATE audit_events SET action = 'credential.bound' WHERE action IN ('passkey.added', 'security_key.activated');
UPDATE audit_events SET action = 'credential.renamed' WHERE action = 'passkey.renamed';
UPDATE audit_events SET action = 'credential.revoked' WHERE action = 'passkey.removed';
UPDATE audit_events SET action = 'login_code.redeemed' WHERE action = 'login_code.used';
UPDATE audit_events SET action = 'identity.signed_up' WHERE action = 'signup';
UPDATE audit_events SET action = 'admin.granted' WHERE action = 'identity.admin_granted';
UPDATE audit_events SET action = 'admin.revoked' WHERE action = 'identity.admin_removed';
UPDATE audit_events SET action = 'api_token.revoked' WHERE action = 'api_token.deleted';
UPDATE audit_events SET action = 'group.member_added' WHERE action = 'group.add_members';
UPDATE audit_events SET action = 'group.member_removed' WHERE action = 'group.delete_members';
UPDATE audit_events SET action = 'ldap_config.updated' WHERE action IN ('ldap.config_updated', 'ldap-config.updated');
UPDATE audit_events SET action = 'application.signed_in' WHERE action = 'application.signin';
UPDATE audit_events SET action = 'email_template.updated' WHERE action = 'email_template.saved';
