-- Issue 17: the back office issues in-store article codes (EAN-13, prefixes 20–21) to products made
-- without a barcode. One province-wide sequence hands out the serials, so two outlets (or two
-- users at once) never get the same code. Serial n is the code body 200000000000 + n
-- (domain/catalog/barcode.ts, inStoreArticleCode); it starts after the highest one the catalog holds.
CREATE SEQUENCE in_store_article_serial MINVALUE 1 MAXVALUE 19999999999;
SELECT setval('in_store_article_serial', max(substr(barcode, 1, 12)::bigint - 200000000000))
FROM products WHERE barcode ~ '^2[01][0-9]{11}$' AND substr(barcode, 1, 12)::bigint > 200000000000
HAVING count(*) > 0;
