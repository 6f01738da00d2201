import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { checkChoice, choiceInput, tickName } from '@/lib/locations/choice';
import { locationsOf } from '@/lib/locations/queries';
import { listingFormSchema, type OfferContent } from '@/lib/offers/schema';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { proposeListingChange } from '@/lib/offers/change';
import { offerHistory, publishedOffer } from '@/lib/offers/queries';
import { readContent } from '@/lib/offers/content';
import { stepErrors } from '@/lib/discounts/draft';
import { submitProposal } from '@/lib/discounts/service';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner, offerRow } from '../support/offers';
import { fillProposal, saveStep, startedProposal, validStepValues } from '../support/proposals';
import { credit } from '../support/content';

// Issue 20: an offer applies to all of its partner's locations or to chosen ones (its content's
// `locations`), chosen in the editors' listing form, the partner's change of it and the wizard's
// contact step. The ids come from a form and are checked against the partner's own locations; the
// public page lists the locations of the published content, live from the Location table.

setUpPhotoTests();

const t = nl.offerLocations;
const hours = { ma: [{ from: '09:00', to: '17:00' }], di: [], wo: [], do: [], vr: [], za: [{ from: '10:00', to: '12:30' }], zo: [] };

/** A registered partner (its first location is the visiting address) with a second location. */
async function partnerWithTwoLocations(overrides: Record<string, string> = {}) {
  const partner = await makePartner({ partnerType: 'BOTH', ...overrides });
  const second = await prisma.location.create({
    data: {
      organisationId: partner.organisationId,
      position: 1,
      name: 'Filiaal Sterrenburg',
      street: 'Galileïstraat',
      houseNumber: '20',
      postcode: '3318 AB',
      city: 'Dordrecht',
      phone: '0787654321',
      openingHours: hours,
      hoursRemark: 'In de schoolvakanties gesloten.',
      latitude: 51.79,
      longitude: 4.69,
    },
  });
  const [main] = await locationsOf(partner.organisationId);
  return { partner, main, second };
}

/** The editors' listing form as the browser sends it, with a choice of locations. */
const formWith = (choice: Record<string, string>, overrides: Record<string, string | number> = {}) => {
  const { chosenLocations: _c, locations: _l, ...fields } = listingForm(overrides);
  const values = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'on' : '') : String(v ?? '')]),
  );
  return listingFormSchema.parse({ ...values, street: '', houseNumber: '', postcode: '', city: '', ...choice });
};

describe('checkChoice: the ids of a form against the partner’s own locations', () => {
  const all = [
    { id: 'a', name: 'Hoofdvestiging', street: 'Voorstraat', houseNumber: '12', addition: '', postcode: '3311 AB', city: 'Dordrecht' },
    { id: 'b', name: 'Filiaal', street: 'Galileïstraat', houseNumber: '20', addition: '', postcode: '3318 AB', city: 'Dordrecht' },
  ];
  const address = (l: (typeof all)[number]) => ({
    street: l.street,
    houseNumber: l.houseNumber,
    addition: l.addition,
    postcode: l.postcode,
    city: l.city,
  });

  test('"Alle locaties": all, with the first location’s address as the content’s', () => {
    expect(checkChoice(choiceInput({ locations: 'all', [tickName('b')]: 'on' }), all)).toEqual({
      ok: true,
      locations: 'all',
      address: address(all[0]),
    });
  });

  test('chosen ones in the partner’s order, the address of the first of them', () => {
    expect(checkChoice(choiceInput({ locations: 'chosen', [tickName('b')]: 'on', [tickName('a')]: 'on' }), all)).toEqual({
      ok: true,
      locations: ['a', 'b'],
      address: address(all[0]),
    });
    expect(checkChoice(choiceInput({ locations: 'chosen', [tickName('b')]: 'on' }), all)).toMatchObject({
      locations: ['b'],
      address: address(all[1]),
    });
  });

  test('an id that is not one of the partner’s is refused next to the field, also beside its own ones', () => {
    const refused = { ok: false, errors: { locations: [t.notOwn] } };
    expect(checkChoice(choiceInput({ locations: 'chosen', [tickName('elders')]: 'on' }), all)).toEqual(refused);
    expect(checkChoice(choiceInput({ locations: 'chosen', [tickName('a')]: 'on', [tickName('elders')]: 'on' }), all)).toEqual(refused);
  });

  test('"Alleen deze locaties" with none ticked is refused', () => {
    expect(checkChoice(choiceInput({ locations: 'chosen' }), all)).toEqual({ ok: false, errors: { locations: [t.noneChosen] } });
  });

  test('without a choice (content from before locations): the location at its address, else all', () => {
    expect(checkChoice(choiceInput({ ...address(all[1]), postcode: '3318ab' }), all)).toMatchObject({ ok: true, locations: ['b'] });
    expect(checkChoice(choiceInput({ street: 'Elders', houseNumber: '1', postcode: '1000 AA', city: 'Amsterdam' }), all)).toMatchObject({
      ok: true,
      locations: 'all',
    });
  });
});

