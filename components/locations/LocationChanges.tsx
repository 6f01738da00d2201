import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import type { PortalLocale } from '@/lib/i18n/locales';
import { RowTable } from '@/components/ui/RowTable';

type Change = { field: string; label: string; before: string; after: string };

/** A proposal for a location field by field: now and proposed for a change; the one side of an addition or removal. */
export async function LocationChanges({ changes, kind }: { changes: Change[]; kind: 'ADD' | 'CHANGE' | 'REMOVE' }) {
  const messages = await portalText();
  const locale = await requestLocale();
  const t = messages.locations.editor;
  const empty = messages.ownChange.empty;
  const value = (c: Change, text: string) => shown(c, text, locale);
  const columns = kind === 'CHANGE' ? [t.field, t.now, t.proposed] : [t.field, kind === 'ADD' ? t.proposed : t.now];
  return (
    <RowTable
      className="mt-3"
      columns={columns}
      rows={changes.map((c) => ({
        key: c.field,
        head: translateMessage(c.label, locale),
        cells: kind === 'CHANGE' ? [value(c, c.before) || empty, value(c, c.after) || empty] : [value(c, c.after || c.before)],
      }))}
      cellClassName={() => 'whitespace-pre-line'}
    />
  );
}

/**
 * A value as lib/locations/change-request.ts wrote it, in the user's language: the hours are lines
 * "Maandag: 09:00–17:00" / "Dinsdag: Gesloten" / "Geen openingstijden", each part looked up on its
 * own; any other field is the partner's own text (a name, an address), shown as it is.
 */
function shown(c: Change, text: string, locale: PortalLocale): string {
  if (c.field !== 'hours') return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .split(': ')
        .map((part) => translateMessage(part, locale))
        .join(': '),
    )
    .join('\n');
}
