import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PartnerPageTitle, PageMain } from '@/components/layout/SiteHeader';
import { MemberListLayout, MemberRow } from '@/components/ui/MemberList';
import { PendingInvitations } from '@/components/ui/PendingInvitations';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { formatDate } from '@/lib/i18n/format';
import { requirePartnerAdmin } from '@/lib/auth/session';
import { colleaguesOf } from '@/lib/partners/colleagues';
import { InviteForm, RemoveForm, RevokeForm, RoleForm } from './ColleagueForms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.colleagues.pageTitle };
}

/** "Collega's": the beheerder sees who can log in for the organisation, invites, hands on the role, removes. */
export default async function ColleaguesPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string; ingetrokken?: string }> }) {
  // Checked here and in every action: a medewerker gets the no-access page.
  const user = await requirePartnerAdmin('/partner/collegas');
  const data = await colleaguesOf(user);
  if (!data) notFound();
  const t = (await portalText()).colleagues;
  const locale = await requestLocale();
  const query = await searchParams;
  const flash = query.verwijderd ? t.removed : query.ingetrokken ? t.revoked : null;
  return (
    <PageMain>
      <PartnerPageTitle>{t.title}</PartnerPageTitle>
      <MemberListLayout
        texts={t}
        flash={flash}
        membersId="users-title"
        columns="lg:grid-cols-2"
        members={data.users.map((u) => (
          <MemberRow
            key={u.id}
            id={u.id}
            name={u.name}
            you={u.you ? t.you : null}
            details={[`${t.roles[u.orgRole]} · ${u.email} · ${t.since(formatDate(u.createdAt, locale))}`]}
          >
            {u.onlyAdmin ? (
              <p className="text-sm text-muted">{t.onlyAdmin}</p>
            ) : (
              <div className="flex flex-wrap items-start gap-4">
                <RoleForm userId={u.id} orgRole={u.orgRole} describedBy={`user-${u.id}`} />
                <RemoveForm userId={u.id} name={u.name} />
              </div>
            )}
          </MemberRow>
        ))}
        pending={
          <PendingInvitations
            invitations={data.invitations}
            texts={t}
            locale={locale}
            revoke={(id, describedBy) => <RevokeForm invitationId={id} describedBy={describedBy} />}
          />
        }
        inviteForm={<InviteForm />}
      />
    </PageMain>
  );
}
