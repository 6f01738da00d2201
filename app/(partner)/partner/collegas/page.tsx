import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PartnerPageTitle, PageMain } from '@/components/layout/SiteHeader';
import { Panel } from '@/components/ui/Panel';
import { Alert } from '@/components/ui/Alert';
import { PendingInvitations } from '@/components/ui/PendingInvitations';
import { nl } from '@/lib/i18n/nl';
import { formatDate } from '@/lib/i18n/format';
import { requirePartnerAdmin } from '@/lib/auth/session';
import { colleaguesOf } from '@/lib/partners/colleagues';
import { InviteForm, RemoveForm, RevokeForm, RoleForm } from './ColleagueForms';

export const metadata: Metadata = { title: nl.colleagues.pageTitle };

/** "Collega's": the beheerder sees who can log in for the organisation, invites, hands on the role, removes. */
export default async function ColleaguesPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string; ingetrokken?: string }> }) {
  // Checked here and in every action: a medewerker gets the no-access page.
  const user = await requirePartnerAdmin('/partner/collegas');
  const data = await colleaguesOf(user);
  if (!data) notFound();
  const t = nl.colleagues;
  const query = await searchParams;
  const flash = query.verwijderd ? t.removed : query.ingetrokken ? t.revoked : null;
  return (
    <PageMain>
      <PartnerPageTitle>{t.title}</PartnerPageTitle>
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
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <div className="space-y-8">
          <Panel id="users-title" title={t.members} className="rounded-lg bg-white p-5">
            <ul className="mt-3 divide-y divide-line/30">
              {data.users.map((u) => (
                <li key={u.id} className="space-y-3 py-4">
                  <p id={`user-${u.id}`}>
                    <span className="block font-semibold">
                      {u.name} {u.you ? <span className="font-normal text-muted">{t.you}</span> : null}
                    </span>
                    <span className="block text-sm text-muted">
                      {t.roles[u.orgRole]} · {u.email} · {t.since(formatDate(u.createdAt))}
                    </span>
                  </p>
                  {u.onlyAdmin ? (
                    <p className="text-sm text-muted">{t.onlyAdmin}</p>
                  ) : (
                    <div className="flex flex-wrap items-start gap-4">
                      <RoleForm userId={u.id} orgRole={u.orgRole} describedBy={`user-${u.id}`} />
                      <RemoveForm userId={u.id} name={u.name} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Panel>
          <PendingInvitations
            invitations={data.invitations}
            texts={t}
            revoke={(id, describedBy) => <RevokeForm invitationId={id} describedBy={describedBy} />}
          />
        </div>
        <Panel id="invite-title" title={t.invite} className="self-start rounded-lg bg-white p-5">
          <p className="mt-2 text-muted">{t.inviteIntro}</p>
          <InviteForm />
        </Panel>
      </div>
    </PageMain>
  );
}
