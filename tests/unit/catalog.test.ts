import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { secondsUntilTomorrow, todayInDordrecht } from '@/lib/i18n/format';
import {
  PAGE_SIZE,
  benefitOf,
  benefitLabel,
  catalogEntryData,
  catalogPage,
  catalogSlugs,
  editDistance,
  publishedSelect,
  rebuildCatalog,
  suggestSearch,
  transpositions,
} from '@/lib/offers/catalog';
import {
  KIND_PARAMS,
  NO_FILTERS,
  filterKey,
  filtersFromKey,
  filtersQuery,
  normalise,
  parseFilters,
  type CatalogFilters,
} from '@/lib/offers/filters';
import { approveOffer, saveListing, withdrawOffer } from '@/lib/offers/review';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { photoSources } from '@/lib/photos/service';
import { demoOffers, insertDemoCatalog } from '@/prisma/demo-catalog';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, offerRow, uploadPhoto } from '../support/offers';
import { currentYear } from '../support/proposals';
import { credit, discount, entryOf, filters, publishedDiscount, publishedListing, titlesFor } from '../support/catalog';

// The public catalog (`/`): its filters as they live in the URL and in the cache keys
// (lib/offers/filters.ts), the CatalogEntry that follows every publish and withdraw, and the one
// query behind the catalog and its search (lib/offers/catalog.ts). Offers are published through
// the real review loop, against the real database (pg_trgm included).

setUpPhotoTests();

const year = currentYear();
/** The Dordrecht date the catalog is asked for in most tests: every action of this year runs then. */
const today = `${year}-06-15`;

/** The query string of filtersQuery's URL, as the browser sends it back. */
const searchParamsOf = (path: string) => new URL(path, 'http://localhost').searchParams;

describe('parseFilters', () => {
  test('valid values are taken as they are', () => {
    expect(parseFilters({ zoek: 'zwembad', categorie: 'sport', soort: 'korting', kinderen: '1', pagina: '3' })).toEqual({
      zoek: 'zwembad',
      categorie: 'sport',
      soort: 'korting',
      kinderen: true,
      pagina: 3,
    });
    expect(parseFilters(new URLSearchParams('categorie=overig&soort=tegoed&kinderen=on'))).toEqual({
      ...NO_FILTERS,
      categorie: 'overig',
      soort: 'tegoed',
      kinderen: true,
    });
    expect(parseFilters({ kinderen: 'ja' }).kinderen).toBe(true);
    expect(parseFilters({})).toEqual(NO_FILTERS);
  });

  test('is lenient: a bad value falls back to its default instead of failing', () => {
    expect(parseFilters({ categorie: 'zwemmen' }).categorie).toBe('');
    expect(parseFilters({ categorie: 'Sport' }).categorie).toBe('');
    for (const soort of ['CREDIT_LISTING', 'Korting', 'alles', '']) expect(parseFilters({ soort }).soort, soort).toBe('');
    for (const kinderen of ['0', 'nee', 'true', '']) expect(parseFilters({ kinderen }).kinderen, kinderen).toBe(false);
    for (const pagina of ['abc', '0', '-1', '2.5', '', '100001']) expect(parseFilters({ pagina }).pagina, pagina).toBe(1);
    // Everything wrong at once still gives the whole catalog.
    expect(parseFilters(new URLSearchParams('categorie=x&soort=y&kinderen=z&pagina=abc&onbekend=1'))).toEqual(NO_FILTERS);
  });

  test('a repeated parameter (an array) takes its first value', () => {
    expect(
      parseFilters({
        zoek: ['museum', 'zwembad'],
        categorie: ['cultuur', 'sport'],
        soort: ['tegoed', 'korting'],
        kinderen: ['1', '0'],
        pagina: ['2', '5'],
      }),
    ).toEqual({ zoek: 'museum', categorie: 'cultuur', soort: 'tegoed', kinderen: true, pagina: 2 });
    // The first value decides, also when it is the bad one.
    expect(parseFilters({ categorie: ['x', 'sport'], pagina: ['abc', '4'] })).toMatchObject({ categorie: '', pagina: 1 });
  });

  test('the search is trimmed, its whitespace collapsed, and cut at 100 characters', () => {
    expect(parseFilters({ zoek: '  zwembad \t  de\n wielen  ' }).zoek).toBe('zwembad de wielen');
    expect(parseFilters({ zoek: '   ' }).zoek).toBe('');
    const long = parseFilters({ zoek: `  ${'zwembad '.repeat(30)}` }).zoek;
    expect(long).toHaveLength(100);
    expect(long.startsWith('zwembad zwembad')).toBe(true);
    expect(parseFilters({ zoek: 'a'.repeat(250) }).zoek).toBe('a'.repeat(100));
  });
});

describe('filtersQuery', () => {
  test('leaves the defaults out', () => {
    expect(filtersQuery(NO_FILTERS)).toBe('/');
    expect(filtersQuery(filters({ pagina: 1, kinderen: false }))).toBe('/');
    expect(filtersQuery(filters({ categorie: 'sport' }))).toBe('/?categorie=sport');
    expect(filtersQuery(filters({ kinderen: true, pagina: 2 }))).toBe('/?kinderen=1&pagina=2');
    expect(filtersQuery(filters({ zoek: 'café de stoep', soort: 'korting' }))).toBe('/?zoek=caf%C3%A9+de+stoep&soort=korting');
  });

  test('overrides replace single filters, e.g. the page', () => {
    const f = filters({ categorie: 'cultuur', pagina: 3 });
    expect(filtersQuery(f, { pagina: 4 })).toBe('/?categorie=cultuur&pagina=4');
    expect(filtersQuery(f, { pagina: 1 })).toBe('/?categorie=cultuur');
    expect(f.pagina).toBe(3);
  });

  test('round-trips through parseFilters', () => {
    const cases: CatalogFilters[] = [
      NO_FILTERS,
      filters({ zoek: 'zwembad' }),
      filters({ zoek: 'café & 50% korting_/?#=+', categorie: 'muziek-dans', soort: 'tegoed', kinderen: true, pagina: 12 }),
      filters({ categorie: 'kinderen', kinderen: true }),
      filters({ soort: 'korting', pagina: 100_000 }),
    ];
    for (const f of cases) expect(parseFilters(searchParamsOf(filtersQuery(f))), filtersQuery(f)).toEqual(f);
  });
});

