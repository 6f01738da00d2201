import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { TERMS_VERSION } from '../lib/partners/terms.ts';

// Published demo offers for the catalog: a handful of realistic ones for `npm run dev`, and as many
// as asked for the benchmark (`npm run bench` seeds 10 000). Deterministic: the same count gives the
// same offers. Written as offers with published content, like an approved offer; the catalog's
// entries are made from them when the server starts (rebuildCatalog).

type Kind = 'sport' | 'cultuur' | 'muziek-dans' | 'cursus' | 'uitje' | 'winkel' | 'kinderen' | 'gezondheid';

const PLACES: Record<Kind, Array<[string, string]>> = {
  sport: [
    ['Zwembad', 'Banen zwemmen, recreatief zwemmen en zwemles voor kinderen en volwassenen. Er is een apart peuterbad.'],
    ['Sportschool', 'Fitness, spinning en groepslessen onder begeleiding. Je krijgt een proefles en een schema op maat.'],
    ['Voetbalvereniging', 'Voetbal voor jongens en meisjes vanaf 5 jaar en voor volwassenen. Trainen op dinsdag en donderdag.'],
    ['Tennisclub', 'Tennis op gravelbanen, met les voor beginners en een zomercompetitie.'],
    ['Judoschool', 'Judo en zelfverdediging voor kinderen en volwassenen, in kleine groepen.'],
  ],
  cultuur: [
    ['Museum', 'Schilderijen van Dordtse meesters en wisselende tentoonstellingen. Elke zondag een rondleiding.'],
    ['Filmhuis', 'Films uit de hele wereld, ondertiteld, en op woensdagmiddag kinderfilms.'],
    ['Bibliotheek', 'Boeken, tijdschriften en e-books lenen, hulp bij formulieren en een leesclub.'],
  ],
  'muziek-dans': [
    ['Dansschool', 'Stijldansen, streetdance en salsa, voor beginners en gevorderden.'],
    ['Muziekschool', 'Les in gitaar, piano, zang en drums, alleen of in een groep.'],
    ['Theater', 'Toneel, cabaret en familievoorstellingen in het hart van de stad.'],
  ],
  cursus: [
    ['Taalhuis', 'Nederlands leren, oefenen met praten en hulp bij lezen en schrijven.'],
    ['Computercursus', 'Leren werken met een computer, een telefoon en DigiD, in je eigen tempo.'],
    ['Kookstudio', 'Samen koken met verse producten uit de buurt, gezond en goedkoop.'],
  ],
  uitje: [
    ['Speeltuin', 'Een grote speeltuin met een kinderboerderij, klimtoestellen en een terras.'],
    ['Rondvaart', 'Varen door de havens van de oudste stad van Holland, met uitleg over de geschiedenis.'],
    ['Klimpark', 'Klimmen en klauteren tussen de bomen, met parcoursen voor kinderen vanaf 4 jaar.'],
  ],
  winkel: [
    ['Boekwinkel', 'Kinderboeken, romans en studieboeken, nieuw en tweedehands.'],
    ['Fietsenmaker', 'Reparatie en onderhoud van je fiets, klaar terwijl je wacht.'],
    ['Kringloopwinkel', 'Meubels, kleding en speelgoed voor weinig geld.'],
  ],
  kinderen: [
    ['Scouting', 'Elke zaterdag buiten spelen, kamperen en samen dingen ontdekken, voor kinderen van 5 tot 17 jaar.'],
    ['Kinderatelier', 'Tekenen, schilderen en kleien voor kinderen, op woensdagmiddag en in de vakanties.'],
  ],
  gezondheid: [
    ['Yogastudio', 'Rustige yoga voor iedereen, ook als je nog nooit yoga hebt gedaan.'],
    ['Beweegcentrum', 'Bewegen onder begeleiding van een fysiotherapeut, ook met een beperking.'],
  ],
};

// A second sentence per offer, in turn, so that no word is in every text: a search for "bus" or
// "parkeren" finds some offers, not all of them (issue 14, item 12).
const CLOSINGS: Array<(name: string, area: string) => string> = [
  (name, area) => `Je vindt ${name} in Dordrecht ${area}, vlak bij de bushalte.`,
  (name) => `Kom je voor het eerst? Bij ${name} krijg je een rondleiding.`,
  (name, area) => `${name} zit midden in Dordrecht ${area}, je kunt gratis parkeren voor de deur.`,
  (name) => `Bel gerust als je iets wilt vragen: bij ${name} nemen ze de tijd voor je.`,
  (name, area) => `In Dordrecht ${area} kent iedereen ${name}. Neem gerust een vriend of buurvrouw mee.`,
  (name) => `${name} is goed toegankelijk met een rolstoel of rollator.`,
  (name, area) => `Vanaf station Dordrecht ben je met de bus in tien minuten in ${area}.`,
  (name) => `Op de website van ${name} staan de actuele tijden.`,
];
const OPENING = [
  'Maandag tot en met vrijdag van 9.00 tot 17.00 uur.',
  'Dinsdag tot en met zaterdag van 10.00 tot 18.00 uur, op zondag van 12.00 tot 17.00 uur.',
  'Elke dag van 8.30 tot 21.00 uur, in de schoolvakanties vanaf 10.00 uur.',
  'Woensdag en zaterdag van 13.00 tot 17.00 uur, of op afspraak.',
];

