-- The resource (RFC 8707) a device asked for in its device authorization request, if any: its
-- access tokens are then JWTs for that resource.
ALTER TABLE oidc_device_authorizations ADD COLUMN resource TEXT;
