-- Issue 15: stock per outlet (kartu stok). Quantities are whole units, or grams for weighed products.

-- Food that expires is received with an expiry date; the province's minimum stock per product.
ALTER TABLE products ADD COLUMN perishable boolean NOT NULL DEFAULT false;
ALTER TABLE products ADD COLUMN minimum_stock integer CHECK (minimum_stock >= 0);

-- The stock documents of an outlet (receiving, write-off, stock-take, a transfer's receiving half),
-- one row per document id: the second event naming an id is quarantined.
CREATE TABLE stock_documents (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  kind text NOT NULL CHECK (kind IN ('received', 'written-off', 'counted', 'transfer-received')),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  business_date date NOT NULL,
  -- Who received, approved the write-off or the count, or received the transfer.
  staff_id text NOT NULL,
  staff_name text NOT NULL,
  -- Receiving: the UMKM, its delivery note and the cost; write-off: the reason; stock-take: the category.
  supplier text,
  delivery_note text,
  total bigint,
  write_off_reason text CHECK (write_off_reason IN ('rusak', 'kedaluwarsa', 'hilang')),
  category text
);

-- Products an outlet received before the province's catalog had them, awaiting the province;
-- stock of them is kept under the terminal-made id.
CREATE TABLE proposed_products (
  id text PRIMARY KEY,
  outlet_id text NOT NULL REFERENCES outlets (id),
  document_id uuid NOT NULL REFERENCES stock_documents (id),
  barcode text,
  name text NOT NULL,
  proposed_price bigint NOT NULL CHECK (proposed_price >= 0),
  sold_by text NOT NULL CHECK (sold_by IN ('unit', 'weight')),
  category text NOT NULL,
  unit text NOT NULL
);

-- Every change of quantity, immutable: signed (negative when goods leave). Stock on hand is their sum.
CREATE TABLE stock_movements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  -- Not a foreign key: a product received before the province has it keeps its terminal-made id.
  product_id text NOT NULL,
  reason text NOT NULL CHECK (reason IN
    ('received', 'sold', 'refunded', 'refund-damaged', 'written-off', 'counted', 'transfer-out', 'transfer-in')),
  -- The sale, refund, receiving, write-off, stock-take or transfer, and its line.
  document_id uuid NOT NULL,
  line_no integer NOT NULL,
  quantity bigint NOT NULL,
  business_date date NOT NULL
);
CREATE INDEX stock_movements_outlet_date ON stock_movements (outlet_id, business_date, product_id);

-- The sum of each outlet's movements per product, kept at ingest: reports read it, never the ledger.
CREATE TABLE stock_levels (
  outlet_id text NOT NULL REFERENCES outlets (id),
  product_id text NOT NULL,
  on_hand bigint NOT NULL,
  PRIMARY KEY (outlet_id, product_id)
);

-- What is left of each received line: goods leave the earliest expiry first (FEFO, domain/stock/fefo.ts).
CREATE TABLE stock_batches (
  document_id uuid NOT NULL,
  line_no integer NOT NULL,
  outlet_id text NOT NULL REFERENCES outlets (id),
  product_id text NOT NULL,
  expiry date,
  received bigint NOT NULL CHECK (received > 0),
  remaining bigint NOT NULL CHECK (remaining >= 0),
  PRIMARY KEY (document_id, line_no)
);
CREATE INDEX stock_batches_open ON stock_batches (outlet_id, product_id) WHERE remaining > 0;

-- A transfer (mutasi) between outlets: each half arrives from its own outlet's terminal, in either order.
CREATE TABLE stock_transfers (
  id uuid PRIMARY KEY,
  from_outlet_id text NOT NULL REFERENCES outlets (id),
  to_outlet_id text NOT NULL REFERENCES outlets (id) CHECK (to_outlet_id <> from_outlet_id),
  sent_event_id uuid UNIQUE REFERENCES events (id),
  sent_at timestamptz,
  sent_date date,
  sent_by_name text,
  received_event_id uuid UNIQUE REFERENCES events (id),
  received_at timestamptz,
  received_date date
);
CREATE INDEX stock_transfers_to ON stock_transfers (to_outlet_id);

CREATE TABLE stock_transfer_lines (
  transfer_id uuid NOT NULL REFERENCES stock_transfers (id),
  line_no integer NOT NULL,
  product_id text NOT NULL,
  name text,
  -- From the sending half, and from the receiving half (what arrived).
  sent bigint,
  received bigint,
  PRIMARY KEY (transfer_id, line_no)
);

-- Incoming transfers, pulled by the receiving outlet's terminals.
CREATE SEQUENCE stream_position_transfers;
