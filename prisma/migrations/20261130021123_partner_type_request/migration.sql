-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "partnerTypeRequestedAt" TIMESTAMP(3),
ADD COLUMN     "requestedPartnerType" "PartnerType";
