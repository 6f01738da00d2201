import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { checkbox, idField, photoFields, versionField } from '@/lib/forms';
import { CATEGORY_SLUGS } from './categories';
import { TERMS_VERSION } from './terms';

// The registration form's rules: used by the form in the browser (instant feedback) and by the
// server action (the truth). Messages come from lib/i18n/nl.ts.
const v = nl.validation;

export const DESCRIPTION_MAX = 500;
export const PASSWORD_MIN = 12;

const text = (message: string, max = 200) => z.string({ error: message }).trim().min(1, message).max(max, nl.validation.tooLong(max));

const optionalText = (max: number, message = nl.validation.tooLong(max)) => z.string().trim().max(max, message).optional().default('');

/** "3311ab" / "3311 AB" → "3311 AB". Dutch postcodes never start with 0 and never end in SA, SD or SS. */
export const postcode = z
  .string({ error: v.postcode })
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/, v.postcode))
  .transform((s) => `${s.slice(0, 4)} ${s.slice(4)}`);

export const kvkNumber = z
  .string({ error: v.kvkNumber })
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^[0-9]{8}$/, v.kvkNumber));

/** Dutch phone number: 10 digits starting with 0, or +31/0031 followed by 9 digits. Stored as 0XXXXXXXXX. */
export const phone = z
  .string({ error: v.phone })
  .transform((s) => s.replace(/[\s()./-]/g, ''))
  .transform((s) => s.replace(/^(\+31|0031)/, '0'))
  .pipe(z.string().regex(/^0[1-9][0-9]{8}$/, v.phone));

export const email = z.string({ error: v.email }).trim().toLowerCase().pipe(z.email(v.email).max(254, v.email));

export const username = z
  .string({ error: v.username })
  .trim()
  .toLowerCase()
  .pipe(z.string().regex(/^[a-z0-9._-]{3,40}$/, v.username));

export const password = z.string({ error: v.password }).min(PASSWORD_MIN, v.password).max(200, v.passwordTooLong);

/** A house number (1 to 99999): digits only, no leading zero; an addition goes in its own field. */
export const HOUSE_NUMBER = /^[1-9][0-9]{0,4}$/;
export const houseNumber = z.string({ error: v.houseNumber }).trim().regex(HOUSE_NUMBER, v.houseNumber);

/**
 * A postal address that differs from the visiting one (registration, and the beheerder on Home):
 * its fields count only when `differentPostalAddress` is ticked; then postalIssues checks them.
 */
const postalFields = {
  differentPostalAddress: checkbox,
  postalStreet: optionalText(200),
  postalHouseNumber: optionalText(10),
  postalAddition: optionalText(10, v.addition),
  postalPostcode: z.string().optional().default(''),
  postalCity: optionalText(100),
};
type PostalData = Partial<z.output<z.ZodObject<typeof postalFields>>>;

function postalIssues(data: PostalData, issue: (path: string, message: string) => void) {
  if (!data.differentPostalAddress) return;
  if (!data.postalStreet) issue('postalStreet', v.postalStreet);
  if (!HOUSE_NUMBER.test(data.postalHouseNumber ?? '')) issue('postalHouseNumber', v.houseNumber);
  if (!postcode.safeParse(data.postalPostcode).success) issue('postalPostcode', v.postcode);
  if (!data.postalCity) issue('postalCity', v.city);
}

/** "3300aa" → "3300 AA" for a different postal address; '' when it is the visiting address. */
const postalPostcode = (data: PostalData) => (data.differentPostalAddress ? postcode.parse(data.postalPostcode) : '');

/**
 * A password that contains the username or the e-mail name is easy to guess. Parts shorter than 4
 * characters are left out: "a@…" must not forbid every password with an "a".
 */
export function looksPersonal(password: string, account: { username?: string; email?: string }): boolean {
  const lowered = password.toLowerCase();
  const personal = [account.username, account.email?.split('@')[0]]
    .map((p) => p?.toLowerCase())
    .filter((p): p is string => Boolean(p && p.length >= 4));
  return lowered.length >= PASSWORD_MIN && personal.some((p) => lowered.includes(p));
}

