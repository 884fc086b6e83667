-- SCIM: what a SCIM client sets that has no column of its own (the enterprise extension, all of a
-- person's emails, which attributes it assigned), as a JSON document; and groups' external ids.
ALTER TABLE identities ADD COLUMN scim TEXT;
ALTER TABLE groups ADD COLUMN external_id TEXT;
CREATE INDEX identities_external_id ON identities (realm_id, external_id);
CREATE INDEX groups_external_id ON groups (realm_id, external_id);
