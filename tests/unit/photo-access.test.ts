import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import type { SessionUser } from '@/lib/accounts/service';
import { registerPartner } from '@/lib/partners/service';
import { anonymousUnattachedBytes, claimedPhoto, setOrganisationPhoto, storeUpload } from '@/lib/photos/service';
import { plainImage } from '../support/images';
import { setUpPhotoTests } from '../support/photos';
import { registrationInput, rowCounts } from '../support/service-helpers';

// Who may attach a photo to an organisation (setOrganisationPhoto), and the photo of a registration
// (registerPartner with photoId + photoClaim), against the real database.

setUpPhotoTests();

let photoSeq = 0;
/** A stored photo of its own (distinct bytes), as { id, claim }. */
async function upload() {
  photoSeq++;
  const result = await storeUpload(await plainImage(1600, 900 + photoSeq), null);
  if (!result.ok) throw new Error(result.message);
  return { id: result.id, claim: result.claim };
}

async function partner(): Promise<{ organisationId: string; actor: SessionUser }> {
  const result = await registerPartner(registrationInput());
  if (!result.ok || 'existingAccount' in result) throw new Error(JSON.stringify(result));
  return {
    organisationId: result.organisationId,
    actor: {
      id: result.userId,
      role: 'PARTNER',
      name: 'Fatima Bakker',
      organisationId: result.organisationId,
      orgRole: 'ADMIN',
      locale: 'nl',
    },
  };
}

async function editor(): Promise<SessionUser> {
  const user = await prisma.user.create({
    data: {
      email: 'redactie@dordtpas.nl',
      username: 'redactie',
      passwordHash: 'x',
      role: 'EDITOR',
      name: 'Eva Redactie',
      emailConfirmedAt: new Date(),
    },
  });
  return { id: user.id, role: 'EDITOR', name: user.name, organisationId: null, orgRole: null, locale: 'nl' };
}

const organisation = (id: string) => prisma.organisation.findUniqueOrThrow({ where: { id }, select: { photoId: true, version: true } });
const photoAudit = (entityId: string) =>
  prisma.auditEntry.findMany({ where: { entityId, action: { startsWith: 'organisation.photo' } }, orderBy: { createdAt: 'asc' } });

