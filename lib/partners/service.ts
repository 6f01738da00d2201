import { createElement } from 'react';
import { syncMainLocation } from '@/lib/locations/queries';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import type { PortalLocale } from '@/lib/i18n/locales';
import { audit } from '@/lib/audit';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import { mailsToEditors } from '@/lib/mail/recipients';
import type { SessionUser } from '@/lib/accounts/service';
import { orgName } from './names';
import PartnerTypeChanged from '@/emails/PartnerTypeChanged';
import PartnerTypeRequested from '@/emails/PartnerTypeRequested';
import type { FieldErrors } from '@/lib/forms';
import { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/accounts/passwords';
import { notifyExistingAccount, prepareConfirmationMail } from '@/lib/accounts/service';
import { storeToken } from '@/lib/accounts/tokens';
import type { ContactInput, PostalAddressInput, RegistrationInput } from './schema';
import { TERMS_VERSION } from './terms';
import { claimedPhoto } from '@/lib/photos/service';
import { isOrgAdmin } from '@/lib/auth/roles';
import { deleteRefusedRegistration, refusedRegistrations, type RefusedRegistration } from './reject';

/** The photo's claim did not hold (expired, already used, or not the uploader's): nothing is saved. */
class PhotoClaimError extends Error {}

export type RegisterResult =
  | { ok: true; userId: string; organisationId: string }
  /** The address already had an account: nothing was created, that address got a mail instead. */
  | { ok: true; existingAccount: true }
  | { ok: false; fieldErrors: FieldErrors };

/**
 * What is already taken. A taken e-mail address is not a field error: the form must not tell
 * anyone who has an account (the address's owner gets a mail instead). Usernames are chosen, not
 * private; KvK numbers are public.
 */
async function duplicates(
  input: Pick<RegistrationInput, 'email' | 'username' | 'kvkNumber'>,
): Promise<{ fieldErrors: FieldErrors; emailTaken: boolean }> {
  // A refused registration's are free (issue 18): the new one replaces it.
  const notRefused = { NOT: { organisation: { is: { status: 'REJECTED' as const } } } };
  const [email, username, kvk] = await Promise.all([
    prisma.user.findFirst({ where: { email: input.email, ...notRefused }, select: { id: true } }),
    prisma.user.findFirst({ where: { username: input.username, ...notRefused }, select: { id: true } }),
    prisma.organisation.findFirst({ where: { kvkNumber: input.kvkNumber, status: { not: 'REJECTED' } }, select: { id: true } }),
  ]);
  const fieldErrors: FieldErrors = {};
  if (username) fieldErrors.username = [nl.validation.usernameTaken];
  if (kvk) fieldErrors.kvkNumber = [nl.validation.kvkTaken];
  return { fieldErrors, emailTaken: email !== null };
}

/** The answer to a registration whose e-mail address has an account: the same as a new one, and about as slow. */
async function answerExistingAccount(input: RegistrationInput): Promise<RegisterResult> {
  await hashPassword(input.password);
  await notifyExistingAccount(input.email);
  return { ok: true, existingAccount: true };
}

/**
 * An unconfirmed registration whose confirmation link has expired no longer holds its e-mail
 * address, username or KvK number: otherwise anyone could block a company's KvK number for good
 * by registering it with a throwaway address.
 */
async function releaseStaleRegistrations(input: Pick<RegistrationInput, 'email' | 'username' | 'kvkNumber'>, now: Date) {
  const stale = await prisma.user.findMany({
    where: {
      emailConfirmedAt: null,
      OR: [{ email: input.email }, { username: input.username }, { organisation: { kvkNumber: input.kvkNumber } }],
      // A refused registration is replaced whole by the new one (issue 18), with an audit entry of its own.
      NOT: { organisation: { is: { status: 'REJECTED' } } },
      tokens: { none: { purpose: 'CONFIRM_EMAIL', usedAt: null, expiresAt: { gt: now } } },
    },
    select: { id: true, organisationId: true },
  });
  if (!stale.length) return;
  await prisma.$transaction(async (tx) => {
    for (const user of stale) {
      await tx.user.delete({ where: { id: user.id } });
      if (user.organisationId) {
        await tx.organisation.deleteMany({ where: { id: user.organisationId, status: 'REGISTERED', users: { none: {} } } });
      }
      await audit(tx, null, 'partner.registration-expired', ['User', user.id]);
    }
  });
}

/** The organisation's postal columns: all null when the postal address is the visiting address. */
function postalColumns(input: Omit<PostalAddressInput, 'version'>) {
  const own = input.differentPostalAddress;
  return {
    postalStreet: own ? input.postalStreet : null,
    postalHouseNumber: own ? input.postalHouseNumber : null,
    postalAddition: own ? input.postalAddition : null,
    postalPostcode: own ? input.postalPostcode : null,
    postalCity: own ? input.postalCity : null,
  };
}

/**
 * Registers a partner: organisation + user (unconfirmed) + confirmation token + mail, in one
 * transaction. The accepted terms version and moment are stored.
 */
/** `locale`: the language the registration page was in; the account's portal and mails keep it (issue 21). */
export async function registerPartner(input: RegistrationInput, now = new Date(), locale: PortalLocale = 'nl'): Promise<RegisterResult> {
  await releaseStaleRegistrations(input, now);
  const taken = await duplicates(input);
  if (Object.keys(taken.fieldErrors).length) return { ok: false, fieldErrors: taken.fieldErrors };
  if (taken.emailTaken) return answerExistingAccount(input);

  const passwordHash = await hashPassword(input.password);
  const { token, mail } = await prepareConfirmationMail({ ...input, locale }, orgName(input));
  const refused = await refusedRegistrations(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const photo = input.photoId ? await claimedPhoto(tx, { id: input.photoId, claim: input.photoClaim }) : null;
      if (input.photoId && !photo) throw new PhotoClaimError();
      // Registering anew after a refusal (issue 18, ADR 0026): the refused registration goes, and the
      // editors see on the new one that, when and why an earlier one was refused. One replaced at this
      // moment by another registration is skipped; the unique columns then settle who was first.
      const replaced: RefusedRegistration[] = [];
      for (const old of refused) if (await deleteRefusedRegistration(tx, old.id)) replaced.push(old);
      const previous = replaced[0];
      const organisation = await tx.organisation.create({
        data: {
          previousRejection: previous
            ? {
                rejectedAt: (previous.rejectedAt ?? now).toISOString(),
                reason: previous.rejectedReason ?? '',
                byName: previous.rejectedByName ?? '',
              }
            : undefined,
          legalName: input.legalName,
          displayName: input.displayName || null,
          kvkNumber: input.kvkNumber,
          visitStreet: input.visitStreet,
          visitHouseNumber: input.visitHouseNumber,
          visitAddition: input.visitAddition,
          visitPostcode: input.visitPostcode,
          visitCity: input.visitCity,
          ...postalColumns(input),
          description: input.description,
          partnerType: input.partnerType,
          category: input.category,
          termsVersion: TERMS_VERSION,
          termsAcceptedAt: now,
          photoId: photo?.id ?? null,
        },
      });
      // Its first location is the visiting address (issue 20); the geocode job finds its coordinates.
      await syncMainLocation(tx, organisation.id);
      const user = await tx.user.create({
        data: {
          email: input.email,
          username: input.username,
          passwordHash,
          role: 'PARTNER',
          // The registering user is the organisation's first beheerder.
          orgRole: 'ADMIN',
          name: input.name,
          gender: input.gender,
          phone: input.phone,
          organisationId: organisation.id,
          locale,
        },
      });
      await storeToken(tx, user.id, 'CONFIRM_EMAIL', token, now);
      await audit(tx, user.id, 'partner.registered', ['Organisation', organisation.id], {
        termsVersion: TERMS_VERSION,
        partnerType: input.partnerType,
      });
      for (const old of replaced) {
        await audit(tx, user.id, 'partner.registration-replaced', ['Organisation', old.id], {
          replacedBy: organisation.id,
          rejectedAt: old.rejectedAt?.toISOString() ?? null,
          reason: old.rejectedReason,
        });
      }
      // Its organisation's record lists it (issue 18): the id exists only from here.
      await enqueueMail(tx, { ...mail, organisationId: organisation.id });
      return { ok: true as const, userId: user.id, organisationId: organisation.id };
    });
  } catch (error) {
    if (error instanceof PhotoClaimError) return { ok: false, fieldErrors: { photo: [nl.photo.errors.claim] } };
    // Two registrations with the same e-mail, username or KvK number at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const again = await duplicates(input);
      if (Object.keys(again.fieldErrors).length) return { ok: false, fieldErrors: again.fieldErrors };
      if (again.emailTaken) return answerExistingAccount(input);
    }
    throw error;
  }
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'stale' };

