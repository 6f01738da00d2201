import { describe, expect, test } from 'vitest';
import { nl } from '@/lib/i18n/nl';
import { refusalText, refused } from '@/lib/offers/refusals';

// One map turns the refusal reasons of the editorial loop and of the discount wizard into the text
// the user reads (lib/offers/refusals.ts); these are the texts each form showed before it was shared.

describe('refusals', () => {
  const values = { offerId: 'o1', version: '3' };

  test('every reason of both services has its text', () => {
    expect(refusalText('forbidden')).toBe(nl.offer.forbidden);
    expect(refusalText('not-found')).toBe(nl.offer.forbidden);
    expect(refusalText('stale')).toBe(nl.offer.stale);
    expect(refusalText('not-waiting')).toBe(nl.offer.partner.notWaiting);
    expect(refusalText('not-credit')).toBe(nl.offer.editor.noCredit);
    expect(refusalText('not-editable')).toBe(nl.discount.notEditable);
    expect(refusalText('too-many')).toBe(nl.discount.tooMany);
    expect(refusalText('claim')).toBe(nl.photo.errors.claim);
    expect(refusalText('not-endable')).toBe(nl.discount.end.notEndable);
  });

  test('a form can say a reason in its own words', () => {
    expect(refusalText('forbidden', { forbidden: nl.discount.intro.notAllowed })).toBe(nl.discount.intro.notAllowed);
    expect(refusalText('not-found', { forbidden: nl.discount.intro.notAllowed })).toBe(nl.offer.forbidden);
  });

  test('as a form state: a message for the whole form, the values kept; a claim is an error on the photo', () => {
    expect(refused(values, 'stale', { stale: nl.offer.partner.changedSinceSent })).toEqual({
      ok: false,
      fieldErrors: {},
      values,
      message: nl.offer.partner.changedSinceSent,
    });
    const claim = refused(values, 'claim');
    expect(claim).toEqual({ ok: false, fieldErrors: { photo: [nl.photo.errors.claim] }, values });
    expect('message' in claim).toBe(false);
  });
});
