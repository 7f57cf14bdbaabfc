-- Issue 19: PPN. A product is kena PPN unless the province marks it dibebaskan (basic necessities).
-- An outlet's PKP standing and the identity its receipts print are the outlet's 'outlet.ppn' setting
-- (delivered by the settings stream). Sales and refunds keep their tax figures as the terminal
-- computed them (sale version 2; domain/tax/ppn.ts); older sales and non-PKP outlets' have none (0).
ALTER TABLE products
  ADD COLUMN tax_status text NOT NULL DEFAULT 'kena-ppn' CHECK (tax_status IN ('kena-ppn', 'dibebaskan'));

ALTER TABLE sales
  ADD COLUMN ppn_taxable bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn_exempt bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn_dpp bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn bigint NOT NULL DEFAULT 0,
  -- The NPWP the receipt printed; null: no PPN recorded (not a PKP, or a terminal before issue 19).
  ADD COLUMN npwp text;

ALTER TABLE refunds
  ADD COLUMN ppn_taxable bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn_exempt bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn_dpp bigint NOT NULL DEFAULT 0,
  ADD COLUMN ppn bigint NOT NULL DEFAULT 0;
