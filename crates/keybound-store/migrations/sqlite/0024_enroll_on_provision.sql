-- "Send enrolment when provisioned": people made by SCIM, CSV import or LDAP sync who have an
-- email address get one enrolment email, with this authenticator config (and email template).
ALTER TABLE realm_settings ADD COLUMN enroll_config_id TEXT;
ALTER TABLE realm_settings ADD COLUMN enroll_template_id TEXT;
