-- What a partner offers, in its own words: the provider directory shows it to resellers.
ALTER TABLE partner ADD COLUMN offering VARCHAR(500);
