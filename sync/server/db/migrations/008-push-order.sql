-- Issue 13 item 9: a terminal keeps several push batches in flight, and the server applies them in
-- seq order all the same. A batch names the last seq of the batch it follows (`after`); it waits
-- until a batch reaching that seq has been answered. pushed_seq is the largest seq of any batch of
-- the terminal answered so far, rejected events included (they end their batch as much as stored ones).
ALTER TABLE terminals ADD COLUMN pushed_seq bigint NOT NULL DEFAULT 0;
UPDATE terminals SET pushed_seq = max_seq;
