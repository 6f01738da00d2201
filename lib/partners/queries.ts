import { prisma } from '@/lib/db';

/** The partner's own organisation and contact person, for the partner's Home. */
export function getPartnerHome(organisationId: string, userId: string) {
  return prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      legalName: true,
      displayName: true,
      kvkNumber: true,
      visitStreet: true,
      visitHouseNumber: true,
      visitAddition: true,
      visitPostcode: true,
      visitCity: true,
      postalStreet: true,
      postalHouseNumber: true,
      postalAddition: true,
      postalPostcode: true,
      postalCity: true,
      description: true,
      partnerType: true,
      requestedPartnerType: true,
      partnerTypeRequestedAt: true,
      category: true,
      status: true,
      version: true,
      photo: { select: { variants: true, width: true, height: true } },
      users: { where: { id: userId }, select: { name: true, email: true, phone: true, username: true } },
    },
  });
}

/** Registrations whose e-mail address is not confirmed yet, newest first (the editors' home). */
export function listUnconfirmedRegistrations() {
  return prisma.organisation.findMany({
    where: { status: 'REGISTERED' },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, legalName: true, displayName: true, partnerType: true, category: true, status: true, createdAt: true },
  });
}

/** The partners waiting for an editor's answer to such a request, oldest first. */
export function partnerTypeRequests() {
  return prisma.organisation.findMany({
    where: { requestedPartnerType: { not: null } },
    orderBy: { partnerTypeRequestedAt: 'asc' },
    select: { id: true, legalName: true, displayName: true, partnerType: true, requestedPartnerType: true, partnerTypeRequestedAt: true },
  });
}
