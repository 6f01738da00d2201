import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import type { SessionUser } from '@/lib/accounts/service';

// Every server action refuses the wrong user before it parses or writes anything (formAction and
// jsonAction in lib/auth/action.ts): nobody logged in, the other role, or a partner account without
// an organisation. The built actions are called here as a form would call them, with a faked session.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
// The one allowed call below revalidates the partner's page; outside a Next.js request that needs a stub.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { portalMessages } from '@/lib/i18n/portal';
import { initialFormState, type FormState } from '@/lib/forms';
import { autosaveStepAction, endActionAction, retractProposalAction, saveStepAction, startProposalAction } from '@/lib/discounts/actions';
import { proposeListingChangeAction, saveListingAction, withdrawAction } from '@/lib/offers/actions';
import {
  acceptOrganisationChangeAction,
  grantPartnerTypeAction,
  requestDiscountsAction,
  requestOrganisationChangeAction,
  setPhotoAction,
  updateContactAction,
  updatePostalAddressAction,
} from '@/lib/partners/actions';
import {
  inviteColleagueAction,
  removeColleagueAction,
  revokeInvitationAction,
  setColleagueRoleAction,
} from '@/lib/partners/colleague-actions';
import {
  changeEditorLocaleAction,
  changeLocaleAction,
  changePasswordAction,
  requestEmailChangeAction,
} from '@/lib/accounts/own-account-actions';
import { closePartnershipAction } from '@/lib/partners/close-actions';
import { resetDb } from '../support/db';
import { loopSnapshot, makeEditor, makeMedewerker, makePartner, uploadPhoto } from '../support/offers';
import { startedProposal } from '../support/proposals';
import { publishedDiscount, publishedListing } from '../support/catalog';
import { rowCounts } from '../support/service-helpers';

beforeEach(async () => {
  await resetDb();
  who = null;
});
afterAll(() => prisma.$disconnect());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const refused = (message: string): FormState => ({ ok: false, fieldErrors: {}, values: expect.any(Object), message });
/** A credit listing's fields as its forms send them (the title aside). */
const listingFields = {
  body: 'Met je Dordtpas betaal je het zwemmen in het buitenbad met je tegoed.',
  category: 'sport',
  street: 'Wielenpad',
  houseNumber: '4',
  postcode: '3311 AB',
  city: 'Dordrecht',
};
/** Everything an action here could write. */
const everything = async () => ({ rows: await rowCounts(), loop: await loopSnapshot(), orgs: await prisma.organisation.findMany() });

/** A partner user whose organisation is gone from the account (no organisationId): a session, no access. */
async function partnerWithoutOrganisation(): Promise<SessionUser> {
  const user = await prisma.user.create({
    data: { email: 'los@voorbeeld.nl', username: 'los', passwordHash: 'x', role: 'PARTNER', name: 'Los', emailConfirmedAt: new Date() },
  });
  return { id: user.id, role: 'PARTNER', name: user.name, organisationId: null, orgRole: null, locale: 'nl' };
}

