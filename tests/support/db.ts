import { prisma } from '@/lib/db';

/** Empties every table, so each test starts from nothing. */
export async function resetDb() {
  await prisma.$executeRawUnsafe(
    'TRUNCATE "AuditEntry", "OutboxMessage", "EmailToken", "User", "Organisation", "Photo", "Offer", "OfferEvent", "CatalogEntry" RESTART IDENTITY CASCADE',
  );
}
