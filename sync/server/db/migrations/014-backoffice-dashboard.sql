-- Issue 17: Beranda's panels, read fresh on every request (docs/BACKOFFICE.md), from rollups kept
-- at ingest beside terminal_month_sales (ingest/month-sales.ts) instead of the month's sales rows.
-- Like it, each row is one terminal's, written only by that terminal's pushes, which already run
-- one after the other.

-- Each terminal's sales per WITA day, and the part of them bought by ASN: the daily chart, the
-- sparkline per outlet and each outlet's ASN share.
CREATE TABLE terminal_day_sales (
  business_date date NOT NULL,
  terminal_id text NOT NULL REFERENCES terminals (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  sale_count integer NOT NULL,
  total bigint NOT NULL,
  asn_total bigint NOT NULL,
  PRIMARY KEY (business_date, terminal_id)
);
INSERT INTO terminal_day_sales (business_date, terminal_id, outlet_id, sale_count, total, asn_total)
  SELECT business_date, terminal_id, min(outlet_id), count(*), sum(total), coalesce(sum(total) FILTER (WHERE asn_nip IS NOT NULL), 0)
  FROM sales GROUP BY business_date, terminal_id;

-- Each terminal's sales per WITA month and product: top products and UMKM producers.
CREATE TABLE terminal_product_month_sales (
  month text NOT NULL,
  terminal_id text NOT NULL REFERENCES terminals (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  product_id text NOT NULL,
  quantity bigint NOT NULL,
  total bigint NOT NULL,
  PRIMARY KEY (month, terminal_id, product_id)
);
INSERT INTO terminal_product_month_sales (month, terminal_id, outlet_id, product_id, quantity, total)
  SELECT s.wita_month, s.terminal_id, min(s.outlet_id), l.product_id, sum(l.quantity), sum(l.total)
  FROM sales s JOIN sale_lines l ON l.sale_id = s.id
  GROUP BY s.wita_month, s.terminal_id, l.product_id;

-- The drill-down from an OPD's compliance to its ASN, in name order, without reading the roster.
CREATE INDEX asn_roster_opd ON asn_roster (opd, name);

-- Stock expiring soon: the open batches by expiry date, not every batch of every outlet.
CREATE INDEX stock_batches_expiry ON stock_batches (expiry) WHERE remaining > 0 AND expiry IS NOT NULL;
