-- Issue 18, several tills per outlet: the pull stream 'outlet-stock' serves each outlet's stock on
-- hand (stock_levels) to its tills, so a till sees what the others sold, received or wrote off once
-- they synced. Its positions come from this sequence (the change log derives the name); the levels
-- already kept are logged as changed, so a till's first pull of the stream gets them all.
CREATE SEQUENCE stream_position_outlet_stock;
INSERT INTO stream_changes (stream, outlet_id, item_key, position)
  SELECT 'outlet-stock', outlet_id, product_id, nextval('stream_position_outlet_stock')
  FROM stock_levels ORDER BY outlet_id, product_id;
