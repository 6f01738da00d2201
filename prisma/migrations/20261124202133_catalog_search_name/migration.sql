-- The catalog is made from the offers: emptied here, made anew at the next start (rebuildCatalog).
DELETE FROM "CatalogEntry";

-- AlterTable
ALTER TABLE "CatalogEntry" ADD COLUMN     "searchName" TEXT NOT NULL;

-- CreateIndex
CREATE INDEX "CatalogEntry_searchName_idx" ON "CatalogEntry" USING GIN ("searchName" gin_trgm_ops);
