-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "changeOfId" TEXT;

-- CreateIndex
CREATE INDEX "Offer_changeOfId_idx" ON "Offer"("changeOfId");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_changeOfId_fkey" FOREIGN KEY ("changeOfId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
