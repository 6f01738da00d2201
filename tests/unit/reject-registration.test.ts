import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Issue 18, "Aanmelding afwijzen": an editor refuses a registration with a reason (from the list
// and/or free text). Everything of it under way is refused, nobody of it logs in — the login says
// when and why — and registering anew with its KvK number, e-mail address or username replaces it,
// the editors seeing the earlier refusal on the new one. One transaction; two at once: one wins.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { authenticate, confirmEmail, requestPasswordReset } from '@/lib/accounts/service';
import { newToken, storeToken } from '@/lib/accounts/tokens';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { startProposal } from '@/lib/discounts/service';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { readPreviousRejection, rejectRegistration } from '@/lib/partners/reject';
import { registerPartner } from '@/lib/partners/service';
import { rejectRegistrationAction } from '@/lib/rejections/actions';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner, offerRow, waitingOnEditors } from '../support/offers';
import { publishedAction, submittedProposal } from '../support/proposals';
import { mailsTo, registrationInput, rowCounts } from '../support/service-helpers';

setUpPhotoTests();

const PASSWORD = 'fiets naar de markt in juni'; // tests/support/registration.ts
const REASON = 'Uw organisatie is niet gevestigd in Dordrecht.';
const orgRow = (id: string) => prisma.organisation.findUniqueOrThrow({ where: { id } });
const usernameOf = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).username;
const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
};

/** A confirmed registration with what can be under way: a submitted proposal, one in the wizard, a listing draft, a session. */
async function waitingRegistration() {
  const editor = await makeEditor();
  const { partner, offerId } = await submittedProposal();
  const wizard = await startProposal(partner.actor);
  if (!wizard.ok) throw new Error(wizard.reason);
  const listing = await saveListing(editor, partner.organisationId, listingForm());
  if (!listing.ok) throw new Error(listing.reason);
  const token = await startSession(partner.userId);
  const { version } = await orgRow(partner.organisationId);
  return { editor, partner, offerId, wizardId: wizard.offerId, listingId: listing.offerId, token, version };
}

