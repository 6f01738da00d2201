// The editors' workspace for `npm run bench` (issue 18): a database of 5 000 partners and 20 000
// offers in every status, with waits of up to two months, and an editor who logs in over HTTP as
// a browser does. The workspace's lists are measured against it (scripts/bench/run.ts).
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import type { OfferStatus, OrganisationStatus, PartnerType } from '../../lib/generated/prisma/enums.ts';
import { TERMS_VERSION } from '../../lib/partners/terms.ts';
import { hashPassword } from '../../lib/accounts/passwords.ts';
import { demoOffers } from '../../prisma/demo-catalog.ts';

export const BENCH_EDITOR = { username: 'bench-redactie', password: 'bench-redactie-2026' };

const CATEGORIES = ['sport', 'cultuur', 'muziek-dans', 'cursus', 'uitje', 'winkel', 'kinderen', 'gezondheid', 'overig'];
const CITIES = ['Dordrecht', 'Dordrecht', 'Dordrecht', 'Zwijndrecht', 'Papendrecht', "'s-Gravendeel"];
const NAMES = ['Zwembad', 'Sportschool', 'Museum', 'Muziekschool', 'Dansstudio', 'Boekhandel', 'Speeltuin', 'Fysiotherapie', 'Café', 'Kookstudio'];
const AREAS = ['Centrum', 'Oost', 'West', 'Stadspolders', 'Sterrenburg', 'Krispijn', 'Dubbeldam', 'Crabbehof'];
// Weights out of 100, roughly as a programme of some years would have them.
const ORG_STATUSES: Array<[OrganisationStatus, number]> = [
  ['REGISTERED', 3],
  ['CONFIRMED', 85],
  ['CLOSED', 4],
  ['REJECTED', 4],
  ['INACTIVE', 4],
];
const OFFER_STATUSES: Array<[OfferStatus, number]> = [
  ['PUBLISHED', 45],
  ['WITHDRAWN', 8],
  ['SUBMITTED', 8],
  ['DRAFT', 8],
  ['AWAITING_PARTNER', 10],
  ['CHANGES_REQUESTED', 5],
  ['REJECTED', 4],
  ['RETRACTED', 4],
  ['PROPOSAL', 8],
];
const TYPES: PartnerType[] = ['BOTH', 'BOTH', 'CREDIT', 'DISCOUNT'];

/** The i-th value of a weighted list, spread evenly (deterministic, no randomness: every run the same data). */
function weighted<T>(list: Array<[T, number]>, i: number): T {
  let n = (i * 37) % 100;
  for (const [value, weight] of list) {
    if (n < weight) return value;
    n -= weight;
  }
  return list[0][0];
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 5 000 partners and 20 000 offers (by default), and the bench's editor. */
export async function seedWorkspace(prisma: PrismaClient, { partners = 5_000, offers = 20_000, now = new Date() } = {}) {
  const orgs = Array.from({ length: partners }, (_, i) => {
    const status = weighted(ORG_STATUSES, i);
    return {
      id: `ws-org-${i}`,
      legalName: `${NAMES[i % NAMES.length]} ${AREAS[Math.floor(i / NAMES.length) % AREAS.length]} ${i}`,
      displayName: i % 5 === 0 ? `${NAMES[i % NAMES.length]} ${i}` : null,
      kvkNumber: String(60_000_000 + i),
      visitStreet: 'Voorstraat',
      visitHouseNumber: String(1 + (i % 200)),
      visitPostcode: '3311 AB',
      visitCity: CITIES[i % CITIES.length],
      description: 'Een partner van Dordtpas.',
      partnerType: TYPES[i % TYPES.length],
      category: CATEGORIES[i % CATEGORIES.length],
      status,
      termsVersion: TERMS_VERSION,
      termsAcceptedAt: new Date(now.getTime() - (400 - (i % 400)) * DAY),
      createdAt: new Date(now.getTime() - (400 - (i % 400)) * DAY),
      confirmedAt: status === 'REGISTERED' ? null : new Date(now.getTime() - ((i * 7) % 60) * DAY),
    };
  });
  for (let i = 0; i < orgs.length; i += 1000) await prisma.organisation.createMany({ data: orgs.slice(i, i + 1000) });
  // Offers belong to partners that got that far (not to unconfirmed or refused registrations).
  const owners = orgs.filter((o) => o.status === 'CONFIRMED' || o.status === 'CLOSED' || o.status === 'INACTIVE');
  // The demo catalog's texts (prisma/demo-catalog.ts): content every page and the catalog can read.
  const year = Number(iso(now).slice(0, 4));
  const texts = demoOffers(offers, year);
  const rows = texts.map((text, i) => {
    const owner = owners[(i * 7919) % owners.length];
    const status = weighted(OFFER_STATUSES, i * 3 + 1);
    const content = { ...text.content, category: owner.category };
    // Waits from today back to 60 days; last days from a month ago to half a year ahead.
    const since = new Date(now.getTime() - ((i * 13) % (60 * 24)) * (DAY / 24));
    const validUntil = text.kind === 'DISCOUNT_ACTION' ? new Date(`${iso(new Date(now.getTime() + (((i * 11) % 210) - 30) * DAY))}T00:00:00Z`) : null;
    const online = status === 'PUBLISHED' || (i % 4 === 0 && ['DRAFT', 'AWAITING_PARTNER', 'SUBMITTED'].includes(status));
    return {
      id: `ws-offer-${i}`,
      kind: text.kind,
      organisationId: owner.id,
      status,
      slug: `ws-${text.slug}`,
      content,
      publishedContent: online ? content : undefined,
      publishedAt: online ? new Date(since.getTime() - 30 * DAY) : null,
      validFrom: validUntil ? new Date(validUntil.getTime() - 300 * DAY) : null,
      validUntil,
      statusSince: since,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await prisma.offer.createMany({ data: rows.slice(i, i + 1000) });
  await createBenchEditor(prisma, now);
  // As autovacuum leaves a table that changes little: visible pages marked, so that index-only scans are.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Organisation", "Offer"');
}

/** The bench's editor (the workspace's lists, the front's withdrawal), confirmed. */
export async function createBenchEditor(prisma: PrismaClient, now = new Date()) {
  await prisma.user.create({
    data: {
      username: BENCH_EDITOR.username,
      email: 'bench-redactie@dordtpas.example',
      passwordHash: await hashPassword(BENCH_EDITOR.password),
      role: 'EDITOR',
      orgRole: 'MEMBER',
      name: 'Bench Redactie',
      emailConfirmedAt: now,
    },
  });
}

/** Logs in as the bench's editor through next-auth's credentials route, as the login form does: the session cookie. */
export async function editorCookie(appUrl: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const login = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, identifier: BENCH_EDITOR.username, password: BENCH_EDITOR.password }),
  });
  const session = login.headers.getSetCookie().find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`the bench editor could not log in (HTTP ${login.status})`);
  return session.split(';')[0];
}