/** Every combination of the filters a cache key holds (everything but the search). */
function everyKeyCombination(): CatalogFilters[] {
  const all: CatalogFilters[] = [];
  for (const categorie of ['', ...CATEGORY_SLUGS])
    for (const soort of ['', ...Object.keys(KIND_PARAMS)] as CatalogFilters['soort'][])
      for (const kinderen of [false, true])
        for (const pagina of [1, 2, 37, 100_000]) all.push({ zoek: '', categorie, soort, kinderen, pagina });
  return all;
}
/** The combinations with the children filter but no category ("kinderen" is also a category's slug). */
const childrenWithoutCategory = (f: CatalogFilters) => f.kinderen && !f.categorie;

describe('filterKey and filtersFromKey', () => {
  test('no filters is "alles"; the parts in a fixed order', () => {
    expect(filterKey(NO_FILTERS)).toBe('alles');
    expect(filterKey(filters({ zoek: 'zwembad' }))).toBe('alles');
    expect(filterKey(filters({ categorie: 'sport', soort: 'korting', kinderen: true, pagina: 2 }))).toBe('sport~korting~jeugd~p2');
    expect(filtersFromKey('alles')).toEqual(NO_FILTERS);
    expect(filtersFromKey('sport~korting~jeugd~p2')).toEqual(filters({ categorie: 'sport', soort: 'korting', kinderen: true, pagina: 2 }));
  });

  test('round-trip for every combination, each key its own', () => {
    const combinations = everyKeyCombination();
    for (const f of combinations) expect(filtersFromKey(filterKey(f)), filterKey(f)).toEqual(f);
    expect(new Set(combinations.map(filterKey)).size).toBe(combinations.length);
  });

  test('the children filter without a category is not the category "kinderen" (its slug is the same word)', () => {
    const combinations = everyKeyCombination().filter(childrenWithoutCategory);
    for (const f of combinations) expect(filtersFromKey(filterKey(f)), filterKey(f)).toEqual(f);
    expect(filterKey(filters({ kinderen: true }))).not.toBe(filterKey(filters({ categorie: 'kinderen' })));
  });

  test('refuses every key that is not exactly one filterKey makes', () => {
    const refused = [
      'korting~sport', // canonical: sport~korting
      'kinderen~sport',
      'p2~sport',
      'p1', // page 1 is left out
      'sport~p1',
      'p01',
      'p0',
      'p1234567',
      'alles~sport',
      'alles~x',
      'sport~alles',
      'sport~sport',
      'sport~cultuur',
      'tegoed~korting',
      'korting~korting',
      'sport~kinderen~kinderen',
      'p2~p3',
      'zwemmen',
      'Sport',
      'sport~',
      '~sport',
      'sport~~korting',
      '',
      'sport korting',
    ];
    for (const key of refused) expect(filtersFromKey(key), key).toBeNull();
  });
});

describe('normalise', () => {
  test('lower case, without accents or extra spaces', () => {
    expect(normalise('Café  Zwembad')).toBe('cafe zwembad');
    expect(normalise('  Ë  ï  Ö\tü\nÇA  ')).toBe('e i o u ca');
    expect(normalise('Crème BRÛLÉE')).toBe('creme brulee');
    expect(normalise('50% korting_op')).toBe('50% korting_op');
  });
});

describe('benefitOf', () => {
  const band = (minAge: number, regular: number, pass: number, maxAge: number | null = null) => ({ minAge, maxAge, regular, pass });

  test('a credit listing: "Tegoed besteden", not for children', () => {
    expect(benefitOf(credit())).toEqual({ benefit: 'credit', forChildren: false });
  });

  test('a percentage: "percent:25", stored without a language', () => {
    expect(benefitOf(discount({ discountType: 'PERCENT', percent: 25 }))).toEqual({ benefit: 'percent:25', forChildren: false });
    expect(benefitOf(discount({ discountType: 'PERCENT', percent: 37.5 }))).toEqual({ benefit: 'percent:37.5', forChildren: false });
    expect(benefitOf(discount({ discountType: 'PERCENT', percent: 100 })).benefit).toBe('percent:100');
  });

  test('tariffs with different percentages: "upto:N", N the highest, rounded down', () => {
    // 4–11: € 4,50 → € 2,00 is 55,5…%; adults € 6,50 → € 3,25 is 50%.
    expect(benefitOf(discount({ discountType: 'TARIFFS', percent: null, tariffs: [band(4, 450, 200, 11), band(18, 650, 325)] }))).toEqual({
      benefit: 'upto:55',
      forChildren: true,
    });
    // 66,6…% and 25%: 66, not 67.
    expect(benefitOf(discount({ discountType: 'TARIFFS', percent: null, tariffs: [band(18, 300, 100), band(65, 400, 300)] }))).toEqual({
      benefit: 'upto:66',
      forChildren: false,
    });
  });

  test('tariffs with equal percentages: "percent:N"', () => {
    expect(benefitOf(discount({ discountType: 'TARIFFS', percent: null, tariffs: [band(18, 1000, 500, 64), band(65, 800, 400)] }))).toEqual(
      {
        benefit: 'percent:50',
        forChildren: false,
      },
    );
    expect(benefitOf(discount({ discountType: 'TARIFFS', percent: null, tariffs: [band(18, 1200, 900)] })).benefit).toBe('percent:25');
  });

  test('for children when a band starts under 18, not with adult bands only', () => {
    const tariffs = (minAge: number) =>
      discount({ discountType: 'TARIFFS', percent: null, tariffs: [band(minAge, 1000, 500), band(65, 1000, 500)] });
    expect(benefitOf(tariffs(17)).forChildren).toBe(true);
    expect(benefitOf(tariffs(0)).forChildren).toBe(true);
    expect(benefitOf(tariffs(18)).forChildren).toBe(false);
  });
});

