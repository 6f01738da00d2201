-- Trigram search for the public catalog ("zwembat" finds "zwembad"); PGlite loads it too (scripts/embedded-db.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "CatalogEntry" (
    "offerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "title" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "benefit" TEXT NOT NULL,
    "forChildren" BOOLEAN NOT NULL,
    "photo" JSONB,
    "searchText" TEXT NOT NULL,
    "validUntil" DATE,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogEntry_pkey" PRIMARY KEY ("offerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogEntry_slug_key" ON "CatalogEntry"("slug");

-- CreateIndex
CREATE INDEX "CatalogEntry_searchText_idx" ON "CatalogEntry" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CatalogEntry_publishedAt_idx" ON "CatalogEntry"("publishedAt");

-- AddForeignKey
ALTER TABLE "CatalogEntry" ADD CONSTRAINT "CatalogEntry_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