/** The partner's contact person updates their own name and phone number. */
export async function updateOwnContact(userId: string, organisationId: string, input: ContactInput): Promise<UpdateResult> {
  return prisma.$transaction(async (tx) => {
    // Optimistic concurrency on the organisation's version: a stale form is refused, nothing is lost.
    const bumped = await tx.organisation.updateMany({
      where: { id: organisationId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1) return { ok: false, reason: 'stale' } as const;
    await tx.user.update({ where: { id: userId, organisationId }, data: { name: input.name, phone: input.phone } });
    await audit(tx, userId, 'partner.contact-updated', ['User', userId], { name: input.name });
    return { ok: true } as const;
  });
}

export type OrganisationUpdateResult = { ok: true } | { ok: false; reason: 'forbidden' | 'stale' };

/**
 * The beheerder sets the organisation's postal address: the visiting address (every postal column
 * null, as a registration without one) or another address. Refused for a medewerker and for a form
 * older than the organisation's version.
 */
export async function updatePostalAddress(actor: SessionUser, input: PostalAddressInput): Promise<OrganisationUpdateResult> {
  if (!isOrgAdmin(actor)) return { ok: false, reason: 'forbidden' };
  const postal = postalColumns(input);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.organisation.updateMany({
      where: { id: actor.organisationId, version: input.version },
      data: { ...postal, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false, reason: 'stale' } as const;
    await audit(tx, actor.id, 'organisation.postal-address-updated', ['Organisation', actor.organisationId], { ...postal, by: actor.name });
    return { ok: true } as const;
  });
}

export type PartnerTypeResult = { ok: true } | { ok: false; reason: 'not-allowed' | 'not-found' };

/**
 * A credit-only partner asks to give discounts too (credit only → both). The editors decide: they
 * see the request in their work queue and get a mail. Asking twice changes nothing.
 */
export async function requestDiscounts(actor: SessionUser): Promise<PartnerTypeResult> {
  const { organisationId } = actor;
  if (!isOrgAdmin(actor) || !organisationId) return { ok: false, reason: 'not-allowed' };
  const org = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { partnerType: true, requestedPartnerType: true, legalName: true, displayName: true },
  });
  if (!org || org.partnerType !== 'CREDIT') return { ok: false, reason: 'not-allowed' };
  if (org.requestedPartnerType) return { ok: true };
  const name = orgName(org);
  const mails = await mailsToEditors((s) => s.partnerTypeRequested(name), PartnerTypeRequested, {
    organisation: name,
    url: appUrl('/redactie'),
  });
  return prisma.$transaction(async (tx) => {
    const asked = await tx.organisation.updateMany({
      where: { id: organisationId, partnerType: 'CREDIT', requestedPartnerType: null },
      data: { requestedPartnerType: 'BOTH', partnerTypeRequestedAt: new Date() },
    });
    if (asked.count !== 1) return { ok: true } as const; // asked at the same moment in another tab
    await audit(tx, actor.id, 'partner.type-requested', ['Organisation', organisationId], { from: 'CREDIT', to: 'BOTH' });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}

/** An editor grants the request: the organisation becomes the requested type, its users are told. */
export async function grantPartnerType(actor: SessionUser, organisationId: string): Promise<PartnerTypeResult> {
  if (actor.role !== 'EDITOR') return { ok: false, reason: 'not-allowed' };
  const org = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { requestedPartnerType: true, partnerType: true, users: { select: { name: true, email: true } } },
  });
  if (!org?.requestedPartnerType) return { ok: false, reason: 'not-found' };
  const to = org.requestedPartnerType;
  const mails = await Promise.all(
    org.users.map((u) =>
      prepareMail(u.email, (s) => s.partnerTypeChanged, createElement(PartnerTypeChanged, { name: u.name, url: appUrl('/partner') })),
    ),
  );
  return prisma.$transaction(async (tx) => {
    const changed = await tx.organisation.updateMany({
      where: { id: organisationId, requestedPartnerType: to },
      data: { partnerType: to, requestedPartnerType: null, partnerTypeRequestedAt: null, version: { increment: 1 } },
    });
    if (changed.count !== 1) return { ok: false, reason: 'not-found' } as const;
    await audit(tx, actor.id, 'partner.type-changed', ['Organisation', organisationId], { from: org.partnerType, to });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}
