-- Issue 16: purchase orders (pesanan) to UMKM, within a monthly purchase budget per outlet.

-- The province's budget for an outlet's outright purchases (beli putus) in a WITA month. A purchase
-- order is refused when its outright lines would take the month's orders beyond it.
CREATE TABLE purchase_budgets (
  outlet_id text NOT NULL REFERENCES outlets (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  amount bigint NOT NULL CHECK (amount >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (outlet_id, month)
);

-- An order to a supplier for one outlet. Its number (PO-000042) is what the supplier and the outlet
-- quote; status follows the receivings made against it (domain/supplier/purchase-order.ts).
CREATE TABLE purchase_orders (
  id uuid PRIMARY KEY,
  serial bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  outlet_id text NOT NULL REFERENCES outlets (id),
  supplier_id bigint NOT NULL REFERENCES suppliers (id),
  business_date date NOT NULL,
  raised_by text NOT NULL CHECK (raised_by <> ''),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partial', 'received')),
  total bigint NOT NULL CHECK (total >= 0),
  -- The outright purchases among the lines: what the order takes from the month's budget.
  outright bigint NOT NULL CHECK (outright >= 0 AND outright <= total),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX purchase_orders_outlet_day ON purchase_orders (outlet_id, business_date);

-- Ordered and received per line; quantities are whole units, or grams for weighed goods. More may
-- arrive than was ordered (kept, and flagged where the order is shown).
CREATE TABLE purchase_order_lines (
  order_id uuid NOT NULL REFERENCES purchase_orders (id),
  line_no integer NOT NULL CHECK (line_no > 0),
  product_id text NOT NULL REFERENCES products (id),
  name text NOT NULL,
  unit text NOT NULL,
  sold_by text NOT NULL CHECK (sold_by IN ('unit', 'weight')),
  kind text NOT NULL CHECK (kind IN ('beli-putus', 'konsinyasi')),
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit_cost bigint NOT NULL CHECK (unit_cost >= 0),
  received bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
  PRIMARY KEY (order_id, line_no),
  UNIQUE (order_id, product_id)
);

-- The receiving made against an order (null: none).
ALTER TABLE stock_documents ADD COLUMN purchase_order_id uuid REFERENCES purchase_orders (id);

-- The purchase-orders pull stream: an outlet's orders not yet fully received (sync/PROTOCOL.md, "Pull").
CREATE SEQUENCE stream_position_purchase_orders;
