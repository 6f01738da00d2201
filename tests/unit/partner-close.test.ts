import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import type { SessionUser } from '@/lib/accounts/service';
import { authenticate, requestPasswordReset } from '@/lib/accounts/service';
import { sessionUser, startSession } from '@/lib/accounts/sessions';
import { startProposal } from '@/lib/discounts/service';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { offerHistory, publishedOffer } from '@/lib/offers/queries';
import { checkInvitation, inviteColleague, removeColleague } from '@/lib/partners/colleagues';
import { closePartnership } from '@/lib/partners/close';
import { organisationExport } from '@/lib/partners/export';
import { removePersonalDataOfClosedPartners } from '@/lib/partners/retention';
import { closedPartners } from '@/lib/partners/queries';
import { closeSchema, inviteSchema } from '@/lib/partners/schema';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, loopSnapshot, makeEditor, makeMedewerker, makePartner, partnerListRow, waitingOnEditors } from '../support/offers';
import { publishedAction } from '../support/proposals';
import { entryOf } from '../support/catalog';
import { mailsTo, rowCounts, tokenFromHtml } from '../support/service-helpers';

// Issue 17, "Samenwerking beëindigen" (ADR 0024): the beheerder closes the partnership — everything
// leaves the site, nobody of the organisation logs in again, the editors are told — after downloading
// the organisation's data if they like; the people's data goes after the retention period.

setUpPhotoTests();

const PASSWORD = 'fiets naar de markt in juni'; // tests/support/registration.ts
const DAY = 24 * 60 * 60 * 1000;
const close = (actor: SessionUser, reason = 'We stoppen met het zwembad.', now?: Date) =>
  closePartnership(actor, closeSchema.parse({ confirm: 'on', reason }), now);
const usernameOf = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).username;

/**
 * "Zwembad Oost" with a published discount offer and credit listing, a proposal in the wizard, a
 * medewerker, an open invitation and a session for each person.
 */
async function busyPartner() {
  const action = await publishedAction();
  const { partner, editor } = action;
  const sent = await saveListing(
    editor,
    partner.organisationId,
    listingForm({ intent: 'send', title: 'Tegoed besteden bij Zwembad Oost' }),
  );
  if (!sent.ok) throw new Error(sent.reason);
  const listing = await approveOffer(partner.actor, sent.offerId, sent.version);
  if (!listing.ok) throw new Error(listing.reason);
  const draft = await startProposal(partner.actor);
  if (!draft.ok) throw new Error(draft.reason);
  const member = await makeMedewerker(partner, { name: 'Joost Jansen' });
  const invited = await inviteColleague(partner.actor, inviteSchema.parse({ name: 'Nog Iemand', email: 'nog@zwembad.nl' }));
  if (!invited.ok) throw new Error(invited.reason);
  const invitationToken = tokenFromHtml((await mailsTo('nog@zwembad.nl'))[0].html, '/uitnodiging');
  const sessions = [await startSession(partner.userId), await startSession(member.userId)];
  return {
    editor,
    partner,
    member,
    invitationToken,
    sessions,
    action: { offerId: action.offerId, slug: action.slug },
    listing: { offerId: sent.offerId, slug: listing.slug },
    draftId: draft.offerId,
  };
}

