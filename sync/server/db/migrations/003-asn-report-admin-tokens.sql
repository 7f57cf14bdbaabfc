-- Issue 7: the ASN compliance report and the provincial staff who read it over HTTP.

-- Bearer tokens for the admin HTTP endpoints (`npm run admin -- admin-token create NAME`), stored
-- as SHA-256 hashes like terminal tokens; one per person or system, by name, revocable.
CREATE TABLE admin_tokens (
  name text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- An ASN's sales in a month: where a NIP missing from the roster was used, for the report.
CREATE INDEX sales_asn ON sales (asn_nip, wita_month) WHERE asn_nip IS NOT NULL;
