import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { OfferPage } from '@/components/offer/OfferPage';
import { nl } from '@/lib/i18n/nl';
import { proposeListingChange } from '@/lib/offers/change';
import { diffContent } from '@/lib/offers/diff';
import { readContent } from '@/lib/offers/content';
import { publishedOffer } from '@/lib/offers/queries';
import { todayInDordrecht } from '@/lib/i18n/format';
import { contentFromForm, formValuesFromContent, listingChangeSchema, listingFormSchema } from '@/lib/offers/schema';
import { offerView } from '@/lib/offers/view';
import { fieldErrorsOf } from '@/lib/forms';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, offerRow } from '../support/offers';
import { publishedListing } from '../support/catalog';

// Issue 21 (ADR 0040): the editors' optional translations of an offer's title and text. Stored in
// the offer's content, so they are versioned, sent for approval and published with it; the page in a
// language with a translation shows it, every other language the Dutch with the note.

setUpPhotoTests();

const english = {
  title_en: 'Swimming at De Wielen',
  body_en: 'With your Dordtpas you pay for swimming in the outdoor pool with your credit.',
};
const v = nl.offer.validation;

describe("the editors' form", () => {
  test('a language needs both its title and its text; each as long as the Dutch may be', () => {
    const base = { ...formValuesFromContent(contentFromForm(listingForm(), null), 0), intent: 'save' };
    const errors = (values: Record<string, string>) => {
      const parsed = listingFormSchema.safeParse({ ...base, ...values });
      return parsed.success ? {} : fieldErrorsOf(parsed.error);
    };
    expect(errors(english)).toEqual({});
    expect(errors({ title_en: english.title_en })).toEqual({ body_en: [v.translationBody] });
    expect(errors({ body_ar: 'نص طويل بما فيه الكفاية للاختبار هنا' })).toEqual({ title_ar: [v.translationTitle] });
    expect(errors({ title_tr: 'Yü', body_tr: 'kısa' })).toEqual({ title_tr: [v.title], body_tr: [v.body] });
    expect(errors({ title_pl: 'x'.repeat(81), body_pl: 'y'.repeat(2001) })).toEqual({ title_pl: [v.title], body_pl: [v.body] });
  });

  test('what is saved is what the form shows again; no translation, no key in the content', () => {
    const content = contentFromForm(listingForm(english), null);
    expect(content.translations).toEqual({ en: { title: english.title_en, body: english.body_en } });
    const values = formValuesFromContent(content, 3);
    expect(values).toMatchObject({ ...english, title_ar: '', body_ar: '' });
    expect('translations' in contentFromForm(listingForm(), null)).toBe(false);
  });

  test('the history names a changed translation by its language', () => {
    const before = contentFromForm(listingForm(), null);
    const after = contentFromForm(listingForm(english), null);
    expect(diffContent(before, after)).toEqual([
      { field: 'Titel in het Engels', before: '', after: english.title_en },
      { field: 'Tekst in het Engels', before: '', after: english.body_en },
    ]);
  });
});

describe('the page in a language', () => {
  const content = contentFromForm(listingForm(english), null);

  test('with a translation: its title and text, in the page’s language, without the note', () => {
    const view = offerView('CREDIT_LISTING', content, 'Zwembad De Wielen', null, [], 'en');
    expect(view).toMatchObject({ title: english.title_en, body: english.body_en, translated: true });
    const html = renderToStaticMarkup(<OfferPage offer={view} locale="en" />);
    expect(html).toContain(`<span>${english.title_en}</span>`);
    expect(html).not.toContain('(in Dutch)');
  });

  test('without one: the Dutch, marked as Dutch, with the note in the reader’s language', () => {
    const view = offerView('CREDIT_LISTING', content, 'Zwembad De Wielen', null, [], 'tr');
    expect(view).toMatchObject({ title: 'Zwemmen bij De Wielen', translated: false });
    const html = renderToStaticMarkup(<OfferPage offer={view} locale="tr" />);
    expect(html).toContain('<span lang="nl" dir="ltr">Zwemmen bij De Wielen</span>');
    expect(html).toContain('(Felemenkçe)');
    // Dutch itself never takes a translation.
    expect(offerView('CREDIT_LISTING', content, 'Zwembad De Wielen', null, [], 'nl').title).toBe('Zwemmen bij De Wielen');
  });
});

describe('published', () => {
  test('the public page in English is the translation, in Polish the Dutch', async () => {
    const { slug } = await publishedListing('Zwembad De Wielen', english);
    expect(await publishedOffer(slug, todayInDordrecht(), 'en')).toMatchObject({ title: english.title_en, translated: true });
    expect(await publishedOffer(slug, todayInDordrecht(), 'pl')).toMatchObject({ title: 'Zwemmen bij De Wielen', translated: false });
  });

  test("a partner's change of the listing keeps the editors' translations, for the editors to revise", async () => {
    const { partner, offerId, version } = await publishedListing('Zwembad De Wielen', english);
    const { photoId: _p, photoClaim: _c, keepPhoto: _k, intent: _i, version: _v, title_en: _t, body_en: _b, ...fields } = listingForm();
    const form = listingChangeSchema.parse({
      ...Object.fromEntries(
        Object.entries(fields).map(([k, value]) => [k, typeof value === 'boolean' ? (value ? 'on' : '') : String(value ?? '')]),
      ),
      title: 'Zwemmen en saunabaden bij De Wielen',
      offerId,
      version: String(version),
    });
    expect(await proposeListingChange(partner.actor, form)).toMatchObject({ ok: true });
    const working = readContent('listing', (await offerRow(offerId)).content, { offerId, column: 'Offer.content' });
    expect(working?.title).toBe('Zwemmen en saunabaden bij De Wielen');
    expect(working?.translations).toEqual({ en: { title: english.title_en, body: english.body_en } });
  });
});
