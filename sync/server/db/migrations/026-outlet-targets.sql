-- Issue 17: each outlet's own monthly sales target, set in the back office (Kelola → Pengaturan,
-- role provinsi, audited as `target.outlet`). An outlet without a row has an even share of the
-- province's target (sales_target) as before.
CREATE TABLE outlet_sales_targets (
  outlet_id text PRIMARY KEY REFERENCES outlets (id),
  monthly_amount bigint NOT NULL CHECK (monthly_amount > 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
