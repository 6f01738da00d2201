'use server';

import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import type { FormState } from '@/lib/forms';
import { acceptAnswer } from '@/lib/accounts/invitation-answers';
import { invitationListActions, listRefusalTexts } from '@/lib/accounts/invitation-actions';
import { kickMailer } from '@/lib/mail/sender';
import { INVITATION_SECRET_FIELDS, acceptInvitationSchema, colleagueSchema } from './schema';
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

const refusals: Record<ColleagueRefusal, string> = listRefusalTexts(t);

const list = invitationListActions({
  access: 'PARTNER_ADMIN',
  page: PAGE,
  refusals,
  texts: t,
  invite: inviteColleague,
  revoke: revokeInvitation,
  setRole: setColleagueRole,
  demotedHome: '/partner',
});
export const inviteColleagueAction = list.invite;
export const revokeInvitationAction = list.revoke;
export const setColleagueRoleAction = list.setRole;

export const removeColleagueAction = formAction('PARTNER_ADMIN', colleagueSchema, async ({ userId }, { user, values }) =>
  list.answer(await removeColleague(user, userId), values, (result) => {
    after(kickMailer);
    // Removing oneself (there is another beheerder) ends this session too.
    if (result.self) redirect('/inloggen');
    // The colleague leaves the list, and its form with it: the page says it is done.
    redirect(`${PAGE}?verwijderd=1`);
  }),
);

export const acceptInvitationAction = formAction(
  'public',
  acceptInvitationSchema,
  async (input, { values }): Promise<FormState> => {
    return acceptAnswer(await acceptInvitation(input), values, t.emailTaken);
  },
  { secret: INVITATION_SECRET_FIELDS },
);