/** A new password, typed twice (registration, "Wachtwoord wijzigen"). */
export const newPasswordFields = { password, passwordRepeat: z.string().optional().default('') };

/** A new password's rules beyond its length: typed twice alike, and not like the account's username or e-mail name. */
export function newPasswordIssues(
  data: { password?: string; passwordRepeat?: string },
  account: { username?: string; email?: string },
  issue: (path: string, message: string) => void,
) {
  if (data.password && data.passwordRepeat !== data.password) issue('passwordRepeat', v.passwordRepeat);
  if (looksPersonal(data.password ?? '', account)) issue('password', v.passwordLikeUsername);
}

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED'] as const;
export const PARTNER_TYPES = ['BOTH', 'CREDIT', 'DISCOUNT'] as const;

/** What pass holders see of an organisation: registered, and later changed through the editors. */
const publicFields = {
  showDisplayName: checkbox,
  displayName: optionalText(200),
  visitStreet: text(v.street),
  visitHouseNumber: houseNumber,
  visitAddition: optionalText(10, v.addition),
  visitPostcode: postcode,
  visitCity: text(v.city, 100),
  description: z.string({ error: v.descriptionRequired }).trim().min(1, v.descriptionRequired).max(DESCRIPTION_MAX, v.description),
  category: z.enum(CATEGORY_SLUGS, { error: v.category }),
};

export const registrationSchema = z
  .object({
    // 1. Bedrijfsgegevens
    legalName: text(v.legalName),
    showDisplayName: publicFields.showDisplayName,
    displayName: publicFields.displayName,
    kvkNumber,
    visitStreet: publicFields.visitStreet,
    visitHouseNumber: publicFields.visitHouseNumber,
    visitAddition: publicFields.visitAddition,
    visitPostcode: publicFields.visitPostcode,
    visitCity: publicFields.visitCity,
    ...postalFields,
    description: publicFields.description,
    // 2. Jouw gegevens
    name: text(v.name, 100),
    gender: z.enum(GENDERS, { error: v.gender }),
    phone,
    email,
    username,
    ...newPasswordFields,
    // 3. Soort partner, 4. foto toevoegen (soort aanbieder, foto)
    partnerType: z.enum(PARTNER_TYPES, { error: v.partnerType }),
    category: publicFields.category,
    ...photoFields,
    // 5. Registreren
    acceptTerms: checkbox.refine((b) => b, v.terms),
    termsVersion: z.string().optional().default(''),
  })
  .superRefine(
    (data, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (data.showDisplayName && !data.displayName) issue('displayName', v.displayName);
      postalIssues(data, issue);
      newPasswordIssues(data, data, issue);
      if (data.acceptTerms && data.termsVersion !== TERMS_VERSION) issue('acceptTerms', v.termsChanged);
    },
    // Also when another field is missing or not one of the choices: every error at once.
    { when: () => true },
  )
  .transform((data) => ({
    ...data,
    displayName: data.showDisplayName ? data.displayName : '',
    visitPostcode: data.visitPostcode,
    postalPostcode: postalPostcode(data),
  }));

export type RegistrationInput = z.infer<typeof registrationSchema>;

/** Cookie that tells the thank-you page which address the confirmation mail went to. */
export const REGISTERED_COOKIE = 'dordtpas_aangemeld';

/** Fields whose value is never sent back to the browser. */
export const REGISTRATION_SECRET_FIELDS = ['password', 'passwordRepeat'] as const;

/** Partner home: a new photo for the organisation, or (remove) none. */
export const photoSchema = z
  .object({ ...photoFields, remove: checkbox, version: versionField })
  .refine((data) => data.remove || data.photoId, { path: ['photo'], message: nl.photo.errors.nothingChosen });
export type PhotoInput = z.infer<typeof photoSchema>;

