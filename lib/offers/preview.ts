import { parseEuro } from '@/lib/i18n/format';
import { tariffRows, type TariffBand } from '@/lib/discounts/schema';
import type { DiscountContent, DiscountDetails } from '@/lib/discounts/content';
import type { PhotoSources } from '@/lib/photos/sources';
import { checkChoice, choiceInput } from '@/lib/locations/choice';
import {
  contentFromForm,
  listingFormShape,
  typedAddress,
  type ListingForm,
  type OfferContent,
  type Place,
  type TranslationField,
} from './schema';
import { PREFIXED_LOCALES, type Locale } from '@/lib/i18n/locales';
import { offerView, type OfferView, type PlaceLocation } from './view';

// The editors' live preview: the form's values, as typed, turned into the same OfferView the server
// renders from a saved offer, so OfferPage shows what would be saved. Runs in the browser and on the
// server (the first render, and the page without JavaScript). Half-typed input must not break it: a
// field its schema accepts is shown as it will be stored, any other as typed, and a value the page
// cannot show at all (a date that is not a date) as it was saved.

type Values = Record<string, string | undefined>;

export type PreviewContext = {
  kind: OfferView['kind'];
  organisationName: string;
  /** The photos the form can keep (the offer's and the organisation's), by id. */
  photos: Record<string, PhotoSources>;
  /** The values the form was opened with: the fallback for what cannot be shown. */
  saved: Values;
  /** The partner's locations (the form chooses among them). */
  locations?: readonly PlaceLocation[];
  /** The public site's language the page is shown in (issue 21): its translation, or the Dutch. */
  locale?: Locale;
};

const shape = listingFormShape;
type ShapeKey = keyof typeof shape;

/** One field as its schema stores it, or as typed (trimmed) when the schema refuses it. */
function field(values: Values, name: ShapeKey): unknown {
  const raw = values[name] ?? '';
  const parsed = shape[name].safeParse(raw);
  return parsed.success ? parsed.data : raw.trim();
}

const text = (values: Values, name: ShapeKey) => String(field(values, name) ?? '');
const on = (values: Values, name: string) => values[name] === 'on';

/**
 * Where the save would say the offer is: the locations chosen among the partner's (while nothing is
 * chosen, its first), or the address typed, as far as it can be read.
 */
function previewPlace(values: Values, locations: readonly PlaceLocation[]): Place {
  if (!locations.length) return { address: typedAddress(values) };
  const checked = checkChoice(choiceInput(values), locations);
  return checked.ok ? { address: checked.address, locations: checked.locations } : { address: typedAddress(locations[0]) };
}

/** What a form with these values would save as the offer's content, photo aside. */
function listingContent(values: Values, photoId: string | null, locations: readonly PlaceLocation[]): OfferContent {
  const form: ListingForm = {
    title: text(values, 'title'),
    body: text(values, 'body'),
    category: text(values, 'category') as ListingForm['category'],
    locations: undefined,
    chosenLocations: [],
    street: '',
    houseNumber: '',
    addition: '',
    postcode: '',
    city: '',
    openingInfo: text(values, 'openingInfo'),
    phone: text(values, 'phone'),
    email: text(values, 'email'),
    website: text(values, 'website'),
    showPhone: on(values, 'showPhone'),
    showEmail: on(values, 'showEmail'),
    showWebsite: on(values, 'showWebsite'),
    photoId: '',
    photoClaim: '',
    photoSrc: '',
    keepPhoto: '',
    version: 0,
    intent: 'save',
    // The translations as typed (trimmed): a language's shows once both its title and text are there.
    ...(Object.fromEntries(
      PREFIXED_LOCALES.flatMap((l) => [`title_${l}`, `body_${l}`].map((f) => [f, text(values, f as ShapeKey)])),
    ) as Record<TranslationField, string>),
  };
  return contentFromForm(form, photoId, previewPlace(values, locations));
}