const AREAS = [
  'Oost',
  'West',
  'Centrum',
  'Stadspolder',
  'Sterrenburg',
  'Dubbeldam',
  'Krispijn',
  'Reeland',
  'Wielwijk',
  'Crabbehof',
  'Noordflank',
  'Staart',
];
const STREETS = [
  'Voorstraat',
  'Wijnstraat',
  'Spuiboulevard',
  'Johan de Wittstraat',
  'Dubbeldamseweg',
  'Krommedijk',
  'Vrieseplein',
  'Noordendijk',
  'Laan der Verenigde Naties',
  'Merwedestraat',
];

export type DemoLocation = {
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
};

export type DemoOffer = {
  kvkNumber: string;
  name: string;
  category: Kind;
  kind: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
  slug: string;
  content: Record<string, unknown>;
  /** The organisation's locations, the first its visiting address (the content's address). */
  locations: DemoLocation[];
};

// Dordrecht from the Wielwijk to the Biesbosch's edge, roughly: where the demo locations lie.
const AREA = { south: 51.8, north: 51.83, west: 4.63, east: 4.72 };
// The R2 sequence (Roberts 2018): points spread evenly over the area, the same for every run.
const PLASTIC = 1.324717957244746;
const POSTCODE_LETTERS = 'ABCEGHJKLMNPRTVXZ';

/** The organisation's `n`-th location over all (0, 1, 2, …): a place in Dordrecht. */
function demoPoint(n: number): { latitude: number; longitude: number } {
  const frac = (x: number) => x - Math.floor(x);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    latitude: round(AREA.south + (AREA.north - AREA.south) * frac(0.5 + n / PLASTIC)),
    longitude: round(AREA.west + (AREA.east - AREA.west) * frac(0.5 + n / (PLASTIC * PLASTIC))),
  };
}

/** Most organisations have one location; every tenth two, every 25th three (a library, a sports club). */
function demoLocations(i: number, name: string): DemoLocation[] {
  const count = i % 25 === 7 ? 3 : i % 10 === 3 ? 2 : 1;
  return Array.from({ length: count }, (_, k) => {
    const n = i * 3 + k;
    const letters = `${POSTCODE_LETTERS[n % POSTCODE_LETTERS.length]}${POSTCODE_LETTERS[Math.floor(n / 17) % POSTCODE_LETTERS.length]}`;
    return {
      name: k === 0 ? name : `${name}, ${AREAS[(i + k * 5) % AREAS.length]}`,
      street: STREETS[(i + k * 3) % STREETS.length],
      houseNumber: String(1 + ((i + k * 7) % 180)),
      postcode: `${3311 + (n % 9)} ${letters}`,
      city: 'Dordrecht',
      ...demoPoint(n),
    };
  });
}

const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Not every title starts with "35% korting bij": partners write them in their own words. */
function percentTitle(i: number, name: string, percent: number): string {
  const titles = [
    `${percent}% korting bij ${name}`,
    `${name}: ${percent}% korting met je Dordtpas`,
    `Met korting naar ${name}`,
    `${name} geeft ${percent}% korting`,
  ];
  return titles[Math.floor(i / 3) % titles.length];
}

