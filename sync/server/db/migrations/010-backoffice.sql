-- Issue 17: the province's web back office — named accounts, their sessions, sign-in attempts, the
-- audit of every change made there, and the province's monthly sales target.

-- A person who signs in to the back office. role provinsi sees and changes everything, bkd reads the
-- ASN figures, outlet sees and manages one outlet (outlet_id, required for that role only).
-- password_hash is scrypt's (sync/server/backoffice/passwords.ts), never the password.
CREATE TABLE backoffice_users (
  name text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('provinsi', 'bkd', 'outlet')),
  outlet_id text REFERENCES outlets (id),
  password_hash text NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'outlet') = (outlet_id IS NOT NULL))
);

-- A signed-in browser. The cookie holds the token; only its SHA-256 is stored, so a copy of the
-- table signs no one in. csrf_token goes back in the X-CSRF-Token header of every change.
CREATE TABLE backoffice_sessions (
  token_hash text PRIMARY KEY,
  user_name text NOT NULL REFERENCES backoffice_users (name),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX backoffice_sessions_user ON backoffice_sessions (user_name);

-- Every sign-in attempt, for the lockout (failures of one name in a window) and for inspection.
CREATE TABLE backoffice_login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_name text NOT NULL,
  client_address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  succeeded boolean NOT NULL
);
CREATE INDEX backoffice_login_attempts_user ON backoffice_login_attempts (user_name, at);

-- Who changed what in the back office (or with `npm run admin -- user …`), with the values before
-- and after.
CREATE TABLE backoffice_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_name text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX backoffice_audit_at ON backoffice_audit (at);

-- The province's monthly sales target in Rupiah (one row; the program aims at Rp 150–200 miliar).
CREATE TABLE sales_target (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  monthly_amount bigint NOT NULL CHECK (monthly_amount > 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Beranda's refunds per outlet in a month.
CREATE INDEX refunds_day ON refunds (business_date, outlet_id);
