import { nl } from '@/lib/i18n/nl';
import { RowTable } from '@/components/ui/RowTable';

type Change = { field: string; label: string; before: string; after: string };

/** A proposal for a location field by field: now and proposed for a change; the one side of an addition or removal. */
export function LocationChanges({ changes, kind }: { changes: Change[]; kind: 'ADD' | 'CHANGE' | 'REMOVE' }) {
  const t = nl.locations.editor;
  const columns = kind === 'CHANGE' ? [t.field, t.now, t.proposed] : [t.field, kind === 'ADD' ? t.proposed : t.now];
  return (
    <RowTable
      className="mt-3"
      columns={columns}
      rows={changes.map((c) => ({
        key: c.field,
        head: c.label,
        cells: kind === 'CHANGE' ? [c.before || nl.ownChange.empty, c.after || nl.ownChange.empty] : [c.after || c.before],
      }))}
      cellClassName={() => 'whitespace-pre-line'}
    />
  );
}
