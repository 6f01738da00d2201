import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Deactivating and reactivating a partner (lib/partners/deactivate.ts, ADR 0028): nothing of it
// online, nobody of it logged in, its data and offers kept as they were; reactivating puts what was
// published back. A stale version is told; a partner calling the actions or services is refused.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { authenticate, requestPasswordReset } from '@/lib/accounts/service';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { rebuildCatalog } from '@/lib/offers/catalog';
import { publishedOffer } from '@/lib/offers/queries';
import { saveListing, withdrawOffer } from '@/lib/offers/review';
import { deactivatePartner, reactivatePartner } from '@/lib/partners/deactivate';
import { addNoteAction, deactivateAction, reactivateAction } from '@/lib/partners/record-actions';
import { addPartnerNote } from '@/lib/partners/record';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, loopSnapshot, makeEditor, makeMedewerker } from '../support/offers';
import { publishedListing, entryOf } from '../support/catalog';
import { mailsTo, rowCounts } from '../support/service-helpers';

setUpPhotoTests();

const PASSWORD = 'fiets naar de markt in juni'; // tests/support/registration.ts
const REASON = 'Het zwembad is dicht voor een verbouwing.';

async function orgOf(id: string) {
  return prisma.organisation.findUniqueOrThrow({ where: { id } });
}
const usernameOf = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).username;

