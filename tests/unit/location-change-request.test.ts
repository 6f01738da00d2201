import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Issue 20: a partner's beheerder proposes to add, change or remove a location; the editors apply or
// refuse it (lib/locations/change-request.ts). Through the services and, for the wrong users, through
// the built actions with a faked session (as tests/unit/action-access.test.ts does).

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { applyLocationRequest, proposeLocationChange, rejectLocationRequest, type Proposal } from '@/lib/locations/change-request';
import {
  applyLocationRequestAction,
  proposeLocationAction,
  rejectLocationRequestAction,
  removeLocationAction,
} from '@/lib/locations/actions';
import { locationFormSchema, type ProposedLocation } from '@/lib/locations/schema';
import { locationsWithRequests, openLocationRequests } from '@/lib/locations/request-queries';
import { setUpPhotoTests } from '../support/photos';
import { makeEditor, makeMedewerker, makePartner, type TestPartner } from '../support/offers';
import { publishedListing } from '../support/catalog';

setUpPhotoTests();

const WANTIJ: ProposedLocation = {
  name: 'Buitenbad Wantijpark',
  street: 'Wantijdijk',
  houseNumber: '6',
  addition: '',
  postcode: '3314 LT',
  city: 'Dordrecht',
  phone: '0781234567',
  openingHours: { ma: [{ from: '10:00', to: '18:00' }], di: [], wo: [], do: [], vr: [], za: [], zo: [] },
  hoursRemark: 'Alleen in de zomer open.',
};

const locations = (organisationId: string) => prisma.location.findMany({ where: { organisationId }, orderBy: { position: 'asc' } });
const requests = (organisationId: string) =>
  prisma.locationChangeRequest.findMany({ where: { organisationId }, orderBy: { requestedAt: 'asc' } });
const subjects = async (to: string) => (await prisma.outboxMessage.findMany({ where: { to } })).map((m) => m.subject);

async function propose(partner: TestPartner, proposal: Proposal) {
  const result = await proposeLocationChange(partner.actor, proposal);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.requestId;
}

