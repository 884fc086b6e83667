-- DPoP proofs seen (RFC 9449): each proof's jti works once, at whichever replica it reaches.
CREATE TABLE oidc_dpop_proofs (
    proof_hash TEXT PRIMARY KEY,
    expire_time BIGINT NOT NULL
);
CREATE INDEX oidc_dpop_proofs_expiry ON oidc_dpop_proofs (expire_time);
