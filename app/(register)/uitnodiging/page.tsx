import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { ActionForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { tokenParam } from '@/lib/forms';
import { checkInvitation } from '@/lib/partners/colleagues';
import { acceptInvitationAction } from '@/lib/partners/colleague-actions';
import { checkEditorInvitation } from '@/lib/editors/accounts';
import { acceptEditorInvitationAction } from '@/lib/editors/actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.colleagues.accept.pageTitle, robots: { index: false }, referrer: 'no-referrer' };
}

/** The invitation's link: who invites to which organisation (or to the editors), and the form to make the account. */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = await tokenParam(searchParams);
  const messages = await portalText();
  const t = messages.colleagues.accept;
  const partner = token ? await checkInvitation(token) : ({ ok: false, reason: 'unknown' } as const);
  // Not a colleague's: perhaps an editor's (issue 18), made by its own action.
  const editor = token && !partner.ok && partner.reason === 'unknown' ? await checkEditorInvitation(token) : null;
  const check = editor ?? partner;
  const intro = editor ? messages.editors.acceptIntro : t.intro;
  const roles = editor ? messages.editors.roles : messages.colleagues.roles;
  const f = messages.registration.fields;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{editor?.ok ? messages.editors.acceptTitle : t.title}</h1>
      {check.ok ? (
        <>
          <p className="mt-3">{intro(check.invitation.invitedByName, check.invitation.organisation, roles[check.invitation.orgRole])}</p>
          <p className="mt-2 text-sm text-muted">
            {f.email}: {check.invitation.email}
          </p>
          <div className="max-w-md">
            <ActionForm
              action={editor ? acceptEditorInvitationAction : acceptInvitationAction}
              hidden={{ token }}
              values={{ name: check.invitation.name }}
              fields={[
                { name: 'name', label: t.yourName, autoComplete: 'name' },
                { name: 'phone', label: t.phone, type: 'tel', autoComplete: 'tel', required: false },
                {
                  name: 'username',
                  label: f.username,
                  autoComplete: 'username',
                  hint: editor ? messages.editors.usernameHelp : f.usernameHelp,
                },
                { name: 'password', label: f.password, type: 'password', autoComplete: 'new-password', hint: f.passwordHelp },
                { name: 'passwordRepeat', label: f.passwordRepeat, type: 'password', autoComplete: 'new-password' },
              ]}
              submit={t.submit}
              pending={t.submitting}
            />
          </div>
        </>
      ) : (
        <div className="mt-6 space-y-4">
          <Alert kind="error">{t.invalid[check.reason]}</Alert>
          <Link href="/inloggen">{messages.login.title}</Link>
        </div>
      )}
    </PageMain>
  );
}
