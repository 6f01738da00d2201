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
  disableSchema,
  editorRoleSchema,
  editorSchema,
  invitationSchema,
  inviteSchema,
} from './schema';
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
  forbidden: nl.app.noAccess,
  gone: t.gone,
  'email-taken': t.emailTaken,
  'already-invited': t.alreadyInvited,
  'too-many': t.tooMany,
  'last-admin': t.lastAdmin,
  self: t.self,
  demo: t.demoRefused,
  stale: t.stale,
};

const refusedEditor = (values: Record<string, string>, reason: EditorRefusal) => refusedInvitation(values, reason, refusals);

export const inviteEditorAction = formAction('EDITOR_ADMIN', inviteSchema, async (input, { user, values }): Promise<FormState> => {
  const result = await inviteEditor(user, input);
  if (!result.ok) return refusedEditor(values, result.reason);
  after(kickMailer);
  revalidatePath(PAGE);
  return done({}, t.invited(result.email));
});

export const revokeEditorInvitationAction = formAction(
  'EDITOR_ADMIN',
  invitationSchema,
  async ({ invitationId }, { user, values }): Promise<FormState> => {
    const result = await revokeEditorInvitation(user, invitationId);
    if (!result.ok) return refusedEditor(values, result.reason);
    revalidatePath(PAGE);
    // The invitation leaves the list, and its form with it: the page says it is done.
    redirect(`${PAGE}?ingetrokken=1`);
  },
);

export const setEditorRoleAction = formAction(
  'EDITOR_ADMIN',
  editorRoleSchema,
  async ({ userId, orgRole }, { user, values }): Promise<FormState> => {
    const result = await setEditorRole(user, userId, orgRole);
    if (!result.ok) return refusedEditor(values, result.reason);
    revalidatePath(PAGE);
    // A beheerder who made themselves redacteur has no page here any more.
    if (result.self && orgRole !== 'ADMIN') redirect('/redactie');
    return done({}, t.roleChanged(result.name, t.roles[orgRole]));
  },
);

export const disableEditorAction = formAction(
  'EDITOR_ADMIN',
  disableSchema,
  async ({ userId, reason }, { user, values }): Promise<FormState> => {
    const result = await disableEditor(user, userId, reason);
    if (!result.ok) return refusedEditor(values, result.reason);
    revalidatePath(PAGE);
    // The row's form gives way to "Weer inschakelen", and its answer with it: the page says it is done.
    redirect(`${PAGE}?uitgeschakeld=${encodeURIComponent(userId)}`);
  },
);

export const enableEditorAction = formAction('EDITOR_ADMIN', editorSchema, async ({ userId }, { user, values }): Promise<FormState> => {
  const result = await enableEditor(user, userId);
  if (!result.ok) return refusedEditor(values, result.reason);
  revalidatePath(PAGE);
  redirect(`${PAGE}?ingeschakeld=${encodeURIComponent(userId)}`);
});

export const acceptEditorInvitationAction = formAction(
  'public',
  acceptInvitationSchema,
  async (input, { values }): Promise<FormState> => {
    return acceptAnswer(await acceptEditorInvitation(input), values, t.emailTaken);
  },
  { secret: INVITATION_SECRET_FIELDS },
);
