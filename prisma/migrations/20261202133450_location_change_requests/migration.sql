-- CreateEnum
CREATE TYPE "LocationChangeKind" AS ENUM ('ADD', 'CHANGE', 'REMOVE');

-- CreateEnum
CREATE TYPE "LocationChangeStatus" AS ENUM ('OPEN', 'APPLIED', 'REJECTED');

-- CreateTable
CREATE TABLE "LocationChangeRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "LocationChangeKind" NOT NULL,
    "locationId" TEXT,
    "proposed" JSONB,
    "status" "LocationChangeStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" TEXT,
    "requestedByName" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedByName" TEXT,
    "reason" TEXT,
    "createdLocationId" TEXT,

    CONSTRAINT "LocationChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LocationChangeRequest_organisationId_status_idx" ON "LocationChangeRequest"("organisationId", "status");

-- CreateIndex
CREATE INDEX "LocationChangeRequest_status_requestedAt_idx" ON "LocationChangeRequest"("status", "requestedAt");

-- AddForeignKey
ALTER TABLE "LocationChangeRequest" ADD CONSTRAINT "LocationChangeRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationChangeRequest" ADD CONSTRAINT "LocationChangeRequest_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;