describe('an editor refuses a registration', () => {
  test('one transaction: REJECTED with the reason, offers refused, wizard proposals gone, sessions and links ended, audit, mail', async () => {
    const { editor, partner, offerId, wizardId, listingId, token, version } = await waitingRegistration();
    expect(await waitingOnEditors(editor)).toEqual(expect.arrayContaining([partner.organisationId, offerId]));
    await requestPasswordReset(partner.email);
    expect(await prisma.emailToken.count({ where: { userId: partner.userId, purpose: 'RESET_PASSWORD' } })).toBe(1);
    const reasonId = (await prisma.rejectionReason.create({ data: { kind: 'REGISTRATION', text: REASON } })).id;
    const now = new Date('2026-12-03T10:00:00Z');
    const text = 'Uw adres is in Zwijndrecht.';
    expect(await rejectRegistration(editor, partner.organisationId, version, { reasonId, text }, now)).toEqual({ ok: true });

    const reason = `${REASON}\n\n${text}`;
    expect(await orgRow(partner.organisationId)).toMatchObject({
      status: 'REJECTED',
      rejectedAt: now,
      rejectedReason: reason,
      rejectedByName: editor.name,
      version: version + 1,
    });
    expect((await offerRow(offerId)).status).toBe('REJECTED');
    expect((await offerRow(listingId)).status).toBe('REJECTED');
    expect(await prisma.offer.findUnique({ where: { id: wizardId } })).toBeNull();
    expect(await prisma.session.count({ where: { userId: partner.userId } })).toBe(0);
    expect(await prisma.emailToken.count({ where: { userId: partner.userId } })).toBe(0);
    expect(await sessionUser(token)).toBeNull();
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'partner.rejected', entityId: partner.organisationId } });
    expect(entry).toMatchObject({ actorId: editor.id, data: { by: editor.name, reasonId, reason, offers: 3, sessions: 1 } });
    const [mail] = (await mailsTo(partner.email)).filter((m) => m.subject === nl.reject.registrationSubject);
    expect(mail).toMatchObject({ organisationId: partner.organisationId });
    expect(mail.text).toContain(REASON);
    expect(mail.text).toContain(text);
    expect(mail.text).toContain('/aanmelden');
    // Out of the editors' work queue.
    const waiting = await waitingOnEditors(editor);
    expect(waiting).not.toContain(partner.organisationId);
    expect(waiting).not.toContain(offerId);
  });

  test('the login says when and why after the right password, and nothing without it; no reset link is sent', async () => {
    const { editor, partner, version } = await waitingRegistration();
    await rejectRegistration(editor, partner.organisationId, version, { reasonId: '', text: REASON }, new Date('2026-12-03T10:00:00Z'));
    const username = await usernameOf(partner.userId);
    expect(await authenticate(username, 'wrong password, long enough', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(username, PASSWORD, '10.0.0.1')).toEqual({
      ok: false,
      reason: 'rejected',
      rejectedAt: new Date('2026-12-03T10:00:00Z'),
      rejectedReason: REASON,
    });
    const before = await rowCounts();
    await requestPasswordReset(partner.email);
    expect(await rowCounts()).toEqual(before);
  });

  test('an unconfirmed registration can be refused too, and then its address is not confirmed by any link', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({}, { confirmed: false });
    const { version } = await orgRow(partner.organisationId);
    expect(await rejectRegistration(editor, partner.organisationId, version, { reasonId: '', text: REASON })).toEqual({ ok: true });
    expect(await prisma.emailToken.count({ where: { userId: partner.userId } })).toBe(0);
    expect(await authenticate(await usernameOf(partner.userId), PASSWORD, '10.0.0.2')).toMatchObject({ reason: 'rejected' });
    // A link stored just after the refusal (a resend under way as it committed) confirms the address,
    // not the registration: it stays refused.
    const token = newToken();
    await prisma.$transaction((tx) => storeToken(tx, partner.userId, 'CONFIRM_EMAIL', token));
    expect(await confirmEmail(token)).toEqual({ ok: true });
    expect((await orgRow(partner.organisationId)).status).toBe('REJECTED');
  });

  test('refused, nothing written: a partner, a stale version, a partner that was online, one refused already, no reason on the list', async () => {
    const editor = await makeEditor();
    const { partner, version } = await waitingRegistration();
    const online = await publishedAction();
    const onlineVersion = (await orgRow(online.partner.organisationId)).version;
    const archived = await prisma.rejectionReason.create({ data: { kind: 'REGISTRATION', text: 'Oud', archivedAt: new Date() } });
    const input = { reasonId: '', text: REASON };
    const before = { rows: await rowCounts(), orgs: await prisma.organisation.findMany({ orderBy: { id: 'asc' } }) };
    expect(await rejectRegistration(partner.actor, partner.organisationId, version, input)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await rejectRegistration(editor, partner.organisationId, version - 1, input)).toEqual({ ok: false, reason: 'stale' });
    expect(await rejectRegistration(editor, online.partner.organisationId, onlineVersion, input)).toEqual({
      ok: false,
      reason: 'published',
    });
    expect(await rejectRegistration(editor, partner.organisationId, version, { reasonId: archived.id, text: '' })).toEqual({
      ok: false,
      reason: 'reason-gone',
    });
    expect(await rejectRegistration(editor, 'nope', 1, input)).toEqual({ ok: false, reason: 'not-found' });
    expect({ rows: await rowCounts(), orgs: await prisma.organisation.findMany({ orderBy: { id: 'asc' } }) }).toEqual(before);
    expect(await rejectRegistration(editor, partner.organisationId, version, input)).toEqual({ ok: true });
    expect(await rejectRegistration(editor, partner.organisationId, version + 1, input)).toEqual({ ok: false, reason: 'not-rejectable' });
  });

  test('the built action refuses nobody and a partner (its own organisation too) before anything is written', async () => {
    const { partner, version } = await waitingRegistration();
    const before = await rowCounts();
    for (const user of [null, partner.actor]) {
      who = user;
      const answer = await rejectRegistrationAction(
        initialFormState,
        form({ organisationId: partner.organisationId, version, reasonId: '', text: REASON }),
      );
      expect(answer).toMatchObject({ ok: false, message: user ? nl.app.noAccess : nl.app.notLoggedIn });
    }
    expect(await rowCounts()).toEqual(before);
    expect((await orgRow(partner.organisationId)).status).toBe('CONFIRMED');
    who = null;
  });

  test('two editors at once: one refuses, the other is told; a refusal and the partner approving its listing: one wins', async () => {
    const { editor, partner, version } = await waitingRegistration();
    const piet = await makeEditor('Piet');
    const both = await Promise.all([
      rejectRegistration(editor, partner.organisationId, version, { reasonId: '', text: 'Eva: nee.' }),
      rejectRegistration(piet, partner.organisationId, version, { reasonId: '', text: 'Piet: nee.' }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale' }]);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.rejected' } })).toBe(1);

    const other = await makePartner({ partnerType: 'BOTH' });
    const sent = await saveListing(editor, other.organisationId, listingForm({ intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    const otherVersion = (await orgRow(other.organisationId)).version;
    const [rejected, approved] = await Promise.all([
      rejectRegistration(piet, other.organisationId, otherVersion, { reasonId: '', text: 'Nee.' }),
      approveOffer(other.actor, sent.offerId, sent.version),
    ]);
    expect([rejected.ok, approved.ok].filter(Boolean)).toHaveLength(1);
    if (!rejected.ok) expect(rejected.reason).toBe('published');
    expect((await orgRow(other.organisationId)).status).toBe(rejected.ok ? 'REJECTED' : 'CONFIRMED');
  });

  test('after the refusal the editors cannot write a listing for it any more', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'BOTH' });
    const { version } = await orgRow(partner.organisationId);
    await rejectRegistration(editor, partner.organisationId, version, { reasonId: '', text: REASON });
    expect(await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }))).toEqual({ ok: false, reason: 'rejected' });
  });
});