/** Partner home: the contact person's own details. */
export const contactSchema = z.object({
  name: text(v.name, 100),
  phone,
  version: versionField,
});
export type ContactInput = z.infer<typeof contactSchema>;

/** Partner home, the beheerder: the organisation's postal address, the same as the visiting address or another. */
export const postalAddressSchema = z
  .object({ ...postalFields, version: versionField })
  .superRefine((data, ctx) => postalIssues(data, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })), {
    when: () => true,
  })
  .transform((data) => ({ ...data, postalPostcode: postalPostcode(data) }));
export type PostalAddressInput = z.infer<typeof postalAddressSchema>;

export const ORG_ROLES = ['ADMIN', 'MEMBER'] as const;

/** "Collega uitnodigen" (issue 17). */
export const inviteSchema = z.object({
  name: text(v.name, 100),
  email,
  orgRole: z.enum(ORG_ROLES, { error: nl.validation.orgRole }).default('MEMBER'),
});
export type InviteInput = z.infer<typeof inviteSchema>;

/** "Account aanmaken" from an invitation's link: the colleague's own name, username and password. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: text(v.name, 100),
    phone: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), phone.optional()),
    username,
    password,
    passwordRepeat: z.string().optional().default(''),
  })
  .superRefine(
    (data, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (data.password && data.passwordRepeat !== data.password) issue('passwordRepeat', v.passwordRepeat);
      const lowered = (data.password ?? '').toLowerCase();
      if (data.username && data.username.length >= 4 && lowered.includes(data.username)) issue('password', v.passwordLikeUsername);
    },
    { when: () => true },
  );
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
export const INVITATION_SECRET_FIELDS = ['password', 'passwordRepeat', 'token'] as const;

export const colleagueSchema = z.object({ userId: idField });
export const colleagueRoleSchema = z.object({ userId: idField, orgRole: z.enum(ORG_ROLES, { error: nl.validation.orgRole }) });
export const invitationSchema = z.object({ invitationId: idField });

/**
 * "Gegevens voor pashouders wijzigen" (issue 17): the beheerder's change of what pass holders see,
 * a request to the editors (lib/partners/change-request.ts). The KvK number and legal name are fixed.
 */
export const organisationChangeSchema = z
  .object({ ...publicFields, version: versionField })
  .superRefine(
    (data, ctx) => {
      if (data.showDisplayName && !data.displayName) ctx.addIssue({ code: 'custom', path: ['displayName'], message: v.displayName });
    },
    { when: () => true },
  )
  .transform(({ showDisplayName, ...data }) => ({ ...data, displayName: showDisplayName ? data.displayName : '' }));
export type OrganisationChangeInput = z.infer<typeof organisationChangeSchema>;

/** "Samenwerking beëindigen" (ADR 0024): the beheerder ticks that they understand; the reason is theirs to give. */
export const closeSchema = z.object({
  confirm: checkbox.refine((ticked) => ticked, nl.close.confirmRequired),
  reason: optionalText(1000, nl.close.reasonTooLong),
});
export type CloseInput = z.infer<typeof closeSchema>;

// The editors' partner record (issue 18): deactivate and reactivate with a reason, internal notes.
const r = nl.record;
export const deactivateSchema = z.object({
  organisationId: idField,
  version: versionField,
  confirm: checkbox.refine((ticked) => ticked, r.deactivate.confirmRequired),
  reason: z.string({ error: r.deactivate.reasonRequired }).trim().min(1, r.deactivate.reasonRequired).max(1000, r.deactivate.reasonTooLong),
});
export type DeactivateInput = z.infer<typeof deactivateSchema>;

export const reactivateSchema = z.object({
  organisationId: idField,
  version: versionField,
  reason: optionalText(1000, r.reactivate.reasonTooLong),
});
export type ReactivateInput = z.infer<typeof reactivateSchema>;

export const noteSchema = z.object({
  organisationId: idField,
  text: z.string({ error: r.notes.required }).trim().min(1, r.notes.required).max(2000, r.notes.tooLong),
});
export type NoteInput = z.infer<typeof noteSchema>;
