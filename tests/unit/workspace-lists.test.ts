import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import type { OfferStatus, OrganisationStatus, PartnerType } from '@/lib/generated/prisma/enums';
import { transition } from '@/lib/offers/transitions';
import { overdueFrom, waitOf } from '@/lib/offers/waiting';
import {
  NO_WORKSPACE_FILTERS,
  canonicalSearch,
  parseWorkspaceFilters,
  workspaceQuery,
  type WorkspaceFilters,
} from '@/lib/workspace/filters';
import { NotAnEditor } from '@/lib/workspace/list';
import { allWorkspaceOffers, workspaceOfferCounts, workspaceOffers } from '@/lib/workspace/offers';
import { allWorkspacePartners, workspacePartnerCounts, workspacePartners } from '@/lib/workspace/partners';
import { resetDb } from '../support/db';

// The workspace's lists (lib/workspace, ADR 0027) against the real database: every bucket, the
// filters and the search, the waiting time against a fixed "now", the order, the pages, and that only
// an editor gets anything.

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026, 11:00 in Dordrecht. Friday 27 November is 3 working days back (not
// overdue at a target of 3), Thursday 26 November 4 (overdue); the partner's 5 days: Wednesday 25 November.
const NOW = new Date('2026-12-02T10:00:00Z');
const day = (iso: string, time = '12:00') => new Date(`${iso}T${time}:00+01:00`);

const editor: SessionUser = { id: 'editor-1', role: 'EDITOR', name: 'Eva Redactie', organisationId: null, orgRole: null, locale: 'nl' };
const partner: SessionUser = { id: 'partner-1', role: 'PARTNER', name: 'Piet', organisationId: 'org-x', orgRole: 'ADMIN', locale: 'nl' };

let seq = 0;
async function org(
  o: {
    name?: string;
    displayName?: string;
    kvk?: string;
    city?: string;
    status?: OrganisationStatus;
    type?: PartnerType;
    category?: string;
    confirmedAt?: Date;
  } = {},
) {
  seq++;
  const row = await prisma.organisation.create({
    data: {
      legalName: o.name ?? `Organisatie ${seq}`,
      displayName: o.displayName ?? null,
      kvkNumber: o.kvk ?? String(10_000_000 + seq),
      visitStreet: 'Voorstraat',
      visitHouseNumber: '1',
      visitPostcode: '3311 AB',
      visitCity: o.city ?? 'Dordrecht',
      description: 'Een organisatie.',
      partnerType: o.type ?? 'BOTH',
      category: o.category ?? 'sport',
      status: o.status ?? 'CONFIRMED',
      termsVersion: '1',
      termsAcceptedAt: day('2026-11-01'),
      createdAt: day('2026-11-01'),
      confirmedAt: (o.status ?? 'CONFIRMED') === 'REGISTERED' ? null : (o.confirmedAt ?? day('2026-11-02')),
    },
  });
  return row.id;
}

async function offer(
  organisationId: string,
  o: {
    status: OfferStatus;
    since: Date;
    kind?: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
    title?: string;
    category?: string;
    published?: boolean;
    validUntil?: string;
  },
) {
  seq++;
  const row = await prisma.offer.create({
    data: {
      organisationId,
      kind: o.kind ?? 'DISCOUNT_ACTION',
      status: o.status,
      slug: `aanbod-${seq}`,
      content: { title: o.title ?? `Aanbod ${seq}`, category: o.category ?? 'sport' },
      publishedAt: o.published ? day('2026-10-01') : null,
      validUntil: o.validUntil ? new Date(`${o.validUntil}T00:00:00Z`) : null,
      statusSince: o.since,
    },
  });
  return row.id;
}

const filters = (f: Partial<WorkspaceFilters> = {}): WorkspaceFilters => ({ ...NO_WORKSPACE_FILTERS, ...f });

describe('the offer list', () => {
  test('puts every offer in exactly one bucket; proposals in the wizard are not listed', async () => {
    const a = await org({ name: 'Zwembad De Wielen' });
    const inactive = await org({ status: 'INACTIVE' });
    const closed = await org({ status: 'CLOSED' });
    const ids = {
      nieuw: await offer(a, { status: 'SUBMITTED', since: day('2026-12-01') }),
      change: await offer(a, { status: 'SUBMITTED', since: day('2026-12-01'), published: true }),
      draft: await offer(a, { status: 'DRAFT', since: day('2026-11-30') }),
      commented: await offer(a, { status: 'CHANGES_REQUESTED', since: day('2026-11-30') }),
      partner: await offer(a, { status: 'AWAITING_PARTNER', since: day('2026-11-30') }),
      online: await offer(a, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-12-31' }),
      listing: await offer(a, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, kind: 'CREDIT_LISTING' }),
      ending: await offer(a, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-12-16' }),
      expired: await offer(a, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-12-01' }),
      withdrawn: await offer(a, { status: 'WITHDRAWN', since: day('2026-11-10') }),
      retracted: await offer(a, { status: 'RETRACTED', since: day('2026-11-10') }),
      rejected: await offer(a, { status: 'REJECTED', since: day('2026-11-10') }),
      inactive: await offer(inactive, { status: 'DRAFT', since: day('2026-11-10') }),
      closed: await offer(closed, { status: 'WITHDRAWN', since: day('2026-11-10') }),
    };
    await offer(a, { status: 'PROPOSAL', since: day('2026-11-10') });

    const all = await workspaceOffers(editor, filters(), NOW);
    const bucketOf = Object.fromEntries(all.rows.map((r) => [r.id, r.bucket]));
    expect(bucketOf).toEqual({
      [ids.nieuw]: 'nieuw',
      [ids.change]: 'redactie',
      [ids.draft]: 'redactie',
      [ids.commented]: 'redactie',
      [ids.partner]: 'partner',
      [ids.online]: 'online',
      [ids.listing]: 'online',
      [ids.ending]: 'loopt-af',
      [ids.expired]: 'afgelopen',
      [ids.withdrawn]: 'afgelopen',
      [ids.retracted]: 'afgelopen',
      [ids.rejected]: 'afgewezen',
      [ids.inactive]: 'inactief',
      [ids.closed]: 'afgelopen',
    });
    const counts = Object.fromEntries(Object.entries(all.counts).map(([b, c]) => [b, c.count]));
    expect(counts).toEqual({
      all: 14,
      nieuw: 1,
      redactie: 3,
      partner: 1,
      online: 2,
      'loopt-af': 1,
      afgelopen: 4,
      afgewezen: 1,
      inactief: 1,
    });
    expect(await workspaceOfferCounts(editor, NOW)).toEqual(all.counts);

    const editors = await workspaceOffers(editor, filters({ status: 'redactie' }), NOW);
    expect(editors.rows.map((r) => r.id).sort()).toEqual([ids.change, ids.draft, ids.commented].sort());
    expect(editors.total).toBe(3);
    const commented = editors.rows.find((r) => r.id === ids.commented)!;
    expect(commented.status).toBe('Partner heeft gereageerd');
    expect(editors.rows.find((r) => r.id === ids.change)!.online).toBe(true);
  });

  test('links a credit listing to its partner and an action to its own page', async () => {
    const a = await org();
    const listing = await offer(a, { status: 'DRAFT', since: day('2026-12-01'), kind: 'CREDIT_LISTING' });
    const action = await offer(a, { status: 'DRAFT', since: day('2026-12-01') });
    const { rows } = await workspaceOffers(editor, filters(), NOW);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.href]))).toEqual({
      [listing]: `/redactie/partners/${a}`,
      [action]: `/redactie/acties/${action}`,
    });
  });

  test('filters by the partner’s category, type and a search on the partner’s name, KvK number and place', async () => {
    const cafe = await org({
      name: 'Café De Stoep B.V.',
      displayName: 'De Stoep',
      kvk: '12345678',
      city: "'s-Gravendeel",
      category: 'uitje',
    });
    const museum = await org({ name: 'Museum Oost', kvk: '87654321', category: 'cultuur' });
    const c1 = await offer(cafe, { status: 'DRAFT', since: day('2026-12-01'), category: 'uitje', title: 'Koffie met korting' });
    const c2 = await offer(cafe, { status: 'DRAFT', since: day('2026-12-01'), kind: 'CREDIT_LISTING', category: 'winkel' });
    const m1 = await offer(museum, { status: 'AWAITING_PARTNER', since: day('2026-12-01'), category: 'cultuur' });
    const ids = async (f: Partial<WorkspaceFilters>) => (await workspaceOffers(editor, filters(f), NOW)).rows.map((r) => r.id).sort();

    expect(await ids({ categorie: 'uitje' })).toEqual([c1, c2].sort());
    expect(await ids({ categorie: 'cultuur' })).toEqual([m1]);
    expect(await ids({ categorie: 'winkel' })).toEqual([]);
    expect(await ids({ soort: 'tegoed' })).toEqual([c2]);
    expect(await ids({ soort: 'korting' })).toEqual([c1, m1].sort());
    expect(await ids({ zoek: '87654321' })).toEqual([m1]);
    expect(await ids({ zoek: 'CAFE stoep' })).toEqual([c1, c2].sort());
    expect(await ids({ zoek: 'gravendeel' })).toEqual([c1, c2].sort());
    // The search is on the partner (the brief's name, KvK number and place), not the offer's own title.
    expect(await ids({ zoek: 'koffie' })).toEqual([]);
    expect(await ids({ zoek: '50%_' })).toEqual([]);
    // The counts follow the other filters, not the status.
    const counts = (await workspaceOffers(editor, filters({ zoek: 'stoep', status: 'partner' }), NOW)).counts;
    expect([counts.all.count, counts.redactie.count, counts.partner.count]).toEqual([2, 2, 0]);
  });

  test('says on whom each waits, how many working days, and what is overdue; oldest first, waiting before the rest', async () => {
    const a = await org();
    const late = await offer(a, { status: 'SUBMITTED', since: day('2026-11-26') }); // 4 working days
    const onTime = await offer(a, { status: 'DRAFT', since: day('2026-11-27') }); // 3
    const partnerLate = await offer(a, { status: 'AWAITING_PARTNER', since: day('2026-11-24') }); // 6
    const partnerOnTime = await offer(a, { status: 'AWAITING_PARTNER', since: day('2026-11-25') }); // 5
    const online = await offer(a, { status: 'PUBLISHED', since: day('2026-01-05'), published: true });

    const { rows, counts } = await workspaceOffers(editor, filters(), NOW);
    expect(rows.map((r) => r.id)).toEqual([partnerLate, partnerOnTime, late, onTime, online]);
    const wait = Object.fromEntries(rows.map((r) => [r.id, r.wait && [r.wait.on, r.wait.workingDays, r.wait.overdue, r.wait.dueOn]]));
    expect(wait).toEqual({
      [late]: ['editors', 4, true, '2026-12-01'],
      [onTime]: ['editors', 3, false, '2026-12-02'],
      [partnerLate]: ['partner', 6, true, '2026-12-01'],
      [partnerOnTime]: ['partner', 5, false, '2026-12-02'],
      [online]: null,
    });
    expect([counts.all.overdue, counts.nieuw.overdue, counts.redactie.overdue, counts.partner.overdue]).toEqual([2, 1, 0, 1]);
    const overdue = await workspaceOffers(editor, filters({ laat: true }), NOW);
    expect(overdue.rows.map((r) => r.id)).toEqual([partnerLate, late]);
    expect(overdue.total).toBe(2);
  });

  test('pages of 25; a page beyond the last shows the last; the export has every row', async () => {
    const a = await org();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await offer(a, { status: 'DRAFT', since: new Date(day('2026-11-01').getTime() + i * 60_000) }));
    const first = await workspaceOffers(editor, filters(), NOW);
    expect([first.rows.length, first.total, first.page, first.pages]).toEqual([25, 30, 1, 2]);
    expect(first.rows.map((r) => r.id)).toEqual(ids.slice(0, 25));
    const second = await workspaceOffers(editor, filters({ pagina: 2 }), NOW);
    expect(second.rows.map((r) => r.id)).toEqual(ids.slice(25));
    const beyond = await workspaceOffers(editor, filters({ pagina: 99 }), NOW);
    expect([beyond.page, beyond.rows.length]).toEqual([2, 5]);
    const exported: string[] = [];
    for await (const batch of allWorkspaceOffers(editor, filters(), NOW)) exported.push(...batch.map((r) => r.id));
    expect(exported).toEqual(ids);
  });
});

