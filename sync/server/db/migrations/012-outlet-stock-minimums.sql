-- Issue 15: an outlet's own minimum stock for a product, over the province default
-- (products.minimum_stock). The products stream sends each terminal its outlet's effective minimum.
CREATE TABLE outlet_stock_minimums (
  outlet_id text NOT NULL REFERENCES outlets (id),
  product_id text NOT NULL REFERENCES products (id),
  minimum integer NOT NULL CHECK (minimum >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (outlet_id, product_id)
);