/** `count` offers, spread over the categories and both kinds, valid for the whole of `year`. */
export function demoOffers(count: number, year: number): DemoOffer[] {
  const kinds = Object.keys(PLACES) as Kind[];
  const offers: DemoOffer[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const category = kinds[i % kinds.length];
    const places = PLACES[category];
    const [type, body] = places[Math.floor(i / kinds.length) % places.length];
    const area = AREAS[Math.floor(i / (kinds.length * 3)) % AREAS.length];
    const round = Math.floor(i / (kinds.length * 3 * AREAS.length));
    let name = `${type} ${area}${round ? ` ${round + 1}` : ''}`;
    for (let n = 2; used.has(name); n++) name = `${type} ${area} ${round + n}`;
    used.add(name);
    const locations = demoLocations(i, name);
    const [main] = locations;
    const discount = i % 3 !== 0;
    const base = {
      body: `${body} ${CLOSINGS[Math.floor(i / kinds.length) % CLOSINGS.length](name, area)}`,
      category,
      address: { street: main.street, houseNumber: main.houseNumber, addition: '', postcode: main.postcode, city: main.city },
      locations: 'all',
      openingInfo: OPENING[i % OPENING.length],
      contact: {
        phone: '078 123 45 67',
        email: `info@${slugify(name)}.example`,
        website: '',
        showPhone: true,
        showEmail: true,
        showWebsite: false,
      },
      photoId: null,
    };
    if (!discount) {
      offers.push({
        kvkNumber: String(70_000_000 + i),
        name,
        category,
        kind: 'CREDIT_LISTING',
        slug: slugify(name),
        content: { ...base, title: name },
        locations,
      });
      continue;
    }
    const tariffs = i % 2 === 0;
    const subject = tariffs ? 'toegang' : 'een les of bezoek';
    offers.push({
      kvkNumber: String(70_000_000 + i),
      name,
      category,
      kind: 'DISCOUNT_ACTION',
      slug: `${slugify(name)}-korting`,
      locations,
      content: {
        ...base,
        title: tariffs ? `Korting op ${subject} bij ${name}` : percentTitle(i, name, 25 + (i % 4) * 10),
        discount: {
          subject,
          validFrom: `${year}-01-01`,
          validUntil: `${year}-12-31`,
          validityNote: '',
          editorsInfo: '',
          tips: 'Laat je Dordtpas zien bij de kassa.',
          reservationRequired: i % 5 === 0,
          discountType: tariffs ? 'TARIFFS' : 'PERCENT',
          percent: tariffs ? null : 25 + (i % 4) * 10,
          usage: i % 4 === 0 ? 'ONCE' : 'REPEATED',
          tariffs: tariffs
            ? [
                { minAge: 0, maxAge: 3, regular: 0, pass: 0 },
                { minAge: 4, maxAge: 17, regular: 450, pass: 200 },
                { minAge: 18, maxAge: null, regular: 650, pass: 325 },
              ].filter((b) => b.regular > 0)
            : [],
          contactName: 'Demo',
        },
      },
    });
  }
  return offers;
}

/** Writes the offers (and an organisation with its locations for each) as published. Skips what is there already. */
export async function insertDemoCatalog(prisma: PrismaClient, offers: DemoOffer[], now = new Date()): Promise<number> {
  const existing = new Set(
    (await prisma.offer.findMany({ where: { slug: { in: offers.map((o) => o.slug) } }, select: { slug: true } })).map((o) => o.slug),
  );
  const fresh = offers.filter((o) => !existing.has(o.slug));
  for (let i = 0; i < fresh.length; i += 1000) {
    const chunk = fresh.slice(i, i + 1000);
    await prisma.organisation.createMany({
      data: chunk.map((o) => ({
        id: `demo-org-${o.kvkNumber}`,
        legalName: o.name,
        kvkNumber: o.kvkNumber,
        visitStreet: o.locations[0].street,
        visitHouseNumber: o.locations[0].houseNumber,
        visitPostcode: o.locations[0].postcode,
        visitCity: o.locations[0].city,
        description: String(o.content.body).slice(0, 500),
        partnerType: o.kind === 'CREDIT_LISTING' ? ('CREDIT' as const) : ('DISCOUNT' as const),
        category: o.category,
        status: 'CONFIRMED' as const,
        termsVersion: TERMS_VERSION,
        termsAcceptedAt: now,
      })),
      skipDuplicates: true,
    });
    // The first is the visiting address (position 0), as registration makes it; with coordinates, as PDOK gives them.
    await prisma.location.createMany({
      data: chunk.flatMap((o) =>
        o.locations.map((l, position) => ({
          id: `demo-loc-${o.kvkNumber}-${position}`,
          organisationId: `demo-org-${o.kvkNumber}`,
          position,
          ...l,
          geocodedAt: now,
        })),
      ),
      skipDuplicates: true,
    });
    await prisma.offer.createMany({
      data: chunk.map((o) => {
        const discount = o.content.discount as { validFrom: string; validUntil: string } | undefined;
        return {
          kind: o.kind,
          organisationId: `demo-org-${o.kvkNumber}`,
          status: 'PUBLISHED' as const,
          slug: o.slug,
          content: o.content as object,
          publishedContent: o.content as object,
          publishedAt: now,
          validFrom: discount ? new Date(discount.validFrom) : null,
          validUntil: discount ? new Date(discount.validUntil) : null,
        };
      }),
    });
  }
  return fresh.length;
}
