-- Issue 17: in-store article codes minted offline by tills never clash. The province issues prefix 20
-- (in_store_article_serial, now capped below 21); a till mints prefix 21 from its own block,
-- 21 OOO TT SSSSS C (domain/catalog/barcode.ts, TillCodeBlock): OOO its outlet's code_block, served
-- to the outlet's terminals as the setting `outlet.codeBlock`, TT the till's number in its id.
-- A receiving proposing a new product whose code is outside the till's block, or another product's,
-- is quarantined (ingest/stock-received.ts).
ALTER SEQUENCE in_store_article_serial MAXVALUE 9999999999;

ALTER TABLE outlets ADD COLUMN code_block smallint UNIQUE CHECK (code_block BETWEEN 1 AND 999);
UPDATE outlets o SET code_block = n.n FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM outlets) n
WHERE n.id = o.id;
ALTER TABLE outlets ALTER COLUMN code_block SET NOT NULL;

INSERT INTO settings (outlet_id, key, value) SELECT id, 'outlet.codeBlock', to_jsonb(code_block) FROM outlets;
INSERT INTO stream_changes (stream, outlet_id, item_key, position)
  SELECT 'settings', id, 'outlet.codeBlock', nextval('stream_position_settings') FROM outlets;

-- Who holds a code, for the clash check of proposed products.
CREATE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX proposed_products_barcode ON proposed_products (barcode) WHERE barcode IS NOT NULL;

-- Beranda's ASN compliance per OPD as a rollup instead of joining the whole roster with the month's
-- totals on every read (reports/dashboard-panels.ts). For a month, `minimum` is the ASN minimum the
-- counts are against (NULL or another minimum: rebuilt on the next read, from asn_monthly_totals);
-- each push then adds what its spending moved (ingest/asn-monthly-totals.ts) to its own terminal's
-- rows (`writer`), so two terminals' pushes never wait on one row. A roster import sets the month's
-- minimum to NULL. The build's rows (writer '') also hold each OPD's roster count (`asn`), so a read
-- sums at most OPDs × terminals rows whatever the roster and the sales; "none" is asn less met and below.
CREATE TABLE opd_compliance_months (
  month text PRIMARY KEY,
  minimum bigint
);
CREATE TABLE opd_month_compliance (
  month text NOT NULL,
  opd text NOT NULL,
  -- The terminal whose pushes moved these counts; '' for the build and the back office's releases.
  writer text NOT NULL,
  asn integer NOT NULL DEFAULT 0,
  met integer NOT NULL,
  below integer NOT NULL,
  PRIMARY KEY (month, opd, writer)
);
