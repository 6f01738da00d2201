'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import { done, type FormState } from '@/lib/forms';
import { acceptAnswer, refusedInvitation } from '@/lib/accounts/invitation-answers';
import { kickMailer } from '@/lib/mail/sender';
import {
  INVITATION_SECRET_FIELDS,
  acceptInvitationSchema,
  colleagueRoleSchema,
  colleagueSchema,
  invitationSchema,
  inviteSchema,
} from './schema';
import {
  acceptInvitation,
  inviteColleague,
  removeColleague,
  revokeInvitation,
  setColleagueRole,
  type ColleagueRefusal,
} from './colleagues';

// "Collega's" (issue 17): the beheerder's actions ('PARTNER_ADMIN': a medewerker is refused before
// anything is parsed) and the invited colleague's "Account aanmaken" from the link (public: the
// link's token is the proof).

const t = nl.colleagues;
const PAGE = '/partner/collegas';

const refusals: Record<ColleagueRefusal, string> = {
  forbidden: nl.app.noAccess,
  gone: t.gone,
  'email-taken': t.emailTaken,
  'already-invited': t.alreadyInvited,
  'too-many': t.tooMany,
  'last-admin': t.lastAdmin,
};

const refusedColleague = (values: Record<string, string>, reason: ColleagueRefusal) => refusedInvitation(values, reason, refusals);

export const inviteColleagueAction = formAction('PARTNER_ADMIN', inviteSchema, async (input, { user, values }): Promise<FormState> => {
  const result = await inviteColleague(user, input);
  if (!result.ok) return refusedColleague(values, result.reason);
  after(kickMailer);
  revalidatePath(PAGE);
  return done({}, t.invited(result.email));
});

export const revokeInvitationAction = formAction(
  'PARTNER_ADMIN',
  invitationSchema,
  async ({ invitationId }, { user, values }): Promise<FormState> => {
    const result = await revokeInvitation(user, invitationId);
    if (!result.ok) return refusedColleague(values, result.reason);
    revalidatePath(PAGE);
    // The invitation leaves the list, and its form with it: the page says it is done.
    redirect(`${PAGE}?ingetrokken=1`);
  },
);

export const setColleagueRoleAction = formAction(
  'PARTNER_ADMIN',
  colleagueRoleSchema,
  async ({ userId, orgRole }, { user, values }): Promise<FormState> => {
    const result = await setColleagueRole(user, userId, orgRole);
    if (!result.ok) return refusedColleague(values, result.reason);
    revalidatePath(PAGE);
    // A beheerder who made themselves medewerker has no page here any more.
    if (userId === user.id && orgRole !== 'ADMIN') redirect('/partner');
    return done({}, t.roleChanged(result.name, t.roles[orgRole]));
  },
);

export const removeColleagueAction = formAction(
  'PARTNER_ADMIN',
  colleagueSchema,
  async ({ userId }, { user, values }): Promise<FormState> => {
    const result = await removeColleague(user, userId);
    if (!result.ok) return refusedColleague(values, result.reason);
    after(kickMailer);
    revalidatePath(PAGE);
    // Removing oneself (there is another beheerder) ends this session too.
    if (result.self) redirect('/inloggen');
    // The colleague leaves the list, and its form with it: the page says it is done.
    redirect(`${PAGE}?verwijderd=1`);
  },
);

export const acceptInvitationAction = formAction(
  'public',
  acceptInvitationSchema,
  async (input, { values }): Promise<FormState> => {
    return acceptAnswer(await acceptInvitation(input), values, t.emailTaken);
  },
  { secret: INVITATION_SECRET_FIELDS },
);