describe('the partner list', () => {
  test('puts every partner in one bucket, with on whom it waits and since when', async () => {
    const registered = await org({ status: 'REGISTERED' });
    const fresh = await org({ confirmedAt: day('2026-11-26') });
    const discountsOnly = await org({ type: 'DISCOUNT' });
    const proposed = await org({ type: 'DISCOUNT', confirmedAt: day('2026-11-30') });
    await offer(proposed, { status: 'SUBMITTED', since: day('2026-12-01') });
    // A partner of credit whose listing was never sent is new, even with a discount offer online:
    // the editors still write its listing (confirmed Friday 27 November: 3 working days).
    const listingToWrite = await org({ confirmedAt: day('2026-11-27') });
    await offer(listingToWrite, { status: 'PUBLISHED', since: day('2026-10-01'), published: true });
    await offer(listingToWrite, { status: 'DRAFT', since: day('2026-12-01'), kind: 'CREDIT_LISTING' });
    const editors = await org({ type: 'DISCOUNT' });
    await offer(editors, { status: 'PUBLISHED', since: day('2026-10-01'), published: true });
    await offer(editors, { status: 'CHANGES_REQUESTED', since: day('2026-11-27') });
    await offer(editors, { status: 'AWAITING_PARTNER', since: day('2026-11-20') });
    const waiting = await org({ type: 'DISCOUNT' });
    await offer(waiting, { status: 'AWAITING_PARTNER', since: day('2026-11-30') });
    const online = await org();
    await offer(online, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, kind: 'CREDIT_LISTING' });
    await offer(online, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-12-10' });
    const ending = await org({ type: 'DISCOUNT' });
    await offer(ending, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-12-10' });
    const over = await org({ type: 'DISCOUNT' });
    await offer(over, { status: 'PUBLISHED', since: day('2026-10-01'), published: true, validUntil: '2026-11-30' });
    await offer(over, { status: 'WITHDRAWN', since: day('2026-10-20') });
    const closed = await org({ status: 'CLOSED' });
    const rejected = await org({ status: 'REJECTED' });
    const inactive = await org({ status: 'INACTIVE' });

    const { rows, counts } = await workspacePartners(editor, filters(), NOW);
    const seen = Object.fromEntries(rows.map((r) => [r.id, [r.bucket, r.wait?.on ?? null, r.wait?.workingDays ?? null]]));
    expect(seen).toEqual({
      [registered]: ['nieuw', 'partner', 23],
      [fresh]: ['nieuw', 'editors', 4],
      [discountsOnly]: ['nieuw', null, null],
      [proposed]: ['nieuw', 'editors', 2],
      [listingToWrite]: ['nieuw', 'editors', 3],
      [editors]: ['redactie', 'editors', 3],
      [waiting]: ['partner', 'partner', 2],
      [online]: ['online', null, null],
      [ending]: ['loopt-af', null, null],
      [over]: ['afgelopen', null, null],
      [closed]: ['afgelopen', null, null],
      [rejected]: ['afgewezen', null, null],
      [inactive]: ['inactief', null, null],
    });
    expect(rows.find((r) => r.id === fresh)!.wait!.overdue).toBe(true);
    expect(rows.find((r) => r.id === registered)!.status).toBe('Nieuw: e-mail nog niet bevestigd');
    expect(counts.all.count).toBe(13);
    expect(counts.nieuw).toEqual({ count: 5, overdue: 2 });
    expect(await workspacePartnerCounts(editor, NOW)).toEqual(counts);
  });

  test('finds a partner by its KvK number, its name on the website or its legal name, its place; filters by type and category', async () => {
    const wielen = await org({ name: 'Sportfondsen Dordrecht B.V.', displayName: 'Zwembad De Wielen', kvk: '24301234', type: 'CREDIT' });
    const boek = await org({ name: 'De Boekhoek', kvk: '24309999', city: 'Zwijndrecht', category: 'winkel' });
    const ids = async (f: Partial<WorkspaceFilters>) => (await workspacePartners(editor, filters(f), NOW)).rows.map((r) => r.id).sort();
    expect(await ids({ zoek: '24301234' })).toEqual([wielen]);
    expect(await ids({ zoek: '2430' })).toEqual([wielen, boek].sort());
    expect(await ids({ zoek: 'wielen' })).toEqual([wielen]);
    expect(await ids({ zoek: 'sportfondsen' })).toEqual([wielen]);
    expect(await ids({ zoek: 'zwijndrecht' })).toEqual([boek]);
    expect(await ids({ soort: 'tegoed' })).toEqual([wielen]);
    expect(await ids({ soort: 'beide' })).toEqual([boek]);
    expect(await ids({ categorie: 'winkel' })).toEqual([boek]);
    const row = (await workspacePartners(editor, filters({ zoek: '24301234' }), NOW)).rows[0];
    expect(row).toMatchObject({
      name: 'Zwembad De Wielen',
      legalName: 'Sportfondsen Dordrecht B.V.',
      href: `/redactie/partners/${wielen}`,
    });
  });
});

describe('access', () => {
  test('a partner, or nobody, calling a list query directly is refused before anything is read', async () => {
    await org();
    for (const who of [partner, null, { ...editor, role: 'PARTNER' as const }]) {
      expect(() => workspaceOffers(who, filters(), NOW)).toThrow(NotAnEditor);
      expect(() => workspacePartners(who, filters(), NOW)).toThrow(NotAnEditor);
      expect(() => workspaceOfferCounts(who, NOW)).toThrow(NotAnEditor);
      expect(() => workspacePartnerCounts(who, NOW)).toThrow(NotAnEditor);
      expect(() => allWorkspaceOffers(who, filters(), NOW)).toThrow(NotAnEditor);
      expect(() => allWorkspacePartners(who, filters(), NOW)).toThrow(NotAnEditor);
    }
  });
});

describe('the URL', () => {
  test('unknown or repeated values are ignored, never an error; the query string leaves defaults out', () => {
    expect(
      parseWorkspaceFilters('offers', {
        status: 'redactie',
        categorie: 'sport',
        soort: 'korting',
        zoek: '  De   Wielen ',
        laat: '1',
        pagina: '3',
      }),
    ).toEqual({
      status: 'redactie',
      categorie: 'sport',
      soort: 'korting',
      zoek: 'De Wielen',
      laat: true,
      pagina: 3,
    });
    expect(parseWorkspaceFilters('offers', { status: 'DROP TABLE', categorie: 'x', soort: 'beide', laat: 'ja', pagina: '-1' })).toEqual(
      NO_WORKSPACE_FILTERS,
    );
    expect(parseWorkspaceFilters('partners', new URLSearchParams('soort=beide&status=nieuw&status=online&pagina=1e9')).soort).toBe('beide');
    expect(parseWorkspaceFilters('partners', new URLSearchParams('status=nieuw&status=online&pagina=1e9'))).toMatchObject({
      status: 'nieuw',
      pagina: 1,
    });
    expect(parseWorkspaceFilters('offers', { zoek: 'x'.repeat(500) }).zoek).toHaveLength(100);
    expect(workspaceQuery(filters({ status: 'partner', zoek: 'café', pagina: 2 }))).toBe('?status=partner&zoek=caf%C3%A9&pagina=2');
    expect(workspaceQuery(filters())).toBe('');
    // A GET form's empty fields and unknown values: the page redirects to the short form; the short form stays.
    expect(canonicalSearch('partners', { zoek: '', status: 'nieuw', categorie: '', soort: '' })).toBe('?status=nieuw');
    expect(canonicalSearch('partners', { status: 'onzin' })).toBe('');
    expect(canonicalSearch('partners', { status: 'nieuw', zoek: 'De Wielen' })).toBeNull();
    expect(canonicalSearch('partners', {})).toBeNull();
  });
});

describe('waiting', () => {
  test('overdueFrom is the last day a wait may have begun on and be overdue, as waitOf says', () => {
    expect(overdueFrom('editors', NOW)).toBe('2026-11-26');
    expect(overdueFrom('partner', NOW)).toBe('2026-11-24');
    for (const iso of ['2026-11-20', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-12-01']) {
      for (const on of ['editors', 'partner'] as const) {
        expect(waitOf(on, day(iso), NOW)!.overdue, `${on} ${iso}`).toBe(iso <= overdueFrom(on, NOW));
      }
    }
    // Across Christmas: 3 working days before Tuesday 29 December are the 23rd, 24th and 28th.
    expect(overdueFrom('editors', day('2026-12-29'))).toBe('2026-12-22');
  });

  test("an editor's save of a submitted proposal does not restart the wait on the editors; sending it does", async () => {
    const a = await org();
    const id = await offer(a, { status: 'SUBMITTED', since: day('2026-11-20') });
    const actor = { id: editor.id, name: editor.name };
    await prisma.$transaction((tx) =>
      transition(tx, 'save', { actor, from: 'SUBMITTED', offerId: id, event: { version: 1, content: {} }, audit: {} }),
    );
    const saved = await prisma.offer.findUniqueOrThrow({ where: { id } });
    expect([saved.status, saved.statusSince]).toEqual(['DRAFT', day('2026-11-20')]);
    await prisma.$transaction((tx) =>
      transition(tx, 'send', { actor, from: 'DRAFT', offerId: id, event: { version: 1, content: {} }, audit: {} }),
    );
    const sent = await prisma.offer.findUniqueOrThrow({ where: { id } });
    expect(sent.status).toBe('AWAITING_PARTNER');
    expect(sent.statusSince.getTime()).toBeGreaterThan(day('2026-11-20').getTime());
  });
});
