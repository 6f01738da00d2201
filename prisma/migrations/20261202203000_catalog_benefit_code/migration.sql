-- Issue 21: the catalog's benefit is stored without a language ("credit", "percent:25", "upto:55");
-- each page says it in its own (lib/offers/catalog.ts, benefitLabel). The rows written before said it
-- in Dutch: "Tegoed besteden", "25% korting", "37,5% korting", "Tot 55% korting".
UPDATE "CatalogEntry" SET "benefit" = 'credit' WHERE "benefit" = 'Tegoed besteden';
UPDATE "CatalogEntry" SET "benefit" = 'upto:' || replace(substring("benefit" FROM '^Tot ([0-9]+(?:,[0-9]+)?)% korting$'), ',', '.')
WHERE "benefit" ~ '^Tot [0-9]+(,[0-9]+)?% korting$';
UPDATE "CatalogEntry" SET "benefit" = 'percent:' || replace(substring("benefit" FROM '^([0-9]+(?:,[0-9]+)?)% korting$'), ',', '.')
WHERE "benefit" ~ '^[0-9]+(,[0-9]+)?% korting$';
