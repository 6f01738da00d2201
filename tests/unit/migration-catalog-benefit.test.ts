import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { benefitLabel } from '@/lib/offers/catalog';
import { resetDb } from '../support/db';
import { entryOf, publishedListing } from '../support/catalog';

// The data migration of issue 21: catalog entries written before the benefit had no language said it
// in Dutch. Run here on rows shaped as the old code wrote them: every form becomes its code, which
// the Dutch page says exactly as before.
const MIGRATION = readFileSync(
  new URL('../../prisma/migrations/20261202203000_catalog_benefit_code/migration.sql', import.meta.url),
  'utf8',
);

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

describe('migration: the stored benefit loses its language', () => {
  test('each Dutch form becomes its code; a code stays as it is', async () => {
    const old = ['Tegoed besteden', '25% korting', '37,5% korting', 'Tot 55% korting', 'Tot 12,5% korting', 'percent:40'];
    const codes = ['credit', 'percent:25', 'percent:37.5', 'upto:55', 'upto:12.5', 'percent:40'];
    const ids: string[] = [];
    for (const [i, benefit] of old.entries()) {
      const { offerId } = await publishedListing(`Aanbieder ${i}`);
      await prisma.catalogEntry.update({ where: { offerId }, data: { benefit } });
      ids.push(offerId);
    }
    await prisma.$executeRawUnsafe(MIGRATION);
    const after = await Promise.all(ids.map(async (id) => (await entryOf(id))?.benefit));
    expect(after).toEqual(codes);
    // The Dutch cards say what they said; English says it in English.
    expect(after.map((b) => benefitLabel(b!))).toEqual(old.slice(0, 5).concat('40% korting'));
    expect(benefitLabel(after[3]!, 'en')).toBe('Up to 55% discount');
  });
});