describe("benefitLabel: the stored benefit in the page's language", () => {
  test('Dutch as the cards always said it, with a decimal comma', () => {
    expect(benefitLabel('credit')).toBe('Tegoed besteden');
    expect(benefitLabel('percent:25')).toBe('25% korting');
    expect(benefitLabel('percent:37.5')).toBe('37,5% korting');
    expect(benefitLabel('upto:55')).toBe('Tot 55% korting');
  });

  test('each language its own words and way of writing a percentage', () => {
    expect(benefitLabel('credit', 'en')).toBe('Spend credit');
    expect(benefitLabel('upto:55', 'en')).toBe('Up to 55% discount');
    expect(benefitLabel('percent:37.5', 'en')).toBe('37.5% discount');
    expect(benefitLabel('percent:25', 'tr')).toBe('%25 indirim');
    expect(benefitLabel('percent:25', 'pl')).toBe('25% zniżki');
    expect(benefitLabel('percent:25', 'ar')).toMatch(/^خصم 25/);
  });

  test('a row stored in Dutch (before the migration, or by an old instance during a deploy) is said in the language too', () => {
    expect(benefitLabel('Tot 55% korting', 'en')).toBe('Up to 55% discount');
    expect(benefitLabel('37,5% korting', 'en')).toBe('37.5% discount');
    expect(benefitLabel('Tegoed besteden', 'tr')).toBe('Bakiye harcama');
    expect(benefitLabel('Tot 55% korting')).toBe('Tot 55% korting');
    // Anything else as it was stored.
    expect(benefitLabel('korting:x', 'en')).toBe('korting:x');
    expect(benefitLabel('Gratis entree', 'en')).toBe('Gratis entree');
  });
});

