import { redirect } from 'next/navigation';
import { nl } from '@/lib/i18n/nl';
import { after } from 'next/server';
import type { OrgRole } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/accounts/service';
import type { Access } from '@/lib/auth/roles';
import { formAction } from '@/lib/auth/action';
import { done, type FormState } from '@/lib/forms';
import { kickMailer } from '@/lib/mail/sender';
import { invitationSchema, inviteSchema, colleagueRoleSchema, type InviteInput } from '@/lib/partners/schema';
import { listAnswer } from './invitation-answers';
import type { ListRefusal } from './invitations';

// The server actions of an invitation's list page, built once for a partner's colleagues
// ('PARTNER_ADMIN') and the editors ('EDITOR_ADMIN'): invite, revoke, change a role. Each list has
// its own services (which check the access again under their lock), refusal texts and page.

/** The Dutch of the refusals both lists have. */
export const listRefusalTexts = (t: {
  gone: string;
  emailTaken: string;
  alreadyInvited: string;
  tooMany: string;
  lastAdmin: string;
}): Record<ListRefusal, string> => ({
  forbidden: nl.app.noAccess,
  gone: t.gone,
  'email-taken': t.emailTaken,
  'already-invited': t.alreadyInvited,
  'too-many': t.tooMany,
  'last-admin': t.lastAdmin,
});

type Result<R extends string, T = object> = Promise<({ ok: true } & T) | { ok: false; reason: R }>;

export function invitationListActions<R extends string>(config: {
  access: Extract<Access, 'PARTNER_ADMIN' | 'EDITOR_ADMIN'>;
  page: string;
  refusals: Record<R, string>;
  texts: { invited: (email: string) => string; roleChanged: (name: string, role: string) => string; roles: Record<string, string> };
  invite: (actor: SessionUser, input: InviteInput) => Result<R, { email: string }>;
  revoke: (actor: SessionUser, invitationId: string) => Result<R>;
  setRole: (actor: SessionUser, userId: string, orgRole: OrgRole) => Result<R, { name: string }>;
  /** Where a beheerder goes who made themselves an ordinary member: the list is not theirs any more. */
  demotedHome: string;
}) {
  const { access, page, refusals, texts: t } = config;
  return {
    /** The answer of the list's other actions (remove, disable, …): its refusal texts, its page. */
    answer: <T>(
      result: ({ ok: true } & T) | { ok: false; reason: R },
      values: Record<string, string>,
      then: (ok: { ok: true } & T) => FormState,
    ) => listAnswer(result, values, refusals, page, then),
    invite: formAction(access, inviteSchema, async (input, { user, values }) =>
      listAnswer(await config.invite(user, input), values, refusals, page, (result) => {
        after(kickMailer);
        return done({}, t.invited(result.email));
      }),
    ),
    // The invitation leaves the list, and its form with it: the page says it is done.
    revoke: formAction(access, invitationSchema, async ({ invitationId }, { user, values }) =>
      listAnswer(await config.revoke(user, invitationId), values, refusals, page, () => redirect(`${page}?ingetrokken=1`)),
    ),
    setRole: formAction(access, colleagueRoleSchema, async ({ userId, orgRole }, { user, values }) =>
      listAnswer(await config.setRole(user, userId, orgRole), values, refusals, page, (result) => {
        if (userId === user.id && orgRole !== 'ADMIN') redirect(config.demotedHome);
        return done({}, t.roleChanged(result.name, t.roles[orgRole]));
      }),
    ),
  };
}