describe('closing the partnership', () => {
  test('everything leaves the site, invitations and sessions end, nobody logs in, editors and people are mailed, all audited', async () => {
    const b = await busyPartner();
    const secondEditor = await makeEditor('Ruud Redacteur');
    expect(await publishedOffer(b.action.slug)).not.toBeNull();

    const result = await close(b.partner.actor);
    expect(result).toEqual({ ok: true, slugs: expect.arrayContaining([b.action.slug, b.listing.slug]) });

    // Off the public site: page and catalog entry; the wizard's proposal is gone.
    for (const { offerId, slug } of [b.action, b.listing]) {
      expect(await publishedOffer(slug)).toBeNull();
      expect(await entryOf(offerId)).toBeNull();
      expect(await prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
        status: 'WITHDRAWN',
        publishedContent: null,
        publishedAt: null,
        publishedPhotoId: null,
      });
      const [latest] = await offerHistory(offerId);
      expect(latest).toMatchObject({ action: 'closed', actorName: 'Fatima Bakker', comment: 'We stoppen met het zwembad.' });
    }
    expect(await prisma.offer.findUnique({ where: { id: b.draftId } })).toBeNull();

    // The organisation, the invitation, the sessions, the logins.
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: b.partner.organisationId } })).toMatchObject({
      status: 'CLOSED',
      closedAt: expect.any(Date),
      closedReason: 'We stoppen met het zwembad.',
      closedByName: 'Fatima Bakker',
    });
    expect(await prisma.invitation.findFirstOrThrow({ where: { email: 'nog@zwembad.nl' } })).toMatchObject({ revokedAt: expect.any(Date) });
    expect(await checkInvitation(b.invitationToken)).toEqual({ ok: false, reason: 'unknown' });
    for (const token of b.sessions) expect(await sessionUser(token)).toBeNull();
    expect(await prisma.session.count({ where: { user: { organisationId: b.partner.organisationId } } })).toBe(0);
    for (const userId of [b.partner.userId, b.member.userId]) {
      const username = await usernameOf(userId);
      // Told only after the right password, like an unconfirmed account.
      expect(await authenticate(username, PASSWORD, '127.0.0.1')).toEqual({ ok: false, reason: 'closed' });
      expect(await authenticate(username, 'een ander wachtwoord', '127.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
      // A session that would somehow still be made gives no access.
      expect(await sessionUser(await startSession(userId))).toBeNull();
    }
    // No reset link either: a new password would not let anyone in.
    await requestPasswordReset(b.member.email);
    expect((await mailsTo(b.member.email)).map((m) => m.subject)).not.toContain(nl.mail.resetSubject);

    // Mails: every editor, naming who closed it; every person of the organisation.
    for (const editor of [b.editor, secondEditor]) {
      const [mail] = (await mailsTo(editor.email)).filter((m) => m.subject === nl.close.editorsSubject('Zwembad Oost'));
      expect(mail.text).toContain('Fatima Bakker heeft op');
      expect(mail.text).toContain('We stoppen met het zwembad.');
    }
    for (const email of [b.partner.email, b.member.email])
      expect((await mailsTo(email)).map((m) => m.subject)).toContain(nl.close.partnerSubject);

    const audits = await prisma.auditEntry.findMany({
      where: { action: { in: ['offer.closed', 'offer.proposal-deleted', 'partner.closed'] } },
      select: { action: true, actorId: true, data: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(['offer.closed', 'offer.closed', 'offer.proposal-deleted', 'partner.closed']);
    expect(audits.every((a) => a.actorId === b.partner.userId)).toBe(true);
    expect(audits.find((a) => a.action === 'partner.closed')?.data).toMatchObject({
      by: 'Fatima Bakker',
      offers: 3,
      online: 2,
      invitations: 1,
      sessions: 2,
    });
  });

  test('the editors: nothing waits on them any more (ended in their list), the partner listed as closed, and their save refused', async () => {
    const b = await busyPartner();
    await close(b.partner.actor, '');
    expect(await partnerListRow(b.editor, b.partner.organisationId)).toMatchObject({ bucket: 'afgelopen', wait: null });
    expect(await waitingOnEditors(b.editor)).not.toContain(b.partner.organisationId);
    expect(await closedPartners()).toEqual([expect.objectContaining({ id: b.partner.organisationId, closedAt: expect.any(Date) })]);
    const { version } = await prisma.offer.findUniqueOrThrow({ where: { id: b.listing.offerId } });
    const before = await loopSnapshot();
    expect(await saveListing(b.editor, b.partner.organisationId, listingForm({ version, intent: 'send' }))).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(await loopSnapshot()).toEqual(before);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: b.partner.organisationId } })).closedReason).toBeNull();
  });

  test('refused for a medewerker and an editor; another beheerder closes only their own organisation', async () => {
    const b = await busyPartner();
    const stranger = await makePartner();
    const before = { rows: await rowCounts(), loop: await loopSnapshot() };
    expect(await close(b.member.actor)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await close(b.editor)).toEqual({ ok: false, reason: 'forbidden' });
    expect({ rows: await rowCounts(), loop: await loopSnapshot() }).toEqual(before);

    expect(await close(stranger.actor)).toEqual({ ok: true, slugs: [] });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: b.partner.organisationId } })).toMatchObject({ status: 'CONFIRMED' });
    expect(await publishedOffer(b.action.slug)).not.toBeNull();
    for (const token of b.sessions) expect(await sessionUser(token)).not.toBeNull();
  });

  test('closing twice, or by two beheerders at once, closes once: one audit entry, one round of mails', async () => {
    const { partner } = await publishedAction();
    const second = await makeMedewerker(partner, { name: 'Sanne de Vries' });
    await prisma.user.update({ where: { id: second.userId }, data: { orgRole: 'ADMIN' } });
    const results = await Promise.all([close(partner.actor), close({ ...second.actor, orgRole: 'ADMIN' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'closed' }]);
    const counts = await rowCounts();
    expect(await close(partner.actor)).toEqual({ ok: false, reason: 'closed' });
    expect(await rowCounts()).toEqual(counts);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.closed' } })).toBe(1);
    expect((await mailsTo(partner.email)).filter((m) => m.subject === nl.close.partnerSubject)).toHaveLength(1);
  });

  test('the confirmation box must be ticked; the reason is optional and at most 1000 characters', () => {
    const refused = closeSchema.safeParse({ reason: 'weg' });
    expect(refused.success ? [] : refused.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['confirm', nl.close.confirmRequired],
    ]);
    expect(closeSchema.parse({ confirm: 'on' })).toEqual({ confirm: true, reason: '' });
    expect(closeSchema.safeParse({ confirm: 'on', reason: 'x'.repeat(1001) }).success).toBe(false);
  });
});

