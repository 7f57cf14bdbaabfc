-- Issue 18: each push names the app version of the till that sent it (header X-App-Version), so the
-- province sees which tills run old versions. Null until a terminal of this version pushes.
ALTER TABLE terminals ADD COLUMN app_version text;