describe('the form’s schema', () => {
  test('with a choice no address is needed; "Alleen deze locaties" needs a tick; without a choice the address is required', () => {
    expect(listingFormSchema.safeParse(formWithRaw({ locations: 'all' })).success).toBe(true);
    const none = listingFormSchema.safeParse(formWithRaw({ locations: 'chosen' }));
    expect(none.success ? null : none.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['locations', t.noneChosen]]);
    const typed = listingFormSchema.safeParse(formWithRaw({}));
    expect(typed.success ? [] : typed.error.issues.map((i) => i.path.join('.'))).toEqual(['street', 'houseNumber', 'postcode', 'city']);
    expect(
      listingFormSchema.parse(formWithRaw({ locations: 'chosen', [tickName('x1')]: 'on', [tickName('x2')]: 'on' })).chosenLocations,
    ).toEqual(['x1', 'x2']);
  });
});

/** The listing form's raw values without an address (the form of a partner with locations). */
function formWithRaw(choice: Record<string, string>): Record<string, string> {
  return {
    title: 'Zwemmen bij De Wielen',
    body: 'Met je Dordtpas betaal je het zwemmen in het buitenbad met je tegoed.',
    category: 'sport',
    version: '0',
    ...choice,
  };
}

describe('the editors’ listing form', () => {
  test('another partner’s location is refused on the field and nothing is saved; its own is stored with its address', async () => {
    const editor = await makeEditor();
    const { partner, second } = await partnerWithTwoLocations();
    const other = await partnerWithTwoLocations();

    const foreign = await saveListing(editor, partner.organisationId, formWith({ locations: 'chosen', [tickName(other.second.id)]: 'on' }));
    expect(foreign).toEqual({ ok: false, reason: 'place', errors: { locations: [t.notOwn] } });
    expect(await prisma.offer.count({ where: { organisationId: partner.organisationId } })).toBe(0);

    const own = await saveListing(editor, partner.organisationId, formWith({ locations: 'chosen', [tickName(second.id)]: 'on' }));
    expect(own.ok).toBe(true);
    if (!own.ok) return;
    const content = readContent('listing', (await offerRow(own.offerId)).content, { offerId: own.offerId, column: 'Offer.content' })!;
    expect(content.locations).toEqual([second.id]);
    expect(content.address).toEqual({ street: 'Galileïstraat', houseNumber: '20', addition: '', postcode: '3318 AB', city: 'Dordrecht' });
  });

  test('the history names the chosen locations; a change to all of them is a change the partner sees', async () => {
    const editor = await makeEditor();
    const { partner, main, second } = await partnerWithTwoLocations();
    const first = await saveListing(
      editor,
      partner.organisationId,
      formWith({ locations: 'chosen', [tickName(second.id)]: 'on' }, { intent: 'send' }),
    );
    if (!first.ok) throw new Error(first.reason);
    const approved = await approveOffer(partner.actor, first.offerId, first.version);
    expect(approved.ok).toBe(true);

    // "Wijziging voorstellen": the same form with the partner's own choice; another partner's id is refused.
    const change = (choice: Record<string, string>) => {
      const {
        keepPhoto: _k,
        photoId: _p,
        photoClaim: _c,
        photoSrc: _s,
        intent: _i,
        ...rest
      } = formWith(choice, { version: first.version });
      return { ...rest, offerId: first.offerId, note: '' };
    };
    const stranger = await partnerWithTwoLocations();
    expect(await proposeListingChange(partner.actor, change({ locations: 'chosen', [tickName(stranger.main.id)]: 'on' }))).toEqual({
      ok: false,
      reason: 'place',
      errors: { locations: [t.notOwn] },
    });
    expect(await proposeListingChange(partner.actor, change({ locations: 'all' }))).toEqual({
      ok: true,
      slug: approved.ok ? approved.slug : '',
    });
    const [latest] = await offerHistory(first.offerId);
    expect(latest.changes.find((c) => c.field === t.field)).toEqual({
      field: t.field,
      before: `Filiaal Sterrenburg (Galileïstraat 20, 3318 AB Dordrecht)`,
      after: t.all,
    });
    expect(latest.changes.find((c) => c.field === nl.offer.fields.address)?.after).toBe(
      `${main.street} ${main.houseNumber}${main.addition ? ` ${main.addition}` : ''}, ${main.postcode} ${main.city}`,
    );
  });
});

