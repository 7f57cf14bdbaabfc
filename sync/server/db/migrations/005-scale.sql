-- Issue 13 (the province stays fast for years) and issue 12 item 4: every step of a push and every
-- report costs what its answer holds, not what the history holds.

-- A terminal's high water without rescanning its events: the largest seq stored, and the seqs
-- missing below it as ranges (a rejected event leaves one; they are few). high_water_seq is the
-- seq before the first gap, or max_seq when there is none (sync/server/ingest/seq-gaps.ts).
ALTER TABLE terminals ADD COLUMN max_seq bigint NOT NULL DEFAULT 0;
CREATE TABLE seq_gaps (
  terminal_id text NOT NULL REFERENCES terminals (id),
  from_seq bigint NOT NULL,
  to_seq bigint NOT NULL CHECK (to_seq >= from_seq),
  PRIMARY KEY (terminal_id, from_seq)
);
UPDATE terminals t SET max_seq = m.max_seq
  FROM (SELECT terminal_id, max(seq) AS max_seq FROM events GROUP BY terminal_id) m WHERE m.terminal_id = t.id;
INSERT INTO seq_gaps (terminal_id, from_seq, to_seq)
  SELECT terminal_id, previous + 1, seq - 1
  FROM (SELECT terminal_id, seq, coalesce(lag(seq) OVER (PARTITION BY terminal_id ORDER BY seq), 0) AS previous FROM events) s
  WHERE seq > previous + 1;

-- A dead letter the province gave up on (`admin dead-letter skip`): its seq no longer holds the
-- terminal's high water back. Recorded with who decided and why.
CREATE TABLE skipped_seqs (
  terminal_id text NOT NULL REFERENCES terminals (id),
  seq bigint NOT NULL,
  reason text NOT NULL,
  skipped_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (terminal_id, seq)
);
-- Why a missing seq is missing: the rejections of that seq (`admin dead-letter list`).
CREATE INDEX rejected_events_seq ON rejected_events (terminal_id, seq);

-- Change-log positions come from one sequence per stream instead of a locked head row, which
-- every push with an ASN sale waited on (see sync/server/streams/change-log.ts). Positions only
-- grow: each sequence starts after its stream's last head, so cursors handed out stay valid.
CREATE SEQUENCE stream_position_products;
CREATE SEQUENCE stream_position_staff;
CREATE SEQUENCE stream_position_asn_roster;
CREATE SEQUENCE stream_position_asn_totals;
CREATE SEQUENCE stream_position_settings;
SELECT setval('stream_position_' || replace(stream, '-', '_'), greatest(position, 1), position > 0) FROM stream_heads;
DROP TABLE stream_heads;

-- A month's ASN counts read one month's keys, not every month's.
ALTER TABLE asn_monthly_totals DROP CONSTRAINT asn_monthly_totals_pkey, ADD PRIMARY KEY (month, nip);

-- `report shifts` finds a shift's sales by index.
CREATE INDEX sales_shift ON sales (shift_id);

-- `report MONTH`: each terminal's month kept at ingest (only that terminal's pushes write its
-- row, and they already run one after the other), so the report reads 22 × terminals rows.
CREATE TABLE terminal_month_sales (
  month text NOT NULL,
  terminal_id text NOT NULL REFERENCES terminals (id),
  outlet_id text NOT NULL REFERENCES outlets (id),
  sale_count integer NOT NULL,
  total bigint NOT NULL,
  cash bigint NOT NULL,
  qris bigint NOT NULL,
  debit bigint NOT NULL,
  PRIMARY KEY (month, terminal_id)
);
INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
  SELECT s.wita_month, s.terminal_id, min(s.outlet_id), count(*), sum(s.total),
    coalesce(sum(p.cash), 0), coalesce(sum(p.qris), 0), coalesce(sum(p.debit), 0)
  FROM sales s
  LEFT JOIN (
    SELECT sale_id, sum(amount) FILTER (WHERE method = 'cash') AS cash, sum(amount) FILTER (WHERE method = 'qris') AS qris,
      sum(amount) FILTER (WHERE method = 'debit') AS debit
    FROM payments GROUP BY sale_id
  ) p ON p.sale_id = s.id
  GROUP BY s.wita_month, s.terminal_id;
-- The month's quarantined events by the terminal's clock, as the report counts them.
DROP INDEX events_quarantined;
CREATE INDEX events_quarantined ON events (occurred_at) WHERE quarantine_reasons IS NOT NULL;
