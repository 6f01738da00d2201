import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { acceptChange, publicValuesOf, readRequestedChange, requestOrganisationChange } from '@/lib/partners/change-request';
import { organisationChangeSchema } from '@/lib/partners/schema';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { publishedOffer } from '@/lib/offers/queries';
import type { SessionUser } from '@/lib/accounts/service';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner } from '../support/offers';
import { entryOf, publishedListing } from '../support/catalog';

// Issue 17: what pass holders see of an organisation (name on the website, visiting address,
// description, category) changes through the editors. The beheerder's request waits on the
// organisation and becomes real with the approval of an offer the editors sent after it — so it
// appears publicly only after a re-approval — or, with nothing online, when the editors apply it.

setUpPhotoTests();

async function organisation(id: string) {
  return prisma.organisation.findUniqueOrThrow({ where: { id } });
}

/** The form as the beheerder sends it: what is stored, with these changes. */
async function changeForm(organisationId: string, changes: Record<string, string>) {
  const org = await organisation(organisationId);
  return organisationChangeSchema.parse({
    ...publicValuesOf(org),
    version: String(org.version),
    ...changes,
  });
}

describe('a change of what pass holders see', () => {
  test('waits for the approval of an offer sent after it; then the page and the catalog show the new name', async () => {
    const { editor, partner, offerId, slug } = await publishedListing('Zwembad De Wielen');
    const form = await changeForm(partner.organisationId, { displayName: 'Zwemparadijs De Wielen', visitHouseNumber: '14' });
    expect(await requestOrganisationChange(partner.actor, form)).toEqual({ ok: true });
    const pending = await organisation(partner.organisationId);
    expect(readRequestedChange(pending)).toEqual({ displayName: 'Zwemparadijs De Wielen', visitHouseNumber: '14' });
    expect(pending).toMatchObject({ displayName: 'Zwembad De Wielen', changeRequestedBy: expect.any(String) });
    expect(await prisma.outboxMessage.count({ where: { subject: nl.ownChange.mailSubject('Zwembad De Wielen') } })).toBeGreaterThan(0);
    expect((await publishedOffer(slug))?.organisationName).toBe('Zwembad De Wielen');
    // The editors' applying it themselves is refused while something is online.
    // Not accepted by an editor yet: an approval does not carry it.
    const offerVersion = async () => (await prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).version;
    const early = await saveListing(editor, partner.organisationId, listingForm({ version: await offerVersion(), intent: 'send' }));
    if (!early.ok) throw new Error(early.reason);
    await approveOffer(partner.actor, offerId, early.version);
    expect((await organisation(partner.organisationId)).displayName).toBe('Zwembad De Wielen');

    // The editor accepts the request on the page (something is online: it waits for the next approval).
    expect(await acceptChange(editor, partner.organisationId, pending.changeRequestedAt!)).toEqual({ ok: true, applied: false });
    expect((await organisation(partner.organisationId)).displayName).toBe('Zwembad De Wielen');

    // The editors rewrite the listing and send it; the partner approves: the change goes along.
    const sent = await saveListing(editor, partner.organisationId, listingForm({ version: await offerVersion(), intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    expect((await organisation(partner.organisationId)).displayName).toBe('Zwembad De Wielen');
    expect(await approveOffer(partner.actor, offerId, sent.version)).toEqual({ ok: true, slug });
    const applied = await organisation(partner.organisationId);
    expect(applied).toMatchObject({
      displayName: 'Zwemparadijs De Wielen',
      visitHouseNumber: '14',
      requestedChange: null,
      changeRequestedAt: null,
    });
    expect((await publishedOffer(slug))?.organisationName).toBe('Zwemparadijs De Wielen');
    expect((await entryOf(offerId))?.organisationName).toBe('Zwemparadijs De Wielen');
    expect(await prisma.auditEntry.count({ where: { action: 'partner.change-applied', entityId: partner.organisationId } })).toBe(1);
  });

  test('an approval of an offer sent before the editor accepted does not carry it; a request replaced meanwhile is not accepted unseen', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Boekhandel Oost' });
    const sent = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    await requestOrganisationChange(partner.actor, await changeForm(partner.organisationId, { displayName: 'Boekhuis Oost' }));
    const seen = (await organisation(partner.organisationId)).changeRequestedAt!;
    expect(await approveOffer(partner.actor, sent.offerId, sent.version)).toMatchObject({ ok: true });
    const org = await organisation(partner.organisationId);
    expect(org.displayName).toBe('Boekhandel Oost');
    expect(readRequestedChange(org)).toEqual({ displayName: 'Boekhuis Oost' });
    // The partner replaces the request after the editor loaded the page: accepting the old one is refused.
    await requestOrganisationChange(partner.actor, await changeForm(partner.organisationId, { displayName: 'Boekhuis Oost 2' }));
    expect(await acceptChange(editor, partner.organisationId, seen)).toEqual({ ok: false, reason: 'gone' });
    expect((await organisation(partner.organisationId)).displayName).toBe('Boekhandel Oost');
  });

  test('with nothing online the editors apply it; the partner cannot, nor can a medewerker ask', async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT' });
    await requestOrganisationChange(
      partner.actor,
      await changeForm(partner.organisationId, { category: 'cultuur', description: 'Een nieuwe omschrijving.' }),
    );
    const { changeRequestedAt } = await organisation(partner.organisationId);
    expect(await acceptChange(partner.actor, partner.organisationId, changeRequestedAt!)).toEqual({ ok: false, reason: 'forbidden' });
    // Nothing online: accepting applies it at once.
    expect(await acceptChange(editor, partner.organisationId, changeRequestedAt!)).toEqual({ ok: true, applied: true });
    expect(await organisation(partner.organisationId)).toMatchObject({
      category: 'cultuur',
      description: 'Een nieuwe omschrijving.',
      requestedChange: null,
    });
    expect(await acceptChange(editor, partner.organisationId, changeRequestedAt!)).toEqual({ ok: false, reason: 'gone' });

    const member: SessionUser = { ...partner.actor, orgRole: 'MEMBER' };
    expect(
      await requestOrganisationChange(member, await changeForm(partner.organisationId, { description: 'Door een medewerker.' })),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  test('refused: nothing changed, a stale version; a name is needed when shown', async () => {
    const partner = await makePartner();
    expect(await requestOrganisationChange(partner.actor, await changeForm(partner.organisationId, {}))).toEqual({
      ok: false,
      reason: 'unchanged',
    });
    const form = await changeForm(partner.organisationId, { description: 'Eerste wijziging van de omschrijving.' });
    expect(await requestOrganisationChange(partner.actor, form)).toEqual({ ok: true });
    expect(await requestOrganisationChange(partner.actor, { ...form, description: 'Nog een keer.' })).toEqual({
      ok: false,
      reason: 'stale',
    });
    const noName = organisationChangeSchema.safeParse({ ...form, version: String(form.version), showDisplayName: 'on', displayName: '' });
    expect(noName.success ? [] : noName.error.issues.map((i) => i.path.join('.'))).toEqual(['displayName']);
  });
});
