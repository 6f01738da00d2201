import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { OfferPage } from '@/components/offer/OfferPage';
import { approveOffer, saveListing } from '@/lib/offers/review';
import { draftView, partnerOffer, publishedOffer } from '@/lib/offers/queries';
import { contentFromForm, type OfferContent } from '@/lib/offers/schema';
import { toOfferView, type OfferView } from '@/lib/offers/view';
import { cleanupUnusedPhotos, setOrganisationPhoto } from '@/lib/photos/service';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, loopSnapshot, makeEditor, makePartner, offerRow, uploadPhoto } from '../support/offers';

// The listing's photo (new upload by claim, or kept) and the preview: the partner sees exactly the
// public page (same component, same data shape).

const uploads = setUpPhotoTests();

const YEAR = 365 * 24 * 60 * 60 * 1000;
const render = (offer: OfferView) => renderToStaticMarkup(<OfferPage offer={offer} />);

async function credit() {
  const editor = await makeEditor();
  const partner = await makePartner({ partnerType: 'CREDIT', showDisplayName: 'on', displayName: 'Zwembad De Wielen' });
  return { editor, partner };
}

const photoIds = async () => (await prisma.photo.findMany({ select: { id: true } })).map((p) => p.id).sort();

describe("the listing's photo", () => {
  test("a new upload with its claim becomes the offer's photo (row and content)", async () => {
    const { editor, partner } = await credit();
    const photo = await uploadPhoto(editor.id);
    const result = await saveListing(editor, partner.organisationId, listingForm({ photoId: photo.id, photoClaim: photo.claim }));
    expect(result).toMatchObject({ ok: true, version: 1 });
    if (!result.ok) return;
    const offer = await offerRow(result.offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as OfferContent).photoId).toBe(photo.id);

    // Saved again as the form comes back (keepPhoto = the offer's photo): kept.
    expect(
      await saveListing(editor, partner.organisationId, listingForm({ version: 1, keepPhoto: photo.id, title: 'Nieuwe titel' })),
    ).toMatchObject({ ok: true });
    expect((await offerRow(result.offerId)).photoId).toBe(photo.id);
    // Without keepPhoto: the photo is removed from the listing.
    expect(await saveListing(editor, partner.organisationId, listingForm({ version: 2 }))).toMatchObject({ ok: true });
    const removed = await offerRow(result.offerId);
    expect(removed.photoId).toBeNull();
    expect((removed.content as OfferContent).photoId).toBeNull();
  });

  test("keepPhoto with the organisation's own photo keeps it", async () => {
    const { editor, partner } = await credit();
    const photo = await uploadPhoto(partner.userId);
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisationId } });
    expect(await setOrganisationPhoto(partner.actor, partner.organisationId, photo, version)).toEqual({ ok: true });
    const result = await saveListing(editor, partner.organisationId, listingForm({ keepPhoto: photo.id }));
    if (!result.ok) throw new Error(result.reason);
    const offer = await offerRow(result.offerId);
    expect(offer.photoId).toBe(photo.id);
    expect((offer.content as OfferContent).photoId).toBe(photo.id);
  });

  test("keepPhoto with another photo id (another organisation's, a free upload, an unknown id) is ignored: no photo", async () => {
    const { editor, partner } = await credit();
    const other = await makePartner({ partnerType: 'CREDIT' });
    const theirs = await uploadPhoto(other.userId);
    const { version } = await prisma.organisation.findUniqueOrThrow({ where: { id: other.organisationId } });
    expect(await setOrganisationPhoto(other.actor, other.organisationId, theirs, version)).toEqual({ ok: true });
    const free = await uploadPhoto();

    const result = await saveListing(editor, partner.organisationId, listingForm({ keepPhoto: theirs.id }));
    if (!result.ok) throw new Error(result.reason);
    expect((await offerRow(result.offerId)).photoId).toBeNull();
    let v = 1;
    for (const keepPhoto of [free.id, 'cl_unknown_photo', theirs.id]) {
      expect(await saveListing(editor, partner.organisationId, listingForm({ version: v, keepPhoto })), keepPhoto).toMatchObject({
        ok: true,
      });
      v++;
      const offer = await offerRow(result.offerId);
      expect(offer.photoId, keepPhoto).toBeNull();
      expect((offer.content as OfferContent).photoId, keepPhoto).toBeNull();
    }
  });

  test('a wrong claim → "claim" and nothing changes; a photo already used (here: by the listing itself) cannot be claimed again', async () => {
    const { editor, partner } = await credit();
    const mine = await uploadPhoto();
    const other = await uploadPhoto();
    const before = await loopSnapshot();
    for (const [photoId, photoClaim] of [
      [mine.id, 'not-the-claim'],
      [mine.id, other.claim],
      ['cl_unknown_photo', mine.claim],
      [mine.id, ''],
    ]) {
      expect(await saveListing(editor, partner.organisationId, listingForm({ photoId, photoClaim })), `${photoId} ${photoClaim}`).toEqual({
        ok: false,
        reason: 'claim',
      });
    }
    expect(await loopSnapshot()).toEqual(before);

    const saved = await saveListing(editor, partner.organisationId, listingForm({ photoId: mine.id, photoClaim: mine.claim }));
    if (!saved.ok) throw new Error(saved.reason);
    const after = await loopSnapshot();
    expect(
      await saveListing(editor, partner.organisationId, listingForm({ version: 1, photoId: mine.id, photoClaim: mine.claim })),
    ).toEqual({ ok: false, reason: 'claim' });
    // Nor for another organisation's listing.
    const second = await makePartner({ partnerType: 'CREDIT' });
    expect(await saveListing(editor, second.organisationId, listingForm({ photoId: mine.id, photoClaim: mine.claim }))).toEqual({
      ok: false,
      reason: 'claim',
    });
    expect((await loopSnapshot()).offers).toEqual(after.offers);
    expect((await offerRow(saved.offerId)).version).toBe(1);
  });

  test("cleanup keeps both the published photo and the new draft's photo (and their files); an unused upload goes", async () => {
    const { editor, partner } = await credit();
    const published = await uploadPhoto(editor.id);
    const sent = await saveListing(
      editor,
      partner.organisationId,
      listingForm({ photoId: published.id, photoClaim: published.claim, intent: 'send' }),
    );
    if (!sent.ok) throw new Error(sent.reason);
    expect(await approveOffer(partner.actor, sent.offerId, 1)).toMatchObject({ ok: true });
    const draft = await uploadPhoto(editor.id);
    expect(
      await saveListing(
        editor,
        partner.organisationId,
        listingForm({ version: 1, photoId: draft.id, photoClaim: draft.claim, title: 'Met een nieuwe foto' }),
      ),
    ).toMatchObject({ ok: true });
    expect(await offerRow(sent.offerId)).toMatchObject({ photoId: draft.id, publishedPhotoId: published.id, status: 'DRAFT' });
    const unused = await uploadPhoto(editor.id);
    const filesBefore = uploads.files();
    const unusedKeys = ((await prisma.photo.findUniqueOrThrow({ where: { id: unused.id } })).variants as { key: string }[]).map(
      (v) => v.key,
    );

    expect(await cleanupUnusedPhotos(new Date(Date.now() + YEAR))).toBe(1);
    expect(await photoIds()).toEqual([published.id, draft.id].sort());
    expect(uploads.files()).toEqual(filesBefore.filter((name) => !unusedKeys.includes(name)));
    expect(unusedKeys.every((key) => filesBefore.includes(key))).toBe(true);
    expect(uploads.files().length).toBeGreaterThan(0);

    // The public page still has its photo, the preview the new one.
    const slug = (await offerRow(sent.offerId)).slug;
    const publicView = await publishedOffer(slug);
    const own = await partnerOffer(partner.organisationId, sent.offerId);
    expect(publicView?.photo?.src).toBeTruthy();
    expect(draftView(own!, own!.organisation).photo?.src).toBeTruthy();
    expect(publicView?.photo?.src).not.toBe(draftView(own!, own!.organisation).photo?.src);
  });
});