describe('the wizard’s contact step', () => {
  test('another partner’s location is an error of the step, and submitting is refused; its own one goes into the content', async () => {
    const other = await partnerWithTwoLocations();
    const { partner, offerId, version } = await startedProposal();
    const second = await prisma.location.create({
      data: {
        organisationId: partner.organisationId,
        position: 1,
        name: 'Tweede zaal',
        street: 'Spuiboulevard',
        houseNumber: '5',
        postcode: '3311 GR',
        city: 'Dordrecht',
      },
    });
    const locations = await locationsOf(partner.organisationId);
    const { street: _s, houseNumber: _h, addition: _a, postcode: _p, city: _c, ...contact } = validStepValues().contact;

    const filled = await fillProposal(partner.actor, offerId, version, {
      contact: { ...contact, locations: 'chosen', [tickName(other.second.id)]: 'on' },
    });
    const draft = readContent('proposal', (await offerRow(offerId)).content, { offerId, column: 'Offer.content' })!.draft;
    expect(stepErrors('contact', draft, todayInDordrecht(), locations)).toEqual({ locations: [t.notOwn] });
    expect(await submitProposal(partner.actor, offerId, filled)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { contact: { locations: [t.notOwn] } },
    });

    const saved = await saveStep(partner.actor, offerId, filled, 'contact', {
      ...contact,
      locations: 'chosen',
      [tickName(second.id)]: 'on',
    });
    expect(await submitProposal(partner.actor, offerId, saved)).toEqual({ ok: true, change: false });
    const content = readContent('discount', (await offerRow(offerId)).content, { offerId, column: 'Offer.content' })!;
    expect(content.locations).toEqual([second.id]);
    expect(content.address).toMatchObject({ street: 'Spuiboulevard', houseNumber: '5', postcode: '3311 GR' });
  });
});

describe('the public page’s data: the published content’s locations, live from the partner’s', () => {
  let n = 0;
  async function published(organisationId: string, content: OfferContent) {
    n++;
    const slug = `locaties-test-${n}-${Date.now()}`;
    await prisma.offer.create({
      data: {
        kind: 'CREDIT_LISTING',
        organisationId,
        status: 'PUBLISHED',
        slug,
        content,
        publishedContent: content,
        publishedAt: new Date(),
        version: 1,
      },
    });
    return (await publishedOffer(slug))!;
  }

  test('"all" lists every location with its name, address, phone, hours per weekday, remark and map links', async () => {
    const { partner, main } = await partnerWithTwoLocations();
    const view = await published(partner.organisationId, { ...credit(), locations: 'all' });
    expect(view.places.map((p) => p.name)).toEqual([main.name, 'Filiaal Sterrenburg']);
    const filiaal = view.places[1];
    expect(filiaal).toMatchObject({
      address: 'Galileïstraat 20, 3318 AB Dordrecht',
      phone: '0787654321',
      remark: 'In de schoolvakanties gesloten.',
      mapUrl: 'https://www.openstreetmap.org/?mlat=51.79&mlon=4.69#map=18/51.79/4.69',
      appUrls: {
        android: `geo:51.79,4.69?q=51.79,4.69(${encodeURIComponent('Filiaal Sterrenburg')})`,
        apple: `https://maps.apple.com/?q=${encodeURIComponent('Filiaal Sterrenburg')}&address=${encodeURIComponent('Galileïstraat 20, 3318 AB Dordrecht')}&ll=51.79,4.69`,
      },
    });
    expect(filiaal.hours).toEqual([
      { day: 'maandag', text: '09:00–17:00' },
      { day: 'dinsdag', text: t.closed },
      { day: 'woensdag', text: t.closed },
      { day: 'donderdag', text: t.closed },
      { day: 'vrijdag', text: t.closed },
      { day: 'zaterdag', text: '10:00–12:30' },
      { day: 'zondag', text: t.closed },
    ]);
    // No coordinates and no hours yet (the geocode job has not run): the address is the map's search.
    expect(view.places[0]).toMatchObject({ hours: null, phone: null });
    expect(view.places[0].mapUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  });

  test('chosen ones only; an id no longer the partner’s is left out; a location added later counts for "all" only', async () => {
    const { partner, main, second } = await partnerWithTwoLocations();
    const chosen = await published(partner.organisationId, { ...credit(), locations: [second.id, 'weg-id'] });
    expect(chosen.places.map((p) => p.name)).toEqual(['Filiaal Sterrenburg']);
    await prisma.location.create({
      data: {
        organisationId: partner.organisationId,
        position: 2,
        name: 'Nieuw',
        street: 'Nieuwstraat',
        houseNumber: '1',
        postcode: '3311 AA',
        city: 'Dordrecht',
      },
    });
    expect((await published(partner.organisationId, { ...credit(), locations: 'all' })).places.map((p) => p.name)).toEqual([
      main.name,
      'Filiaal Sterrenburg',
      'Nieuw',
    ]);
  });

  test('content from before locations: the location at its address; at no location’s address, that address without a name', async () => {
    const { partner } = await partnerWithTwoLocations();
    const old = {
      ...credit(),
      address: { street: 'Galileïstraat', houseNumber: '20', addition: '', postcode: '3318AB', city: 'Dordrecht' },
    };
    expect((await published(partner.organisationId, old)).places.map((p) => p.name)).toEqual(['Filiaal Sterrenburg']);
    const elsewhere = {
      ...credit(),
      address: { street: 'Elders', houseNumber: '9', addition: '', postcode: '3312 CC', city: 'Dordrecht' },
    };
    expect((await published(partner.organisationId, elsewhere)).places).toEqual([
      expect.objectContaining({ name: null, address: 'Elders 9, 3312 CC Dordrecht', hours: null }),
    ]);
  });
});
