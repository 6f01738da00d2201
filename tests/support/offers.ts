import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import { confirmEmail } from '@/lib/accounts/service';
import { registerPartner } from '@/lib/partners/service';
import { listingFormSchema, type ListingForm } from '@/lib/offers/schema';
import { storeUpload } from '@/lib/photos/service';
import { allWorkspaceOffers } from '@/lib/workspace/offers';
import { allWorkspacePartners } from '@/lib/workspace/partners';
import { NO_WORKSPACE_FILTERS } from '@/lib/workspace/filters';
import { plainImage } from './images';
import { mailsTo, registrationInput, tokenFromHtml } from './service-helpers';

// Helpers for the editorial review loop tests (lib/offers): partners, editors, listing forms, photos.

export type TestPartner = { organisationId: string; userId: string; email: string; actor: SessionUser };

/**
 * A registered partner (organisation + user). Confirmed (e-mail link used, organisation CONFIRMED)
 * unless confirmed: false. Overrides go to the registration form, e.g. { partnerType: 'DISCOUNT' }
 * or { showDisplayName: 'on', displayName: 'De Wielen' }.
 */
export async function makePartner(overrides: Record<string, string | undefined> = {}, { confirmed = true } = {}): Promise<TestPartner> {
  const input = registrationInput(overrides);
  const result = await registerPartner(input);
  if (!result.ok || 'existingAccount' in result) throw new Error(`registration refused: ${JSON.stringify(result)}`);
  if (confirmed) {
    const [mail] = await mailsTo(input.email);
    const confirmation = await confirmEmail(tokenFromHtml(mail.html, '/aanmelden/bevestigen'));
    if (!confirmation.ok) throw new Error(`confirmation refused: ${confirmation.reason}`);
  }
  return {
    organisationId: result.organisationId,
    userId: result.userId,
    email: input.email,
    actor: { id: result.userId, role: 'PARTNER', name: input.name, organisationId: result.organisationId, orgRole: 'ADMIN', locale: 'nl' },
  };
}

/**
 * Another registered partner's user moved into `admin`'s organisation as its medewerker, as an
 * accepted invitation would have made it (its own registration's organisation stays, empty).
 */
export async function makeMedewerker(admin: TestPartner, overrides: Record<string, string | undefined> = {}): Promise<TestPartner> {
  const other = await makePartner(overrides);
  const { organisationId } = admin;
  await prisma.user.update({ where: { id: other.userId }, data: { organisationId, orgRole: 'MEMBER' } });
  return { ...other, organisationId, actor: { ...other.actor, organisationId, orgRole: 'MEMBER' } };
}

let editorSeq = 0;
/** An editor (role EDITOR, e-mail confirmed), created directly. */
export async function makeEditor(name = 'Eva Redactie'): Promise<SessionUser & { email: string }> {
  editorSeq++;
  const user = await prisma.user.create({
    data: {
      email: `redactie${editorSeq}@dordtpas.nl`,
      username: `redactie${editorSeq}`,
      passwordHash: 'x',
      role: 'EDITOR',
      name,
      emailConfirmedAt: new Date(),
    },
  });
  return { id: user.id, role: 'EDITOR', name: user.name, organisationId: null, orgRole: null, locale: 'nl', email: user.email };
}

/** A valid editor's listing form as the browser sends it (strings, checkboxes "on"), parsed. */
export function listingForm(overrides: Record<string, string | number | undefined> = {}): ListingForm {
  const base: Record<string, string | number | undefined> = {
    title: 'Zwemmen bij De Wielen',
    body: 'Met je Dordtpas betaal je het zwemmen in het buitenbad met je tegoed.',
    category: 'sport',
    street: 'Wielenpad',
    houseNumber: '4',
    addition: '',
    postcode: '3311 AB',
    city: 'Dordrecht',
    openingInfo: 'Van mei tot september elke dag open.',
    phone: '078 123 4567',
    email: 'info@dewielen.nl',
    website: 'https://www.dewielen.nl',
    showPhone: 'on',
    showEmail: '',
    showWebsite: 'on',
    photoId: '',
    photoClaim: '',
    keepPhoto: '',
    version: 0,
    intent: 'save',
    ...overrides,
  };
  const values = Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
  return listingFormSchema.parse(values);
}

let photoSeq = 0;
/** A stored photo of its own (distinct size), as { id, claim }. */
export async function uploadPhoto(uploadedById: string | null = null) {
  photoSeq++;
  const result = await storeUpload(await plainImage(1600, 900 + (photoSeq % 200)), uploadedById);
  if (!result.ok) throw new Error(result.message);
  return { id: result.id, claim: result.claim };
}

/** The offer row (everything the status machine writes). */
export const offerRow = (id: string) => prisma.offer.findUniqueOrThrow({ where: { id } });

/** The offer's events (OfferEvent rows), oldest first. */
export function eventList(offerId: string) {
  return prisma.offerEvent.findMany({ where: { offerId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** The outbox messages to an address with this subject. */
export async function mailsWithSubject(to: string, subject: string) {
  return (await mailsTo(to)).filter((m) => m.subject === subject);
}

/** Everything the loop writes, to show a refused call changed nothing. */
export async function loopSnapshot() {
  const [offers, events, outbox, audit] = await Promise.all([
    prisma.offer.findMany({ orderBy: { id: 'asc' } }),
    prisma.offerEvent.findMany({ orderBy: { id: 'asc' } }),
    prisma.outboxMessage.count(),
    prisma.auditEntry.count(),
  ]);
  return { offers, events, outbox, audit };
}

/**
 * What the editors' dashboard lists as waiting on them (lib/workspace: the offers and partners in
 * "nieuw" and "redactie"), as ids: of each offer, its partner (a credit listing's link), and each partner.
 */
export async function waitingOnEditors(editor: SessionUser): Promise<string[]> {
  const ids: string[] = [];
  for (const status of ['nieuw', 'redactie'] as const) {
    const filters = { ...NO_WORKSPACE_FILTERS, status };
    for await (const rows of allWorkspaceOffers(editor, filters)) ids.push(...rows.flatMap((r) => [r.id, r.href.split('/').pop()!]));
    for await (const rows of allWorkspacePartners(editor, filters)) ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** A partner's row in the editors' partner list (lib/workspace), or undefined. */
export async function partnerListRow(editor: SessionUser, organisationId: string) {
  for await (const rows of allWorkspacePartners(editor, NO_WORKSPACE_FILTERS)) {
    const row = rows.find((r) => r.id === organisationId);
    if (row) return row;
  }
  return undefined;
}
