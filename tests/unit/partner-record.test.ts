import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { requestPasswordReset } from '@/lib/accounts/service';
import { sendApprovalReminders } from '@/lib/offers/reminders';
import { saveListing } from '@/lib/offers/review';
import { organisationExport } from '@/lib/partners/export';
import { deactivatePartner } from '@/lib/partners/deactivate';
import { addPartnerNote, partnerRecord } from '@/lib/partners/record';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makeMedewerker, makePartner } from '../support/offers';
import { publishedListing } from '../support/catalog';

// The editors' record of a partner (lib/partners/record.ts): everything about it for an editor, nothing
// for anyone else, and the internal notes never in what the partner can get (its JSON export).

setUpPhotoTests();

const NOTE = 'Belde op 3 december: wil in het voorjaar ook een kortingsactie.';

describe('the partner record', () => {
  test('for an editor: data, users, offers with their wait, history with changes and the organisation, mails, notes', async () => {
    const { editor, partner, offerId } = await publishedListing('Zwembad Oost');
    await makeMedewerker(partner, { name: 'Joost Jansen' });
    // A second version sent for approval, a week and a half ago: overdue, reminded.
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: offerId } });
    const sent = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send', version: offer.version, title: 'Nieuw' }));
    if (!sent.ok) throw new Error(sent.reason);
    await prisma.offer.update({ where: { id: offerId }, data: { statusSince: new Date('2026-12-10T09:00:00+01:00') } });
    const now = new Date('2026-12-21T10:00:00+01:00');
    expect(await sendApprovalReminders(now)).toBe(1);
    await requestPasswordReset(partner.email);
    expect(await addPartnerNote(editor, { organisationId: partner.organisationId, text: NOTE })).toEqual({ ok: true });

    const record = await partnerRecord(editor, partner.organisationId, { now });
    expect(record).not.toBeNull();
    expect(record!.organisation).toMatchObject({ id: partner.organisationId, status: 'CONFIRMED' });
    expect(record!.users.map((u) => u.name).sort()).toEqual(['Fatima Bakker', 'Joost Jansen']);
    expect(record!.offers).toEqual([
      expect.objectContaining({
        id: offerId,
        title: 'Nieuw',
        status: 'AWAITING_PARTNER',
        online: true,
        remindersSent: 1,
        href: `/redactie/partners/${partner.organisationId}`,
        wait: expect.objectContaining({ on: 'partner', workingDays: 7, overdue: true }),
      }),
    ]);
    // The offer's entries with their changes, and the organisation's own entries, newest first.
    const offerEvents = record!.events.flatMap((e) => (e.source === 'offer' ? [e.entry] : []));
    expect(offerEvents[0]).toMatchObject({ action: 'reminded', comment: 'Herinnering 1' });
    expect(offerEvents.find((e) => e.action === 'saved')?.changes.map((c) => c.field)).toContain(nl.offer.fields.title);
    const orgEvents = record!.events.flatMap((e) => (e.source === 'organisation' ? [e] : []));
    expect(orgEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['partner.registered', 'partner.note-added']));
    expect(orgEvents.find((e) => e.action === 'partner.note-added')).toMatchObject({
      text: 'heeft een interne notitie geschreven',
      actorName: editor.name,
    });
    const times = record!.events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Every mail the partner's people got: confirmation, published, approval, reminder, reset.
    const subjects = record!.mails.map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([nl.mail.confirmSubject, nl.mail.approvalSubject, nl.record.reminders.subject, nl.mail.resetSubject]),
    );
    expect(record!.mailCount).toBe(record!.mails.length);
    expect(record!.notes).toEqual([expect.objectContaining({ text: NOTE, authorName: editor.name })]);

    // Capped: the newest first.
    const capped = await partnerRecord(editor, partner.organisationId, { mails: 2 });
    expect(capped!.mails).toHaveLength(2);
    expect(capped!.mailCount).toBe(record!.mailCount);
  });

  test('for nobody but an editor: a partner (of this or another organisation) and no user get nothing', async () => {
    const partner = await makePartner();
    const other = await makePartner();
    const editor = await makeEditor();
    expect(await partnerRecord(editor, partner.organisationId)).not.toBeNull();
    expect(await partnerRecord(partner.actor, partner.organisationId)).toBeNull();
    expect(await partnerRecord(other.actor, partner.organisationId)).toBeNull();
    expect(await partnerRecord(null, partner.organisationId)).toBeNull();
    expect(await partnerRecord(editor, 'geen-partner')).toBeNull();
  });

  test('a deactivated partner: its status with reason and the history entry; offers not online', async () => {
    const { editor, partner, offerId } = await publishedListing('Zwembad Oost');
    const org = await prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisationId } });
    await deactivatePartner(editor, { organisationId: org.id, version: org.version, reason: 'Verbouwing tot de zomer.' });
    const record = await partnerRecord(editor, org.id);
    expect(record!.organisation).toMatchObject({ status: 'INACTIVE', deactivatedReason: 'Verbouwing tot de zomer.' });
    expect(record!.offers).toEqual([expect.objectContaining({ id: offerId, status: 'PUBLISHED', online: false })]);
    expect(record!.events.find((e) => e.source === 'organisation' && e.action === 'partner.deactivated')).toMatchObject({
      comment: 'Verbouwing tot de zomer.',
      text: 'heeft de partner gedeactiveerd',
    });
    expect(record!.mails.map((m) => m.subject)).toContain(nl.record.deactivate.subject);
  });

  test('the internal notes are in no export the partner can download', async () => {
    const partner = await makePartner();
    const editor = await makeEditor();
    await addPartnerNote(editor, { organisationId: partner.organisationId, text: NOTE });
    const exported = await organisationExport(partner.actor);
    expect(exported).not.toBeNull();
    const file = JSON.stringify(exported!.data);
    expect(file).not.toContain(NOTE);
    expect(file).not.toContain('Belde op 3 december');
    expect(Object.keys(exported!.data.organisation)).not.toContain('notes');
    // Nor that (or when) the editors wrote one; the rest of the organisation's history is there.
    expect(exported!.data.audit.map((a) => a.action)).not.toContain('partner.note-added');
    expect(await prisma.auditEntry.count({ where: { action: 'partner.note-added', entityId: partner.organisationId } })).toBe(1);
    // Nor the editors' words about an earlier, refused registration with the same KvK number.
    expect(Object.keys(exported!.data.organisation)).not.toContain('previousRejection');
  });
});