describe('the data export', () => {
  test('the organisation, its people, offers with history, open invitations and audit entries; no password, token or session', async () => {
    const b = await busyPartner();
    const exported = await organisationExport(b.partner.actor, new Date('2026-12-01T10:00:00Z'));
    if (!exported) throw new Error('no export');
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: b.partner.organisationId } });
    expect(exported.filename).toBe(`dordtpas-${org.kvkNumber}-2026-12-01.json`);
    const { data } = exported;
    expect(data.organisation).toMatchObject({ id: org.id, legalName: org.legalName, kvkNumber: org.kvkNumber, status: 'CONFIRMED' });
    expect(data.users.map((u) => u.email).sort()).toEqual([b.partner.email, b.member.email].sort());
    expect(data.users[0]).not.toHaveProperty('passwordHash');
    const action = data.offers.find((o) => o.id === b.action.offerId)!;
    expect(action).toMatchObject({ status: 'PUBLISHED', content: expect.any(Object), publishedContent: expect.any(Object) });
    expect(action.events.map((e) => e.action)).toEqual(['submitted', 'saved', 'sent', 'approved']);
    expect(data.offers.map((o) => o.id)).toContain(b.draftId);
    expect(data.invitations).toEqual([expect.objectContaining({ email: 'nog@zwembad.nl', invitedByName: 'Fatima Bakker' })]);
    expect(data.invitations[0]).not.toHaveProperty('tokenHash');
    expect(data.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['partner.registered', 'offer.approved', 'colleague.invited']));

    // Nothing secret anywhere in the file.
    const file = JSON.stringify(data);
    const secrets = [
      ...(await prisma.user.findMany({ where: { organisationId: org.id }, select: { passwordHash: true } })).map((u) => u.passwordHash),
      ...(await prisma.invitation.findMany({ where: { organisationId: org.id }, select: { tokenHash: true } })).map((i) => i.tokenHash),
      ...(await prisma.session.findMany({ where: { user: { organisationId: org.id } }, select: { tokenHash: true } })).map(
        (s) => s.tokenHash,
      ),
      ...(await prisma.emailToken.findMany({ where: { user: { organisationId: org.id } }, select: { tokenHash: true } })).map(
        (t) => t.tokenHash,
      ),
      b.invitationToken,
      ...b.sessions,
    ];
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(file).not.toContain(secret);
    expect(file).not.toMatch(/passwordHash|tokenHash|claimHash/);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.data-exported', entityId: org.id } })).toBe(1);
  });

  test('only for the beheerder: a medewerker and an editor get nothing', async () => {
    const b = await busyPartner();
    expect(await organisationExport(b.member.actor)).toBeNull();
    expect(await organisationExport(b.editor)).toBeNull();
    expect(await prisma.auditEntry.count({ where: { action: 'partner.data-exported' } })).toBe(0);
  });
});