/** A partner with a published listing, a medewerker, and a session for each. */
async function livePartner() {
  const listing = await publishedListing('Zwembad Oost');
  const member = await makeMedewerker(listing.partner, { name: 'Joost Jansen' });
  const sessions = [await startSession(listing.partner.userId), await startSession(member.userId)];
  const org = await orgOf(listing.partner.organisationId);
  return { ...listing, member, sessions, org };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('deactivating a partner', () => {
  test('offline, logins and sessions refused, data and offers kept, mailed with the reason, audited', async () => {
    const p = await livePartner();
    expect(await publishedOffer(p.slug)).not.toBeNull();
    const offerBefore = await prisma.offer.findUniqueOrThrow({ where: { id: p.offerId } });

    // A reset link asked for before: deactivating ends it, and no new one is sent while inactive.
    await requestPasswordReset(p.partner.email);
    expect(await prisma.emailToken.count({ where: { userId: p.partner.userId, purpose: 'RESET_PASSWORD' } })).toBe(1);
    const result = await deactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version, reason: REASON });
    expect(result).toEqual({ ok: true, slugs: [p.slug] });
    expect(await prisma.emailToken.count({ where: { user: { organisationId: p.org.id } } })).toBe(0);
    const outbox = await prisma.outboxMessage.count();
    await requestPasswordReset(p.partner.email);
    expect(await prisma.outboxMessage.count()).toBe(outbox);

    expect(await orgOf(p.org.id)).toMatchObject({
      status: 'INACTIVE',
      deactivatedAt: expect.any(Date),
      deactivatedReason: REASON,
      deactivatedByName: p.editor.name,
      version: p.org.version + 1,
      legalName: p.org.legalName,
      description: p.org.description,
    });
    // Offline: no catalog entry, no public page — also after the catalog is rebuilt at a start.
    expect(await entryOf(p.offerId)).toBeNull();
    expect(await publishedOffer(p.slug)).toBeNull();
    await prisma.catalogEntry.deleteMany({});
    await rebuildCatalog();
    expect(await entryOf(p.offerId)).toBeNull();
    // Data kept: the offer as it was, its published content too.
    const offerAfter = await prisma.offer.findUniqueOrThrow({ where: { id: p.offerId } });
    expect(offerAfter).toMatchObject({
      status: 'PUBLISHED',
      version: offerBefore.version,
      publishedAt: offerBefore.publishedAt,
      publishedContent: offerBefore.publishedContent,
    });
    expect(await prisma.user.count({ where: { organisationId: p.org.id } })).toBe(2);

    // Nobody logs in: sessions ended, a new one counts for nothing, the password gets its own message.
    for (const token of p.sessions) expect(await sessionUser(token)).toBeNull();
    for (const userId of [p.partner.userId, p.member.userId]) {
      expect(await sessionUser(await startSession(userId))).toBeNull();
      const username = await usernameOf(userId);
      expect(await authenticate(username, PASSWORD, '127.0.0.1')).toEqual({ ok: false, reason: 'inactive' });
      expect(await authenticate(username, 'een ander wachtwoord', '127.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    }

    for (const email of [p.partner.email, p.member.email]) {
      const [mail] = (await mailsTo(email)).filter((m) => m.subject === nl.record.deactivate.subject);
      expect(mail).toMatchObject({ organisationId: p.org.id, template: 'PartnerDeactivated' });
      expect(mail.text).toContain(REASON);
    }
    expect(await prisma.auditEntry.findFirst({ where: { action: 'partner.deactivated', entityId: p.org.id } })).toMatchObject({
      actorId: p.editor.id,
      data: expect.objectContaining({ reason: REASON, offline: 1, sessions: 2 }),
    });
  });

  test('the editors may save, not send for approval; a withdrawal still works', async () => {
    const p = await livePartner();
    await deactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version, reason: REASON });
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: p.offerId } });
    const sent = await saveListing(p.editor, p.org.id, listingForm({ intent: 'send', version: offer.version }));
    expect(sent).toEqual({ ok: false, reason: 'inactive' });
    const saved = await saveListing(p.editor, p.org.id, listingForm({ version: offer.version, title: 'Nieuwe titel' }));
    expect(saved).toMatchObject({ ok: true, sent: false });
    expect(await withdrawOffer(p.editor, p.offerId, 'Niet meer van toepassing.')).toMatchObject({ ok: true });
  });

  test('reactivating puts the published offers back online and lets the people log in again', async () => {
    const p = await livePartner();
    await deactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version, reason: REASON });
    const inactive = await orgOf(p.org.id);

    const back = await reactivatePartner(p.editor, { organisationId: p.org.id, version: inactive.version, reason: 'Weer open.' });
    expect(back).toEqual({ ok: true, slugs: [p.slug] });
    expect(await orgOf(p.org.id)).toMatchObject({
      status: 'CONFIRMED',
      deactivatedAt: null,
      deactivatedReason: null,
      deactivatedByName: null,
      version: inactive.version + 1,
    });
    expect(await entryOf(p.offerId)).not.toBeNull();
    expect(await publishedOffer(p.slug)).not.toBeNull();
    const username = await usernameOf(p.partner.userId);
    expect(await authenticate(username, PASSWORD, '127.0.0.1')).toMatchObject({ ok: true });
    expect(await sessionUser(await startSession(p.partner.userId))).toMatchObject({ id: p.partner.userId });
    const [mail] = (await mailsTo(p.partner.email)).filter((m) => m.subject === nl.record.reactivate.subject);
    expect(mail.text).toContain('Weer open.');
    expect(await prisma.auditEntry.count({ where: { action: 'partner.reactivated', entityId: p.org.id } })).toBe(1);
  });

  test('a stale version is refused; two editors at once: one wins, the other is told', async () => {
    const p = await livePartner();
    const second = await makeEditor('Ruud Redacteur');
    const stale = await deactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version + 5, reason: REASON });
    expect(stale).toEqual({ ok: false, reason: 'stale' });

    const results = await Promise.all([
      deactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version, reason: REASON }),
      deactivatePartner(second, { organisationId: p.org.id, version: p.org.version, reason: 'Iets anders.' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale' }]);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.deactivated' } })).toBe(1);
    expect((await mailsTo(p.partner.email)).filter((m) => m.subject === nl.record.deactivate.subject)).toHaveLength(1);

    // Reactivating what is active, or with the version from before the deactivation.
    const now = await orgOf(p.org.id);
    expect(await reactivatePartner(p.editor, { organisationId: p.org.id, version: p.org.version, reason: '' })).toEqual({
      ok: false,
      reason: 'stale',
    });
    await reactivatePartner(p.editor, { organisationId: p.org.id, version: now.version, reason: '' });
    const active = await orgOf(p.org.id);
    expect(await reactivatePartner(p.editor, { organisationId: p.org.id, version: active.version, reason: '' })).toEqual({
      ok: false,
      reason: 'not-inactive',
    });
  });

  test('a partner calling the services or the actions directly is refused, and nothing is written', async () => {
    const p = await livePartner();
    const before = { rows: await rowCounts(), loop: await loopSnapshot(), orgs: await prisma.organisation.findMany() };
    const change = { organisationId: p.org.id, version: p.org.version, reason: REASON };
    for (const actor of [p.partner.actor, p.member.actor]) {
      expect(await deactivatePartner(actor, change)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await reactivatePartner(actor, change)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await addPartnerNote(actor, { organisationId: p.org.id, text: 'Hallo' })).toEqual({ ok: false, reason: 'forbidden' });
    }
    const fields = { organisationId: p.org.id, version: String(p.org.version), reason: REASON, confirm: 'on', text: 'Hallo' };
    for (const user of [p.partner.actor, null]) {
      who = user;
      for (const action of [deactivateAction, reactivateAction, addNoteAction]) {
        const answer = await action(initialFormState, form(fields));
        expect(answer).toMatchObject({ ok: false, message: user ? nl.app.noAccess : nl.app.notLoggedIn });
      }
    }
    who = null;
    expect({ rows: await rowCounts(), loop: await loopSnapshot(), orgs: await prisma.organisation.findMany() }).toEqual(before);
    expect(await prisma.partnerNote.count()).toBe(0);
  });
});
