-- Issue 17: indexes for Beranda's panels, read fresh on every request (docs/BACKOFFICE.md).

-- The drill-down from an OPD's compliance to its ASN, in name order, without reading the roster.
CREATE INDEX asn_roster_opd ON asn_roster (opd, name);

-- Stock expiring soon: the open batches by expiry date, not every batch of every outlet.
CREATE INDEX stock_batches_expiry ON stock_batches (expiry) WHERE remaining > 0 AND expiry IS NOT NULL;

-- The sparkline per outlet: the last 30 days' sales by outlet and day.
CREATE INDEX sales_outlet_day ON sales (business_date, outlet_id) INCLUDE (total);
