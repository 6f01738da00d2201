-- CreateIndex
CREATE INDEX "Offer_organisationId_status_statusSince_publishedAt_validUn_idx" ON "Offer"("organisationId", "status", "statusSince", "publishedAt", "validUntil", "sentVersion", "kind", "id");
