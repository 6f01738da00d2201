import { prisma, type Tx } from '@/lib/db';
import { orgName } from '@/lib/partners/names';
import { readOpeningHours, type OpeningHours } from './hours';

// Reading a partner's locations, and keeping the first one equal to the visiting address.

export const locationSelect = {
  id: true,
  position: true,
  name: true,
  street: true,
  houseNumber: true,
  addition: true,
  postcode: true,
  city: true,
  phone: true,
  openingHours: true,
  hoursRemark: true,
  latitude: true,
  longitude: true,
} as const;

export type LocationView = {
  id: string;
  position: number;
  name: string;
  street: string;
  houseNumber: string;
  addition: string;
  postcode: string;
  city: string;
  phone: string | null;
  openingHours: OpeningHours | null;
  hoursRemark: string;
  latitude: number | null;
  longitude: number | null;
};

type Row = Omit<LocationView, 'openingHours'> & { openingHours: unknown };

export const toLocationView = (row: Row): LocationView => ({ ...row, openingHours: readOpeningHours(row.openingHours) });

/** A partner's locations in their order (the visiting address first). */
export async function locationsOf(organisationId: string, db: Pick<Tx, 'location'> = prisma): Promise<LocationView[]> {
  const rows = await db.location.findMany({
    where: { organisationId },
    select: locationSelect,
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map(toLocationView);
}

/**
 * After the visiting address (or the name on the website) changed, inside that transaction: the first
 * location follows it, or is made when the partner has none. Coordinates are cleared when the
 * address moved, for the geocode job to find again.
 */
export async function syncMainLocation(tx: Tx, organisationId: string): Promise<void> {
  const org = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      legalName: true,
      displayName: true,
      visitStreet: true,
      visitHouseNumber: true,
      visitAddition: true,
      visitPostcode: true,
      visitCity: true,
    },
  });
  const address = {
    street: org.visitStreet,
    houseNumber: org.visitHouseNumber,
    addition: org.visitAddition,
    postcode: org.visitPostcode,
    city: org.visitCity,
  };
  const main = await tx.location.findFirst({ where: { organisationId, position: 0 }, orderBy: { createdAt: 'asc' } });
  if (!main) {
    await tx.location.create({ data: { organisationId, position: 0, name: orgName(org), ...address } });
    return;
  }
  const moved = main.postcode !== address.postcode || main.houseNumber !== address.houseNumber || main.addition !== address.addition;
  await tx.location.update({
    where: { id: main.id },
    data: { ...address, ...(moved ? { latitude: null, longitude: null, geocodedAt: null } : {}) },
  });
}
