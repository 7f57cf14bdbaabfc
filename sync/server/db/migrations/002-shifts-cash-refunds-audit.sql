-- Cashiers' shifts, pay ins and outs (kas masuk/keluar), refunds, the audit log and day closes,
-- derived from the events terminals push. Like sales, every row is written once from one event
-- and never updated: a shift's close is a row of its own.

CREATE TABLE shifts (
  id text PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  cashier_id text NOT NULL,
  cashier_name text NOT NULL,
  opened_at timestamptz NOT NULL,
  -- The WITA date the shift opened: it keeps that date even when it runs past midnight.
  business_date date NOT NULL,
  opening_float bigint NOT NULL
);
CREATE INDEX shifts_day ON shifts (outlet_id, business_date);

CREATE TABLE shift_closings (
  shift_id text PRIMARY KEY REFERENCES shifts (id),
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  closed_at timestamptz NOT NULL,
  closed_by_id text NOT NULL,
  closed_by_name text NOT NULL,
  counted bigint NOT NULL,
  -- The terminal's Z report, kept beside what the server can add up from the documents it holds.
  reported_sale_count integer NOT NULL,
  reported_net_sales bigint NOT NULL,
  reported_expected_cash bigint NOT NULL,
  reported_variance bigint NOT NULL,
  variance_threshold bigint NOT NULL,
  variance_reason text,
  approved_by_id text,
  approved_by_name text
);

CREATE TABLE cash_movements (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  shift_id text NOT NULL REFERENCES shifts (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  kind text NOT NULL CHECK (kind IN ('pay-in', 'pay-out')),
  amount bigint NOT NULL CHECK (amount > 0),
  reason text NOT NULL,
  at timestamptz NOT NULL,
  cashier_id text NOT NULL,
  cashier_name text NOT NULL
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

CREATE TABLE refunds (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  receipt_no text NOT NULL,
  original_sale_id uuid NOT NULL REFERENCES sales (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  shift_id text,
  cashier_id text,
  cashier_name text,
  approved_by_id text,
  approved_by_name text,
  refunded_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  business_date date NOT NULL,
  reason text NOT NULL,
  total bigint NOT NULL,
  -- The ASN month the refund lowers: the original sale's NIP and WITA month.
  asn_nip text,
  asn_month text,
  UNIQUE (terminal_id, receipt_no)
);
CREATE INDEX refunds_original ON refunds (original_sale_id);
CREATE INDEX refunds_shift ON refunds (shift_id);

CREATE TABLE refund_lines (
  refund_id uuid NOT NULL REFERENCES refunds (id),
  line_no integer NOT NULL,
  product_id text NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  supplier text NOT NULL,
  quantity integer NOT NULL,
  amount bigint NOT NULL,
  PRIMARY KEY (refund_id, line_no)
);

CREATE TABLE refund_payments (
  refund_id uuid NOT NULL REFERENCES refunds (id),
  payment_no integer NOT NULL,
  method text NOT NULL,
  amount bigint NOT NULL,
  PRIMARY KEY (refund_id, payment_no)
);

CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  at timestamptz NOT NULL,
  kind text NOT NULL,
  staff_id text NOT NULL,
  staff_name text NOT NULL,
  approved_by_id text,
  approved_by_name text,
  -- In words (domain/staff/audit.ts describeAudit), and the entry's event as the terminal sent it.
  description text NOT NULL,
  details jsonb NOT NULL
);
CREATE INDEX audit_log_outlet ON audit_log (outlet_id, at);

CREATE TABLE day_closings (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES events (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  terminal_id text NOT NULL REFERENCES terminals (id),
  business_date date NOT NULL,
  closed_at timestamptz NOT NULL,
  closed_by_id text NOT NULL,
  closed_by_name text NOT NULL,
  shift_count integer NOT NULL,
  net_sales bigint NOT NULL,
  refunds bigint NOT NULL,
  expected_cash bigint NOT NULL,
  counted bigint NOT NULL,
  variance bigint NOT NULL,
  UNIQUE (terminal_id, business_date)
);
