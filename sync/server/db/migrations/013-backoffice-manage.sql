-- Issue 17, management in the back office: what provincial staff decided about each quarantined
-- event, and the audit screen's filter by user.

-- A quarantined event someone looked at: 'confirmed' (it rightly counts nowhere) or 'released'
-- (re-judged after a fix, found sound, its rows written). One row per event, the latest decision;
-- every decision is also in backoffice_audit. Not a foreign key: events is large and write-hot.
CREATE TABLE quarantine_decisions (
  event_id uuid PRIMARY KEY,
  decision text NOT NULL CHECK (decision IN ('confirmed', 'released')),
  user_name text NOT NULL,
  note text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);

-- The audit screen: newest first, optionally one user's entries.
CREATE INDEX backoffice_audit_user ON backoffice_audit (user_name, at);