describe('the catalog entry follows publication', () => {
  test('approve creates it from the published content; a later draft leaves it; re-approval updates it; withdraw removes it', async () => {
    const photo = await uploadPhoto();
    const { editor, partner, offerId, version, slug } = await publishedListing('Zwembad De Wielen', {
      title: 'Zwemmen bij De Wielen',
      body: 'Banen zwemmen in het buitenbad, met een grote glijbaan voor iedereen.',
      category: 'sport',
      city: 'Zwijndrecht',
      photoId: photo.id,
      photoClaim: photo.claim,
    });
    const offer = await offerRow(offerId);
    const photoRow = await prisma.photo.findUniqueOrThrow({ where: { id: photo.id } });

    const entry = await entryOf(offerId);
    expect(entry).toEqual({
      offerId,
      slug,
      kind: 'CREDIT_LISTING',
      title: 'Zwemmen bij De Wielen',
      organisationName: 'Zwembad De Wielen',
      category: 'sport',
      place: 'Zwijndrecht',
      benefit: 'credit',
      forChildren: false,
      photo: photoSources(photoRow),
      // Title, organisation, category label, (no subject) and description, normalised.
      searchText:
        'zwemmen bij de wielen zwembad de wielen sport en bewegen banen zwemmen in het buitenbad, met een grote glijbaan voor iedereen.',
      // The same without the description: the typo-tolerant comparison looks only here.
      searchName: 'zwemmen bij de wielen zwembad de wielen sport en bewegen',
      validFrom: null,
      validUntil: null,
      publishedAt: offer.publishedAt,
      // Its address has no coordinates yet (the geocode job has not run): not on the map.
      located: false,
    });
    expect(entry?.photo).toMatchObject({ src: expect.stringMatching(/\S/), width: photoRow.width, height: photoRow.height });
    expect((await catalogPage(filters(), today)).cards.map((c) => c.slug)).toEqual([slug]);

    // The editor changes title, category and photo in a draft, then sends it: not approved, so the
    // catalog keeps showing the published version.
    const newPhoto = await uploadPhoto(editor.id);
    const changed = {
      title: 'Zomerzwemmen in De Wielen',
      category: 'uitje',
      city: 'Dordrecht',
      photoId: newPhoto.id,
      photoClaim: newPhoto.claim,
    };
    const draft = await saveListing(editor, partner.organisationId, listingForm({ ...changed, version }));
    if (!draft.ok) throw new Error(draft.reason);
    expect(await entryOf(offerId)).toEqual(entry);
    const sent = await saveListing(
      editor,
      partner.organisationId,
      listingForm({ ...changed, photoId: '', photoClaim: '', keepPhoto: newPhoto.id, version: draft.version, intent: 'send' }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await offerRow(offerId)).toMatchObject({ status: 'AWAITING_PARTNER' });
    expect(await entryOf(offerId)).toEqual(entry);
    expect(await titlesFor({ zoek: 'zomerzwemmen' }, today)).toEqual([]);

    // The partner approves: the same entry (same slug), with the new content.
    expect(await approveOffer(partner.actor, offerId, sent.version)).toMatchObject({ ok: true });
    const newPhotoRow = await prisma.photo.findUniqueOrThrow({ where: { id: newPhoto.id } });
    const updated = await entryOf(offerId);
    expect(updated).toMatchObject({
      slug,
      title: 'Zomerzwemmen in De Wielen',
      category: 'uitje',
      place: 'Dordrecht',
      benefit: 'credit',
      photo: photoSources(newPhotoRow),
      publishedAt: (await offerRow(offerId)).publishedAt,
    });
    expect(updated?.searchText).toContain('zomerzwemmen in de wielen');
    expect(updated?.searchText).toContain('uitjes en recreatie');
    expect(await prisma.catalogEntry.count()).toBe(1);
    expect(await titlesFor({ zoek: 'zomerzwemmen' }, today)).toEqual(['Zomerzwemmen in De Wielen']);
    expect(await titlesFor({ categorie: 'sport' }, today)).toEqual([]);

    // The editor withdraws it: gone from the catalog.
    expect(await withdrawOffer(editor, offerId, 'Het bad is gesloten.')).toMatchObject({ ok: true });
    expect(await entryOf(offerId)).toBeNull();
    expect(await prisma.catalogEntry.count()).toBe(0);
    expect(await catalogPage(filters(), today)).toEqual({ cards: [], total: 0, page: 1, pages: 1 });
  });

  test('a discount offer: its kind, benefit, children flag, last day and subject', async () => {
    const { offerId, slug } = await publishedDiscount('Speeltuin Reeland', {
      subject: 'entree en een ijsje',
      listing: { title: 'Korting bij Speeltuin Reeland', category: 'kinderen' },
      discount: {
        validFrom: `${year}-03-01`,
        validUntil: `${year}-09-30`,
        discountType: 'TARIFFS',
        percent: null,
        tariffs: [
          { minAge: 4, maxAge: 17, regular: 450, pass: 200 },
          { minAge: 18, maxAge: null, regular: 650, pass: 325 },
        ],
      },
    });
    expect(await entryOf(offerId)).toMatchObject({
      slug,
      kind: 'DISCOUNT_ACTION',
      title: 'Korting bij Speeltuin Reeland',
      organisationName: 'Speeltuin Reeland',
      category: 'kinderen',
      benefit: 'upto:55',
      forChildren: true,
      photo: null,
      validUntil: new Date(`${year}-09-30`),
    });
    expect((await entryOf(offerId))?.searchText).toContain('entree en een ijsje');
    // What the card says.
    expect((await catalogPage(filters({ zoek: 'ijsje' }), today)).cards).toEqual([
      {
        slug,
        kind: 'DISCOUNT_ACTION',
        title: 'Korting bij Speeltuin Reeland',
        organisationName: 'Speeltuin Reeland',
        category: 'kinderen',
        categoryLabel: 'Kinderen en jongeren',
        place: 'Dordrecht',
        benefit: 'upto:55',
        forChildren: true,
        photo: null,
        startsOn: null,
      },
    ]);
  });
});

const L1 = 'Zwembad De Wielen';
const L2 = 'Café Het Hof';
const A1 = 'Halve prijs in Zwembad Oost';
const A2 = 'Korting bij Speeltuin Reeland';

/** Two credit listings and two discount offers, published, each with words of its own. */
async function fourOffers() {
  await publishedListing('Sportfondsen Dordrecht', {
    title: L1,
    body: 'Banen zwemmen in het buitenbad, met een grote glijbaan voor iedereen.',
    category: 'sport',
  });
  await publishedListing('Stichting Hofkwartier', {
    title: L2,
    body: 'Koffie en appeltaart met je tegoed, midden in de oude binnenstad.',
    category: 'cultuur',
  });
  await publishedDiscount('Zwembad Oost', {
    subject: 'toegang',
    listing: { title: A1, body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.', category: 'sport' },
    discount: { discountType: 'PERCENT', percent: 50 },
  });
  await publishedDiscount('Speeltuin Reeland', {
    subject: 'entree',
    listing: { title: A2, body: 'Klimmen, klauteren en de kinderboerderij bezoeken voor minder geld.', category: 'kinderen' },
    discount: {
      discountType: 'TARIFFS',
      percent: null,
      tariffs: [
        { minAge: 4, maxAge: 17, regular: 450, pass: 200 },
        { minAge: 18, maxAge: null, regular: 650, pass: 325 },
      ],
    },
  });
  expect(await prisma.catalogEntry.count()).toBe(4);
}

describe('catalogPage: search', () => {
  test('without a search: everything, by the organisation name', async () => {
    await fourOffers();
    expect(await catalogPage(filters(), today)).toMatchObject({ total: 4, page: 1, pages: 1 });
    // Speeltuin Reeland, Sportfondsen Dordrecht, Stichting Hofkwartier, Zwembad Oost.
    expect(await titlesFor({}, today)).toEqual([A2, L1, L2, A1]);
  });

  test('a misspelled word finds it ("zwembat" → "Zwembad")', async () => {
    await fourOffers();
    expect(await titlesFor({ zoek: 'zwembat' }, today)).toEqual([L1, A1]);
    // A typo is forgiven in names (title, organisation, category, subject), not in the description:
    // that is found word for word ("glijbaan"), which keeps the search fast.
    expect(await titlesFor({ zoek: 'glijbaam' }, today)).toEqual([]);
    expect(await titlesFor({ zoek: 'glijbaan' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'speeltuim' }, today)).toEqual([A2]);
  });

  test('by the organisation name, by a word of the description, by the discount subject', async () => {
    await fourOffers();
    expect(await titlesFor({ zoek: 'hofkwartier' }, today)).toEqual([L2]);
    expect(await titlesFor({ zoek: 'sportfondsen' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'glijbaan' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'appeltaart' }, today)).toEqual([L2]);
    expect(await titlesFor({ zoek: 'entree' }, today)).toEqual([A2]);
    // The category's label is searched too.
    expect(await titlesFor({ zoek: 'musea' }, today)).toEqual([L2]);
  });

  test('case and accents do not matter, in the query or in the text', async () => {
    await fourOffers();
    for (const zoek of ['cafe', 'CAFÉ', 'Café', 'cafè', 'HÔF']) expect(await titlesFor({ zoek }, today), zoek).toEqual([L2]);
    expect(await titlesFor({ zoek: 'ZWEMBAD' }, today)).toEqual([L1, A1]);
  });

  test('with more words every word must be found', async () => {
    await fourOffers();
    expect(await titlesFor({ zoek: 'zwembad oost' }, today)).toEqual([A1]);
    expect(await titlesFor({ zoek: 'wielen zwembad' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'zwembad glijbaan' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'zwembad reeland' }, today)).toEqual([]);
    expect(await catalogPage(filters({ zoek: 'zwembad reeland' }), today)).toEqual({ cards: [], total: 0, page: 1, pages: 1 });
  });

  test('the best match first: an exact word before a near one, whatever the titles', async () => {
    const body = 'Met je Dordtpas betaal je met je tegoed, elke dag van de week.';
    await publishedListing('Aqua Dordt', { title: 'Aqua: alle zwembaden van de stad', body });
    await publishedListing('Sportbedrijf De Wielen', { title: 'Zwembad De Wielen', body });
    expect(await titlesFor({}, today)).toEqual(['Aqua: alle zwembaden van de stad', 'Zwembad De Wielen']);
    expect(await titlesFor({ zoek: 'zwembad' }, today)).toEqual(['Zwembad De Wielen', 'Aqua: alle zwembaden van de stad']);
    expect(await titlesFor({ zoek: 'zwembaden' }, today)).toEqual(['Aqua: alle zwembaden van de stad', 'Zwembad De Wielen']);
  });

  test("LIKE's wildcards in the query are literal characters", async () => {
    await publishedListing('Koffiebar Noord', {
      title: 'Koffie met 50% korting',
      body: 'Een kop koffie of thee met je tegoed, de hele dag.',
    });
    await publishedListing('Boekhandel De Kier', {
      title: 'Boeken bij De Kier',
      body: 'Noem de code DORDT_PAS bij de kassa van de winkel.',
    });
    await publishedListing('Tweewielers Dordrecht', {
      title: 'Fietsen bij Tweewielers',
      body: 'Je fiets laten maken en betalen met je tegoed.',
    });
    expect(await titlesFor({ zoek: '%' }, today)).toEqual(['Koffie met 50% korting']);
    expect(await titlesFor({ zoek: '0%' }, today)).toEqual(['Koffie met 50% korting']);
    expect(await titlesFor({ zoek: '_' }, today)).toEqual(['Boeken bij De Kier']);
    for (const zoek of ['%%', '5_', '_%', '\\', '%\\']) expect(await titlesFor({ zoek }, today), zoek).toEqual([]);
  });
});

describe('catalogPage: letters swapped, and a suggestion when nothing is found', () => {
  test('transpositions and editDistance: a swap of two neighbouring letters is one slip', () => {
    expect(transpositions('musuem')).toContain('museum');
    expect(transpositions('yoag')).toEqual(['oyag', 'yaog', 'yoga']);
    // Doubled letters give no variant of their own; short words none at all.
    expect(transpositions('oost')).toEqual(['osot', 'oots']);
    expect(transpositions('aap')).toEqual([]);
    expect(editDistance('musuem', 'museum')).toBe(1);
    expect(editDistance('muzeum', 'museum')).toBe(1);
    expect(editDistance('zwembat', 'zwembad')).toBe(1);
    expect(editDistance('museum', 'museum')).toBe(0);
    expect(editDistance('dans', 'yoga')).toBe(4);
  });

  test('"musuem" finds the museum: two letters swapped in a name are forgiven', async () => {
    await publishedListing('Dordrechts Museum', {
      title: 'Museum aan de Museumstraat',
      body: 'Schilderijen van Dordtse meesters.',
      category: 'cultuur',
    });
    await publishedListing('Zwembad De Wielen', { title: L1, body: 'Banen zwemmen in het buitenbad.', category: 'sport' });
    expect(await titlesFor({ zoek: 'musuem' }, today)).toEqual(['Museum aan de Museumstraat']);
    expect(await titlesFor({ zoek: 'MUSUEM' }, today)).toEqual(['Museum aan de Museumstraat']);
    expect(await titlesFor({ zoek: 'zwmebad' }, today)).toEqual([L1]);
    expect(await titlesFor({ zoek: 'musuem wielen' }, today)).toEqual([]);
    // A swap in the description is not forgiven, as other typos there (ADR 0009).
    expect(await titlesFor({ zoek: 'schilderjien' }, today)).toEqual([]);
  });

  test('nothing found: the closest words of the names that do find something, with the same filters', async () => {
    await publishedListing('Dordrechts Museum', {
      title: 'Museum aan de Museumstraat',
      body: 'Schilderijen van Dordtse meesters.',
      category: 'cultuur',
    });
    await publishedListing('Zwembad De Wielen', { title: L1, body: 'Banen zwemmen in het buitenbad.', category: 'sport' });
    expect(await titlesFor({ zoek: 'muzeum' }, today)).toEqual([]);
    expect(await suggestSearch(filters({ zoek: 'muzeum' }), today)).toBe('museum');
    // Each word its closest; a word that is right stays.
    expect(await suggestSearch(filters({ zoek: 'zwembat wielne' }), today)).toBe('zwembad wielen');
    // A category's name is a name too.
    expect(await suggestSearch(filters({ zoek: 'kultuur' }), today)).toBe('cultuur');
    // Nothing near, or nothing with these filters: no suggestion.
    expect(await suggestSearch(filters({ zoek: 'xyzzy' }), today)).toBeNull();
    expect(await suggestSearch(filters({ zoek: 'muzeum', categorie: 'sport' }), today)).toBeNull();
    expect(await suggestSearch(filters({ zoek: 'museum wielen' }), today)).toBeNull();
    expect(await suggestSearch(filters(), today)).toBeNull();
  });
});

describe('catalogPage: order and first day', () => {
  test('by the organisation name, A to Z, not by titles that all start with "35% korting bij"', async () => {
    await publishedDiscount('Zwembad Oost', { listing: { title: '35% korting bij Zwembad Oost' } });
    await publishedDiscount('Atelier De Kwast', { listing: { title: '35% korting bij Atelier De Kwast' } });
    await publishedListing('Bibliotheek Dordrecht', { title: 'Boeken lenen met je tegoed' });
    await publishedDiscount('Muziekschool Noord', { listing: { title: 'Gitaarles voor de halve prijs' } });
    expect(await titlesFor({}, today)).toEqual([
      '35% korting bij Atelier De Kwast',
      'Boeken lenen met je tegoed',
      'Gitaarles voor de halve prijs',
      '35% korting bij Zwembad Oost',
    ]);
  });

  test('an action that starts after today is listed with its first day; from that day on without', async () => {
    const firstDay = `${year}-06-16`;
    const { offerId } = await publishedDiscount('Zwembad Oost', {
      listing: { title: A1 },
      discount: { validFrom: firstDay, validUntil: `${year}-12-31` },
    });
    await publishedListing('Sportfondsen Dordrecht', { title: L1 });
    expect((await entryOf(offerId))?.validFrom).toEqual(new Date(firstDay));
    const startsOn = async (day: string) => (await catalogPage(filters(), day)).cards.map((c) => [c.title, c.startsOn]);
    expect(await startsOn(today)).toEqual([
      [L1, null],
      [A1, firstDay],
    ]);
    expect(await startsOn(firstDay)).toEqual([
      [L1, null],
      [A1, null],
    ]);
  });
});

describe('demo data', () => {
  test('texts vary: a word search finds the offers it is about, not every offer', async () => {
    const offers = demoOffers(50, Number(year));
    await insertDemoCatalog(prisma, offers);
    await rebuildCatalog();
    const fietsen = await catalogPage(filters({ zoek: 'fiets' }), today);
    expect(fietsen.total).toBeGreaterThan(0);
    expect(fietsen.cards.every((c) => c.organisationName.startsWith('Fietsenmaker'))).toBe(true);
    for (const word of ['bus', 'parkeren', 'rondleiding']) {
      const { total } = await catalogPage(filters({ zoek: word }), today);
      expect(total, word).toBeGreaterThan(0);
      expect(total, word).toBeLessThan(25);
    }
    // No sentence is in every text.
    const bodies = offers.map((o) => String(o.content.body));
    const sentences = new Set(bodies.flatMap((b) => b.split(/(?<=\.)\s+/)));
    for (const sentence of sentences) expect(bodies.filter((b) => b.includes(sentence)).length, sentence).toBeLessThan(20);
  });
});

describe('catalogPage: filters', () => {
  test('by category, by kind (tegoed / korting), for children, and together with a search', async () => {
    await fourOffers();
    expect(await titlesFor({ categorie: 'sport' }, today)).toEqual([L1, A1]);
    expect(await titlesFor({ categorie: 'cultuur' }, today)).toEqual([L2]);
    expect(await titlesFor({ categorie: 'kinderen' }, today)).toEqual([A2]);
    expect(await titlesFor({ categorie: 'winkel' }, today)).toEqual([]);
    expect(await titlesFor({ soort: 'tegoed' }, today)).toEqual([L1, L2]);
    expect(await titlesFor({ soort: 'korting' }, today)).toEqual([A2, A1]);
    expect(await titlesFor({ kinderen: true }, today)).toEqual([A2]);
    expect(await titlesFor({ categorie: 'sport', soort: 'korting' }, today)).toEqual([A1]);
    expect(await titlesFor({ categorie: 'sport', kinderen: true }, today)).toEqual([]);
    expect(await titlesFor({ zoek: 'zwembad', soort: 'tegoed' }, today)).toEqual([L1]);
    expect(await catalogPage(filters({ soort: 'korting' }), today)).toMatchObject({ total: 2, pages: 1 });
  });

  test("an action is listed up to and including its last day (Dordrecht's today), not after it", async () => {
    const lastDay = `${year}-06-30`;
    await publishedDiscount('Zwembad Oost', { listing: { title: A1 }, discount: { validFrom: `${year}-01-01`, validUntil: lastDay } });
    await publishedDiscount('Speeltuin Reeland', {
      listing: { title: A2 },
      discount: { validFrom: `${year}-01-01`, validUntil: `${year}-12-31` },
    });
    await publishedListing('Sportfondsen Dordrecht', { title: L1 });

    expect(await titlesFor({}, lastDay)).toEqual([A2, L1, A1]);
    expect(await titlesFor({ soort: 'korting' }, lastDay)).toEqual([A2, A1]);
    // The day after: gone, from the list, the search and the count; a credit listing has no last day.
    expect(await titlesFor({}, `${year}-07-01`)).toEqual([A2, L1]);
    expect(await titlesFor({ zoek: 'oost' }, `${year}-07-01`)).toEqual([]);
    expect((await catalogPage(filters({ soort: 'korting' }), `${year}-07-01`)).total).toBe(1);
    expect(await titlesFor({}, `${Number(year) + 1}-01-01`)).toEqual([L1]);
    // It is still published: only the date keeps it out.
    expect(await prisma.catalogEntry.count()).toBe(3);
  });
});

describe('catalogPage: pages', () => {
  test(`${PAGE_SIZE} cards a page, the total and the number of pages; past the end no cards but the same total`, async () => {
    const offers = demoOffers(50, Number(year));
    expect(await insertDemoCatalog(prisma, offers)).toBe(50);
    expect(await rebuildCatalog()).toBe(50);

    const pages = await Promise.all([1, 2, 3].map((pagina) => catalogPage(filters({ pagina }), today)));
    expect(pages.map((p) => [p.cards.length, p.total, p.page, p.pages])).toEqual([
      [PAGE_SIZE, 50, 1, 3],
      [PAGE_SIZE, 50, 2, 3],
      [50 - 2 * PAGE_SIZE, 50, 3, 3],
    ]);
    // Every offer once, on exactly one page.
    const slugs = pages.flatMap((p) => p.cards.map((c) => c.slug));
    expect(new Set(slugs).size).toBe(50);
    expect([...slugs].sort()).toEqual(offers.map((o) => o.slug).sort());
    // Ordered by organisation (then title) over the pages: the last card of a page comes before the first of the next.
    const titles = pages.flatMap((p) => p.cards.map((c) => c.slug));
    const sorted = await prisma.$queryRaw<
      Array<{ s: string }>
    >`SELECT "slug" AS s FROM "CatalogEntry" ORDER BY lower("organisationName"), lower("title"), "slug"`;
    expect(titles).toEqual(sorted.map((r) => r.s));

    expect(await catalogPage(filters({ pagina: 4 }), today)).toEqual({ cards: [], total: 50, page: 4, pages: 3 });
    expect(await catalogPage(filters({ pagina: 100_000 }), today)).toMatchObject({ cards: [], total: 50, pages: 3 });

    // Filtered: the count and the pages follow the filter.
    const credits = offers.filter((o) => o.kind === 'CREDIT_LISTING').length;
    expect(await catalogPage(filters({ soort: 'tegoed' }), today)).toMatchObject({ total: credits, pages: Math.ceil(credits / PAGE_SIZE) });
    const discounts = 50 - credits;
    const lastPage = await catalogPage(filters({ soort: 'korting', pagina: 2 }), today);
    expect(lastPage).toMatchObject({ total: discounts, page: 2, pages: 2 });
    expect(lastPage.cards).toHaveLength(discounts - PAGE_SIZE);
    expect(lastPage.cards.every((c) => c.kind === 'DISCOUNT_ACTION')).toBe(true);
  });
});

describe('rebuildCatalog', () => {
  test('makes the entries of published offers that have none, then does nothing while the counts agree', async () => {
    const { offerId } = await publishedListing('Zwembad De Wielen', { title: L1 });
    const before = await entryOf(offerId);
    expect(await rebuildCatalog()).toBe(0);

    // Written straight into the database, as the demo seed does: published offers without entries.
    const offers = demoOffers(30, Number(year));
    await insertDemoCatalog(prisma, offers);
    expect(await prisma.catalogEntry.count()).toBe(1);
    expect(await rebuildCatalog()).toBe(31);
    expect(await prisma.catalogEntry.count()).toBe(31);
    expect(await entryOf(offerId)).toEqual(before);

    // Each entry is what the publish would have written: e.g. a credit listing, a percentage, tariffs.
    const bySlug = async (slug: string) => prisma.catalogEntry.findUniqueOrThrow({ where: { slug } });
    expect(await bySlug(offers[0].slug)).toMatchObject({
      kind: 'CREDIT_LISTING',
      title: offers[0].name,
      benefit: 'credit',
      forChildren: false,
      validUntil: null,
    });
    expect(await bySlug(offers[1].slug)).toMatchObject({
      kind: 'DISCOUNT_ACTION',
      title: `35% korting bij ${offers[1].name}`,
      benefit: 'percent:35',
      forChildren: false,
    });
    expect(await bySlug(offers[2].slug)).toMatchObject({
      kind: 'DISCOUNT_ACTION',
      title: `Korting op toegang bij ${offers[2].name}`,
      benefit: 'upto:55',
      forChildren: true,
      validUntil: new Date(`${year}-12-31`),
    });
    const published = await prisma.offer.findMany({ where: { publishedAt: { not: null } }, select: publishedSelect });
    const all = await prisma.catalogEntry.findMany();
    for (const offer of published) {
      const { photo, ...expected } = catalogEntryData(offer);
      expect(photo).toBe(Prisma.DbNull);
      expect(
        all.find((e) => e.offerId === offer.id),
        offer.slug,
      ).toMatchObject({ ...expected, photo: null });
    }
    expect(await titlesFor({ zoek: offers[5].name }, today)).toContain(offers[5].content.title);

    // The counts agree: nothing is rewritten (a hand-made change stays).
    await prisma.catalogEntry.update({ where: { offerId }, data: { title: 'Met de hand veranderd' } });
    expect(await rebuildCatalog()).toBe(0);
    expect((await entryOf(offerId))?.title).toBe('Met de hand veranderd');
  });
});

describe('rebuildCatalog, twice at once', () => {
  test('two instances starting together: one rebuild, the other finds nothing to do; every offer once', async () => {
    const offers = demoOffers(40, Number(year));
    await insertDemoCatalog(prisma, offers);
    const made = await Promise.all([rebuildCatalog(), rebuildCatalog(), rebuildCatalog()]);
    expect(made.sort((a, b) => a - b)).toEqual([0, 0, 40]);
    expect(await prisma.catalogEntry.count()).toBe(40);
  });
});

describe('catalogSlugs', () => {
  test('the published offers not past their last day, by slug', async () => {
    const lastDay = `${year}-06-30`;
    const ending = await publishedDiscount('Zwembad Oost', {
      listing: { title: A1 },
      discount: { validFrom: `${year}-01-01`, validUntil: lastDay },
    });
    const listing = await publishedListing('Sportfondsen Dordrecht', { title: L1 });
    const withdrawn = await publishedListing('Stichting Hofkwartier', { title: L2 });
    expect(await withdrawOffer(withdrawn.editor, withdrawn.offerId, 'Gestopt.')).toMatchObject({ ok: true });

    const onLastDay = await catalogSlugs(lastDay);
    expect(onLastDay.map((s) => s.slug)).toEqual([ending.slug, listing.slug].sort());
    expect(onLastDay.every((s) => s.publishedAt instanceof Date)).toBe(true);
    expect((await catalogSlugs(`${year}-07-01`)).map((s) => s.slug)).toEqual([listing.slug]);
  });
});

describe('secondsUntilTomorrow and todayInDordrecht', () => {
  test('at 23:59:30 in Dordrecht: the minimum of 60; at 23:58 still 120', () => {
    // Winter (CET, UTC+1) and summer (CEST, UTC+2).
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T22:59:30Z`))).toBe(60);
    expect(secondsUntilTomorrow(new Date(`${year}-07-15T21:59:30Z`))).toBe(60);
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T22:59:59Z`))).toBe(60);
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T22:58:00Z`))).toBe(120);
  });

  test('at midnight in Dordrecht: a whole day', () => {
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T23:00:00Z`))).toBe(86_400);
    expect(secondsUntilTomorrow(new Date(`${year}-07-14T22:00:00Z`))).toBe(86_400);
    expect(secondsUntilTomorrow(new Date(`${year}-07-14T22:00:01Z`))).toBe(86_399);
  });

  test("midnight is Dordrecht's, not UTC's, in summer and in winter", () => {
    // Midnight UTC is 01:00 in winter and 02:00 in summer in Dordrecht.
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T00:00:00Z`))).toBe(23 * 3600);
    expect(secondsUntilTomorrow(new Date(`${year}-07-15T00:00:00Z`))).toBe(22 * 3600);
    // 23:30 UTC is already the next day in Dordrecht: half an hour after its midnight in winter…
    expect(secondsUntilTomorrow(new Date(`${year}-01-15T23:30:00Z`))).toBe(86_400 - 1800);
    expect(todayInDordrecht(new Date(`${year}-01-15T23:30:00Z`))).toBe(`${year}-01-16`);
    // …and 22:30 UTC in summer too.
    expect(secondsUntilTomorrow(new Date(`${year}-07-15T22:30:00Z`))).toBe(86_400 - 1800);
    expect(todayInDordrecht(new Date(`${year}-07-15T22:30:00Z`))).toBe(`${year}-07-16`);
    expect(todayInDordrecht(new Date(`${year}-07-15T21:59:59Z`))).toBe(`${year}-07-15`);
  });

  test('on the day summer time starts (23 hours), the real seconds until midnight', () => {
    const now = new Date('2026-03-28T23:30:00Z'); // 00:30 CET on 29 March
    const midnight = new Date('2026-03-29T22:00:00Z'); // 00:00 CEST on 30 March
    expect(secondsUntilTomorrow(now)).toBe((midnight.getTime() - now.getTime()) / 1000);
  });

  test('the midnight kept from an earlier call is only reused for instants before it and not before that call', () => {
    // Asked for in any order, as a test (or a clock set back) may: each answer is that instant's own.
    const instants = [
      `${year}-01-15T12:00:00Z`,
      `${year}-01-15T22:59:59Z`,
      `${year}-01-15T23:00:00Z`, // Dordrecht's midnight: the next day's
      `${year}-01-15T11:00:00Z`, // back, before the first call
      `${year}-01-14T23:00:00Z`,
      `${year}-07-15T12:00:00Z`,
      `${year}-01-15T12:00:01Z`,
    ];
    const expected = instants.map((iso) => {
      const now = new Date(iso);
      const [y, m, d] = todayInDordrecht(now).split('-').map(Number);
      // Midnight in Dordrecht is 23:00 UTC in winter and 22:00 UTC in summer.
      const midnight = Date.UTC(y, m - 1, d + 1) - (m >= 4 && m <= 9 ? 2 : 1) * 3_600_000;
      return Math.max(60, Math.ceil((midnight - now.getTime()) / 1000));
    });
    expect(instants.map((iso) => secondsUntilTomorrow(new Date(iso)))).toEqual(expected);
    expect(expected.slice(0, 4)).toEqual([11 * 3600, 60, 86_400, 12 * 3600]);
  });
});