describe('setOrganisationPhoto', () => {
  test("the organisation's own partner sets the photo: attached, version raised, audited", async () => {
    const { organisationId, actor } = await partner();
    const photo = await upload();
    expect(await setOrganisationPhoto(actor, organisationId, photo, 1)).toEqual({ ok: true });
    expect(await organisation(organisationId)).toEqual({ photoId: photo.id, version: 2 });
    const entries = await photoAudit(organisationId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: actor.id,
      action: 'organisation.photo-set',
      entityType: 'Organisation',
      entityId: organisationId,
      data: { photoId: photo.id },
    });
    expect(JSON.stringify(entries[0])).not.toContain(photo.claim);
  });

  test('the partner removes it again (null): detached, version raised, audited; the photo row stays until cleanup', async () => {
    const { organisationId, actor } = await partner();
    const photo = await upload();
    await setOrganisationPhoto(actor, organisationId, photo, 1);
    expect(await setOrganisationPhoto(actor, organisationId, null, 2)).toEqual({ ok: true });
    expect(await organisation(organisationId)).toEqual({ photoId: null, version: 3 });
    expect((await photoAudit(organisationId)).map((e) => [e.action, e.data])).toEqual([
      ['organisation.photo-set', { photoId: photo.id }],
      ['organisation.photo-removed', { photoId: null }],
    ]);
    expect(await prisma.photo.count()).toBe(1);
  });

  test('the partner replaces the photo with a new upload', async () => {
    const { organisationId, actor } = await partner();
    const first = await upload();
    const second = await upload();
    await setOrganisationPhoto(actor, organisationId, first, 1);
    expect(await setOrganisationPhoto(actor, organisationId, second, 2)).toEqual({ ok: true });
    expect(await organisation(organisationId)).toEqual({ photoId: second.id, version: 3 });
  });

  test("an editor may set and remove any organisation's photo; the audit names the editor", async () => {
    const { organisationId } = await partner();
    const redactie = await editor();
    const photo = await upload();
    expect(await setOrganisationPhoto(redactie, organisationId, photo, 1)).toEqual({ ok: true });
    expect(await setOrganisationPhoto(redactie, organisationId, null, 2)).toEqual({ ok: true });
    expect(await organisation(organisationId)).toEqual({ photoId: null, version: 3 });
    expect((await photoAudit(organisationId)).map((e) => [e.actorId, e.action])).toEqual([
      [redactie.id, 'organisation.photo-set'],
      [redactie.id, 'organisation.photo-removed'],
    ]);
  });

  test('a partner of ANOTHER organisation is forbidden, to set or to remove; nothing changes', async () => {
    const a = await partner();
    const b = await partner();
    const own = await upload();
    await setOrganisationPhoto(a.actor, a.organisationId, own, 1);
    const bPhoto = await upload();
    const before = await rowCounts();

    expect(await setOrganisationPhoto(b.actor, a.organisationId, bPhoto, 2)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await setOrganisationPhoto(b.actor, a.organisationId, null, 2)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await organisation(a.organisationId)).toEqual({ photoId: own.id, version: 2 });
    expect(await rowCounts()).toEqual(before);
    // b's photo is still free for b.
    expect(await setOrganisationPhoto(b.actor, b.organisationId, bPhoto, 1)).toEqual({ ok: true });
  });

  test('a partner without an organisation is forbidden', async () => {
    const { organisationId } = await partner();
    const photo = await upload();
    const stray: SessionUser = { id: 'nobody', role: 'PARTNER', name: 'Niemand', organisationId: null, orgRole: null, locale: 'nl' };
    expect(await setOrganisationPhoto(stray, organisationId, photo, 1)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await organisation(organisationId)).toEqual({ photoId: null, version: 1 });
  });

  test('a wrong claim, someone else\'s photo id, an unknown id, an empty or overlong claim → "claim"; nothing changes', async () => {
    const { organisationId, actor } = await partner();
    const mine = await upload();
    const theirs = await upload();
    const before = await rowCounts();
    for (const ref of [
      { id: mine.id, claim: 'not-the-claim' },
      { id: mine.id, claim: theirs.claim },
      { id: theirs.id, claim: mine.claim },
      { id: 'cl_unknown_photo', claim: mine.claim },
      { id: mine.id, claim: '' },
      { id: '', claim: mine.claim },
      { id: mine.id, claim: mine.claim + 'x'.repeat(200) },
    ]) {
      expect(await setOrganisationPhoto(actor, organisationId, ref, 1), JSON.stringify(ref)).toEqual({ ok: false, reason: 'claim' });
    }
    expect(await organisation(organisationId)).toEqual({ photoId: null, version: 1 });
    expect(await rowCounts()).toEqual(before);
  });

  test('a photo attached to one organisation cannot be claimed for another, not even with its claim', async () => {
    const a = await partner();
    const b = await partner();
    const redactie = await editor();
    const photo = await upload();
    expect(await setOrganisationPhoto(a.actor, a.organisationId, photo, 1)).toEqual({ ok: true });
    expect(await setOrganisationPhoto(b.actor, b.organisationId, photo, 1)).toEqual({ ok: false, reason: 'claim' });
    expect(await setOrganisationPhoto(redactie, b.organisationId, photo, 1)).toEqual({ ok: false, reason: 'claim' });
    expect(await organisation(b.organisationId)).toEqual({ photoId: null, version: 1 });
    expect(await organisation(a.organisationId)).toEqual({ photoId: photo.id, version: 2 });
  });

  test("once removed from its organisation, the uploader's claim works again", async () => {
    const { organisationId, actor } = await partner();
    const photo = await upload();
    await setOrganisationPhoto(actor, organisationId, photo, 1);
    await setOrganisationPhoto(actor, organisationId, null, 2);
    expect(await setOrganisationPhoto(actor, organisationId, photo, 3)).toEqual({ ok: true });
    expect(await organisation(organisationId)).toEqual({ photoId: photo.id, version: 4 });
  });

  test('a stale version → "stale"; nothing changes, no audit entry; the photo stays free', async () => {
    const { organisationId, actor } = await partner();
    const first = await upload();
    const second = await upload();
    await setOrganisationPhoto(actor, organisationId, first, 1);
    const before = await rowCounts();
    expect(await setOrganisationPhoto(actor, organisationId, second, 1)).toEqual({ ok: false, reason: 'stale' });
    expect(await setOrganisationPhoto(actor, organisationId, null, 1)).toEqual({ ok: false, reason: 'stale' });
    expect(await setOrganisationPhoto(actor, organisationId, second, 3)).toEqual({ ok: false, reason: 'stale' });
    expect(await organisation(organisationId)).toEqual({ photoId: first.id, version: 2 });
    expect(await rowCounts()).toEqual(before);
    const free = await prisma.$transaction((tx) => claimedPhoto(tx, second));
    expect(free?.id).toBe(second.id);
  });

  test('an unknown organisation → "stale" for an editor', async () => {
    const redactie = await editor();
    const photo = await upload();
    expect(await setOrganisationPhoto(redactie, 'cl_no_such_organisation', photo, 1)).toEqual({ ok: false, reason: 'stale' });
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  // Two requests with the same claim at the same moment (two tabs, a double submit) must not both
  // attach the photo: the claim locks the Photo row.
  test('two simultaneous claims of one photo for two organisations: only one succeeds', async () => {
    const a = await partner();
    const b = await partner();
    const redactie = await editor();
    for (let round = 0; round < 5; round++) {
      const photo = await upload();
      const [va, vb] = [(await organisation(a.organisationId)).version, (await organisation(b.organisationId)).version];
      const results = await Promise.all([
        setOrganisationPhoto(redactie, a.organisationId, photo, va),
        setOrganisationPhoto(redactie, b.organisationId, photo, vb),
      ]);
      expect(
        results.filter((r) => r.ok),
        `round ${round}`,
      ).toHaveLength(1);
      expect(await prisma.organisation.count({ where: { photoId: photo.id } })).toBe(1);
    }
  });
});

describe('registerPartner with a photo', () => {
  test('photoId + photoClaim from storeUpload attach the photo to the new organisation', async () => {
    const photo = await upload();
    const result = await registerPartner(registrationInput({ photoId: photo.id, photoClaim: photo.claim }));
    expect(result).toEqual({ ok: true, userId: expect.any(String), organisationId: expect.any(String) });
    if (!result.ok || 'existingAccount' in result) return;
    expect((await organisation(result.organisationId)).photoId).toBe(photo.id);
    expect(
      await prisma.photo.findUniqueOrThrow({ where: { id: photo.id }, include: { organisations: { select: { id: true } } } }),
    ).toMatchObject({
      organisations: [{ id: result.organisationId }],
    });
  });

  test('without a photo the organisation has none', async () => {
    const result = await registerPartner(registrationInput());
    if (!result.ok || 'existingAccount' in result) throw new Error('refused');
    expect((await organisation(result.organisationId)).photoId).toBeNull();
  });

  test.each([
    ['a wrong claim', (p: { id: string; claim: string }) => ({ photoId: p.id, photoClaim: 'wrong' })],
    ['no claim', (p: { id: string; claim: string }) => ({ photoId: p.id, photoClaim: '' })],
    ['an unknown photo id', (p: { id: string; claim: string }) => ({ photoId: 'cl_unknown_photo', photoClaim: p.claim })],
  ])('%s → fieldErrors.photo [nl.photo.errors.claim], and nothing is written', async (_label, refOf) => {
    const photo = await upload();
    const before = await rowCounts();
    const result = await registerPartner(registrationInput(refOf(photo)));
    expect(result).toEqual({ ok: false, fieldErrors: { photo: [nl.photo.errors.claim] } });
    expect(await rowCounts()).toEqual(before);
    expect(before).toEqual({ organisations: 0, users: 0, tokens: 0, outbox: 0, audit: 0 });
    expect(await prisma.photo.count()).toBe(1);
  });

  test('a photo already attached to another organisation cannot be taken by a registration', async () => {
    const photo = await upload();
    const first = await registerPartner(registrationInput({ photoId: photo.id, photoClaim: photo.claim }));
    expect(first.ok).toBe(true);
    const before = await rowCounts();
    const second = await registerPartner(registrationInput({ photoId: photo.id, photoClaim: photo.claim }));
    expect(second).toEqual({ ok: false, fieldErrors: { photo: [nl.photo.errors.claim] } });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the space that anonymous uploads take (capped in /api/photos)', () => {
  test('counts only photos uploaded without a login that nothing uses yet, by the bytes of all their sizes', async () => {
    expect(await anonymousUnattachedBytes()).toBe(0);
    const first = await upload();
    const second = await upload();
    const rows = await prisma.photo.findMany({ where: { id: { in: [first.id, second.id] } } });
    for (const row of rows) {
      const variants = row.variants as { bytes: number }[];
      expect(row.bytes).toBe(variants.reduce((sum, v) => sum + v.bytes, 0));
      expect(row.bytes).toBeGreaterThan(0);
    }
    const both = rows[0].bytes + rows[1].bytes;
    expect(await anonymousUnattachedBytes()).toBe(both);

    // Attached by a registration: no longer counted.
    const registered = await registerPartner(registrationInput({ photoId: first.id, photoClaim: first.claim }));
    expect(registered.ok).toBe(true);
    expect(await anonymousUnattachedBytes()).toBe(rows.find((r) => r.id === second.id)!.bytes);

    // A partner's own upload is not anonymous.
    const { actor } = await partner();
    const own = await storeUpload(await plainImage(1600, 1000), actor.id);
    expect(own.ok).toBe(true);
    expect(await anonymousUnattachedBytes()).toBe(rows.find((r) => r.id === second.id)!.bytes);
  });
});
