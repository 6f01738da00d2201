-- An action's first day in the catalog, so that a card can say "Vanaf 1 december" (ADR 0009).
-- AlterTable
ALTER TABLE "CatalogEntry" ADD COLUMN     "validFrom" DATE;

-- The entries already there take it from their offer (set when it was published).
UPDATE "CatalogEntry" c SET "validFrom" = o."validFrom" FROM "Offer" o WHERE o."id" = c."offerId";
