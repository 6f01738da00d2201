import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { resetDb } from '../support/db';
import { makePartner } from '../support/offers';

// The data migration of issue 14 §1: discount offers showed the partner's phone, e-mail and
// website by default. It is run here again on rows shaped as the old code wrote them.
const MIGRATION = readFileSync(
  new URL('../../prisma/migrations/20261130023000_discount_contact_private/migration.sql', import.meta.url),
  'utf8',
);

type Flags = { showPhone: boolean; showEmail: boolean; showWebsite: boolean };
const ALL_ON: Flags = { showPhone: true, showEmail: true, showWebsite: true };
const ALL_OFF: Flags = { showPhone: false, showEmail: false, showWebsite: false };

const contentWith = (flags: Flags) => ({
  title: 'Halve prijs',
  body: 'Met je Dordtpas zwem je voor de halve prijs.',
  category: 'sport',
  address: { street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' },
  openingInfo: '',
  contact: { phone: '0612345678', email: 'fatima@example.nl', website: 'https://zwembad.example', ...flags },
  photoId: null,
});

let seq = 0;
async function offer(kind: 'DISCOUNT_ACTION' | 'CREDIT_LISTING', content: Flags, published: Flags | null, history: Flags[] = []) {
  const partner = await makePartner();
  seq++;
  return prisma.offer.create({
    data: {
      kind,
      organisationId: partner.organisationId,
      status: published ? 'PUBLISHED' : 'AWAITING_PARTNER',
      slug: `migratie-${seq}`,
      content: contentWith(content),
      publishedContent: published ? contentWith(published) : undefined,
      events: { create: history.map((flags, i) => ({ actorName: 'Eva', action: 'saved', version: i + 1, content: contentWith(flags) })) },
    },
  });
}

const contactOf = async (id: string) => {
  const row = await prisma.offer.findUniqueOrThrow({ where: { id } });
  const pick = (c: unknown) => (c ? (c as { contact: Flags & Record<string, string> }).contact : null);
  return { content: pick(row.content), published: pick(row.publishedContent) };
};

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

describe('migration: a discount offer shows nothing personal unless someone chose it', () => {
  test('what nobody chose is unticked, in the working copy and in what is published; the details themselves stay', async () => {
    const action = await offer('DISCOUNT_ACTION', ALL_ON, ALL_ON, [ALL_ON, ALL_ON]);
    await prisma.$executeRawUnsafe(MIGRATION);
    const after = await contactOf(action.id);
    expect(after.content).toEqual({ phone: '0612345678', email: 'fatima@example.nl', website: 'https://zwembad.example', ...ALL_OFF });
    expect(after.published).toMatchObject(ALL_OFF);
  });

  test('a flag that was off in an earlier version and is on now was ticked by someone: it stays', async () => {
    const action = await offer('DISCOUNT_ACTION', ALL_ON, { ...ALL_ON, showEmail: false }, [
      ALL_ON,
      { ...ALL_ON, showPhone: false },
      ALL_ON,
    ]);
    await prisma.$executeRawUnsafe(MIGRATION);
    const after = await contactOf(action.id);
    expect(after.content).toMatchObject({ showPhone: true, showEmail: false, showWebsite: false });
    expect(after.published).toMatchObject({ showPhone: true, showEmail: false, showWebsite: false });
  });

  test('credit listings started unticked, so their ticks were chosen and stay; running it twice changes nothing more', async () => {
    const listing = await offer('CREDIT_LISTING', ALL_ON, ALL_ON);
    const action = await offer('DISCOUNT_ACTION', ALL_ON, null);
    await prisma.$executeRawUnsafe(MIGRATION);
    await prisma.$executeRawUnsafe(MIGRATION);
    expect(await contactOf(listing.id)).toEqual({ content: expect.objectContaining(ALL_ON), published: expect.objectContaining(ALL_ON) });
    expect(await contactOf(action.id)).toEqual({ content: expect.objectContaining(ALL_OFF), published: null });
  });
});