describe('a proposal through the editors', () => {
  test('a new location: the editors are mailed; applied, it is the next location, in the catalog with its offers', async () => {
    const { editor, partner, offerId } = await publishedListing('Zwembad De Wielen');
    const requestId = await propose(partner, { kind: 'ADD', location: WANTIJ });
    expect(await locations(partner.organisationId)).toHaveLength(1);
    expect(await subjects(editor.email)).toContain(nl.locations.mail.requestedSubject('Zwembad De Wielen'));
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: editor.email, subject: { contains: 'locaties' } } });
    expect(mail.text).toContain('Wantijdijk 6, 3314 LT Dordrecht');
    expect(await openLocationRequests(editor)).toMatchObject([{ id: requestId, kind: 'ADD', organisationId: partner.organisationId }]);
    const page = await locationsWithRequests(partner.organisationId);
    expect(page.requests).toMatchObject([{ id: requestId, kind: 'ADD', proposed: WANTIJ }]);

    const applied = await applyLocationRequest(editor, requestId);
    expect(applied).toMatchObject({ ok: true, organisationId: partner.organisationId, geocode: true });
    const [, added] = await locations(partner.organisationId);
    expect(added).toMatchObject({ ...WANTIJ, position: 1, latitude: null, geocodedAt: null });
    expect(await prisma.locationChangeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'APPLIED',
      decidedByName: editor.name,
      createdLocationId: added.id,
    });
    expect(await subjects(partner.email)).toContain(nl.locations.mail.appliedSubject);
    expect(await openLocationRequests(editor)).toEqual([]);
    expect(await prisma.auditEntry.count({ where: { action: 'location.change-applied', entityId: partner.organisationId } })).toBe(1);

    // Removing it takes it away, with whatever catalog places it had.
    await prisma.location.update({ where: { id: added.id }, data: { latitude: 51.81, longitude: 4.69 } });
    const removal = await propose(partner, { kind: 'REMOVE', locationId: added.id });
    expect(await applyLocationRequest(editor, removal)).toMatchObject({ ok: true, geocode: false });
    expect(await locations(partner.organisationId)).toHaveLength(1);
    expect(await prisma.catalogLocation.count({ where: { offerId, locationId: added.id } })).toBe(0);
  });

  test('a change: only what differs; a moved address loses its coordinates; the first location keeps the visiting address', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    const [first] = await locations(partner.organisationId);
    const added = await applyLocationRequest(editor, await propose(partner, { kind: 'ADD', location: WANTIJ }));
    expect(added.ok).toBe(true);
    const [, second] = await locations(partner.organisationId);
    await prisma.location.update({ where: { id: second.id }, data: { latitude: 51.81, longitude: 4.69, geocodedAt: new Date() } });

    expect(await proposeLocationChange(partner.actor, { kind: 'CHANGE', locationId: second.id, location: WANTIJ })).toEqual({
      ok: false,
      reason: 'unchanged',
    });
    // Only the hours: the coordinates stay.
    const hours = await propose(partner, { kind: 'CHANGE', locationId: second.id, location: { ...WANTIJ, openingHours: null } });
    const described = (await locationsWithRequests(partner.organisationId)).requests[0].changes;
    expect(described.map((c) => c.field)).toEqual(['hours']);
    expect(await applyLocationRequest(editor, hours)).toMatchObject({ ok: true, geocode: false });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ openingHours: null, latitude: 51.81 });
    // Another number: looked up anew.
    const moved = await propose(partner, { kind: 'CHANGE', locationId: second.id, location: { ...WANTIJ, houseNumber: '8' } });
    expect(await applyLocationRequest(editor, moved)).toMatchObject({ ok: true, geocode: true });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      houseNumber: '8',
      latitude: null,
      geocodedAt: null,
    });

    // The first location: name and hours change, the address is the visiting address's.
    const main = await propose(partner, { kind: 'CHANGE', locationId: first.id, location: { ...WANTIJ, name: 'Hoofdvestiging' } });
    expect(await applyLocationRequest(editor, main)).toMatchObject({ ok: true });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      name: 'Hoofdvestiging',
      street: first.street,
      postcode: first.postcode,
      houseNumber: first.houseNumber,
      hoursRemark: WANTIJ.hoursRemark,
    });
    // ... and is never removed.
    expect(await proposeLocationChange(partner.actor, { kind: 'REMOVE', locationId: first.id })).toEqual({ ok: false, reason: 'first' });
  });

  test('refused with a reason: nothing changes, the partner is mailed the reason and reads it on the page', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    const requestId = await propose(partner, { kind: 'ADD', location: WANTIJ });
    expect(await rejectLocationRequest(editor, requestId, 'Dit adres ligt buiten Dordrecht.')).toMatchObject({ ok: true });
    expect(await locations(partner.organisationId)).toHaveLength(1);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: partner.email, subject: nl.locations.mail.rejectedSubject } });
    expect(mail.text).toContain('Dit adres ligt buiten Dordrecht.');
    const page = await locationsWithRequests(partner.organisationId);
    expect(page.requests).toEqual([]);
    expect(page.refused).toMatchObject([{ id: requestId, name: WANTIJ.name, reason: 'Dit adres ligt buiten Dordrecht.' }]);
    // Decided is decided: neither applied nor refused again.
    expect(await applyLocationRequest(editor, requestId)).toEqual({ ok: false, reason: 'gone' });
    expect(await rejectLocationRequest(editor, requestId, 'nogmaals')).toEqual({ ok: false, reason: 'gone' });
  });

  test('a second proposal for a location replaces the first; two editors at once: one applies, the other is told', async () => {
    const editor = await makeEditor();
    const other = await makeEditor('Olga Redactie');
    const partner = await makePartner();
    const [first] = await locations(partner.organisationId);
    const older = await propose(partner, { kind: 'CHANGE', locationId: first.id, location: { ...WANTIJ, name: 'Eerste idee' } });
    const newer = await propose(partner, { kind: 'CHANGE', locationId: first.id, location: { ...WANTIJ, name: 'Tweede idee' } });
    expect((await requests(partner.organisationId)).map((r) => r.id)).toEqual([newer]);
    expect(await applyLocationRequest(editor, older)).toEqual({ ok: false, reason: 'gone' });

    const results = await Promise.all([applyLocationRequest(editor, newer), applyLocationRequest(other, newer)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'gone' }]);
    expect(await prisma.auditEntry.count({ where: { action: 'location.change-applied' } })).toBe(1);

    // Two additions at once both land, each at its own position.
    const a = await propose(partner, { kind: 'ADD', location: { ...WANTIJ, name: 'A' } });
    const b = await propose(partner, { kind: 'ADD', location: { ...WANTIJ, name: 'B' } });
    await Promise.all([applyLocationRequest(editor, a), applyLocationRequest(other, b)]);
    expect((await locations(partner.organisationId)).map((l) => l.position)).toEqual([0, 1, 2]);
  });

  test('a location removed meanwhile: its change cannot be applied', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    await applyLocationRequest(editor, await propose(partner, { kind: 'ADD', location: WANTIJ }));
    const [, second] = await locations(partner.organisationId);
    const change = await propose(partner, { kind: 'CHANGE', locationId: second.id, location: { ...WANTIJ, name: 'Anders' } });
    await prisma.location.delete({ where: { id: second.id } });
    expect(await applyLocationRequest(editor, change)).toEqual({ ok: false, reason: 'location-gone' });
  });
});

