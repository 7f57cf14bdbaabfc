-- Issue 18: a replacement PC for a till. An enrolment code made for an existing terminal
-- (`enroll-code OUTLET --replace TERMINAL`) gives the PC that redeems it that terminal's id, with a
-- new token (the old one stops working), so a backup restored there goes on with the terminal's
-- seqs and receipt series and its events already stored are answered `duplicate`.
ALTER TABLE enrolment_codes ADD COLUMN replaces_terminal_id text REFERENCES terminals (id);
