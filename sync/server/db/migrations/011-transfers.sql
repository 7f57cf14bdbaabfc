-- Issue 15, transfers (mutasi) end to end.

-- The pull stream of transfers sent to an outlet is named 'transfers-in' (sync/PROTOCOL.md, "Pull");
-- its positions come from the sequence 009 made for it, under the name the change log derives.
ALTER SEQUENCE stream_position_transfers RENAME TO stream_position_transfers_in;

-- A terminal chooses a transfer's destination among the province's outlets: their ids and names as
-- a province-wide setting, served (and so pulled) like every setting.
INSERT INTO settings (key, value)
  SELECT 'outlets', jsonb_agg(jsonb_build_object('id', id, 'name', name) ORDER BY name) FROM outlets;
INSERT INTO stream_changes (stream, outlet_id, item_key, position)
  VALUES ('settings', '', 'outlets', nextval('stream_position_settings'));

-- The goods in transit from or to an outlet, for its stock report: sent, not yet received.
CREATE INDEX stock_transfers_in_transit_from ON stock_transfers (from_outlet_id) WHERE received_event_id IS NULL;
