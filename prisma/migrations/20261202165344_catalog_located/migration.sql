-- AlterTable
ALTER TABLE "CatalogEntry" ADD COLUMN     "located" BOOLEAN NOT NULL DEFAULT false;

-- The entries that already have a place on the map (the catalog's own rows say it).
UPDATE "CatalogEntry" e SET "located" = true
WHERE EXISTS (SELECT 1 FROM "CatalogLocation" l WHERE l."offerId" = e."offerId");
