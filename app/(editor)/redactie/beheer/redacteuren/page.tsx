import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { MemberListLayout, MemberRow } from '@/components/ui/MemberList';
import { PendingInvitations } from '@/components/ui/PendingInvitations';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { requireEditorAdmin } from '@/lib/auth/session';
import { editorsOf } from '@/lib/editors/accounts';
import { DisableEditorForm, EditorRoleForm, EnableEditorForm, InviteEditorForm, RevokeEditorInvitationForm } from './EditorForms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.editors.pageTitle };
}

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
  const t = (await portalText()).editors;
  const locale = await requestLocale();
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
      <MemberListLayout
        texts={t}
        flash={flash}
        membersId="editors-title"
        columns="lg:grid-cols-[3fr_2fr]"
        members={data.users.map((u) => (
          <MemberRow
            key={u.id}
            id={u.id}
            name={u.name}
            you={u.you ? t.you : null}
            badge={
              u.disabledAt ? (
                <span className="ml-2 rounded bg-danger px-2 py-0.5 text-sm font-semibold text-white">{t.disabledBadge}</span>
              ) : null
            }
            details={[
              `${t.roles[u.orgRole]} · ${u.email}`,
              u.disabledAt
                ? t.disabledBy(u.disabledByName ?? '?', formatDateTime(u.disabledAt, locale))
                : u.lastSeenAt
                  ? t.lastSeen(formatDateTime(u.lastSeenAt, locale))
                  : t.neverSeen(formatDate(u.createdAt, locale)),
            ]}
          >
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
          </MemberRow>
        ))}
        pending={
          <PendingInvitations
            invitations={data.invitations}
            texts={t}
            locale={locale}
            revoke={(id, describedBy) => <RevokeEditorInvitationForm invitationId={id} describedBy={describedBy} />}
          />
        }
        inviteForm={<InviteEditorForm />}
      />
    </PageMain>
  );
}
