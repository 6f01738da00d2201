'use server';

import { redirect } from 'next/navigation';
import { nl } from '@/lib/i18n/nl';
import { formAction } from '@/lib/auth/action';
import type { FormState } from '@/lib/forms';
import { acceptAnswer } from '@/lib/accounts/invitation-answers';
import { invitationListActions, listRefusalTexts } from '@/lib/accounts/invitation-actions';
import { INVITATION_SECRET_FIELDS, acceptInvitationSchema, disableSchema, editorSchema } from './schema';
import {
  acceptEditorInvitation,
  disableEditor,
  enableEditor,
  inviteEditor,
  revokeEditorInvitation,
  setEditorRole,
  type EditorRefusal,
} from './accounts';

// The editors' beheerder's actions (issue 18): 'EDITOR_ADMIN', so any other editor, and a partner,
// is refused before anything is parsed; the services check again under their lock. And the invited
// editor's "Account aanmaken" from the link (public: the link's token is the proof).

const t = nl.editors;
const PAGE = '/redactie/beheer/redacteuren';

const refusals: Record<EditorRefusal, string> = {
  ...listRefusalTexts(t),
  self: t.self,
  demo: t.demoRefused,
  stale: t.stale,
};

const list = invitationListActions({
  access: 'EDITOR_ADMIN',
  page: PAGE,
  refusals,
  texts: t,
  invite: inviteEditor,
  revoke: revokeEditorInvitation,
  setRole: setEditorRole,
  demotedHome: '/redactie',
});
export const inviteEditorAction = list.invite;
export const revokeEditorInvitationAction = list.revoke;
export const setEditorRoleAction = list.setRole;

export const disableEditorAction = formAction('EDITOR_ADMIN', disableSchema, async ({ userId, reason }, { user, values }) =>
  // The row's form gives way to "Weer inschakelen", and its answer with it: the page says it is done.
  list.answer(await disableEditor(user, userId, reason), values, () => redirect(`${PAGE}?uitgeschakeld=${encodeURIComponent(userId)}`)),
);

export const enableEditorAction = formAction('EDITOR_ADMIN', editorSchema, async ({ userId }, { user, values }) =>
  list.answer(await enableEditor(user, userId), values, () => redirect(`${PAGE}?ingeschakeld=${encodeURIComponent(userId)}`)),
);

export const acceptEditorInvitationAction = formAction(
  'public',
  acceptInvitationSchema,
  async (input, { values }): Promise<FormState> => {
    return acceptAnswer(await acceptEditorInvitation(input), values, t.emailTaken);
  },
  { secret: INVITATION_SECRET_FIELDS },
);
