'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { fail, type FormState } from '@/lib/forms';
import { sendJob } from '@/lib/jobs/send';
import { kickMailer } from '@/lib/mail/sender';
import { refreshPublicPages } from '@/lib/offers/public';
import {
  applyLocationRequest,
  proposeLocationChange,
  rejectLocationRequest,
  type DecideResult,
  type ProposeResult,
} from './change-request';
import { applyLocationSchema, locationFormSchema, rejectLocationSchema, removeLocationSchema } from './schema';

// The partner's Locaties page and the editors' partner page (issue 20): the beheerder proposes
// ('PARTNER_ADMIN': a medewerker, an editor or a stranger is refused before anything is parsed), an
// editor applies or refuses ('EDITOR'). The services check again.

const t = nl.locations;

const PROPOSE_REFUSALS: Record<Extract<ProposeResult, { ok: false }>['reason'], string> = {
  forbidden: nl.app.noAccess,
  'not-found': t.refusals.notFound,
  unchanged: t.refusals.unchanged,
  first: t.refusals.first,
  'too-many': t.refusals.tooMany,
  inactive: t.refusals.closed,
};

const SENT = '/partner/locaties?voorgesteld=1';

/** "Locatie toevoegen" (no locationId) and "Wijzigen" (its id): a proposal to the editors. */
export const proposeLocationAction = formAction(
  'PARTNER_ADMIN',
  locationFormSchema,
  async (input, { user, values }): Promise<FormState> => {
    const { locationId, ...location } = input;
    const result = await proposeLocationChange(user, locationId ? { kind: 'CHANGE', locationId, location } : { kind: 'ADD', location });
    if (!result.ok) return fail(values, PROPOSE_REFUSALS[result.reason]);
    after(kickMailer);
    revalidatePath('/partner/locaties');
    revalidatePath('/redactie', 'layout');
    redirect(SENT);
  },
);

/** "Verwijderen": a proposal to remove a location other than the first. */
export const removeLocationAction = formAction(
  'PARTNER_ADMIN',
  removeLocationSchema,
  async (input, { user, values }): Promise<FormState> => {
    const result = await proposeLocationChange(user, { kind: 'REMOVE', locationId: input.locationId });
    if (!result.ok) return fail(values, PROPOSE_REFUSALS[result.reason]);
    after(kickMailer);
    revalidatePath('/partner/locaties');
    revalidatePath('/redactie', 'layout');
    redirect(SENT);
  },
);

const DECIDE_REFUSALS: Record<Extract<DecideResult, { ok: false }>['reason'], string> = {
  forbidden: nl.app.noAccess,
  gone: t.editor.gone,
  'location-gone': t.editor.locationGone,
};

/** "Toepassen": the location is written; its coordinates are looked up right after. */
export const applyLocationRequestAction = formAction(
  'EDITOR',
  applyLocationSchema,
  async ({ requestId }, { user, values }): Promise<FormState> => {
    const result = await applyLocationRequest(user, requestId);
    if (!result.ok) return fail(values, DECIDE_REFUSALS[result.reason]);
    after(kickMailer);
    if (result.geocode) after(() => sendJob('geocode'));
    if (result.slugs.length) await refreshPublicPages(...result.slugs);
    revalidatePath(`/redactie/partners/${result.organisationId}`);
    // The request leaves the page with its form: the page says what was done.
    redirect(`/redactie/partners/${result.organisationId}?locatie=toegepast#locations-title`);
  },
);

/** "Afwijzen", with the reason the partner is mailed. */
export const rejectLocationRequestAction = formAction(
  'EDITOR',
  rejectLocationSchema,
  async ({ requestId, reason }, { user, values }): Promise<FormState> => {
    const result = await rejectLocationRequest(user, requestId, reason);
    if (!result.ok) return fail(values, DECIDE_REFUSALS[result.reason]);
    after(kickMailer);
    revalidatePath(`/redactie/partners/${result.organisationId}`);
    redirect(`/redactie/partners/${result.organisationId}?locatie=afgewezen#locations-title`);
  },
);
