-- An offer's name and description in Portuguese (Brazil) and Spanish, next to the English ones.
-- Empty (NULL) where the catalog file has no translation: the pages then show the English text.
-- The catalog loader fills them from catalog/offers.csv at the next start. Standard SQL for H2 2.x
-- and PostgreSQL 15.
ALTER TABLE offer ADD COLUMN name_pt_br VARCHAR(120);
ALTER TABLE offer ADD COLUMN name_es VARCHAR(120);
ALTER TABLE offer ADD COLUMN description_pt_br VARCHAR(500);
ALTER TABLE offer ADD COLUMN description_es VARCHAR(500);
