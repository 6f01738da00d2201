import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { OfferPage } from '@/components/offer/OfferPage';
import { saveDiscountAction, saveListing } from '@/lib/offers/review';
import { draftView, editorDiscountAction, editorOrganisation, keepablePhoto } from '@/lib/offers/queries';
import { formValuesFromContent, type OfferContent } from '@/lib/offers/schema';
import { previewView, uploadedPhoto, type PreviewContext } from '@/lib/offers/preview';
import { discountFormValues } from '@/lib/discounts/draft';
import type { DiscountContent } from '@/lib/discounts/content';
import type { OfferView } from '@/lib/offers/view';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makeEditor, makePartner, offerRow, uploadPhoto } from '../support/offers';
import { currentYear, editorDiscount, submittedProposal } from '../support/proposals';

// Issue 14 item 9: the editors' live preview builds the OfferView from the form's values
// (lib/offers/preview.ts). For a saved offer it must be exactly the server's preview of it, and
// half-typed input must show as typed without breaking the page.

setUpPhotoTests();

const render = (view: OfferView) => renderToStaticMarkup(<OfferPage offer={view} headingLevel={2} />);

describe("the live preview of the editors' form", () => {
  test("a saved credit listing with a photo: the form's values preview to the same HTML as the saved draft", async () => {
    const editor = await makeEditor();
    const partner = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Zwembad De Wielen' });
    const photo = await uploadPhoto(editor.id);
    const saved = await saveListing(
      editor,
      partner.organisationId,
      listingForm({ photoId: photo.id, photoClaim: photo.claim, showEmail: 'on', addition: 'a' }),
    );
    if (!saved.ok) throw new Error(saved.reason);
    const org = (await editorOrganisation(partner.organisationId))!;
    const offer = org.offers[0];
    const values = formValuesFromContent(offer.content as OfferContent, offer.version);
    const current = keepablePhoto(offer, org)!;
    expect(current.id).toBe(photo.id);
    const context: PreviewContext = {
      kind: 'CREDIT_LISTING',
      organisationName: 'Zwembad De Wielen',
      photos: { [current.id]: current.sources },
      saved: values,
    };

    const server = render(draftView(offer, org));
    expect(render(previewView(values, context))).toBe(server);
    expect(server).toContain('Zwemmen bij De Wielen');
    expect(server).toContain(current.sources.webpSrcSet);

    // Typing: the title as typed, even before it is long enough to save; unticking the photo → the category image.
    const typed = previewView({ ...values, title: 'Zw', keepPhoto: '' }, context);
    expect(typed).toMatchObject({ title: 'Zw', photo: null });
    // A new upload wins over the kept photo, as the save decides.
    const upload = { photoId: 'cl_new', photoClaim: 'x', photoSrc: '/api/media/new-960.jpg' };
    expect(uploadedPhoto({ ...values, ...upload })).toMatchObject({ id: 'cl_new' });
    expect(previewView({ ...values, ...upload }, context).photo?.src).toBe('/api/media/new-960.jpg');
    // A photo address that is not ours is not shown.
    expect(uploadedPhoto({ ...upload, photoSrc: 'javascript:alert(1)' })).toBeNull();
  });

  test('a saved discount offer (percentage, then age bands): the same HTML as the saved draft; half-typed periods and prices do not break it', async () => {
    const editor = await makeEditor();
    const { offerId } = await submittedProposal();
    const year = currentYear();
    for (const discount of [
      editorDiscount({ percent: 37.5 }),
      editorDiscount({
        discountType: 'TARIFFS',
        percent: null,
        tariffs: [
          { minAge: 4, maxAge: 12, regular: 600, pass: 450 },
          { minAge: 65, maxAge: null, regular: 800, pass: 400 },
        ],
      }),
    ]) {
      const result = await saveDiscountAction(
        editor,
        offerId,
        listingForm({ version: (await offerRow(offerId)).version, title: 'Halve prijs in Zwembad Oost', showWebsite: 'on' }),
        discount,
      );
      if (!result.ok) throw new Error(result.reason);
      const offer = (await editorDiscountAction(offerId))!;
      const content = offer.content as DiscountContent;
      const values = { ...formValuesFromContent(content, offer.version), ...discountFormValues(content.discount) };
      const context: PreviewContext = { kind: 'DISCOUNT_ACTION', organisationName: 'Zwembad Oost', photos: {}, saved: values };
      expect(render(previewView(values, context))).toBe(render(draftView(offer, offer.organisation)));
    }

    const offer = (await editorDiscountAction(offerId))!;
    const content = offer.content as DiscountContent;
    const values = { ...formValuesFromContent(content, offer.version), ...discountFormValues(content.discount) };
    const context: PreviewContext = { kind: 'DISCOUNT_ACTION', organisationName: 'Zwembad Oost', photos: {}, saved: values };
    // A date being typed shows the saved one; a band without its pass price yet is left out.
    const typing = previewView({ ...values, validFrom: `${year}-0`, 'tariffs.2.minAge': '18', 'tariffs.2.regular': '10' }, context);
    expect(typing.discount?.validity).toBe(`Geldig van 1 januari ${year} tot en met 31 december ${year}.`);
    expect(typing.discount?.tariffs.map((b) => b.ages)).toEqual(['4 tot en met 12 jaar', '65 jaar en ouder']);
    // Switched to a percentage that is still empty: the headline without a number.
    expect(previewView({ ...values, discountType: 'PERCENT', percent: '' }, context).discount).toMatchObject({
      headline: 'Prijzen met je Dordtpas',
      tariffs: [],
    });
    expect(previewView({ ...values, discountType: 'PERCENT', percent: '40' }, context).discount?.headline).toBe(
      '40% korting met je Dordtpas',
    );
  });
});
