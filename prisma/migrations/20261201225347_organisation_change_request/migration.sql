-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "changeRequestedAt" TIMESTAMP(3),
ADD COLUMN     "changeRequestedBy" TEXT,
ADD COLUMN     "requestedChange" JSONB;
