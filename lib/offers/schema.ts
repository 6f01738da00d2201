import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import {
  checkbox,
  fieldErrorsOf,
  idField,
  optionalIdField,
  photoFields,
  versionField,
  versionOrNewField,
  type FieldErrors,
} from '@/lib/forms';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { email, phone, postcode } from '@/lib/partners/schema';
import { checkChoice, choiceMode, choiceValues, tickedIds, type ChoosableLocation } from '@/lib/locations/choice';
import type { OfferLocations } from '@/lib/locations/resolve';
import { PREFIXED_LOCALES, type PrefixedLocale } from '@/lib/i18n/locales';

// The editors' form for a credit listing ("inschrijving tegoeden"): what pass holders will read.
const v = nl.offer.validation;

export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** The visiting address of an offer (also the discount wizard's contact step). */
export const addressFields = {
  street: z.string({ error: nl.validation.street }).trim().min(1, nl.validation.street).max(200),
  houseNumber: z
    .string({ error: nl.validation.houseNumber })
    .trim()
    .regex(/^[1-9][0-9]{0,4}$/, nl.validation.houseNumber),
  addition: z.string().trim().max(10, nl.validation.addition).optional().default(''),
  postcode,
  city: z.string({ error: nl.validation.city }).trim().min(1, nl.validation.city).max(100),
};

const addressSchema = z.object(addressFields);
export type Address = z.infer<typeof addressSchema>;

/**
 * Where an offer is, as its form sends it: the choice of the partner's locations (a radio and a
 * checkbox per location, lib/locations/choice.ts), or — for a partner without locations, whose form
 * has no choice — the address typed. Checked together by `placeIsGiven`; the ids against the
 * partner's own locations on the server (`checkChoice`).
 */
// Its own limits are the address fields', checked only when it is typed (a chosen location's address is not read from the form).
const loose = z.string().trim().optional().default('');
export const placeFields = {
  locations: choiceMode,
  chosenLocations: z.array(z.string()).default([]),
  street: loose,
  houseNumber: loose,
  addition: loose,
  postcode: loose,
  city: loose,
};

type PlaceData = z.infer<z.ZodObject<typeof placeFields>>;

/** Something chosen; without a choice, a whole address (with the address fields' own messages). */
export function placeIsGiven(data: PlaceData, ctx: z.RefinementCtx) {
  if (data.locations === 'chosen' && !data.chosenLocations.length)
    ctx.addIssue({ code: 'custom', path: ['locations'], message: nl.offerLocations.noneChosen });
  if (data.locations) return;
  const typed = addressSchema.safeParse(data);
  if (!typed.success) for (const issue of typed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

/** The address typed, as the address fields store it (postcode "3311 AB"); as typed where it does not pass. */
export function typedAddress(data: Record<string, unknown>): Address {
  const typed = addressSchema.safeParse(data);
  if (typed.success) return typed.data;
  const s = (k: keyof Address) => String(data[k] ?? '').trim();
  return { street: s('street'), houseNumber: s('houseNumber'), addition: s('addition'), postcode: s('postcode'), city: s('city') };
}

/**
 * On the server, with the partner's own locations: where the content says the offer is — the
 * choice checked against them, or the address typed (a partner without locations; or a form that
 * sent no choice, as before locations: its page then shows the location at that address) — or the
 * errors next to the fields.
 */
export function placeOf(
  data: PlaceData,
  all: readonly ChoosableLocation[],
): { ok: true; place: Place } | { ok: false; errors: FieldErrors } {
  if (!all.length || !data.locations) {
    const typed = addressSchema.safeParse(data);
    return typed.success ? { ok: true, place: { address: typed.data } } : { ok: false, errors: fieldErrorsOf(typed.error) };
  }
  const checked = checkChoice({ mode: data.locations, ids: data.chosenLocations, address: data }, all);
  return checked.ok ? { ok: true, place: { address: checked.address, locations: checked.locations } } : checked;
}

/** The ticked locations (`location.<id>`) as one list, before the form's object drops those fields. */
export const withTicks = (raw: unknown) =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, chosenLocations: tickedIds(raw as Record<string, unknown>) } : raw;

/**
 * A website address, http(s) only. People type `fietsenmakerjansen.nl` or `www.…` as they read it
 * on a shop window: without a scheme it is taken as https:// and stored with it.
 */
export const website = z
  .string({ error: v.website })
  .trim()
  .transform((s) => (/^[a-z][a-z0-9+-]*:/i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: v.website }).max(300, v.website));

/** What pass holders read of a credit listing: the editors' form and the partner's change share these. */
const listingFields = {
  title: z.string({ error: v.title }).trim().min(3, v.title).max(80, v.title),
  body: z.string({ error: v.body }).trim().min(20, v.body).max(2000, v.body),
  category: z.enum(CATEGORY_SLUGS, { error: nl.validation.category }),
  ...placeFields,
  openingInfo: z.string().trim().max(500, v.openingInfo).optional().default(''),
  phone: optional(phone),
  email: optional(email),
  website: optional(website),
  showPhone: checkbox,
  showEmail: checkbox,
  showWebsite: checkbox,
};

type ListingFields = z.infer<z.ZodObject<typeof listingFields>>;

/**
 * The editors' translations of title and text (issue 21), one pair per language of the public site:
 * `title_en`, `body_en`, … Optional; a language's pair is given whole or not at all.
 */
export type TranslationField = `title_${PrefixedLocale}` | `body_${PrefixedLocale}`;
const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional().default('');
const translationFields = Object.fromEntries(
  PREFIXED_LOCALES.flatMap((l) => [
    [`title_${l}`, optionalText(80, v.title)],
    [`body_${l}`, optionalText(2000, v.body)],
  ]),
) as Record<TranslationField, ReturnType<typeof optionalText>>;
type TranslationValues = Partial<Record<TranslationField, string>>;

/** Title and text of a translation go together, each as long as the Dutch may be. */
function translationsAreWhole(data: TranslationValues, ctx: z.RefinementCtx) {
  for (const l of PREFIXED_LOCALES) {
    const title = data[`title_${l}`] ?? '';
    const body = data[`body_${l}`] ?? '';
    if (!title && !body) continue;
    const issue = (field: TranslationField, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (!title) issue(`title_${l}`, v.translationTitle);
    else if (title.length < 3) issue(`title_${l}`, v.title);
    if (!body) issue(`body_${l}`, v.translationBody);
    else if (body.length < 20) issue(`body_${l}`, v.body);
  }
}

/** A content's translations to keep in another content made from it (a partner's change): spread into it. */
export function keptTranslations(content: OfferContent): Pick<OfferContent, 'translations'> {
  return content.translations ? { translations: content.translations } : {};
}

/** The translations of a form, as content stores them; undefined without any. */
function translationsOf(form: TranslationValues): OfferTranslations | undefined {
  const out: OfferTranslations = {};
  for (const l of PREFIXED_LOCALES) {
    const title = form[`title_${l}`];
    const body = form[`body_${l}`];
    if (title && body) out[l] = { title, body };
  }
  return Object.keys(out).length ? out : undefined;
}

/** A contact detail shown to pass holders must be filled in. */
function shownAreFilled(data: ListingFields, ctx: z.RefinementCtx) {
  const need = (show: boolean, value: unknown, path: string, message: string) => {
    if (show && !value) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  need(data.showPhone, data.phone, 'phone', v.showWithoutPhone);
  need(data.showEmail, data.email, 'email', v.showWithoutEmail);
  need(data.showWebsite, data.website, 'website', v.showWithoutWebsite);
}

/** The editors' form's fields one by one (the live preview shows each as its schema stores it). */
export const listingFormShape = {
  ...listingFields,
  ...translationFields,
  ...photoFields,
  keepPhoto: optionalIdField,
  version: versionOrNewField,
  intent: z.enum(['save', 'send']).default('save'),
};

export const listingFormSchema = z.preprocess(
  withTicks,
  z
    .object(listingFormShape)
    .superRefine(shownAreFilled, { when: () => true })
    .superRefine(placeIsGiven, { when: () => true })
    .superRefine(translationsAreWhole, { when: () => true }),
);

/**
 * "Wijziging voorstellen" of a published credit listing (issue 17): the same fields, prefilled with
 * what is online, and a note for the editors. The photo stays the listing's; the editors change it.
 */
export const CHANGE_NOTE_MAX = 1000;
export const listingChangeSchema = z.preprocess(
  withTicks,
  z
    .object({
      ...listingFields,
      offerId: idField,
      version: versionField,
      note: z.string().trim().max(CHANGE_NOTE_MAX, nl.offer.change.noteTooLong).optional().default(''),
    })
    .superRefine(shownAreFilled, { when: () => true })
    .superRefine(placeIsGiven, { when: () => true }),
);

export type ListingChange = z.infer<typeof listingChangeSchema>;

export type ListingForm = z.infer<typeof listingFormSchema>;

/**
 * What is stored as an offer's content (and in each history entry): `Offer.content`,
 * `Offer.publishedContent` and `OfferEvent.content` of a credit listing, and the common part of a
 * discount action's (lib/discounts/content.ts). Read through lib/offers/content.ts, never cast. It
 * accepts what `contentFromForm`, `contentFromDraft` and the demo catalog write, not what the form
 * would accept today: a stored row is not checked against rules that changed after it was written.
 */
const translation = z.object({ title: z.string(), body: z.string() });

export const offerContentSchema = z.object({
  title: z.string(),
  body: z.string(),
  category: z.string(),
  address: z.object({ street: z.string(), houseNumber: z.string(), addition: z.string(), postcode: z.string(), city: z.string() }),
  openingInfo: z.string(),
  contact: z.object({
    phone: z.string(),
    email: z.string(),
    website: z.string(),
    showPhone: z.boolean(),
    showEmail: z.boolean(),
    showWebsite: z.boolean(),
  }),
  photoId: z.string().nullable(),
  /**
   * Where it applies (issue 20, lib/locations/resolve.ts): "all" of the partner's locations, also
   * those added later, or the chosen ones. Absent in content from before locations: then where its
   * `address` is.
   */
  locations: z.union([z.literal('all'), z.array(z.string().min(1).max(50)).min(1).max(50)]).optional(),
  /** The editors' translations of title and text (issue 21), by language; absent without any. */
  translations: z
    .object({
      en: translation.optional(),
      ar: translation.optional(),
      tr: translation.optional(),
      pl: translation.optional(),
      uk: translation.optional(),
    })
    .optional(),
});

export type OfferContent = z.infer<typeof offerContentSchema>;
export type OfferTranslations = NonNullable<OfferContent['translations']>;

/** Where the content says the offer is: its address, and the locations when the partner has them. */
export type Place = { address: Address; locations?: OfferLocations };

/**
 * The content of a form. `place` is what the server made of the location choice (`checkChoice`);
 * without it, the address typed (a partner without locations).
 */
export function contentFromForm(
  form: ListingFields & TranslationValues,
  photoId: string | null,
  place: Place = { address: typedAddress(form) },
): OfferContent {
  const translations = translationsOf(form);
  return {
    title: form.title,
    body: form.body,
    category: form.category,
    address: place.address,
    ...(place.locations ? { locations: place.locations } : {}),
    openingInfo: form.openingInfo,
    contact: {
      phone: form.phone ?? '',
      email: form.email ?? '',
      website: form.website ?? '',
      showPhone: form.showPhone,
      showEmail: form.showEmail,
      showWebsite: form.showWebsite,
    },
    photoId,
    ...(translations ? { translations } : {}),
  };
}

/** The form's fields for a stored content (to fill the editor's form). */
export function formValuesFromContent(c: OfferContent, version: number): Record<string, string> {
  const on = (b: boolean) => (b ? 'on' : '');
  return {
    title: c.title,
    body: c.body,
    category: c.category,
    street: c.address.street,
    houseNumber: c.address.houseNumber,
    addition: c.address.addition,
    postcode: c.address.postcode,
    city: c.address.city,
    openingInfo: c.openingInfo,
    phone: c.contact.phone,
    email: c.contact.email,
    website: c.contact.website,
    showPhone: on(c.contact.showPhone),
    showEmail: on(c.contact.showEmail),
    showWebsite: on(c.contact.showWebsite),
    keepPhoto: c.photoId ?? '',
    version: String(version),
    ...choiceValues(c.locations),
    ...Object.fromEntries(
      PREFIXED_LOCALES.flatMap((l) => [
        [`title_${l}`, c.translations?.[l]?.title ?? ''],
        [`body_${l}`, c.translations?.[l]?.body ?? ''],
      ]),
    ),
  };
}

/** A partner's reaction on a proposal ("Ik ga nog niet akkoord en wil reageren op de inhoud"). */
export const COMMENT_MAX = 2000;
export const commentSchema = z.object({
  offerId: idField,
  version: versionField,
  comment: z.string({ error: v.comment }).trim().min(5, v.comment).max(COMMENT_MAX, v.commentTooLong),
});

export const approveSchema = z.object({
  offerId: idField,
  version: versionField,
});

export const withdrawSchema = z.object({
  offerId: idField,
  reason: z.string({ error: v.reason }).trim().min(5, v.reason).max(1000, v.reason),
});
