-- Issue 12 (hardening): a server secret for keyed enrolment-code hashes, the price history that
-- says which price was in force when a sale was rung up, and audit entries flagged for staff the
-- outlet does not have.

-- The key of the enrolment codes' HMAC (sync/server/terminals/secrets.ts): 244 random bits from
-- two random UUIDs (gen_random_uuid draws from the operating system's strong random source).
ALTER TABLE server_identity
  ADD COLUMN enrolment_key text NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

-- Codes made before this migration are unsalted SHA-256: marked so, they keep working until they
-- expire, and every new code is stored as an HMAC.
UPDATE enrolment_codes SET code_hash = 'sha256:' || code_hash;

-- Every price a product had, province-wide (outlet_id '') or an outlet's own (price NULL: the
-- outlet's own price was taken away from then on), and since when. Kept by triggers, so every
-- way of changing a price (the catalog import, SQL by hand) is recorded.
CREATE TABLE product_prices (
  product_id text NOT NULL REFERENCES products (id),
  outlet_id text NOT NULL,
  price bigint,
  valid_from timestamptz NOT NULL,
  PRIMARY KEY (product_id, outlet_id, valid_from)
);

INSERT INTO product_prices (product_id, outlet_id, price, valid_from)
  SELECT id, '', price, '-infinity' FROM products;
INSERT INTO product_prices (product_id, outlet_id, price, valid_from)
  SELECT product_id, outlet_id, price, '-infinity' FROM outlet_products;

CREATE FUNCTION record_product_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'products' THEN
    INSERT INTO product_prices VALUES (NEW.id, '', NEW.price, now())
      ON CONFLICT (product_id, outlet_id, valid_from) DO UPDATE SET price = excluded.price;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO product_prices VALUES (OLD.product_id, OLD.outlet_id, NULL, now())
      ON CONFLICT (product_id, outlet_id, valid_from) DO UPDATE SET price = NULL;
  ELSE
    INSERT INTO product_prices VALUES (NEW.product_id, NEW.outlet_id, NEW.price, now())
      ON CONFLICT (product_id, outlet_id, valid_from) DO UPDATE SET price = excluded.price;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER products_price_history AFTER INSERT OR UPDATE OF price ON products
  FOR EACH ROW EXECUTE FUNCTION record_product_price();
CREATE TRIGGER outlet_products_price_history AFTER INSERT OR UPDATE OF price OR DELETE ON outlet_products
  FOR EACH ROW EXECUTE FUNCTION record_product_price();

-- Audit entries are records of what happened and count nowhere, so they are stored whatever they
-- name; an entry naming staff the outlet does not have (or a non-manager approving) is flagged.
ALTER TABLE audit_log ADD COLUMN flags text[];

-- A late sale, refund or cash movement of a closed shift re-checks that shift's close (its Z
-- report against the documents): found by the shift's id, sound or quarantined.
CREATE INDEX events_shift_closed ON events ((payload -> 'shift' ->> 'id')) WHERE type = 'shift.closed';

-- A refund's reason (or an approval in the audit log) may quote receipt numbers: finding whose
-- sale each one is, across outlets.
CREATE INDEX sales_receipt_no ON sales (receipt_no);
