import { nl } from '@/lib/i18n/nl';
import { formatDate } from '@/lib/i18n/format';
import { Panel } from '@/components/ui/Panel';
import { AcceptChangeForm } from './AcceptChangeForm';

type Change = { field: string; label: string; before: string; after: string };

/** A partner's requested change of what pass holders see: what it asks, and how it becomes real. */
export function ChangeRequest({
  organisationId,
  changes,
  at,
  by,
  online,
  acceptedAt,
}: {
  organisationId: string;
  changes: Change[];
  at: Date;
  by: string;
  online: boolean;
  acceptedAt: Date | null;
}) {
  const t = nl.ownChange;
  return (
    <Panel id="change-request-title" title={t.editorTitle} className="mt-4 rounded-lg border-l-4 border-brand bg-white p-5">
      <p className="mt-2">{t.editorIntro(formatDate(at), by)}</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              {t.field}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t.before}
            </th>
            <th scope="col" className="py-1">
              {t.after}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="border-t border-line/30 align-top">
              <th scope="row" className="py-1 pr-3 font-semibold">
                {c.label}
              </th>
              <td className="whitespace-pre-line py-1 pr-3">{c.before}</td>
              <td className="whitespace-pre-line py-1">{c.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {acceptedAt ? (
        <p className="mt-3 font-semibold">{t.acceptedOn(formatDate(acceptedAt))}</p>
      ) : (
        <>
          <p className="mt-3">{online ? t.editorOnline : t.editorOffline}</p>
          <AcceptChangeForm organisationId={organisationId} requestedAt={at.toISOString()} online={online} />
        </>
      )}
    </Panel>
  );
}
