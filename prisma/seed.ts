import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { hashPassword } from '../lib/accounts/passwords.ts';
import { TERMS_VERSION } from '../lib/partners/terms.ts';
import { DEMO_EDITOR_USERNAME } from '../lib/editors/demo.ts';
import { demoOffers, insertDemoCatalog } from './demo-catalog.ts';

// Demo data: one editor and two confirmed partners (and, for the quick start, demo offers). Idempotent: running it again changes nothing.
// The same accounts are listed in the README. The demo editor stays a demo account: the editors'
// beheerder, never disabled nor made a plain redacteur (lib/editors/demo.ts, ADR 0029).
export const DEMO_ACCOUNTS = [
  {
    role: 'EDITOR',
    username: DEMO_EDITOR_USERNAME,
    email: 'redactie@dordtpas.example',
    password: 'redactie-demo-2026',
    name: 'Ruud Redacteur',
  },
  { role: 'PARTNER', username: 'dewielen', email: 'info@zwembad-dewielen.example', password: 'zwembad-demo-2026', name: 'Sanne de Vries' },
  { role: 'PARTNER', username: 'boekhoek', email: 'hallo@boekhoek.example', password: 'boekhoek-demo-2026', name: 'Ahmed El Amrani' },
] as const;

const ORGANISATIONS = {
  dewielen: {
    legalName: 'Stichting Zwembad De Wielen',
    displayName: 'Zwembad De Wielen',
    kvkNumber: '41118712',
    visitStreet: 'Wielengang',
    visitHouseNumber: '12',
    visitPostcode: '3311 KX',
    visitCity: 'Dordrecht',
    description: 'Overdekt zwembad met banenzwemmen, recreatief zwemmen en zwemles voor kinderen en volwassenen.',
    partnerType: 'BOTH',
    category: 'sport',
  },
  boekhoek: {
    legalName: 'De Boekhoek Dordrecht B.V.',
    displayName: null,
    kvkNumber: '24301877',
    visitStreet: 'Voorstraat',
    visitHouseNumber: '210',
    visitPostcode: '3311 ES',
    visitCity: 'Dordrecht',
    description: 'Boekwinkel in de binnenstad met kinderboeken, romans en studieboeken. Elke zaterdag voorlezen voor kinderen.',
    partnerType: 'CREDIT',
    category: 'winkel',
  },
} as const;

const weekdays = (from: string, to: string) => ({
  ma: [{ from, to }],
  di: [{ from, to }],
  wo: [{ from, to }],
  do: [{ from, to }],
  vr: [{ from, to }],
});

/**
 * The demo partners' locations (issue 20), the first one each partner's visiting address. With their
 * coordinates: the quick start runs without internet, so the geocode job could not find them.
 */
const LOCATIONS = {
  dewielen: [
    {
      name: 'Zwembad De Wielen',
      street: 'Wielengang',
      houseNumber: '12',
      postcode: '3311 KX',
      city: 'Dordrecht',
      // The pool's desk, public; not the contact person's own number (0781234567), which stays private.
      phone: '0786130000',
      latitude: 51.8106,
      longitude: 4.6659,
      openingHours: { ...weekdays('07:00', '21:30'), za: [{ from: '09:00', to: '17:00' }], zo: [{ from: '10:00', to: '16:00' }] },
      hoursRemark: 'Op feestdagen korter open.',
    },
    {
      name: 'Buitenbad Wantijpark',
      street: 'Wantijdijk',
      houseNumber: '6',
      postcode: '3314 LT',
      city: 'Dordrecht',
      phone: null,
      latitude: 51.8103,
      longitude: 4.6912,
      openingHours: { ...weekdays('10:00', '18:00'), za: [{ from: '10:00', to: '18:00' }], zo: [{ from: '10:00', to: '18:00' }] },
      hoursRemark: 'Alleen open van mei tot en met september.',
    },
  ],
  boekhoek: [
    {
      name: 'De Boekhoek',
      street: 'Voorstraat',
      houseNumber: '210',
      postcode: '3311 ES',
      city: 'Dordrecht',
      phone: null,
      latitude: 51.8139,
      longitude: 4.6667,
      openingHours: {
        ma: [{ from: '13:00', to: '18:00' }],
        di: [{ from: '09:30', to: '18:00' }],
        wo: [{ from: '09:30', to: '18:00' }],
        do: [{ from: '09:30', to: '21:00' }],
        vr: [{ from: '09:30', to: '18:00' }],
        za: [{ from: '09:30', to: '17:00' }],
        zo: [],
      },
      hoursRemark: 'Elke zaterdag om 11:00 voorlezen voor kinderen.',
    },
  ],
} as const;

/**
 * Each demo partner's locations by position: made when missing; an existing one at the same address
 * gets the coordinates and hours it lacks (the migration or a registration made it without them).
 */
async function seedLocations(prisma: PrismaClient) {
  for (const [username, locations] of Object.entries(LOCATIONS)) {
    const org = await prisma.organisation.findUnique({
      where: { kvkNumber: ORGANISATIONS[username as keyof typeof ORGANISATIONS].kvkNumber },
    });
    if (!org) continue;
    for (const [position, { latitude, longitude, openingHours, ...location }] of locations.entries()) {
      const existing = await prisma.location.findFirst({ where: { organisationId: org.id, position }, orderBy: { createdAt: 'asc' } });
      if (!existing) {
        await prisma.location.create({
          data: { organisationId: org.id, position, ...location, openingHours, latitude, longitude, geocodedAt: new Date() },
        });
        continue;
      }
      const here = existing.postcode === location.postcode && existing.houseNumber === location.houseNumber;
      const data = {
        ...(here && existing.latitude === null ? { latitude, longitude, geocodedAt: new Date() } : {}),
        ...(existing.openingHours === null ? { openingHours, hoursRemark: location.hoursRemark } : {}),
      };
      if (Object.keys(data).length) await prisma.location.update({ where: { id: existing.id }, data });
    }
  }
}

/** `demoCatalog`: also published demo offers for the catalog (the quick start; not the tests). */
export async function seed(databaseUrl = process.env.DATABASE_URL, options: { demoCatalog?: boolean } = {}): Promise<void> {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  try {
    const now = new Date();
    for (const account of DEMO_ACCOUNTS) {
      const existing = await prisma.user.findUnique({ where: { username: account.username } });
      if (existing) continue;
      let organisationId: string | null = null;
      if (account.role === 'PARTNER') {
        const data = ORGANISATIONS[account.username as keyof typeof ORGANISATIONS];
        const org = await prisma.organisation.upsert({
          where: { kvkNumber: data.kvkNumber },
          update: {},
          create: { ...data, status: 'CONFIRMED', confirmedAt: now, termsVersion: TERMS_VERSION, termsAcceptedAt: now },
        });
        organisationId = org.id;
      }
      await prisma.user.create({
        data: {
          username: account.username,
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash: await hashPassword(account.password),
          emailConfirmedAt: now,
          phone: '0781234567',
          organisationId,
          // Every demo account is a beheerder: of its organisation, or (the demo editor) of the editors.
          orgRole: 'ADMIN',
        },
      });
    }
    await seedLocations(prisma);
    if (options.demoCatalog) await insertDemoCatalog(prisma, demoOffers(30, now.getFullYear()), now);
  } finally {
    await prisma.$disconnect();
  }
}
