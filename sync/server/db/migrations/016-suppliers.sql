-- Issue 16: the UMKM register. A supplier was a name only; now it has its owner, kabupaten,
-- phone, NIB (unique when given), bank account for payouts, whether it makes food, and its
-- permits. Names stay unique: the catalog import still finds a supplier by name (or by NIB).
ALTER TABLE suppliers
  ADD COLUMN owner text NOT NULL DEFAULT '',
  ADD COLUMN kabupaten text NOT NULL DEFAULT '',
  ADD COLUMN phone text NOT NULL DEFAULT '',
  ADD COLUMN nib text UNIQUE CHECK (nib ~ '^[0-9]{13}$'),
  ADD COLUMN bank_name text,
  ADD COLUMN bank_account text CHECK (bank_account ~ '^[0-9]{6,20}$'),
  ADD COLUMN bank_holder text,
  ADD COLUMN food boolean NOT NULL DEFAULT false,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT suppliers_bank_whole CHECK (
    (bank_name IS NULL) = (bank_account IS NULL) AND (bank_account IS NULL) = (bank_holder IS NULL));

-- A permit is kept once per number; a renewed permit is a new row, so the history stays.
CREATE TABLE supplier_permits (
  supplier_id bigint NOT NULL REFERENCES suppliers (id),
  kind text NOT NULL CHECK (kind IN ('pirt', 'bpom-md', 'halal')),
  number text NOT NULL,
  -- The last day it is valid; null: no end date (a halal certificate).
  valid_until date,
  PRIMARY KEY (supplier_id, kind, number)
);
