-- What a username looks like (its Unicode TS #39 confusable skeleton): no two usernames of a
-- realm may look alike. Written with every username; existing rows are filled in by the
-- server at start (the skeleton is computed in Rust), and until then are NULL, which the
-- index lets be.
ALTER TABLE identities ADD COLUMN username_skeleton TEXT;
CREATE UNIQUE INDEX identities_username_skeleton ON identities (realm_id, username_skeleton);
