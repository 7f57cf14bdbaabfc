-- Issue 12 item 14: terminals keep the ASN roster and monthly totals keyed by an HMAC of the NIP
-- with this province's key, never by the NIP itself (sync/server/streams/asn-key.ts). The key is
-- made once, here, and handed to each terminal at enrolment; 244 random bits from two random UUIDs
-- (gen_random_uuid draws from the operating system's strong random source), as in migration 004.
ALTER TABLE server_identity
  ADD COLUMN asn_key text NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