const isDate = (s: string | undefined): s is string =>
  Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

/** The bands whose ages and prices can be read, as typed (the form shows what is wrong with them). */
function readableBands(values: Values): TariffBand[] {
  const bands: TariffBand[] = [];
  for (const row of tariffRows(values)) {
    const minAge = Number(row.minAge);
    const maxAge = row.maxAge === '' ? null : Number(row.maxAge);
    const regular = parseEuro(row.regular);
    const pass = parseEuro(row.pass);
    if (
      row.minAge === '' ||
      !Number.isInteger(minAge) ||
      (maxAge !== null && !Number.isInteger(maxAge)) ||
      regular === null ||
      pass === null
    )
      continue;
    bands.push({ minAge, maxAge, regular, pass });
  }
  return bands;
}

function discountDetails(values: Values, saved: Values): DiscountDetails {
  const choice = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const typed = values[name] as T;
    return options.includes(typed) ? typed : options.includes(saved[name] as T) ? (saved[name] as T) : fallback;
  };
  const percent = Number((values.percent ?? '').replace(',', '.').replace('%', '').trim());
  const discountType = choice('discountType', ['PERCENT', 'TARIFFS'] as const, 'PERCENT');
  const date = (name: 'validFrom' | 'validUntil') => (isDate(values[name]) ? values[name]! : isDate(saved[name]) ? saved[name]! : null);
  const validFrom = date('validFrom');
  const validUntil = date('validUntil');
  return {
    // Only the partner writes these; the page does not show them.
    subject: '',
    editorsInfo: '',
    contactName: '',
    validFrom: validFrom ?? validUntil ?? '',
    validUntil: validUntil ?? validFrom ?? '',
    validityNote: (values.validityNote ?? '').trim(),
    tips: (values.tips ?? '').trim(),
    reservationRequired: on(values, 'reservationRequired'),
    discountType,
    percent: discountType === 'PERCENT' && (values.percent ?? '').trim() !== '' && Number.isFinite(percent) ? percent : null,
    usage: choice('usage', ['ONCE', 'REPEATED'] as const, 'REPEATED'),
    tariffs: discountType === 'TARIFFS' ? readableBands(values) : [],
  };
}

/** Only our own media route or an https URL is shown (the value comes back from a form). */
const safePhotoSrc = (src: string | undefined) => (src && /^(\/api\/media\/|https:\/\/)/.test(src) ? src : '');

/** A photo uploaded in this form and not saved yet (the hidden fields of PhotoUpload). */
export function uploadedPhoto(values: Values): { id: string; sources: PhotoSources } | null {
  const src = safePhotoSrc(values.photoSrc);
  return values.photoId && src ? { id: values.photoId, sources: { src, webpSrcSet: '', jpegSrcSet: '', width: 1600, height: 900 } } : null;
}

/** The photo the save would attach: a new upload first, else the kept one, else none (as saveOffer decides). */
function previewPhoto(values: Values, photos: PreviewContext['photos']): { id: string; sources: PhotoSources } | null {
  const kept = values.keepPhoto ? photos[values.keepPhoto] : undefined;
  return uploadedPhoto(values) ?? (kept ? { id: values.keepPhoto!, sources: kept } : null);
}

/** The offer page for the form's values, as the editor has typed them so far. */
export function previewView(
  values: Values,
  { kind, organisationName, photos, saved, locations = [], locale = 'nl' }: PreviewContext,
): OfferView {
  const photo = previewPhoto(values, photos);
  const content = listingContent(values, photo?.id ?? null, locations);
  const details = kind === 'DISCOUNT_ACTION' ? discountDetails(values, saved) : null;
  // Without any date yet (cannot happen with a saved action), the terms are left out rather than wrong.
  const withDiscount: OfferContent | DiscountContent = details && details.validFrom ? { ...content, discount: details } : content;
  return offerView(kind, withDiscount, organisationName, photo?.sources ?? null, locations, locale);
}