describe('the preview is the public page', () => {
  test("right after approval the partner's preview and the public page render to identical HTML", async () => {
    const { editor, partner } = await credit();
    const photo = await uploadPhoto(editor.id);
    const sent = await saveListing(
      editor,
      partner.organisationId,
      listingForm({
        photoId: photo.id,
        photoClaim: photo.claim,
        showEmail: 'on',
        openingInfo: 'Ma t/m vr 9–17 uur.\nZa 10–16 uur.',
        intent: 'send',
      }),
    );
    if (!sent.ok) throw new Error(sent.reason);

    const seen = await partnerOffer(partner.organisationId, sent.offerId);
    const preview = render(draftView(seen!, seen!.organisation));
    expect(await approveOffer(partner.actor, sent.offerId, seen!.version)).toMatchObject({ ok: true });

    const slug = (await offerRow(sent.offerId)).slug;
    const publicHtml = render((await publishedOffer(slug))!);
    const after = await partnerOffer(partner.organisationId, sent.offerId);
    expect(render(draftView(after!, after!.organisation))).toBe(publicHtml);
    // What the partner saw before approving is what is published.
    expect(preview).toBe(publicHtml);
    // And it is really the page, with the photo and the data.
    for (const text of [
      'Zwemmen bij De Wielen',
      'Zwembad De Wielen',
      'Wielenpad 4, 3311 AB Dordrecht',
      'tel:+31781234567',
      '078 123 4567',
      'mailto:info@dewielen.nl',
      'www.dewielen.nl',
      '<picture>',
    ]) {
      expect(publicHtml).toContain(text);
    }
    expect(publicHtml).toContain((await publishedOffer(slug))!.photo!.src);
  });

  test('a new draft after publication: the preview shows the draft, the public page still the approved version', async () => {
    const { editor, partner } = await credit();
    const sent = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send' }));
    if (!sent.ok) throw new Error(sent.reason);
    await approveOffer(partner.actor, sent.offerId, 1);
    await saveListing(editor, partner.organisationId, listingForm({ version: 1, title: 'Een nieuwe titel', intent: 'send' }));
    const slug = (await offerRow(sent.offerId)).slug;
    const own = await partnerOffer(partner.organisationId, sent.offerId);
    const previewHtml = render(draftView(own!, own!.organisation));
    const publicHtml = render((await publishedOffer(slug))!);
    expect(previewHtml).toContain('Een nieuwe titel');
    expect(publicHtml).not.toContain('Een nieuwe titel');
    expect(publicHtml).toContain('Zwemmen bij De Wielen');
    expect(previewHtml.replace('Een nieuwe titel', 'Zwemmen bij De Wielen')).toBe(publicHtml);
  });

  test('toOfferView shows only the contact details whose show flag is on (and that are filled in)', () => {
    const content = (overrides: Record<string, string>) => contentFromForm(listingForm(overrides), null);
    const view = (overrides: Record<string, string>) => toOfferView('CREDIT_LISTING', content(overrides), 'Zwembad De Wielen', null);

    expect(view({ showPhone: 'on', showEmail: '', showWebsite: 'on' }).contact).toEqual({
      phone: '0781234567',
      website: 'https://www.dewielen.nl',
    });
    expect(view({ showPhone: '', showEmail: 'on', showWebsite: '' }).contact).toEqual({ email: 'info@dewielen.nl' });
    expect(view({ showPhone: '', showEmail: '', showWebsite: '' }).contact).toEqual({});
    expect(view({ showPhone: 'on', showEmail: 'on', showWebsite: 'on' }).contact).toEqual({
      phone: '0781234567',
      email: 'info@dewielen.nl',
      website: 'https://www.dewielen.nl',
    });
    // The phone number as stored: normalised by the form's schema.
    expect(content({}).contact.phone).toBe('0781234567');
    // A flag on without a value (stored content from before validation): nothing shown.
    const stored: OfferContent = {
      ...content({}),
      contact: { phone: '', email: '', website: '', showPhone: true, showEmail: true, showWebsite: true },
    };
    expect(toOfferView('CREDIT_LISTING', stored, 'Zwembad De Wielen', null).contact).toEqual({});

    const hidden = render(view({ showPhone: '', showEmail: '', showWebsite: '' }));
    expect(hidden).not.toContain('0781234567');
    expect(hidden).not.toContain('info@dewielen.nl');
    expect(hidden).not.toContain('dewielen.nl');
    const phoneOnly = render(view({ showPhone: 'on', showEmail: '', showWebsite: '' }));
    expect(phoneOnly).toContain('href="tel:+31781234567"');
    expect(phoneOnly).toContain('>078 123 4567<');
    expect(phoneOnly).not.toContain('mailto:');
    expect(phoneOnly).not.toContain('https://www.dewielen.nl');
  });

  test('toOfferView: address, category label, map link; no photo → the category image', () => {
    const v = toOfferView('CREDIT_LISTING', contentFromForm(listingForm({ addition: 'A', category: 'cultuur' }), null), 'Museum', null);
    expect(v).toMatchObject({
      kind: 'CREDIT_LISTING',
      organisationName: 'Museum',
      // Without locations of the partner: the content's own address, as before locations.
      places: [
        {
          name: null,
          address: 'Wielenpad 4 A, 3311 AB Dordrecht',
          mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent('Wielenpad 4 A, 3311 AB Dordrecht')}`,
        },
      ],
      category: 'cultuur',
      categoryLabel: 'Cultuur en musea',
      photo: null,
    });
    expect(render(v)).toContain('src="/categories/cultuur.svg"');
  });
});
