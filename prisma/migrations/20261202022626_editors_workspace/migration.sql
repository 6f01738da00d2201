-- CreateEnum
CREATE TYPE "RejectionKind" AS ENUM ('REGISTRATION', 'PROPOSAL');

-- AlterEnum
ALTER TYPE "OfferStatus" ADD VALUE 'REJECTED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrganisationStatus" ADD VALUE 'REJECTED';
ALTER TYPE "OrganisationStatus" ADD VALUE 'INACTIVE';

-- DropIndex
DROP INDEX "Offer_status_idx";

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'PARTNER',
ALTER COLUMN "organisationId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "lastReminderAt" TIMESTAMP(3),
ADD COLUMN     "remindersSent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "statusSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "deactivatedByName" TEXT,
ADD COLUMN     "deactivatedReason" TEXT,
ADD COLUMN     "previousRejection" JSONB,
ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "rejectedByName" TEXT,
ADD COLUMN     "rejectedReason" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "organisationId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "disabledByName" TEXT;

-- CreateTable
CREATE TABLE "PartnerNote" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RejectionReason" (
    "id" TEXT NOT NULL,
    "kind" "RejectionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RejectionReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerNote_organisationId_createdAt_idx" ON "PartnerNote"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "RejectionReason_kind_position_idx" ON "RejectionReason"("kind", "position");

-- CreateIndex
CREATE INDEX "Offer_status_statusSince_idx" ON "Offer"("status", "statusSince");

-- CreateIndex
CREATE INDEX "OutboxMessage_organisationId_createdAt_idx" ON "OutboxMessage"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "PartnerNote" ADD CONSTRAINT "PartnerNote_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (issue 18): an existing offer has been in its status since its last change at the latest,
-- and a confirmed registration since its first user confirmed the e-mail address.
UPDATE "Offer" SET "statusSince" = "updatedAt";
UPDATE "Organisation" o SET "confirmedAt" = COALESCE(
  (SELECT MIN(u."emailConfirmedAt") FROM "User" u WHERE u."organisationId" = o."id"), o."createdAt")
WHERE o."status" <> 'REGISTERED';

-- The editors' first refusal reasons; they maintain the list at /redactie/redenen.
INSERT INTO "RejectionReason" ("id", "kind", "text", "position") VALUES
  ('reason-registration-1', 'REGISTRATION', 'Uw organisatie is niet gevestigd in Dordrecht.', 1),
  ('reason-registration-2', 'REGISTRATION', 'Wij vinden uw organisatie niet terug in het Handelsregister van de KvK.', 2),
  ('reason-registration-3', 'REGISTRATION', 'Uw aanbod is niet bedoeld voor Dordtpashouders.', 3),
  ('reason-proposal-1', 'PROPOSAL', 'De korting is minder dan 25%.', 1),
  ('reason-proposal-2', 'PROPOSAL', 'De actie is niet voor Dordtpashouders te gebruiken.', 2),
  ('reason-proposal-3', 'PROPOSAL', 'De actie lijkt te veel op een actie die al online staat.', 3);

-- The editors there are become beheerders of the editors: somebody must be able to invite the next.
UPDATE "User" SET "orgRole" = 'ADMIN' WHERE "role" = 'EDITOR' AND "orgRole" IS NULL;
