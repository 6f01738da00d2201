import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { Panel } from '@/components/ui/Panel';
import { Alert } from '@/components/ui/Alert';
import { PendingInvitations } from '@/components/ui/PendingInvitations';
import { nl } from '@/lib/i18n/nl';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { requireEditorAdmin } from '@/lib/auth/session';
import { editorsOf } from '@/lib/editors/accounts';
import { DisableEditorForm, EditorRoleForm, EnableEditorForm, InviteEditorForm, RevokeEditorInvitationForm } from './EditorForms';

export const metadata: Metadata = { title: nl.editors.pageTitle };

/** "Redacteuren": the editors' beheerder sees who can log in, invites, changes roles, disables and enables. */
export default async function EditorsPage({
  searchParams,
}: {
  searchParams: Promise<{ ingetrokken?: string; uitgeschakeld?: string; ingeschakeld?: string }>;
}) {
  // Checked here, in the query and in every action: any other editor gets the no-access page.
  const user = await requireEditorAdmin('/redactie/beheer/redacteuren');
  const data = await editorsOf(user);
  if (!data) notFound();
  const t = nl.editors;
  const query = await searchParams;
  // What the action that led here did (its form left the page with the change).
  const named = (id?: string) => data.users.find((u) => u.id === id)?.name;
  const disabled = named(query.uitgeschakeld);
  const enabled = named(query.ingeschakeld);
  const flash = query.ingetrokken ? t.revoked : disabled ? t.disabled(disabled) : enabled ? t.enabled(enabled) : null;
  return (
    <PageMain wide>
      <p>
        <Link href="/redactie/beheer">← {t.adminHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-prose">{t.intro}</p>
      {/* On a phone the form is below the lists: one tap to it, in the reading order. */}
      <p className="mt-3 lg:hidden">
        <a href="#invite-title">{t.invite} ↓</a>
      </p>
      {flash ? (
        <div className="mt-4">
          <Alert kind="success">{flash}</Alert>
        </div>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <Panel id="editors-title" title={t.members} className="rounded-lg bg-white p-5">
            <ul className="mt-3 divide-y divide-line/30">
              {data.users.map((u) => (
                <li key={u.id} className="space-y-3 py-4">
                  <p id={`user-${u.id}`}>
                    <span className="block font-semibold">
                      {u.name} {u.you ? <span className="font-normal text-muted">{t.you}</span> : null}
                      {u.disabledAt ? (
                        <span className="ml-2 rounded bg-danger px-2 py-0.5 text-sm font-semibold text-white">{t.disabledBadge}</span>
                      ) : null}
                    </span>
                    <span className="block text-sm break-words text-muted">
                      {t.roles[u.orgRole]} · {u.email}
                    </span>
                    <span className="block text-sm text-muted">
                      {u.disabledAt
                        ? t.disabledBy(u.disabledByName ?? '?', formatDateTime(u.disabledAt))
                        : u.lastSeenAt
                          ? t.lastSeen(formatDateTime(u.lastSeenAt))
                          : t.neverSeen(formatDate(u.createdAt))}
                    </span>
                  </p>
                  {u.demo ? (
                    <p className="text-sm text-muted">{t.demo}</p>
                  ) : u.disabledAt ? (
                    <EnableEditorForm userId={u.id} describedBy={`user-${u.id}`} />
                  ) : u.onlyAdmin ? (
                    <p className="text-sm text-muted">{t.onlyAdmin}</p>
                  ) : (
                    <div className="flex flex-wrap items-start gap-4">
                      <EditorRoleForm userId={u.id} orgRole={u.orgRole} describedBy={`user-${u.id}`} />
                      {u.you ? null : <DisableEditorForm userId={u.id} name={u.name} />}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Panel>
          <PendingInvitations
            invitations={data.invitations}
            texts={t}
            revoke={(id, describedBy) => <RevokeEditorInvitationForm invitationId={id} describedBy={describedBy} />}
          />
        </div>
        <Panel id="invite-title" title={t.invite} className="self-start rounded-lg bg-white p-5">
          <p className="mt-2 text-muted">{t.inviteIntro}</p>
          <InviteEditorForm />
        </Panel>
      </div>
    </PageMain>
  );
}
