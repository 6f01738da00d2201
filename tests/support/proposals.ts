import type { SessionUser } from '@/lib/accounts/service';
import { todayInDordrecht } from '@/lib/i18n/format';
import type { DiscountDetails } from '@/lib/discounts/content';
import type { StepSlug } from '@/lib/discounts/draft';
import { saveProposalStep, startProposal, submitProposal } from '@/lib/discounts/service';
import { approveOffer, saveDiscountAction } from '@/lib/offers/review';
import { listingForm, makeEditor, makePartner, type TestPartner } from './offers';

// Helpers for the discount offer ("actievoorstel") tests: the wizard's steps as the browser sends
// them, a started / completed / submitted proposal, and the editors' discount fields.

/** The current year in Dordrecht ("2026"); the default validity is this whole year. */
export const currentYear = () => todayInDordrecht().slice(0, 4);

/** Valid answers for every step, as the wizard's forms send them (strings only). */
export function validStepValues(): Record<Exclude<StepSlug, 'indienen'>, Record<string, string>> {
  const year = currentYear();
  return {
    onderwerp: { subject: 'toegang zwembad' },
    looptijd: { validFrom: `${year}-01-01`, validUntil: `${year}-12-31`, validityNote: 'Niet op maandag.' },
    beschrijving: {
      description: 'Met je Dordtpas zwem je voor de halve prijs, elke dag van de week.',
      editorsInfo: 'Bel gerust als er iets niet duidelijk is.',
    },
    foto: { tips: 'Kom op doordeweekse ochtenden.', reservationRequired: 'on' },
    financieel: { discountType: 'PERCENT', percent: '50', usage: 'REPEATED' },
    contact: {
      contactName: 'Fatima Bakker',
      phone: '078 123 4567',
      email: 'info@zwembad-oost.nl',
      website: 'https://www.zwembad-oost.nl',
      street: 'Wielenpad',
      houseNumber: '4',
      addition: '',
      postcode: '3311 AB',
      city: 'Dordrecht',
    },
  };
}

/** Age bands as the financieel step's form sends them ("tariffs.N.field"). */
export function tariffValues(...bands: Array<[string, string, string, string]>): Record<string, string> {
  return Object.fromEntries(
    bands.flatMap(([minAge, maxAge, regular, pass], i) => [
      [`tariffs.${i}.minAge`, minAge],
      [`tariffs.${i}.maxAge`, maxAge],
      [`tariffs.${i}.regular`, regular],
      [`tariffs.${i}.pass`, pass],
    ]),
  );
}

/** saveProposalStep that throws when refused; returns the new version. */
export async function saveStep(actor: SessionUser, offerId: string, version: number, step: StepSlug, values: Record<string, string>) {
  const result = await saveProposalStep(actor, offerId, version, step, values);
  if (!result.ok) throw new Error(`saveProposalStep(${step}) refused: ${result.reason}`);
  return result.version;
}

/** A partner (type BOTH unless overridden) with a freshly started proposal (version 1). */
export async function startedProposal(
  partnerOverrides: Record<string, string | undefined> = {},
): Promise<{ partner: TestPartner; offerId: string; version: number }> {
  const partner = await makePartner({ partnerType: 'BOTH', ...partnerOverrides });
  const started = await startProposal(partner.actor);
  if (!started.ok) throw new Error(`startProposal refused: ${started.reason}`);
  return { partner, offerId: started.offerId, version: started.version };
}

/** Saves every step with valid answers (overrides per step merged in); returns the last version. */
export async function fillProposal(
  actor: SessionUser,
  offerId: string,
  version: number,
  overrides: Partial<Record<Exclude<StepSlug, 'indienen'>, Record<string, string>>> = {},
): Promise<number> {
  const steps = validStepValues();
  let v = version;
  for (const [step, values] of Object.entries(steps) as [Exclude<StepSlug, 'indienen'>, Record<string, string>][]) {
    v = await saveStep(actor, offerId, v, step, { ...values, ...overrides[step] });
  }
  return v;
}

/**
 * A submitted proposal of a partner "Zwembad Oost" (display name): started, filled with valid
 * answers, submitted. The offer is then at version `version`, status SUBMITTED.
 */
export async function submittedProposal(
  partnerOverrides: Record<string, string | undefined> = {},
  overrides: Parameters<typeof fillProposal>[3] = {},
): Promise<{ partner: TestPartner; offerId: string; version: number }> {
  const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost', ...partnerOverrides });
  const filled = await fillProposal(partner.actor, offerId, version, overrides);
  const submitted = await submitProposal(partner.actor, offerId, filled);
  if (!submitted.ok) throw new Error(`submitProposal refused: ${JSON.stringify(submitted)}`);
  return { partner, offerId, version: filled + 1 };
}

/** The discount fields the editors' form hands to saveDiscountAction (whole current year, 50 %). */
export function editorDiscount(
  overrides: Partial<Omit<DiscountDetails, 'subject' | 'editorsInfo' | 'contactName'>> = {},
): Omit<DiscountDetails, 'subject' | 'editorsInfo' | 'contactName'> {
  const year = currentYear();
  return {
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    validityNote: 'Niet op maandag.',
    tips: 'Kom op doordeweekse ochtenden.',
    reservationRequired: true,
    discountType: 'PERCENT',
    percent: 50,
    usage: 'REPEATED',
    tariffs: [],
    ...overrides,
  };
}

/** An ISO date n days from an ISO date (negative: before). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A submitted proposal that the editor rewrote and sent (intent 'send') and the partner approved:
 * PUBLISHED. listingOverrides go to the editor's listing form, discountOverrides to the discount.
 */
export async function publishedAction(
  options: {
    partnerOverrides?: Record<string, string | undefined>;
    listingOverrides?: Record<string, string | number | undefined>;
    discountOverrides?: Parameters<typeof editorDiscount>[0];
  } = {},
) {
  const editor = await makeEditor();
  const { partner, offerId, version } = await submittedProposal(options.partnerOverrides);
  const sent = await saveDiscountAction(
    editor,
    offerId,
    listingForm({ version, intent: 'send', title: 'Halve prijs in Zwembad Oost', ...options.listingOverrides }),
    editorDiscount(options.discountOverrides),
  );
  if (!sent.ok) throw new Error(`saveDiscountAction refused: ${sent.reason}`);
  const approved = await approveOffer(partner.actor, offerId, sent.version);
  if (!approved.ok) throw new Error(`approveOffer refused: ${approved.reason}`);
  return { editor, partner, offerId, version: sent.version, slug: approved.slug };
}
