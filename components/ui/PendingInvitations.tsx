import type { ReactNode } from 'react';
import { formatDate } from '@/lib/i18n/format';
import type { PortalLocale } from '@/lib/i18n/locales';
import { Panel } from './Panel';

type Invitation = { id: string; name: string; email: string; orgRole: string; invitedByName: string; expiresAt: Date };

/** "Openstaande uitnodigingen" of an invitation's list (colleagues, editors), each with its revoke form. */
export function PendingInvitations({
  invitations,
  texts: t,
  locale,
  revoke,
}: {
  invitations: Invitation[];
  texts: { pending: string; pendingNone: string; roles: Record<string, string>; invitedBy: (name: string, date: string) => string };
  locale: PortalLocale;
  /** The revoke form of one invitation, described by its line. */
  revoke: (invitationId: string, describedBy: string) => ReactNode;
}) {
  return (
    <Panel id="pending-title" title={t.pending} className="rounded-lg bg-white p-5">
      {invitations.length === 0 ? (
        <p className="mt-2 text-muted">{t.pendingNone}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line/30">
          {invitations.map((i) => (
            <li key={i.id} className="space-y-3 py-4">
              <p id={`invitation-${i.id}`}>
                <span className="block font-semibold">
                  {i.name} · {t.roles[i.orgRole]}
                </span>
                <span className="block text-sm break-words text-muted">
                  {i.email} · {t.invitedBy(i.invitedByName, formatDate(i.expiresAt, locale))}
                </span>
              </p>
              {revoke(i.id, `invitation-${i.id}`)}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
