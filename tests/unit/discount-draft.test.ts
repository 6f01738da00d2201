import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import type { DiscountContent, DiscountDetails, ProposalDraft } from '@/lib/discounts/content';
import { isDiscountContent } from '@/lib/discounts/content';
import {
  STEPS,
  STEP_SLUGS,
  contentFromDraft,
  discountFormValues,
  doneSteps,
  draftErrorsByStep,
  emptyDraft,
  mergeStep,
  nextPeriod,
  renewalDraft,
  resumeStep,
  stepErrors,
  stepOf,
} from '@/lib/discounts/draft';
import { financialStep, oneYearAfter, validityStep } from '@/lib/discounts/schema';

// The wizard's steps and the way from the partner's flat draft (what was typed, valid or not) to
// the submitted DiscountContent and back (renewal, editors' form): lib/discounts/draft.ts.
const v = nl.discount.validation;
const TODAY = '2026-11-24';

const organisation = {
  visitStreet: 'Voorstraat',
  visitHouseNumber: '12',
  visitAddition: 'A',
  visitPostcode: '3311 AB',
  visitCity: 'Dordrecht',
  photoId: 'foto-org',
};
const user = { name: 'Fatima Bakker', phone: '0781234567', email: 'fatima@zwembad-oost.nl' };

/** A draft with valid answers on every step. */
function completeDraft(overrides: ProposalDraft = {}): ProposalDraft {
  return {
    ...emptyDraft(organisation, user, TODAY),
    subject: 'toegang zwembad',
    validityNote: 'Niet op maandag.',
    description: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
    editorsInfo: 'Bel gerust.',
    tips: 'Kom vroeg.',
    reservationRequired: 'on',
    discountType: 'PERCENT',
    percent: '50',
    usage: 'REPEATED',
    website: 'https://www.zwembad-oost.nl',
    ...overrides,
  };
}