describe('only the own beheerder proposes, only an editor decides', () => {
  test('through the services: another partner, a medewerker, an editor proposing; a partner deciding', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    const stranger = await makePartner();
    const medewerker = await makeMedewerker(partner);
    const [mine] = await locations(partner.organisationId);

    // Another organisation's beheerder cannot name this one's location: it is not theirs.
    for (const proposal of [
      { kind: 'CHANGE', locationId: mine.id, location: WANTIJ },
      { kind: 'REMOVE', locationId: mine.id },
    ] as Proposal[])
      expect(await proposeLocationChange(stranger.actor, proposal)).toEqual({ ok: false, reason: 'not-found' });
    expect(await proposeLocationChange(medewerker.actor, { kind: 'ADD', location: WANTIJ })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await proposeLocationChange(editor, { kind: 'ADD', location: WANTIJ })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await requests(partner.organisationId)).toEqual([]);

    const requestId = await propose(partner, { kind: 'ADD', location: WANTIJ });
    for (const actor of [partner.actor, medewerker.actor, stranger.actor]) {
      expect(await applyLocationRequest(actor, requestId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await rejectLocationRequest(actor, requestId, 'nee')).toEqual({ ok: false, reason: 'forbidden' });
    }
    expect(await openLocationRequests(partner.actor)).toEqual([]);
    expect((await requests(partner.organisationId))[0].status).toBe('OPEN');
    expect(await locations(partner.organisationId)).toHaveLength(1);
  });

  test('through the built actions: refused before anything is parsed or written', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    const stranger = await makePartner();
    const medewerker = await makeMedewerker(partner);
    const [mine] = await locations(partner.organisationId);
    const requestId = await propose(partner, { kind: 'ADD', location: WANTIJ });
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };
    const locationFields = { name: 'Nieuw', postcode: '3311 AB', houseNumber: '12', street: 'Voorstraat', city: 'Dordrecht' };
    const before = JSON.stringify(await requests(partner.organisationId));

    for (const user of [null, medewerker.actor, editor]) {
      who = user;
      const message = user ? nl.app.noAccess : nl.app.notLoggedIn;
      expect(await proposeLocationAction(initialFormState, form(locationFields))).toMatchObject({ ok: false, message });
      expect(await removeLocationAction(initialFormState, form({ locationId: mine.id, confirm: 'on' }))).toMatchObject({
        ok: false,
        message,
      });
    }
    for (const user of [null, partner.actor, medewerker.actor]) {
      who = user;
      const message = user ? nl.app.noAccess : nl.app.notLoggedIn;
      expect(await applyLocationRequestAction(initialFormState, form({ requestId }))).toMatchObject({ ok: false, message });
      expect(await rejectLocationRequestAction(initialFormState, form({ requestId, reason: 'Nee' }))).toMatchObject({ ok: false, message });
    }
    // Another beheerder names this partner's location: not found, nothing written.
    who = stranger.actor;
    expect(await removeLocationAction(initialFormState, form({ locationId: mine.id, confirm: 'on' }))).toMatchObject({
      ok: false,
      message: nl.locations.refusals.notFound,
    });
    expect(await proposeLocationAction(initialFormState, form({ ...locationFields, locationId: mine.id }))).toMatchObject({
      ok: false,
      message: nl.locations.refusals.notFound,
    });
    expect(JSON.stringify(await requests(partner.organisationId))).toBe(before);
    expect(await requests(stranger.organisationId)).toEqual([]);
    who = null;
  });

  test('the form’s answer keeps what was typed, with a Dutch message per field', async () => {
    const partner = await makePartner();
    who = partner.actor;
    const data = new FormData();
    for (const [k, v] of Object.entries({
      name: '',
      postcode: '33',
      houseNumber: '12',
      street: 'Voorstraat',
      city: 'Dordrecht',
      maFrom1: '17:00',
      maTo1: '09:00',
    }))
      data.set(k, v);
    const answer = await proposeLocationAction(initialFormState, data);
    expect(answer).toMatchObject({
      ok: false,
      values: { postcode: '33', maFrom1: '17:00' },
      fieldErrors: {
        name: [nl.locations.validation.name],
        postcode: [nl.validation.postcode],
        maTo1: [nl.locations.validation.toBeforeFrom],
      },
    });
    expect(await requests(partner.organisationId)).toEqual([]);
    who = null;
    expect(locationFormSchema.safeParse({}).success).toBe(false);
  });
});
