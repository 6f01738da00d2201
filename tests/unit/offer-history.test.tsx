import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { HistoryList } from '@/components/offer/History';
import { submitProposal } from '@/lib/discounts/service';
import { approveOffer, commentOnOffer, saveDiscountAction } from '@/lib/offers/review';
import { currentProposal, offerHistory, openPartnerComment } from '@/lib/offers/queries';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, offerRow } from '../support/offers';
import { editorDiscount, fillProposal, saveStep, startedProposal, validStepValues } from '../support/proposals';

// Issue 14 item 8: the history numbers what the partner was asked to approve ("Voorstel 1, 2, …"),
// not the row's optimistic-concurrency version, which every autosave of the wizard raises.

setUpPhotoTests();

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the history of an offer, as people read it', () => {
  test('after a wizard run with many autosaves and two proposals: "Voorstel 1" and "Voorstel 2", never "versie 39"', async () => {
    const editor = await makeEditor('Eva Redactie');
    const { partner, offerId, version } = await startedProposal({ showDisplayName: 'on', displayName: 'Zwembad Oost' });
    let v = await fillProposal(partner.actor, offerId, version);
    // The wizard saves as the partner types: every pause is a new version of the row.
    const description = validStepValues().beschrijving;
    for (let i = 0; i < 30; i++)
      v = await saveStep(partner.actor, offerId, v, 'beschrijving', { ...description, editorsInfo: `Versie ${i}` });
    const submitted = await submitProposal(partner.actor, offerId, v);
    expect(submitted.ok).toBe(true);
    const afterSubmit = (await offerRow(offerId)).version;
    expect(afterSubmit).toBeGreaterThan(30);

    const form = (overrides: Record<string, string | number>) => listingForm({ title: 'Halve prijs in Zwembad Oost', ...overrides });
    const first = await saveDiscountAction(editor, offerId, form({ version: afterSubmit, intent: 'send' }), editorDiscount());
    if (!first.ok) throw new Error(first.reason);
    expect(await commentOnOffer(partner.actor, offerId, first.version, 'Graag ook zwemles noemen.')).toEqual({ ok: true });

    // The comment is open until a new proposal goes out.
    let history = await offerHistory(offerId);
    expect(openPartnerComment(history)).toMatchObject({
      action: 'commented',
      comment: 'Graag ook zwemles noemen.',
      actorName: partner.actor.name,
      proposal: 1,
    });
    expect(currentProposal(history)).toBeNull();

    const draft = await saveDiscountAction(
      editor,
      offerId,
      form({ version: first.version, body: 'Met je Dordtpas zwem je voor de halve prijs, ook bij zwemles.' }),
      editorDiscount(),
    );
    if (!draft.ok) throw new Error(draft.reason);
    expect(openPartnerComment(await offerHistory(offerId))).not.toBeNull();
    const second = await saveDiscountAction(
      editor,
      offerId,
      form({ version: draft.version, body: 'Met je Dordtpas zwem je voor de halve prijs, ook bij zwemles.', intent: 'send' }),
      editorDiscount(),
    );
    if (!second.ok) throw new Error(second.reason);
    history = await offerHistory(offerId);
    expect(openPartnerComment(history)).toBeNull();
    expect(currentProposal(history)).toBe(2);

    expect(await approveOffer(partner.actor, offerId, second.version)).toMatchObject({ ok: true });
    history = await offerHistory(offerId);
    expect(currentProposal(history)).toBeNull();
    expect(history.map((e) => [e.action, e.proposal])).toEqual([
      ['approved', 2],
      ['sent', 2],
      ['saved', null],
      ['saved', null],
      ['commented', 1],
      ['sent', 1],
      ['saved', null],
      ['submitted', null],
    ]);

    // What the editor and the partner read: the proposals' numbers, and no row version anywhere.
    const shown = text(renderToStaticMarkup(<HistoryList entries={history} locale="nl" />));
    expect(shown.match(/Voorstel \d+/g)).toEqual(['Voorstel 2', 'Voorstel 2', 'Voorstel 1', 'Voorstel 1']);
    expect(shown).not.toMatch(/versie/i);
    expect(shown).not.toContain(String(afterSubmit));
  });
});
