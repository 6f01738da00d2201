import { describe, expect, test, vi } from 'vitest';
import type { SessionUser } from '@/lib/accounts/service';

// Issue 18: the editors keep a short list of refusal reasons per kind (/redactie/redenen): add, change
// the text, move up or down, archive. Archived ones are not offered; a refusal keeps its own copy of
// the text. Editor-only in the query and the actions, not only in the page.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { initialFormState } from '@/lib/forms';
import { rejectProposal } from '@/lib/offers/reject';
import { addReasonAction, changeReasonAction, reasonCommandAction } from '@/lib/rejections/actions';
import { addReason, allRejectionReasons, changeReason, moveOrArchiveReason, rejectionReasons } from '@/lib/rejections/reasons';
import { setUpPhotoTests } from '../support/photos';
import { eventList, makeEditor, makePartner } from '../support/offers';
import { submittedProposal } from '../support/proposals';

setUpPhotoTests();

const texts = async (actor: SessionUser) => (await rejectionReasons(actor, 'PROPOSAL'))!.map((r) => r.text);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('the list of reasons', () => {
  test('added at the end of its own list, moved, changed, archived; archived ones are not offered', async () => {
    const editor = await makeEditor();
    for (const text of ['Minder dan 25%.', 'Niet voor pashouders.', 'Te veel als een andere actie.'])
      expect(await addReason(editor, { kind: 'PROPOSAL', text })).toEqual({ ok: true });
    await addReason(editor, { kind: 'REGISTRATION', text: 'Niet in Dordrecht.' });
    expect(await texts(editor)).toEqual(['Minder dan 25%.', 'Niet voor pashouders.', 'Te veel als een andere actie.']);
    const [first, second, third] = (await rejectionReasons(editor, 'PROPOSAL'))!;

    expect(await moveOrArchiveReason(editor, third.id, 'up')).toEqual({ ok: true });
    expect(await texts(editor)).toEqual(['Minder dan 25%.', 'Te veel als een andere actie.', 'Niet voor pashouders.']);
    expect(await moveOrArchiveReason(editor, first.id, 'up')).toEqual({ ok: true }); // at the top already
    expect(await moveOrArchiveReason(editor, first.id, 'down')).toEqual({ ok: true });
    expect(await texts(editor)).toEqual(['Te veel als een andere actie.', 'Minder dan 25%.', 'Niet voor pashouders.']);

    // Over the text seen: another editor's change in between is not overwritten.
    expect(await changeReason(editor, { reasonId: second.id, seen: 'Iets anders.', text: 'Niet bedoeld.' })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await changeReason(editor, { reasonId: second.id, seen: second.text, text: 'De actie is niet voor pashouders.' })).toEqual({
      ok: true,
    });
    expect(await moveOrArchiveReason(editor, first.id, 'archive')).toEqual({ ok: true });
    expect(await texts(editor)).toEqual(['Te veel als een andere actie.', 'De actie is niet voor pashouders.']);
    expect(await moveOrArchiveReason(editor, first.id, 'archive')).toEqual({ ok: false, reason: 'gone' });
    expect(await changeReason(editor, { reasonId: first.id, seen: first.text, text: 'Weer terug?' })).toEqual({
      ok: false,
      reason: 'gone',
    });
    expect((await allRejectionReasons(editor))!.REGISTRATION.map((r) => r.text)).toEqual(['Niet in Dordrecht.']);
    expect(await prisma.auditEntry.groupBy({ by: ['action'], _count: true, orderBy: { action: 'asc' } })).toEqual([
      { action: 'rejection-reason.added', _count: 4 },
      { action: 'rejection-reason.archived', _count: 1 },
      { action: 'rejection-reason.changed', _count: 3 },
    ]);
  });

  test('a refusal keeps the text it was given when the reason is changed or archived later', async () => {
    const editor = await makeEditor();
    await addReason(editor, { kind: 'PROPOSAL', text: 'Minder dan 25%.' });
    const [reason] = (await rejectionReasons(editor, 'PROPOSAL'))!;
    const { offerId, version } = await submittedProposal();
    await rejectProposal(editor, offerId, version, { reasonId: reason.id, text: '' });
    await changeReason(editor, { reasonId: reason.id, seen: reason.text, text: 'Iets heel anders.' });
    await moveOrArchiveReason(editor, reason.id, 'archive');
    expect((await eventList(offerId)).at(-1)).toMatchObject({ action: 'rejected', comment: 'Minder dan 25%.' });
  });

  test('editor-only: the query gives a partner nothing, the services and the built actions refuse, nothing is written', async () => {
    const editor = await makeEditor();
    const partner = await makePartner();
    await addReason(editor, { kind: 'PROPOSAL', text: 'Minder dan 25%.' });
    const [reason] = (await rejectionReasons(editor, 'PROPOSAL'))!;
    const before = await prisma.rejectionReason.findMany();
    expect(await rejectionReasons(partner.actor, 'PROPOSAL')).toBeNull();
    expect(await allRejectionReasons(partner.actor)).toBeNull();
    expect(await addReason(partner.actor, { kind: 'PROPOSAL', text: 'Van de partner.' })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await changeReason(partner.actor, { reasonId: reason.id, seen: reason.text, text: 'Van de partner.' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await moveOrArchiveReason(partner.actor, reason.id, 'archive')).toEqual({ ok: false, reason: 'forbidden' });
    for (const user of [null, partner.actor]) {
      who = user;
      const message = user ? nl.app.noAccess : nl.app.notLoggedIn;
      expect(await addReasonAction(initialFormState, form({ kind: 'PROPOSAL', text: 'Van de partner.' }))).toMatchObject({
        ok: false,
        message,
      });
      expect(await changeReasonAction(initialFormState, form({ reasonId: reason.id, text: 'Van de partner.' }))).toMatchObject({
        ok: false,
        message,
      });
      expect(await reasonCommandAction(initialFormState, form({ reasonId: reason.id, intent: 'archive' }))).toMatchObject({
        ok: false,
        message,
      });
    }
    expect(await prisma.rejectionReason.findMany()).toEqual(before);
    who = editor;
    expect(await addReasonAction(initialFormState, form({ kind: 'PROPOSAL', text: 'x' }))).toMatchObject({
      ok: false,
      fieldErrors: { text: [nl.reject.reasons.textNeeded] },
    });
    expect(await addReasonAction(initialFormState, form({ kind: 'REGISTRATION', text: 'Geen KvK.' }))).toMatchObject({
      ok: true,
      message: nl.reject.reasons.added,
    });
    who = null;
  });
});
