-- Issue 16: supply terms, payouts to UMKM and what the settlement reads.

-- The terms a product is supplied on, from a day on: bought outright (beli putus) at a unit cost,
-- or consigned (konsinyasi) at a supplier price per unit or for a commission on the selling price
-- (basis points, 0–10000). Rows are never changed: new terms are a new row with a later valid_from,
-- and the settlement takes for each movement the row in force on its business date (a refund: the
-- sold line's date). One supplier per product at a time: the row in force names it.
CREATE TABLE supply_terms (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  supplier_id bigint NOT NULL REFERENCES suppliers (id),
  product_id text NOT NULL REFERENCES products (id),
  valid_from date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('beli-putus', 'konsinyasi')),
  unit_cost bigint CHECK (unit_cost >= 0),
  supplier_price bigint CHECK (supplier_price >= 0),
  commission_bp integer CHECK (commission_bp BETWEEN 0 AND 10000),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'beli-putus') = (unit_cost IS NOT NULL)),
  CHECK ((kind = 'konsinyasi') = ((supplier_price IS NULL) <> (commission_bp IS NULL))),
  UNIQUE (product_id, valid_from)
);
CREATE INDEX supply_terms_supplier ON supply_terms (supplier_id);

-- What the province paid a supplier, by transfer. A payout is never changed or removed: a mistake
-- is corrected by a new entry with a negative amount.
CREATE TABLE supplier_payouts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  supplier_id bigint NOT NULL REFERENCES suppliers (id),
  paid_on date NOT NULL,
  amount bigint NOT NULL CHECK (amount <> 0),
  reference text NOT NULL CHECK (reference <> ''),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supplier_payouts_supplier ON supplier_payouts (supplier_id, paid_on);

CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed: add a new row instead', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER supply_terms_append_only BEFORE UPDATE OR DELETE ON supply_terms
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER supplier_payouts_append_only BEFORE UPDATE OR DELETE ON supplier_payouts
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();

-- A received line's unit cost: outright purchases are owed at it, and margins fall back on it. Null
-- for receivings stored before this migration (their cost is only in the compressed event).
ALTER TABLE stock_batches ADD COLUMN unit_cost bigint CHECK (unit_cost >= 0);
CREATE INDEX stock_documents_received_day ON stock_documents (business_date) WHERE kind = 'received';

-- A settlement reads one outlet's sales of a period.
CREATE INDEX sales_outlet_day ON sales (outlet_id, business_date);
