-- The province's record: outlets, terminals and their enrolment, staff, catalog, ASN roster, the
-- raw events terminals push and the sales derived from them, and the change log of pull streams.
-- Shipped migrations are never edited; changes go in a new numbered file.

-- Identifies this database in pull cursors, so a cursor from another (or a reset) database is
-- refused instead of silently skipping everything below its position.
CREATE TABLE server_identity (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO server_identity DEFAULT VALUES;

-- One NTT Mart in each kabupaten/kota of Nusa Tenggara Timur.
CREATE TABLE outlets (
  id text PRIMARY KEY,
  name text NOT NULL,
  kabupaten text NOT NULL,
  city text NOT NULL,
  -- Numbers the outlet's terminals (manggarai-barat-t01, -t02, ...).
  terminal_count integer NOT NULL DEFAULT 0
);
INSERT INTO outlets (id, name, kabupaten, city) VALUES
  ('kota-kupang', 'NTT Mart Kota Kupang', 'Kota Kupang', 'Kupang'),
  ('kupang', 'NTT Mart Kupang', 'Kabupaten Kupang', 'Oelamasi'),
  ('timor-tengah-selatan', 'NTT Mart Timor Tengah Selatan', 'Kabupaten Timor Tengah Selatan', 'Soe'),
  ('timor-tengah-utara', 'NTT Mart Timor Tengah Utara', 'Kabupaten Timor Tengah Utara', 'Kefamenanu'),
  ('belu', 'NTT Mart Belu', 'Kabupaten Belu', 'Atambua'),
  ('malaka', 'NTT Mart Malaka', 'Kabupaten Malaka', 'Betun'),
  ('alor', 'NTT Mart Alor', 'Kabupaten Alor', 'Kalabahi'),
  ('lembata', 'NTT Mart Lembata', 'Kabupaten Lembata', 'Lewoleba'),
  ('flores-timur', 'NTT Mart Flores Timur', 'Kabupaten Flores Timur', 'Larantuka'),
  ('sikka', 'NTT Mart Sikka', 'Kabupaten Sikka', 'Maumere'),
  ('ende', 'NTT Mart Ende', 'Kabupaten Ende', 'Ende'),
  ('nagekeo', 'NTT Mart Nagekeo', 'Kabupaten Nagekeo', 'Mbay'),
  ('ngada', 'NTT Mart Ngada', 'Kabupaten Ngada', 'Bajawa'),
  ('manggarai-timur', 'NTT Mart Manggarai Timur', 'Kabupaten Manggarai Timur', 'Borong'),
  ('manggarai', 'NTT Mart Manggarai', 'Kabupaten Manggarai', 'Ruteng'),
  ('manggarai-barat', 'NTT Mart Manggarai Barat', 'Kabupaten Manggarai Barat', 'Labuan Bajo'),
  ('sumba-timur', 'NTT Mart Sumba Timur', 'Kabupaten Sumba Timur', 'Waingapu'),
  ('sumba-tengah', 'NTT Mart Sumba Tengah', 'Kabupaten Sumba Tengah', 'Waibakul'),
  ('sumba-barat', 'NTT Mart Sumba Barat', 'Kabupaten Sumba Barat', 'Waikabubak'),
  ('sumba-barat-daya', 'NTT Mart Sumba Barat Daya', 'Kabupaten Sumba Barat Daya', 'Tambolaka'),
  ('sabu-raijua', 'NTT Mart Sabu Raijua', 'Kabupaten Sabu Raijua', 'Seba'),
  ('rote-ndao', 'NTT Mart Rote Ndao', 'Kabupaten Rote Ndao', 'Ba''a');

-- Bearer tokens and enrolment codes are stored as SHA-256 hashes, never in clear.
CREATE TABLE terminals (
  id text PRIMARY KEY,
  outlet_id text NOT NULL REFERENCES outlets (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz,
  -- Every event of this terminal with seq 1..high_water_seq is stored.
  high_water_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  outlet_id text NOT NULL REFERENCES outlets (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  terminal_id text REFERENCES terminals (id)
);

CREATE TABLE staff (
  id text PRIMARY KEY,
  outlet_id text NOT NULL REFERENCES outlets (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('kasir', 'manager')),
  pin_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- UMKM (usaha mikro, kecil dan menengah): the small producers whose goods NTT Mart sells.
CREATE TABLE suppliers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE
);

CREATE TABLE products (
  id text PRIMARY KEY,
  -- How a re-import finds the product again: 'barcode:GTIN', 'plu:1234' or 'name:NAME|SUPPLIER'.
  natural_key text NOT NULL UNIQUE,
  barcode text,
  plu text,
  name text NOT NULL,
  price bigint NOT NULL CHECK (price >= 0),
  sold_by text NOT NULL CHECK (sold_by IN ('unit', 'weight')),
  supplier_id bigint REFERENCES suppliers (id),
  category text NOT NULL,
  unit text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX products_plu ON products (plu) WHERE plu IS NOT NULL;

-- An outlet's own price for a product, where it differs from the province's.
CREATE TABLE outlet_products (
  outlet_id text NOT NULL REFERENCES outlets (id),
  product_id text NOT NULL REFERENCES products (id),
  price bigint NOT NULL CHECK (price >= 0),
  PRIMARY KEY (outlet_id, product_id)
);

-- ASN (aparatur sipil negara): civil servants, identified by NIP; OPD is their agency.
CREATE TABLE asn_roster (
  nip text PRIMARY KEY,
  name text NOT NULL,
  opd text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('PNS', 'PPPK')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every event a terminal pushed, as it arrived: immutable. Quarantined events (reasons set) failed
-- a business rule and have no derived rows.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  terminal_id text NOT NULL REFERENCES terminals (id),
  seq bigint NOT NULL,
  type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  content_hash text NOT NULL,
  quarantine_reasons text[],
  UNIQUE (terminal_id, seq)
);
CREATE INDEX events_quarantined ON events (received_at) WHERE quarantine_reasons IS NOT NULL;

-- Events refused in a push (conflicting id or seq, another terminal's or outlet's), kept for inspection.
CREATE TABLE rejected_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  terminal_id text NOT NULL REFERENCES terminals (id),
  event_id uuid NOT NULL,
  seq bigint NOT NULL,
  reason text NOT NULL,
  body jsonb NOT NULL,
  received_at timestamptz NOT NULL
);

CREATE TABLE sales (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  receipt_no text NOT NULL,
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  shift_id text,
  cashier_id text,
  cashier_name text,
  -- The terminal's clock, and the server's when the sale arrived.
  completed_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  business_date date NOT NULL,
  -- 'YYYY-MM' of completed_at in WITA: the month the sale counts for.
  wita_month text NOT NULL,
  subtotal bigint NOT NULL,
  discount bigint NOT NULL,
  total bigint NOT NULL,
  change bigint NOT NULL,
  asn_nip text,
  asn_verified boolean,
  UNIQUE (terminal_id, receipt_no)
);
CREATE INDEX sales_month ON sales (wita_month, outlet_id);

CREATE TABLE sale_lines (
  sale_id uuid NOT NULL REFERENCES sales (id),
  line_no integer NOT NULL,
  product_id text NOT NULL,
  barcode text,
  name text NOT NULL,
  supplier text NOT NULL,
  category text NOT NULL,
  unit text NOT NULL,
  quantity integer NOT NULL,
  weight_grams integer,
  unit_price bigint NOT NULL,
  discount bigint NOT NULL,
  total bigint NOT NULL,
  PRIMARY KEY (sale_id, line_no)
);

CREATE TABLE payments (
  sale_id uuid NOT NULL REFERENCES sales (id),
  payment_no integer NOT NULL,
  method text NOT NULL,
  amount bigint NOT NULL,
  tendered bigint NOT NULL,
  reference text,
  PRIMARY KEY (sale_id, payment_no)
);

-- What each ASN spent per WITA month across all outlets (the Rp 100.000 obligation).
CREATE TABLE asn_monthly_totals (
  nip text NOT NULL,
  month text NOT NULL,
  total bigint NOT NULL,
  sale_count integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (nip, month)
);

-- Province-wide settings (outlet_id '') and per-outlet overrides, served by the settings stream.
CREATE TABLE settings (
  outlet_id text NOT NULL DEFAULT '',
  key text NOT NULL,
  value jsonb NOT NULL,
  PRIMARY KEY (outlet_id, key)
);
INSERT INTO settings (key, value) VALUES ('asn.monthlyMinimum', '100000');
INSERT INTO settings (outlet_id, key, value)
  SELECT id, 'outlet', jsonb_build_object('id', id, 'name', name, 'kabupaten', kabupaten, 'city', city) FROM outlets;

-- The pull streams' change log (see sync/server/streams/change-log.ts): the latest position of
-- every changed item, assigned in commit order under the stream's head row lock.
CREATE TABLE stream_heads (
  stream text PRIMARY KEY,
  position bigint NOT NULL DEFAULT 0
);
INSERT INTO stream_heads (stream) VALUES ('products'), ('staff'), ('asn-roster'), ('asn-totals'), ('settings');

CREATE TABLE stream_changes (
  stream text NOT NULL,
  -- '' for an item every outlet sees, else the one outlet that sees this change.
  outlet_id text NOT NULL,
  item_key text NOT NULL,
  position bigint NOT NULL,
  PRIMARY KEY (stream, outlet_id, item_key)
);
CREATE INDEX stream_changes_order ON stream_changes (stream, position);

INSERT INTO stream_changes (stream, outlet_id, item_key, position)
  SELECT 'settings', outlet_id, key, row_number() OVER (ORDER BY outlet_id, key) FROM settings;
UPDATE stream_heads SET position = (SELECT count(*) FROM settings) WHERE stream = 'settings';