describe('the retention period', () => {
  test('after it, not before: accounts go, names in the history become neutral, the offers and their history stay', async () => {
    const b = await busyPartner();
    // A colleague removed long before the end: the history still names them under their id.
    const former = await makeMedewerker(b.partner, { name: 'Ali Yilmaz' });
    const { version } = await prisma.offer.findUniqueOrThrow({ where: { id: b.listing.offerId } });
    const resent = await saveListing(b.editor, b.partner.organisationId, listingForm({ version, intent: 'send', title: 'Nieuw' }));
    if (!resent.ok) throw new Error(resent.reason);
    expect(await approveOffer(former.actor, b.listing.offerId, resent.version)).toMatchObject({ ok: true });
    expect(await removeColleague(b.partner.actor, former.userId)).toMatchObject({ ok: true });

    const closedAt = new Date();
    await close(b.partner.actor, 'Het zwembad gaat dicht.', closedAt);
    const offerIds = [b.action.offerId, b.listing.offerId];
    const events = () =>
      prisma.offerEvent.findMany({ where: { offerId: { in: offerIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const eventsBefore = await events();

    expect(await removePersonalDataOfClosedPartners(new Date(closedAt.getTime() + 364 * DAY))).toBe(0);
    expect(await prisma.user.count({ where: { organisationId: b.partner.organisationId } })).toBe(2);

    expect(await removePersonalDataOfClosedPartners(new Date(closedAt.getTime() + 366 * DAY))).toBe(1);
    expect(await prisma.user.count({ where: { organisationId: b.partner.organisationId } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: { in: [b.partner.userId, b.member.userId] } } })).toBe(0);
    expect(await prisma.emailToken.count({ where: { userId: { in: [b.partner.userId, b.member.userId] } } })).toBe(0);
    expect(await prisma.invitation.count({ where: { organisationId: b.partner.organisationId } })).toBe(0);
    expect(await mailsTo(b.partner.email)).toEqual([]);

    // The history: as many entries, the partner's people neutral and without id, the editors' names kept.
    const after = await events();
    expect(after.map((e) => [e.id, e.action])).toEqual(eventsBefore.map((e) => [e.id, e.action]));
    const neutral = nl.close.formerColleague('Zwembad Oost');
    for (const [i, e] of after.entries()) {
      const was = eventsBefore[i];
      if (was.actorId === b.editor.id) expect(e).toMatchObject({ actorId: b.editor.id, actorName: was.actorName });
      else expect(e).toMatchObject({ actorId: null, actorName: neutral });
    }
    expect(after.some((e) => e.action === 'approved' && e.actorName === neutral)).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/Fatima Bakker|Ali Yilmaz|Joost Jansen/);
    expect((await offerHistory(b.action.offerId)).length).toBe(eventsBefore.filter((e) => e.offerId === b.action.offerId).length);

    // The audit entries stay, without names; the organisation keeps what answers for what was online.
    const audits = await prisma.auditEntry.findMany({ where: { entityId: { in: [b.partner.organisationId, ...offerIds] } } });
    expect(audits.length).toBeGreaterThan(5);
    expect(JSON.stringify(audits.map((a) => a.data))).not.toMatch(/Fatima Bakker|Ali Yilmaz|nog@zwembad\.nl/);
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: b.partner.organisationId } });
    expect(org).toMatchObject({
      status: 'CLOSED',
      legalName: expect.any(String),
      kvkNumber: expect.any(String),
      closedReason: 'Het zwembad gaat dicht.',
      closedByName: null,
      description: '',
      postalStreet: null,
      photoId: null,
      personalDataRemovedAt: expect.any(Date),
    });
    expect(await prisma.offer.count({ where: { organisationId: org.id } })).toBe(2);

    // Again: nothing to do, nothing changed.
    const snapshot = {
      rows: await rowCounts(),
      events: await events(),
      org: await prisma.organisation.findUnique({ where: { id: org.id } }),
    };
    expect(await removePersonalDataOfClosedPartners(new Date(closedAt.getTime() + 400 * DAY))).toBe(0);
    expect({
      rows: await rowCounts(),
      events: await events(),
      org: await prisma.organisation.findUnique({ where: { id: org.id } }),
    }).toEqual(snapshot);
  });

  test("the discount offer's contact person goes from the offer and every version in its history", async () => {
    const { partner, offerId } = await publishedAction();
    const closedAt = new Date();
    await close(partner.actor, '', closedAt);
    const contacts = async () =>
      [
        (await prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).content,
        ...(await prisma.offerEvent.findMany({ where: { offerId } })).map((e) => e.content),
      ].map((c) => (c as { discount?: { contactName?: string } }).discount?.contactName);
    expect(await contacts()).toContain('Fatima Bakker');
    await removePersonalDataOfClosedPartners(new Date(closedAt.getTime() + 366 * DAY));
    expect(new Set(await contacts())).toEqual(new Set(['']));
  });

  test('two instances at once: one does it, the other finds nothing to do', async () => {
    const { partner } = await publishedAction();
    const closedAt = new Date();
    await close(partner.actor, '', closedAt);
    const later = new Date(closedAt.getTime() + 366 * DAY);
    const done = await Promise.all([removePersonalDataOfClosedPartners(later), removePersonalDataOfClosedPartners(later)]);
    expect(done.sort()).toEqual([0, 1]);
    expect(await prisma.auditEntry.count({ where: { action: 'partner.personal-data-removed' } })).toBe(1);
    expect(await prisma.user.count({ where: { organisationId: partner.organisationId } })).toBe(0);
  });

  test('the period is the setting (days), and an organisation that did not close is never touched', async () => {
    const open = await makePartner();
    const { partner } = await publishedAction();
    const closedAt = new Date();
    await close(partner.actor, '', closedAt);
    const tenDaysOn = new Date(closedAt.getTime() + 10 * DAY);
    expect(await removePersonalDataOfClosedPartners(tenDaysOn, 30)).toBe(0);
    expect(await removePersonalDataOfClosedPartners(tenDaysOn, 7)).toBe(1);
    expect(await prisma.user.findUnique({ where: { id: open.userId } })).not.toBeNull();
  });
});
