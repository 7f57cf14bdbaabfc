-- Issue 15: expiries travel with transfers (mutasi). The sending half's lines keep what left by
-- expiry ([{ expiry, quantity }], FEFO; null from terminals before this), served to the destination
-- in the transfers-in stream. The receiving half puts what arrived into stock_batches at the
-- destination, a batch per expiry of a line: batch_no numbers them (0 for a receiving's line).
ALTER TABLE stock_transfer_lines ADD COLUMN sent_batches jsonb;

ALTER TABLE stock_batches ADD COLUMN batch_no integer NOT NULL DEFAULT 0 CHECK (batch_no >= 0);
ALTER TABLE stock_batches DROP CONSTRAINT stock_batches_pkey, ADD PRIMARY KEY (document_id, line_no, batch_no);
