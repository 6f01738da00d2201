import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateFixed, translateMessage } from '@/lib/i18n/translate';
import { formatDate } from '@/lib/i18n/format';
import { RowTable } from '@/components/ui/RowTable';
import { Panel } from '@/components/ui/Panel';
import { AcceptChangeForm } from './AcceptChangeForm';

type Change = { field: string; label: string; before: string; after: string };

/** A partner's requested change of what pass holders see: what it asks, and how it becomes real. */
export async function ChangeRequest({
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
  const t = (await portalText()).ownChange;
  const locale = await requestLocale();
  // The lines are describeChange's, in Dutch: the field's name, a category's name and the mark of an
  // empty value are translated; what the partner typed stays as typed.
  const value = (c: Change, v: string) =>
    c.field === 'category' ? translateMessage(v, locale) : translateFixed(v, locale) === t.empty ? t.empty : v;
  return (
    <Panel id="change-request-title" title={t.editorTitle} className="mt-4 rounded-lg border-l-4 border-brand bg-white p-5">
      <p className="mt-2">{t.editorIntro(formatDate(at, locale), by)}</p>
      <RowTable
        className="mt-3"
        columns={[t.field, t.before, t.after]}
        rows={changes.map((c) => ({
          key: c.field,
          head: translateMessage(c.label, locale),
          cells: [value(c, c.before), value(c, c.after)],
        }))}
        cellClassName={() => 'whitespace-pre-line'}
      />
      {acceptedAt ? (
        <p className="mt-3 font-semibold">{t.acceptedOn(formatDate(acceptedAt, locale))}</p>
      ) : (
        <>
          <p className="mt-3">{online ? t.editorOnline : t.editorOffline}</p>
          <AcceptChangeForm organisationId={organisationId} requestedAt={at.toISOString()} online={online} />
        </>
      )}
    </Panel>
  );
}
