-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "expiryNoticeAt" TIMESTAMP(3);
