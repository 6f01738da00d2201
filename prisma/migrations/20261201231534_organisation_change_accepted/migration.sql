-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "changeAcceptedAt" TIMESTAMP(3);
