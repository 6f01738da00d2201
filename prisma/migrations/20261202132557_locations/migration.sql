-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "houseNumber" TEXT NOT NULL,
    "addition" TEXT NOT NULL DEFAULT '',
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "openingHours" JSONB,
    "hoursRemark" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "geocodedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogLocation" (
    "offerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CatalogLocation_pkey" PRIMARY KEY ("offerId","locationId")
);

-- CreateIndex
CREATE INDEX "Location_organisationId_position_idx" ON "Location"("organisationId", "position");

-- CreateIndex
CREATE INDEX "Location_latitude_geocodedAt_idx" ON "Location"("latitude", "geocodedAt");

-- CreateIndex
CREATE INDEX "CatalogLocation_latitude_longitude_idx" ON "CatalogLocation"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "CatalogLocation_locationId_idx" ON "CatalogLocation"("locationId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogLocation" ADD CONSTRAINT "CatalogLocation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "CatalogEntry"("offerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogLocation" ADD CONSTRAINT "CatalogLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: every organisation's visiting address becomes its first location (position 0), named as the
-- website names the partner. Then every other address an offer of it names (its working or published
-- content, from before locations existed) becomes one more location, so that such an offer's page
-- still shows the place it showed, and the map and "bij mij in de buurt" know it. The coordinates
-- stay empty: the geocode job fills them in (ADR 0036). Ids: 'l' and an md5, as unique as a cuid.
INSERT INTO "Location" ("id", "organisationId", "position", "name", "street", "houseNumber", "addition", "postcode", "city", "updatedAt")
SELECT 'l' || substr(md5('location-0-' || o."id"), 1, 24), o."id", 0, COALESCE(NULLIF(o."displayName", ''), o."legalName"),
  o."visitStreet", o."visitHouseNumber", o."visitAddition", o."visitPostcode", o."visitCity", CURRENT_TIMESTAMP
FROM "Organisation" o;

INSERT INTO "Location" ("id", "organisationId", "position", "name", "street", "houseNumber", "addition", "postcode", "city", "updatedAt")
SELECT 'l' || substr(md5('location-' || a."organisationId" || '-' || a."postcode" || '-' || a."houseNumber" || '-' || a."addition"), 1, 24),
  a."organisationId",
  row_number() OVER (PARTITION BY a."organisationId" ORDER BY a."postcode", a."houseNumber", a."addition")::int,
  a."street" || ' ' || a."houseNumber" || CASE WHEN a."addition" <> '' THEN ' ' || a."addition" ELSE '' END,
  a."street", a."houseNumber", a."addition", a."postcode", a."city", CURRENT_TIMESTAMP
FROM (
  SELECT DISTINCT ON (x."organisationId", x."postcode", x."houseNumber", x."addition") x.*
  FROM (
    SELECT f."organisationId", c->'address'->>'street' AS "street", c->'address'->>'houseNumber' AS "houseNumber",
      COALESCE(c->'address'->>'addition', '') AS "addition", c->'address'->>'postcode' AS "postcode", c->'address'->>'city' AS "city"
    FROM "Offer" f CROSS JOIN LATERAL (VALUES (f."content"), (f."publishedContent")) AS v(c)
    WHERE jsonb_typeof(c->'address') = 'object'
  ) x
  JOIN "Organisation" o ON o."id" = x."organisationId"
  WHERE x."street" IS NOT NULL AND x."houseNumber" IS NOT NULL AND x."postcode" IS NOT NULL AND x."city" IS NOT NULL
    AND NOT (upper(replace(x."postcode", ' ', '')) = upper(replace(o."visitPostcode", ' ', ''))
      AND x."houseNumber" = o."visitHouseNumber" AND lower(x."addition") = lower(o."visitAddition"))
  ORDER BY x."organisationId", x."postcode", x."houseNumber", x."addition"
) a;
