-- Issue 13 items 4 and the storage of a year: `report shifts` reads a row per shift kept at ingest,
-- and event payloads are stored compressed.

-- Each shift's running figures from its sound documents (sales, refunds made in it, pay ins and
-- outs), kept at ingest (sync/server/ingest/shift-totals.ts). A shift belongs to one terminal and
-- only that terminal's pushes write its row, one after the other.
CREATE TABLE shift_totals (
  shift_id text PRIMARY KEY,
  sale_count integer NOT NULL,
  net_sales bigint NOT NULL,
  line_discounts bigint NOT NULL,
  sale_discounts bigint NOT NULL,
  sales_cash bigint NOT NULL,
  sales_qris bigint NOT NULL,
  sales_debit bigint NOT NULL,
  refund_count integer NOT NULL,
  refunds bigint NOT NULL,
  refunds_cash bigint NOT NULL,
  pay_in_count integer NOT NULL,
  pay_ins bigint NOT NULL,
  pay_out_count integer NOT NULL,
  pay_outs bigint NOT NULL
);
INSERT INTO shift_totals
  SELECT shift_id, sum(sale_count), sum(net_sales), sum(line_discounts), sum(sale_discounts), sum(sales_cash), sum(sales_qris), sum(sales_debit),
    sum(refund_count), sum(refunds), sum(refunds_cash), sum(pay_in_count), sum(pay_ins), sum(pay_out_count), sum(pay_outs)
  FROM (
    SELECT s.shift_id, 1 AS sale_count, s.total AS net_sales, coalesce(l.discount, 0) AS line_discounts, s.discount AS sale_discounts,
      coalesce(p.cash, 0) AS sales_cash, coalesce(p.qris, 0) AS sales_qris, coalesce(p.debit, 0) AS sales_debit,
      0 AS refund_count, 0 AS refunds, 0 AS refunds_cash, 0 AS pay_in_count, 0 AS pay_ins, 0 AS pay_out_count, 0 AS pay_outs
    FROM sales s
    LEFT JOIN (SELECT sale_id, sum(discount) AS discount FROM sale_lines GROUP BY sale_id) l ON l.sale_id = s.id
    LEFT JOIN (
      SELECT sale_id, sum(amount) FILTER (WHERE method = 'cash') AS cash, sum(amount) FILTER (WHERE method = 'qris') AS qris,
        sum(amount) FILTER (WHERE method = 'debit') AS debit
      FROM payments GROUP BY sale_id
    ) p ON p.sale_id = s.id
    WHERE s.shift_id IS NOT NULL
    UNION ALL
    SELECT r.shift_id, 0, 0, 0, 0, 0, 0, 0, 1, r.total, coalesce((SELECT sum(amount) FROM refund_payments p WHERE p.refund_id = r.id AND p.method = 'cash'), 0), 0, 0, 0, 0
    FROM refunds r WHERE r.shift_id IS NOT NULL
    UNION ALL
    SELECT shift_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (kind = 'pay-in')::int, CASE WHEN kind = 'pay-in' THEN amount ELSE 0 END,
      (kind = 'pay-out')::int, CASE WHEN kind = 'pay-out' THEN amount ELSE 0 END
    FROM cash_movements
  ) d
  GROUP BY shift_id;

-- The shift an event belongs to, so re-checks find a shift's events without reading payloads.
ALTER TABLE events ADD COLUMN shift_id text;
UPDATE events SET shift_id = CASE type
    WHEN 'shift.opened' THEN payload ->> 'id'
    WHEN 'shift.closed' THEN payload -> 'shift' ->> 'id'
    ELSE payload ->> 'shiftId'
  END
  WHERE type IN ('shift.opened', 'shift.closed', 'sale.completed', 'sale.refunded', 'cash.moved');
DROP INDEX events_shift_closed;
CREATE INDEX events_shift_closed ON events (shift_id) WHERE type = 'shift.closed';

-- Payloads as the terminal sent them, deflated with a dictionary of the events' field names
-- (sync/server/db/event-payload.ts): a sale's 1.4 KB of jsonb takes about 250 bytes. PostgreSQL
-- would not compress them itself (rows under its 2 KB toast threshold stay as they are). Events
-- stored before this migration keep their jsonb payload; exactly one of the two is set.
ALTER TABLE events ALTER COLUMN payload DROP NOT NULL, ADD COLUMN payload_z bytea,
  ADD CONSTRAINT events_one_payload CHECK ((payload IS NULL) <> (payload_z IS NULL));

-- `report MONTH` counts a month's ASN buyers and those at the minimum from the index alone.
CREATE INDEX asn_monthly_totals_month_total ON asn_monthly_totals (month, total);

-- A pull page and its `remaining` count read the change log's index alone, not its rows.
DROP INDEX stream_changes_order;
CREATE INDEX stream_changes_order ON stream_changes (stream, position) INCLUDE (outlet_id, item_key);