const details: DiscountDetails = {
  subject: 'toegang zwembad',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  validityNote: 'Niet op maandag.',
  editorsInfo: 'Bel gerust.',
  tips: 'Kom vroeg.',
  reservationRequired: true,
  discountType: 'TARIFFS',
  percent: null,
  usage: 'ONCE',
  tariffs: [
    { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
    { minAge: 13, maxAge: 17, regular: 800, pass: 599 },
    { minAge: 18, maxAge: 64, regular: 125000, pass: 93750 },
    { minAge: 65, maxAge: null, regular: 1, pass: 0 },
  ],
  contactName: 'Fatima Bakker',
};

const content: DiscountContent = {
  title: 'Halve prijs in Zwembad Oost',
  body: 'Met je Dordtpas zwem je voor de halve prijs in het buitenbad.',
  category: 'sport',
  address: { street: 'Wielenpad', houseNumber: '4', addition: 'B', postcode: '3311 AB', city: 'Dordrecht' },
  openingInfo: 'Elke dag open.',
  contact: {
    phone: '0781234567',
    email: 'info@zwembad-oost.nl',
    website: 'https://www.zwembad-oost.nl',
    showPhone: true,
    showEmail: false,
    showWebsite: true,
  },
  photoId: 'foto-actie',
  discount: details,
};

describe('the steps', () => {
  test("seven steps in the manual's order, each with its own fields", () => {
    expect(STEPS.map((s) => s.slug)).toEqual([...STEP_SLUGS]);
    expect(STEP_SLUGS).toEqual(['onderwerp', 'looptijd', 'beschrijving', 'foto', 'financieel', 'contact', 'indienen']);
    const fields = STEPS.flatMap((s) => s.fields);
    expect(new Set(fields).size).toBe(fields.length);
    expect(stepOf('financieel')?.fields).toEqual(['discountType', 'percent', 'usage']);
    expect(stepOf('indienen')?.fields).toEqual([]);
    expect(stepOf('bestaat-niet')).toBeNull();
  });

  test('an empty draft holds every field of every step (besides the bands)', () => {
    const draft = emptyDraft(organisation, user, TODAY);
    expect(Object.keys(draft).sort()).toEqual(STEPS.flatMap((s) => s.fields).sort());
  });
});

describe('emptyDraft: a new proposal', () => {
  test("a whole year from today, the visiting address, the user as contact (not shown to pass holders), the organisation's photo; the rest empty", () => {
    expect(emptyDraft(organisation, user, TODAY)).toEqual({
      subject: '',
      validFrom: '2026-11-24',
      validUntil: '2027-11-23',
      validityNote: '',
      description: '',
      editorsInfo: '',
      photoId: 'foto-org',
      tips: '',
      reservationRequired: '',
      discountType: '',
      percent: '',
      usage: '',
      contactName: 'Fatima Bakker',
      phone: '0781234567',
      email: 'fatima@zwembad-oost.nl',
      website: '',
      showPhone: '',
      showEmail: '',
      showWebsite: '',
      street: 'Voorstraat',
      houseNumber: '12',
      addition: 'A',
      postcode: '3311 AB',
      city: 'Dordrecht',
      // All of the partner's locations, unless it chooses.
      locations: 'all',
    });
    expect(emptyDraft({ ...organisation, photoId: null }, user, '2027-01-01')).toMatchObject({
      photoId: '',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
    });
  });
});

describe('doneSteps and resumeStep: which steps are ticked, where to go on', () => {
  test('a brand-new proposal has no step done, although some prefilled steps would pass, and resumes at step 1', () => {
    const draft = emptyDraft(organisation, user, TODAY);
    expect(Object.keys(draftErrorsByStep(draft, TODAY))).not.toContain('contact');
    expect(doneSteps(draft, TODAY)).toEqual([]);
    expect(resumeStep(draft, TODAY)).toBe('onderwerp');
  });

  test('a step is done when it was saved and is valid; a saved step with an error is not', () => {
    let draft = emptyDraft(organisation, user, TODAY);
    draft = mergeStep(draft, 'onderwerp', { subject: 'toegang zwembad' });
    draft = mergeStep(draft, 'looptijd', { validFrom: draft.validFrom, validUntil: draft.validUntil });
    draft = mergeStep(draft, 'beschrijving', { description: 'te kort' });
    expect(doneSteps(draft, TODAY)).toEqual(['onderwerp', 'looptijd']);
    expect(resumeStep(draft, TODAY)).toBe('beschrijving');
    // Saving the same step again does not list it twice.
    expect(mergeStep(draft, 'onderwerp', { subject: 'zwemmen' }).savedSteps).toBe('onderwerp looptijd beschrijving');
  });

  test('every step saved and valid: all six done, the summary never ticked, resume at the summary', () => {
    let draft = completeDraft();
    for (const step of STEPS) if (step.slug !== 'indienen') draft = mergeStep(draft, step.slug, draft);
    expect(doneSteps(draft, TODAY)).toEqual(['onderwerp', 'looptijd', 'beschrijving', 'foto', 'financieel', 'contact']);
    expect(resumeStep(draft, TODAY)).toBe('indienen');
  });
});

describe('mergeStep: saving one step', () => {
  const draft = emptyDraft(organisation, user, TODAY);

  test("only the step's own fields change; others sent along are ignored", () => {
    const next = mergeStep(draft, 'onderwerp', { subject: 'toegang zwembad', description: 'niet van deze stap', status: 'PUBLISHED' });
    expect(next).toEqual({ ...draft, subject: 'toegang zwembad', savedSteps: 'onderwerp' });
    // The draft given is not changed.
    expect(draft.subject).toBe('');
  });

  test('stored as typed, not trimmed or checked; a field not sent becomes empty', () => {
    const next = mergeStep(draft, 'looptijd', { validFrom: ' 31-12-2026 ', validUntil: 'morgen' });
    expect(next).toMatchObject({ validFrom: ' 31-12-2026 ', validUntil: 'morgen', validityNote: '' });
  });

  test('the photo is never taken from the form (the service sets it after checking the claim)', () => {
    const next = mergeStep(draft, 'foto', { photoId: 'andere-foto', tips: 'Kom vroeg.', reservationRequired: 'on' });
    expect(next).toEqual({ ...draft, tips: 'Kom vroeg.', reservationRequired: 'on', savedSteps: 'foto' });
  });

  test('very long values are cut off at 5000 characters, prices at 50', () => {
    const next = mergeStep(draft, 'beschrijving', { description: 'x'.repeat(6000), editorsInfo: 'y' });
    expect(next.description).toHaveLength(5000);
    const bands = mergeStep(draft, 'financieel', {
      'tariffs.0.regular': '1'.repeat(80),
      'tariffs.0.pass': '2'.repeat(80),
      'tariffs.0.minAge': '4',
    });
    expect(bands['tariffs.0.regular']).toHaveLength(50);
    expect(bands['tariffs.0.pass']).toHaveLength(50);
  });

  test('financieel: bands renumbered without gaps, empty rows dropped, the old bands replaced', () => {
    const withBands = mergeStep(draft, 'financieel', {
      discountType: 'TARIFFS',
      usage: 'ONCE',
      'tariffs.0.minAge': '',
      'tariffs.1.minAge': '4',
      'tariffs.1.regular': '6',
      'tariffs.4.minAge': '65',
      'tariffs.4.pass': '5',
    });
    expect(withBands).toEqual({
      ...draft,
      savedSteps: 'financieel',
      discountType: 'TARIFFS',
      percent: '',
      usage: 'ONCE',
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '',
      'tariffs.0.regular': '6',
      'tariffs.0.pass': '',
      'tariffs.1.minAge': '65',
      'tariffs.1.maxAge': '',
      'tariffs.1.regular': '',
      'tariffs.1.pass': '5',
    });
    const fewer = mergeStep(withBands, 'financieel', { discountType: 'TARIFFS', usage: 'ONCE', 'tariffs.3.minAge': '18' });
    expect(Object.keys(fewer).filter((k) => k.startsWith('tariffs.'))).toEqual([
      'tariffs.0.minAge',
      'tariffs.0.maxAge',
      'tariffs.0.regular',
      'tariffs.0.pass',
    ]);
    expect(fewer['tariffs.0.minAge']).toBe('18');
  });

  test('another step keeps the bands', () => {
    const withBands = mergeStep(draft, 'financieel', { discountType: 'TARIFFS', usage: 'ONCE', 'tariffs.0.minAge': '4' });
    expect(mergeStep(withBands, 'contact', { ...withBands, city: 'Zwijndrecht' })).toEqual({
      ...withBands,
      city: 'Zwijndrecht',
      savedSteps: 'financieel contact',
    });
  });
});

describe('stepErrors and draftErrorsByStep', () => {
  test("a step's errors on the stored draft, keyed as the form names the fields", () => {
    const draft = completeDraft({
      subject: 'x',
      discountType: 'TARIFFS',
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '2',
      'tariffs.0.regular': '6',
      'tariffs.0.pass': '5',
    });
    expect(stepErrors('onderwerp', draft, TODAY)).toEqual({ subject: [v.subject] });
    expect(stepErrors('financieel', draft, TODAY)).toEqual({ 'tariffs.0.maxAge': [v.ageOrder], 'tariffs.0.pass': [v.notEnough('€ 4,50')] });
    expect(stepErrors('looptijd', draft, TODAY)).toEqual({});
    expect(stepErrors('indienen', draft, TODAY)).toEqual({});
  });

  test('the period is checked against the given day', () => {
    const draft = completeDraft();
    expect(stepErrors('looptijd', draft, '2027-11-23')).toEqual({});
    expect(stepErrors('looptijd', draft, '2027-11-24')).toEqual({ validUntil: [v.inThePast] });
  });

  test('a new draft: what the partner has not filled in yet, per step', () => {
    expect(draftErrorsByStep(emptyDraft(organisation, user, TODAY), TODAY)).toEqual({
      onderwerp: { subject: [v.subject] },
      beschrijving: { description: [v.description] },
      financieel: { discountType: [v.discountType], usage: [v.usage] },
    });
  });

  test('a contact step emptied and a wrong period', () => {
    const draft = completeDraft({ contactName: '', email: 'geen', validFrom: '2026-02-30', validUntil: '2026-12-31' });
    expect(draftErrorsByStep(draft, TODAY)).toEqual({
      looptijd: { validFrom: [v.date] },
      contact: { contactName: [v.contactName], email: [nl.validation.email] },
    });
  });

  test('a complete draft has none', () => {
    expect(draftErrorsByStep(completeDraft(), TODAY)).toEqual({});
  });
});

describe('contentFromDraft: the submitted content', () => {
  test('nothing personal is public unless the partner ticked it: phone, e-mail and website start hidden', () => {
    expect(emptyDraft(organisation, user, TODAY)).toMatchObject({ showPhone: '', showEmail: '', showWebsite: '' });
    expect(contentFromDraft(completeDraft(), 'sport', TODAY).contact).toEqual({
      phone: '0781234567',
      email: 'fatima@zwembad-oost.nl',
      website: 'https://www.zwembad-oost.nl',
      showPhone: false,
      showEmail: false,
      showWebsite: false,
    });
    const chosen = completeDraft({ showPhone: 'on', showWebsite: 'on' });
    expect(contentFromDraft(chosen, 'sport', TODAY).contact).toMatchObject({ showPhone: true, showEmail: false, showWebsite: true });
  });

  test('the choice is saved with the contact step, and a website to show must be filled in', () => {
    const saved = mergeStep(emptyDraft(organisation, user, TODAY), 'contact', { ...completeDraft(), showEmail: 'on', website: '' });
    expect(saved).toMatchObject({ showPhone: '', showEmail: 'on', showWebsite: '' });
    expect(stepErrors('contact', { ...saved, showWebsite: 'on' }, TODAY)).toEqual({ website: [nl.offer.validation.showWithoutWebsite] });
  });

  test('every step parsed: the title is the subject with a capital, the percentage a number, contact as chosen', () => {
    expect(
      contentFromDraft(
        completeDraft({ phone: '06-12345678', postcode: '3311ab', showPhone: 'on', showEmail: 'on', showWebsite: 'on' }),
        'sport',
        TODAY,
      ),
    ).toEqual({
      title: 'Toegang zwembad',
      body: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
      category: 'sport',
      address: { street: 'Voorstraat', houseNumber: '12', addition: 'A', postcode: '3311 AB', city: 'Dordrecht' },
      openingInfo: '',
      contact: {
        phone: '0612345678',
        email: 'fatima@zwembad-oost.nl',
        website: 'https://www.zwembad-oost.nl',
        showPhone: true,
        showEmail: true,
        showWebsite: true,
      },
      photoId: 'foto-org',
      discount: {
        subject: 'toegang zwembad',
        validFrom: '2026-11-24',
        validUntil: '2027-11-23',
        validityNote: 'Niet op maandag.',
        editorsInfo: 'Bel gerust.',
        tips: 'Kom vroeg.',
        reservationRequired: true,
        discountType: 'PERCENT',
        percent: 50,
        usage: 'REPEATED',
        tariffs: [],
        contactName: 'Fatima Bakker',
      },
    } satisfies DiscountContent);
  });

  test('prices per age in cents; no website, no photo', () => {
    const draft = completeDraft({
      discountType: 'TARIFFS',
      percent: '50',
      website: '',
      photoId: '',
      'tariffs.0.minAge': '65',
      'tariffs.0.maxAge': '',
      'tariffs.0.regular': '€ 12,50',
      'tariffs.0.pass': '9,37',
      'tariffs.1.minAge': '4',
      'tariffs.1.maxAge': '12',
      'tariffs.1.regular': '6',
      'tariffs.1.pass': '4,5',
    });
    const c = contentFromDraft(draft, 'cultuur', TODAY);
    expect(isDiscountContent(c)).toBe(true);
    expect(c.category).toBe('cultuur');
    expect(c.photoId).toBeNull();
    expect(c.contact).toMatchObject({ website: '', showWebsite: false });
    expect(c.discount).toMatchObject({
      discountType: 'TARIFFS',
      percent: null,
      tariffs: [
        { minAge: 65, maxAge: null, regular: 1250, pass: 937 },
        { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
      ],
    });
  });

  test('a percentage with a comma', () => {
    expect(contentFromDraft(completeDraft({ percent: '33,5%' }), 'sport', TODAY).discount.percent).toBe(33.5);
  });

  test('an invalid draft throws (callers check draftErrorsByStep first)', () => {
    expect(() => contentFromDraft(completeDraft({ subject: '' }), 'sport', TODAY)).toThrow();
  });
});

describe('discountFormValues: the stored discount as form fields again', () => {
  test('amounts in euros with a comma, the open band\'s maximum empty, checkbox "on"', () => {
    expect(discountFormValues(details)).toEqual({
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      validityNote: 'Niet op maandag.',
      tips: 'Kom vroeg.',
      reservationRequired: 'on',
      discountType: 'TARIFFS',
      percent: '',
      usage: 'ONCE',
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '12',
      'tariffs.0.regular': '6,00',
      'tariffs.0.pass': '4,50',
      'tariffs.1.minAge': '13',
      'tariffs.1.maxAge': '17',
      'tariffs.1.regular': '8,00',
      'tariffs.1.pass': '5,99',
      'tariffs.2.minAge': '18',
      'tariffs.2.maxAge': '64',
      'tariffs.2.regular': '1250,00',
      'tariffs.2.pass': '937,50',
      'tariffs.3.minAge': '65',
      'tariffs.3.maxAge': '',
      'tariffs.3.regular': '0,01',
      'tariffs.3.pass': '0,00',
    });
  });

  test('round trip: parsed again they give back the same discount', () => {
    const values = discountFormValues(details);
    expect(financialStep.parse(values)).toEqual({ discountType: 'TARIFFS', percent: null, usage: 'ONCE', tariffs: details.tariffs });
    expect(validityStep(TODAY).parse(values)).toEqual({
      validFrom: details.validFrom,
      validUntil: details.validUntil,
      validityNote: details.validityNote,
    });

    for (const percent of [25, 50.5, 100, 33.33]) {
      const asPercent: DiscountDetails = { ...details, discountType: 'PERCENT', percent, tariffs: [] };
      const formValues = discountFormValues(asPercent);
      expect(formValues.percent).toBe(String(percent).replace('.', ','));
      expect(financialStep.parse(formValues)).toEqual({ discountType: 'PERCENT', percent, usage: 'ONCE', tariffs: [] });
    }
    expect(discountFormValues({ ...details, reservationRequired: false }).reservationRequired).toBe('');
  });
});

describe('nextPeriod: the same period a year later', () => {
  test('the whole year 2026 → the whole year 2027', () => {
    expect(nextPeriod('2026-01-01', '2026-12-31', TODAY)).toEqual({ validFrom: '2027-01-01', validUntil: '2027-12-31' });
  });

  test('a period ending on the last day of February ends on the last day of February next year', () => {
    // 2028 is a leap year: 28 February 2027 (the last day) → 29 February 2028 (the last day).
    expect(nextPeriod('2026-03-01', '2027-02-28', TODAY)).toEqual({ validFrom: '2027-03-01', validUntil: '2028-02-29' });
    expect(nextPeriod('2027-03-01', '2028-02-29', TODAY)).toEqual({ validFrom: '2028-03-01', validUntil: '2029-02-28' });
    expect(nextPeriod('2026-02-01', '2026-02-28', TODAY)).toEqual({ validFrom: '2027-02-01', validUntil: '2027-02-28' });
    expect(nextPeriod('2027-02-01', '2027-02-28', TODAY)).toEqual({ validFrom: '2028-02-01', validUntil: '2028-02-29' });
  });

  test('other days keep their date', () => {
    expect(nextPeriod('2026-06-15', '2027-06-14', TODAY)).toEqual({ validFrom: '2027-06-15', validUntil: '2028-06-14' });
    expect(nextPeriod('2026-12-01', '2026-12-01', TODAY)).toEqual({ validFrom: '2027-12-01', validUntil: '2027-12-01' });
  });

  test('always at least one year on, also for a period that still runs', () => {
    expect(nextPeriod('2026-11-24', '2026-11-24', TODAY)).toEqual({ validFrom: '2027-11-24', validUntil: '2027-11-24' });
    expect(nextPeriod('2027-01-01', '2027-12-31', TODAY)).toEqual({ validFrom: '2028-01-01', validUntil: '2028-12-31' });
  });

  test('a period long past is moved on until it is not entirely in the past', () => {
    expect(nextPeriod('2020-01-01', '2020-12-31', TODAY)).toEqual({ validFrom: '2026-01-01', validUntil: '2026-12-31' });
    expect(nextPeriod('2023-06-01', '2023-08-31', TODAY)).toEqual({ validFrom: '2027-06-01', validUntil: '2027-08-31' });
    // Ending today is not in the past; ending yesterday is.
    expect(nextPeriod('2024-11-25', '2025-11-24', TODAY)).toEqual({ validFrom: '2025-11-25', validUntil: '2026-11-24' });
    expect(nextPeriod('2024-11-24', '2025-11-23', TODAY)).toEqual({ validFrom: '2026-11-24', validUntil: '2027-11-23' });
    // Through leap years, the last day of February stays the last day.
    expect(nextPeriod('2022-03-01', '2023-02-28', TODAY)).toEqual({ validFrom: '2026-03-01', validUntil: '2027-02-28' });
    expect(nextPeriod('2022-03-01', '2023-02-28', '2027-03-01')).toEqual({ validFrom: '2027-03-01', validUntil: '2028-02-29' });
  });

  test.each([
    ['2026-01-01', '2026-12-31'],
    ['2026-03-01', '2027-02-28'],
    ['2027-03-01', '2028-02-29'],
    ['2028-02-29', '2029-02-28'],
    ['2026-03-15', '2027-03-14'],
    ['2019-05-01', '2019-05-31'],
    ['2027-02-28', '2028-02-27'],
  ])('the next period of %s – %s is a valid period again', (from, until) => {
    const next = nextPeriod(from, until, TODAY);
    expect(validityStep(TODAY).safeParse(next).success).toBe(true);
    expect(next.validFrom >= oneYearAfter(from)).toBe(true);
    expect(next.validUntil >= TODAY).toBe(true);
  });

  test('a one-day action on 29 February gives a valid next period', () => {
    const next = nextPeriod('2028-02-29', '2028-02-29', '2028-01-01');
    expect(validityStep('2028-01-01').safeParse(next).success).toBe(true);
  });
});

describe('renewalDraft: an action (as the editors left it) as a new draft for the next period', () => {
  test('the same subject, prices, text, photo and contact; the next period; no note to the editors', () => {
    expect(renewalDraft(content, TODAY)).toEqual({
      subject: 'toegang zwembad',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      validityNote: 'Niet op maandag.',
      description: 'Met je Dordtpas zwem je voor de halve prijs in het buitenbad.',
      editorsInfo: '',
      photoId: 'foto-actie',
      tips: 'Kom vroeg.',
      reservationRequired: 'on',
      discountType: 'TARIFFS',
      percent: '',
      usage: 'ONCE',
      'tariffs.0.minAge': '4',
      'tariffs.0.maxAge': '12',
      'tariffs.0.regular': '6,00',
      'tariffs.0.pass': '4,50',
      'tariffs.1.minAge': '13',
      'tariffs.1.maxAge': '17',
      'tariffs.1.regular': '8,00',
      'tariffs.1.pass': '5,99',
      'tariffs.2.minAge': '18',
      'tariffs.2.maxAge': '64',
      'tariffs.2.regular': '1250,00',
      'tariffs.2.pass': '937,50',
      'tariffs.3.minAge': '65',
      'tariffs.3.maxAge': '',
      'tariffs.3.regular': '0,01',
      'tariffs.3.pass': '0,00',
      contactName: 'Fatima Bakker',
      phone: '0781234567',
      email: 'info@zwembad-oost.nl',
      website: 'https://www.zwembad-oost.nl',
      // What the partner (or the editors) chose to show stays as it was.
      showPhone: 'on',
      showEmail: '',
      showWebsite: 'on',
      street: 'Wielenpad',
      houseNumber: '4',
      addition: 'B',
      postcode: '3311 AB',
      city: 'Dordrecht',
    });
    expect(renewalDraft({ ...content, photoId: null }, TODAY).photoId).toBe('');
  });

  test('complete at once: submitted again it gives the same discount for the next period', () => {
    const draft = renewalDraft(content, TODAY);
    expect(draftErrorsByStep(draft, TODAY)).toEqual({});
    const again = contentFromDraft(draft, 'sport', TODAY);
    expect(again.discount).toEqual({ ...details, validFrom: '2027-01-01', validUntil: '2027-12-31', editorsInfo: '' });
    expect(again).toMatchObject({ body: content.body, address: content.address, photoId: content.photoId, title: 'Toegang zwembad' });
  });

  test('a percentage action long past is renewed for a period that is not in the past', () => {
    const old: DiscountContent = {
      ...content,
      discount: { ...details, discountType: 'PERCENT', percent: 40, tariffs: [], validFrom: '2024-03-01', validUntil: '2025-02-28' },
    };
    const draft = renewalDraft(old, TODAY);
    expect(draft).toMatchObject({ validFrom: '2026-03-01', validUntil: '2027-02-28', percent: '40', discountType: 'PERCENT' });
    expect(Object.keys(draft).some((k) => k.startsWith('tariffs.'))).toBe(false);
    expect(draftErrorsByStep(draft, TODAY)).toEqual({});
  });
});