describe('registering anew after a refusal', () => {
  test('with the same KvK number, e-mail address and username: the refused one is replaced, the editors see the refusal', async () => {
    const editor = await makeEditor();
    const input = registrationInput();
    const first = await registerPartner(input);
    if (!first.ok || 'existingAccount' in first) throw new Error('registration refused');
    const { version } = await orgRow(first.organisationId);
    const at = new Date('2026-12-03T10:00:00Z');
    await rejectRegistration(editor, first.organisationId, version, { reasonId: '', text: REASON }, at);

    const again = await registerPartner({ ...input, visitCity: 'Dordrecht' });
    if (!again.ok || 'existingAccount' in again) throw new Error(`registration refused: ${JSON.stringify(again)}`);
    expect(await prisma.organisation.findUnique({ where: { id: first.organisationId } })).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: first.userId } })).toBeNull();
    const fresh = await orgRow(again.organisationId);
    expect(fresh).toMatchObject({ status: 'REGISTERED', kvkNumber: input.kvkNumber, rejectedAt: null });
    expect(readPreviousRejection(fresh)).toEqual({ rejectedAt: at.toISOString(), reason: REASON, byName: editor.name });
    expect(
      await prisma.auditEntry.findFirst({ where: { action: 'partner.registration-replaced', entityId: first.organisationId } }),
    ).toMatchObject({
      actorId: again.userId,
      data: { replacedBy: again.organisationId, reason: REASON },
    });
    // A new confirmation link went to the address, as for any registration.
    expect((await mailsTo(input.email)).map((m) => m.subject)).toContain(nl.mail.confirmSubject);
  });

  test('with only the same e-mail address (another KvK number): replaced too', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    const { version } = await orgRow(partner.organisationId);
    await rejectRegistration(editor, partner.organisationId, version, { reasonId: '', text: REASON });
    const again = await registerPartner(registrationInput({ email: partner.email }));
    expect(again).toMatchObject({ ok: true, organisationId: expect.any(String) });
    expect(await prisma.organisation.findUnique({ where: { id: partner.organisationId } })).toBeNull();
  });

  test('a registration that was not refused still holds its KvK number, username and address', async () => {
    const partner = await makePartner();
    const org = await orgRow(partner.organisationId);
    const taken = await registerPartner(registrationInput({ kvkNumber: org.kvkNumber, username: await usernameOf(partner.userId) }));
    expect(taken).toEqual({
      ok: false,
      fieldErrors: { kvkNumber: [nl.validation.kvkTaken], username: [nl.validation.usernameTaken] },
    });
    expect(await registerPartner(registrationInput({ email: partner.email }))).toEqual({ ok: true, existingAccount: true });
  });

  test('two registrations at once replacing the same refused one: one is made, the other is told the KvK number is taken', async () => {
    const editor = await makeEditor();
    const input = registrationInput();
    const first = await registerPartner(input);
    if (!first.ok || 'existingAccount' in first) throw new Error('registration refused');
    await rejectRegistration(editor, first.organisationId, (await orgRow(first.organisationId)).version, { reasonId: '', text: REASON });
    const results = await Promise.all([
      registerPartner({ ...input, email: 'een@voorbeeld.nl', username: 'een-nieuw' }),
      registerPartner({ ...input, email: 'twee@voorbeeld.nl', username: 'twee-nieuw' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { kvkNumber: [nl.validation.kvkTaken] } }]);
    expect(await prisma.organisation.count({ where: { kvkNumber: input.kvkNumber } })).toBe(1);
  });
});
