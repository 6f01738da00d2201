-- AlterEnum
ALTER TYPE "OrganisationStatus" ADD VALUE 'CLOSED';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedByName" TEXT,
ADD COLUMN     "closedReason" TEXT,
ADD COLUMN     "personalDataRemovedAt" TIMESTAMP(3);