describe('the wrong user is refused by the built action, and nothing is written', () => {
  test('nobody logged in: a partner action and an editor action say so', async () => {
    const partner = await makePartner({ partnerType: 'CREDIT' });
    const before = await everything();
    const contact = form({ name: 'Nieuwe Naam', phone: '078 123 4567', version: '1' });
    expect(await updateContactAction(initialFormState, contact)).toEqual(refused(nl.app.notLoggedIn));
    expect(await grantPartnerTypeAction(initialFormState, form({ organisationId: partner.organisationId }))).toEqual(
      refused(nl.app.notLoggedIn),
    );
    expect(await autosaveStepAction(form({ offerId: 'x', version: '1', step: 'onderwerp' }))).toEqual({
      ok: false,
      message: nl.app.notLoggedIn,
    });
    expect(await endActionAction(initialFormState, form({ offerId: 'x', version: '1', lastDay: '2026-12-31' }))).toEqual(
      refused(nl.app.notLoggedIn),
    );
    expect(await everything()).toEqual(before);
  });

  test("a partner cannot use the editors' actions, not even for its own organisation", async () => {
    const partner = await makePartner({ partnerType: 'CREDIT' });
    who = partner.actor;
    const before = await everything();
    const listing = form({
      organisationId: partner.organisationId,
      title: 'Zwemmen bij De Wielen',
      ...listingFields,
      version: '0',
      intent: 'send',
    });
    expect(await saveListingAction(initialFormState, listing)).toEqual(refused(nl.app.noAccess));
    expect(await grantPartnerTypeAction(initialFormState, form({ organisationId: partner.organisationId }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await withdrawAction(initialFormState, form({ offerId: 'x', reason: 'Ik wil het zelf offline halen.' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await everything()).toEqual(before);
  });

  test("an editor cannot use the partners' actions, the wizard's automatic save included", async () => {
    const { offerId, version } = await startedProposal();
    who = await makeEditor();
    const before = await everything();
    expect(await updateContactAction(initialFormState, form({ name: 'Eva', phone: '078 123 4567', version: '1' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await startProposalAction(initialFormState, form({}))).toEqual(refused(nl.app.noAccess));
    const step = { offerId, version: String(version), step: 'onderwerp', subject: 'overgenomen', intent: 'next' };
    expect(await saveStepAction(initialFormState, form(step))).toEqual(refused(nl.app.noAccess));
    expect(await autosaveStepAction(form(step))).toEqual({ ok: false, message: nl.app.noAccess });
    expect(await retractProposalAction(initialFormState, form({ offerId, version: String(version), reason: 'weg' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(
      await endActionAction(initialFormState, form({ offerId, version: String(version), lastDay: '2026-12-31', reason: 'weg' })),
    ).toEqual(refused(nl.app.noAccess));
    expect(await everything()).toEqual(before);
  });

  test('a partner account without an organisation is refused by every partner action', async () => {
    const photo = await uploadPhoto();
    who = await partnerWithoutOrganisation();
    const before = await everything();
    expect(await updateContactAction(initialFormState, form({ name: 'Los', phone: '078 123 4567', version: '1' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await setPhotoAction(initialFormState, form({ photoId: photo.id, photoClaim: photo.claim, version: '1' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await requestDiscountsAction(initialFormState, form({}))).toEqual(refused(nl.app.noAccess));
    expect(await startProposalAction(initialFormState, form({}))).toEqual(refused(nl.app.noAccess));
    expect(await autosaveStepAction(form({ offerId: 'x', version: '1', step: 'onderwerp' }))).toEqual({
      ok: false,
      message: nl.app.noAccess,
    });
    expect(await endActionAction(initialFormState, form({ offerId: 'x', version: '1', lastDay: '2026-12-31' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await everything()).toEqual(before);
  });

  test("a change of what is online: only by the offer's own partner, never by an editor or another partner", async () => {
    const { partner, offerId, version } = await publishedListing('Zwembad De Wielen');
    const action = await publishedDiscount('Zwembad Oost');
    const change = form({
      offerId,
      version: String(version),
      title: 'Overgenomen door een ander',
      ...listingFields,
    });
    const editor = await makeEditor();
    const other = await makePartner({ partnerType: 'BOTH' });
    const before = await everything();
    who = editor;
    expect(await proposeListingChangeAction(initialFormState, change)).toEqual(refused(nl.app.noAccess));
    expect(await startProposalAction(initialFormState, form({ changeOf: action.offerId }))).toEqual(refused(nl.app.noAccess));
    who = other.actor;
    expect(await proposeListingChangeAction(initialFormState, change)).toEqual(refused(nl.offer.forbidden));
    expect(await startProposalAction(initialFormState, form({ changeOf: action.offerId }))).toEqual(refused(nl.offer.forbidden));
    expect(await everything()).toEqual(before);
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe('PUBLISHED');
    expect(partner.organisationId).not.toBe(other.organisationId);
  });

  test("a medewerker cannot manage colleagues or the organisation's data; another organisation's beheerder cannot touch ours", async () => {
    const admin = await makePartner();
    const member = await makePartner();
    // A medewerker of the first organisation (moved there as an invitation would have put them).
    await prisma.user.update({ where: { id: member.userId }, data: { organisationId: admin.organisationId, orgRole: 'MEMBER' } });
    const photo = await uploadPhoto();
    const stranger = await makePartner();
    const before = await everything();
    who = { ...member.actor, organisationId: admin.organisationId, orgRole: 'MEMBER' };
    const invite = form({ name: 'Joost', email: 'joost@zwembad.nl', orgRole: 'ADMIN' });
    expect(await inviteColleagueAction(initialFormState, invite)).toEqual(refused(nl.app.noAccess));
    expect(await setColleagueRoleAction(initialFormState, form({ userId: member.userId, orgRole: 'ADMIN' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await removeColleagueAction(initialFormState, form({ userId: admin.userId }))).toEqual(refused(nl.app.noAccess));
    expect(await revokeInvitationAction(initialFormState, form({ invitationId: 'x' }))).toEqual(refused(nl.app.noAccess));
    expect(await setPhotoAction(initialFormState, form({ photoId: photo.id, photoClaim: photo.claim, version: '1' }))).toEqual(
      refused(nl.app.noAccess),
    );
    expect(await requestDiscountsAction(initialFormState, form({}))).toEqual(refused(nl.app.noAccess));
    const change = form({
      ...listingFields,
      visitStreet: 'Andere straat',
      visitHouseNumber: '1',
      visitPostcode: '3311 AB',
      visitCity: 'Dordrecht',
      version: '1',
    });
    expect(await requestOrganisationChangeAction(initialFormState, change)).toEqual(refused(nl.app.noAccess));
    expect(
      await acceptOrganisationChangeAction(
        initialFormState,
        form({ organisationId: admin.organisationId, requestedAt: new Date().toISOString() }),
      ),
    ).toEqual(refused(nl.app.noAccess));
    who = stranger.actor;
    expect(await removeColleagueAction(initialFormState, form({ userId: member.userId }))).toEqual(refused(nl.colleagues.gone));
    expect(await setColleagueRoleAction(initialFormState, form({ userId: admin.userId, orgRole: 'MEMBER' }))).toEqual(
      refused(nl.colleagues.gone),
    );
    expect(await everything()).toEqual(before);
  });

  test('"Samenwerking beëindigen": nobody, an editor and a medewerker are refused, and nothing is written', async () => {
    const admin = await makePartner();
    const member = await makeMedewerker(admin);
    const editor = await makeEditor();
    const before = await everything();
    const closing = form({ confirm: 'on', reason: 'Wij stoppen.' });
    expect(await closePartnershipAction(initialFormState, closing)).toEqual(refused(nl.app.notLoggedIn));
    who = editor;
    expect(await closePartnershipAction(initialFormState, closing)).toEqual(refused(nl.app.noAccess));
    who = member.actor;
    expect(await closePartnershipAction(initialFormState, closing)).toEqual(refused(nl.app.noAccess));
    expect(await everything()).toEqual(before);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: admin.organisationId } })).status).toBe('CONFIRMED');
  });

  test('the right user gets through: the partner changes its own contact details', async () => {
    const partner = await makePartner();
    who = partner.actor;
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisationId } });
    const contact = form({ name: 'Nieuwe Naam', phone: '078 123 4567', version: String(version) });
    const result = await updateContactAction(initialFormState, contact);
    expect(result).toMatchObject({ ok: true, message: nl.partnerHome.contactSaved });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: partner.userId } })).toMatchObject({ name: 'Nieuwe Naam' });
  });
});

describe("a partner user's own data (issue 17): the postal address is the beheerder's, password and e-mail anyone's of the partner", () => {
  const postal = (version: number | string) =>
    form({
      differentPostalAddress: 'on',
      postalStreet: 'Postbus',
      postalHouseNumber: '100',
      postalPostcode: '3300 AA',
      postalCity: 'Dordrecht',
      version: String(version),
    });
  const password = form({
    currentPassword: 'fiets naar de markt in juni',
    password: 'een nieuwe zin voor het portaal',
    passwordRepeat: 'een nieuwe zin voor het portaal',
  });
  const email = form({ email: 'overgenomen@voorbeeld.nl' });

  test('nobody, an editor, and a partner account without an organisation are refused by all three, and nothing is written', async () => {
    await makePartner();
    const editor = await makeEditor();
    const loose = await partnerWithoutOrganisation();
    const before = await everything();
    for (const [user, message] of [
      [null, nl.app.notLoggedIn],
      [editor, nl.app.noAccess],
      [loose, nl.app.noAccess],
    ] as const) {
      who = user;
      expect(await updatePostalAddressAction(initialFormState, postal(1))).toEqual(refused(message));
      expect(await changePasswordAction(initialFormState, password)).toEqual(refused(message));
      expect(await requestEmailChangeAction(initialFormState, email)).toEqual(refused(message));
      expect(await changeLocaleAction(initialFormState, form({ locale: 'en' }))).toEqual(refused(message));
    }
    expect(await everything()).toEqual(before);
    // Nobody's language changed either (the counts above would not show it).
    expect(await prisma.user.count({ where: { locale: 'en' } })).toBe(0);
  });

  test('a user who chose English gets the answer in English: the refusal, every field error and the summary', async () => {
    const partner = await makePartner();
    const editor = await makeEditor();
    const en = portalMessages('en');
    who = { ...editor, locale: 'en' };
    expect(await changeLocaleAction(initialFormState, form({ locale: 'en' }))).toEqual(refused(en.app.noAccess));
    who = { ...partner.actor, locale: 'en' };
    const answer = await changePasswordAction(initialFormState, form({ currentPassword: '', password: 'kort', passwordRepeat: 'anders' }));
    expect(answer.message).toBe(en.app.fixErrors(Object.keys(answer.fieldErrors).length));
    expect(answer.fieldErrors.currentPassword).toEqual([en.ownData.password.currentRequired]);
    expect(answer.fieldErrors.password).toEqual([en.validation.password]);
    // The same user in Dutch: the Dutch texts.
    who = partner.actor;
    const dutch = await changePasswordAction(initialFormState, form({ currentPassword: '', password: 'kort', passwordRepeat: 'anders' }));
    expect(dutch.fieldErrors.currentPassword).toEqual([nl.ownData.password.currentRequired]);
  });

  test("the editors' language choice is refused for nobody and for a partner, and nobody's language changes", async () => {
    const partner = await makePartner();
    for (const [user, message] of [
      [null, nl.app.notLoggedIn],
      [partner.actor, nl.app.noAccess],
    ] as const) {
      who = user;
      expect(await changeEditorLocaleAction(initialFormState, form({ locale: 'en' }))).toEqual(refused(message));
    }
    expect(await prisma.user.count({ where: { locale: 'en' } })).toBe(0);
  });

  test('a medewerker is refused the postal address before anything is parsed; its beheerder gets through', async () => {
    const partner = await makePartner();
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisationId } });
    await prisma.user.update({ where: { id: partner.userId }, data: { orgRole: 'MEMBER' } });
    who = { ...partner.actor, orgRole: 'MEMBER' };
    const before = await everything();
    expect(await updatePostalAddressAction(initialFormState, postal(version))).toEqual(refused(nl.app.noAccess));
    // Not even told what is wrong with the form: refused before parsing.
    expect(await updatePostalAddressAction(initialFormState, form({ differentPostalAddress: 'on' }))).toEqual(refused(nl.app.noAccess));
    expect(await everything()).toEqual(before);

    await prisma.user.update({ where: { id: partner.userId }, data: { orgRole: 'ADMIN' } });
    who = partner.actor;
    expect(await updatePostalAddressAction(initialFormState, postal(version))).toMatchObject({
      ok: true,
      message: nl.ownData.postal.saved,
    });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisationId } })).toMatchObject({
      postalStreet: 'Postbus',
      version: version + 1,
    });
  });
});

describe("the wizard's automatic save (jsonAction)", () => {
  test('saves as the partner and answers with the new version; what does not parse is "not saved"', async () => {
    const { partner, offerId, version } = await startedProposal();
    who = partner.actor;
    const step = { offerId, version: String(version), step: 'onderwerp', subject: 'toegang zwembad', intent: 'autosave' };
    expect(await autosaveStepAction(form(step))).toEqual({ ok: true, version: version + 1 });
    expect(await autosaveStepAction(form({ ...step, step: 'onbekend', version: String(version + 1) }))).toEqual({
      ok: false,
      message: nl.discount.autosave.failed,
    });
    expect(await autosaveStepAction(form(step))).toEqual({ ok: false, message: nl.offer.stale });
  });

  test.each([
    ['no form at all', []],
    ['a string for the form', ['hello']],
    ['a state and a form (it takes the form alone)', [initialFormState, new FormData()]],
  ])('%s: refused with a 404 and one log line (ADR 0014)', async (_label, args) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const call = (autosaveStepAction as (...a: unknown[]) => Promise<unknown>)(...args);
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isHTTPAccessFallbackError(error) && getAccessFallbackHTTPStatus(error)).toBe(404);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
