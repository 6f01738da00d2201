import { fieldErrorsOf, type FieldErrors } from '@/lib/forms';
import { choiceValues, tickedIds, tickName, withoutTicks, type ChoosableLocation } from '@/lib/locations/choice';
import { placeFields, placeOf, withTicks } from '@/lib/offers/schema';
import { z } from 'zod';
import { toIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import type { DiscountContent, DiscountDetails, ProposalDraft } from './content';
import {
  contactStep,
  defaultValidity,
  descriptionStep,
  financialStep,
  oneYearAfter,
  photoStep,
  subjectStep,
  tariffFields,
  tariffRows,
  validityStep,
} from './schema';

// The wizard's steps (manual §8–12) and the way from the partner's flat draft to the content the
// editors work on, and back (for a renewal and for the editors' form).

export const STEP_SLUGS = ['onderwerp', 'looptijd', 'beschrijving', 'foto', 'financieel', 'contact', 'indienen'] as const;
export type StepSlug = (typeof STEP_SLUGS)[number];

type Step = { slug: StepSlug; fields: readonly string[]; schema: (today: string) => z.ZodType | null };

export const STEPS: readonly Step[] = [
  { slug: 'onderwerp', fields: ['subject'], schema: () => subjectStep },
  { slug: 'looptijd', fields: ['validFrom', 'validUntil', 'validityNote'], schema: (today) => validityStep(today) },
  { slug: 'beschrijving', fields: ['description', 'editorsInfo'], schema: () => descriptionStep },
  { slug: 'foto', fields: ['photoId', 'tips', 'reservationRequired'], schema: () => photoStep },
  { slug: 'financieel', fields: ['discountType', 'percent', 'usage'], schema: () => financialStep },
  {
    slug: 'contact',
    fields: [
      'contactName',
      'phone',
      'email',
      'website',
      'showPhone',
      'showEmail',
      'showWebsite',
      'locations',
      'street',
      'houseNumber',
      'addition',
      'postcode',
      'city',
    ],
    schema: () => contactStep,
  },
  { slug: 'indienen', fields: [], schema: () => null },
];

export const stepOf = (slug: string) => STEPS.find((s) => s.slug === slug) ?? null;

const FIELD_MAX = 5000;

/** Which steps the partner has saved (a space-separated list in the draft): a prefilled step is not one of them. */
const SAVED_STEPS = 'savedSteps';
const savedSteps = (draft: ProposalDraft) => (draft[SAVED_STEPS] ?? '').split(' ').filter(Boolean);

/** The draft after one step's form is saved: only that step's fields, tariff rows renumbered. */
export function mergeStep(draft: ProposalDraft, slug: StepSlug, values: Record<string, string>): ProposalDraft {
  const step = stepOf(slug)!;
  const next: ProposalDraft = { ...draft, [SAVED_STEPS]: [...new Set([...savedSteps(draft), slug])].join(' ') };
  for (const field of step.fields) {
    if (field === 'photoId') continue; // set by the service after checking the claim
    next[field] = String(values[field] ?? '').slice(0, FIELD_MAX);
  }
  if (slug === 'contact') {
    // The ticked locations, as the form sent them (a checkbox per location of the partner).
    return { ...withoutTicks(next), ...Object.fromEntries(tickedIds(values).map((id) => [tickName(id), 'on'])) };
  }
  if (slug === 'financieel') {
    for (const key of Object.keys(next)) if (key.startsWith('tariffs.')) delete next[key];
    Object.assign(
      next,
      tariffFields(tariffRows(values).map((row) => ({ ...row, regular: row.regular.slice(0, 50), pass: row.pass.slice(0, 50) }))),
    );
  }
  return next;
}

/** The partner's locations, which the contact step chooses among (none: the address is typed). */
type Locations = readonly ChoosableLocation[];

const placeSchema = z.preprocess(withTicks, z.object(placeFields));

/** The errors of one step on the stored draft; the contact step's choice checked against the partner's own locations. */
export function stepErrors(slug: StepSlug, draft: ProposalDraft, today = todayInDordrecht(), locations: Locations = []): FieldErrors {
  const schema = stepOf(slug)?.schema(today);
  if (!schema) return {};
  const result = schema.safeParse(draft);
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  if (slug !== 'contact') return errors;
  const place = placeOf(placeSchema.parse(draft), locations);
  return place.ok ? errors : { ...place.errors, ...errors };
}

/** Which steps still have errors (the summary lists them; submitting is refused while any has). */
export function draftErrorsByStep(
  draft: ProposalDraft,
  today = todayInDordrecht(),
  locations: Locations = [],
): Partial<Record<StepSlug, FieldErrors>> {
  const out: Partial<Record<StepSlug, FieldErrors>> = {};
  for (const step of STEPS) {
    const errors = stepErrors(step.slug, draft, today, locations);
    if (Object.keys(errors).length) out[step.slug] = errors;
  }
  return out;
}

/**
 * The steps that are done: saved by the partner and valid. A step never opened is not done, even
 * when its prefilled fields would pass (the contact step), and the summary never is.
 */
export function doneSteps(draft: ProposalDraft, today = todayInDordrecht(), locations: Locations = []): StepSlug[] {
  const saved = savedSteps(draft);
  const errors = draftErrorsByStep(draft, today, locations);
  return STEPS.filter((s) => s.slug !== 'indienen' && saved.includes(s.slug) && !errors[s.slug]).map((s) => s.slug);
}

/** Where to go on with a draft: the first step that is not done, or the summary. */
export function resumeStep(draft: ProposalDraft, today = todayInDordrecht(), locations: Locations = []): StepSlug {
  const done = doneSteps(draft, today, locations);
  return STEPS.find((s) => s.slug !== 'indienen' && !done.includes(s.slug))?.slug ?? 'indienen';
}

/** The submitted content: every step parsed (call only when draftErrorsByStep, with the same locations, is empty). */
export function contentFromDraft(
  draft: ProposalDraft,
  category: string,
  today = todayInDordrecht(),
  locations: Locations = [],
): DiscountContent {
  const subject = subjectStep.parse(draft);
  const validity = validityStep(today).parse(draft);
  const description = descriptionStep.parse(draft);
  const photo = photoStep.parse(draft);
  const financial = financialStep.parse(draft);
  const contact = contactStep.parse(draft);
  const placed = placeOf(contact, locations);
  if (!placed.ok) throw new Error(`the draft's place does not hold: ${JSON.stringify(placed.errors)}`);
  return {
    // The title starts as what the discount is on; the editors rewrite it.
    title: subject.subject.charAt(0).toUpperCase() + subject.subject.slice(1),
    body: description.description,
    category,
    address: placed.place.address,
    ...(placed.place.locations ? { locations: placed.place.locations } : {}),
    openingInfo: '',
    // Shown to pass holders only what the partner chose in the wizard.
    contact: {
      phone: contact.phone,
      email: contact.email,
      website: contact.website ?? '',
      showPhone: contact.showPhone,
      showEmail: contact.showEmail,
      showWebsite: contact.showWebsite && Boolean(contact.website),
    },
    photoId: draft.photoId || null,
    discount: {
      subject: subject.subject,
      ...validity,
      editorsInfo: description.editorsInfo,
      tips: photo.tips,
      reservationRequired: photo.reservationRequired,
      discountType: financial.discountType,
      percent: financial.percent,
      usage: financial.usage,
      tariffs: financial.tariffs,
      contactName: contact.contactName,
    },
  };
}

const euroField = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** The discount's own fields as form values (the editors' form, a renewal's draft). */
export function discountFormValues(d: DiscountDetails): Record<string, string> {
  return {
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    validityNote: d.validityNote,
    tips: d.tips,
    reservationRequired: d.reservationRequired ? 'on' : '',
    discountType: d.discountType,
    percent: d.percent === null ? '' : String(d.percent).replace('.', ','),
    usage: d.usage,
    ...tariffFields(
      d.tariffs.map((t) => ({
        minAge: String(t.minAge),
        maxAge: t.maxAge === null ? '' : String(t.maxAge),
        regular: euroField(t.regular),
        pass: euroField(t.pass),
      })),
    ),
  };
}

/** The same period a year later, as often as needed to not lie entirely in the past. */
export function nextPeriod(validFrom: string, validUntil: string, today = todayInDordrecht()): { validFrom: string; validUntil: string } {
  let from = validFrom;
  let until = validUntil;
  do {
    from = oneYearAfter(from);
    // A period that ends on the last day of February ends on the last day of February next year too.
    until = until.endsWith('-02-28') || until.endsWith('-02-29') ? lastOfFebruary(Number(until.slice(0, 4)) + 1) : oneYearAfter(until);
  } while (until < today);
  // A one-day action on 29 February: the next one is on the last day of February.
  if (until < from) from = until;
  return { validFrom: from, validUntil: until };
}

function lastOfFebruary(year: number): string {
  return toIsoDate(new Date(Date.UTC(year, 2, 0)));
}

/** A renewal: the old action's content (as the editors left it) as a new draft for the next period. */
export function renewalDraft(content: DiscountContent, today = todayInDordrecht(), { samePeriod = false } = {}): ProposalDraft {
  const d = content.discount;
  const a = content.address;
  // A copy keeps its period while that has not ended; a renewal is for the next one.
  const period =
    samePeriod && d.validUntil >= today
      ? { validFrom: d.validFrom, validUntil: d.validUntil }
      : nextPeriod(d.validFrom, d.validUntil, today);
  return {
    subject: d.subject,
    ...discountFormValues(d),
    ...period,
    description: content.body,
    editorsInfo: '',
    photoId: content.photoId ?? '',
    contactName: d.contactName,
    phone: content.contact.phone,
    email: content.contact.email,
    website: content.contact.website,
    showPhone: content.contact.showPhone ? 'on' : '',
    showEmail: content.contact.showEmail ? 'on' : '',
    showWebsite: content.contact.showWebsite ? 'on' : '',
    street: a.street,
    houseNumber: a.houseNumber,
    addition: a.addition,
    postcode: a.postcode,
    city: a.city,
    ...choiceValues(content.locations),
  };
}

type OrganisationForProposal = {
  visitStreet: string;
  visitHouseNumber: string;
  visitAddition: string;
  visitPostcode: string;
  visitCity: string;
  photoId: string | null;
};

/** A new proposal: validity the whole current year, photo, address and contact from the partner (manual §11). */
export function emptyDraft(
  org: OrganisationForProposal,
  user: { name: string; phone: string; email: string },
  today = todayInDordrecht(),
): ProposalDraft {
  return {
    subject: '',
    ...defaultValidity(today),
    validityNote: '',
    description: '',
    editorsInfo: '',
    photoId: org.photoId ?? '',
    tips: '',
    reservationRequired: '',
    discountType: '',
    percent: '',
    usage: '',
    contactName: user.name,
    phone: user.phone,
    email: user.email,
    website: '',
    showPhone: '',
    showEmail: '',
    showWebsite: '',
    street: org.visitStreet,
    houseNumber: org.visitHouseNumber,
    addition: org.visitAddition,
    postcode: org.visitPostcode,
    city: org.visitCity,
    // All of the partner's locations, unless it chooses (a partner without locations types the address).
    locations: 'all',
  };
}
