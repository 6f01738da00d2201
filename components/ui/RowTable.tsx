import type { ReactNode } from 'react';

// A small table whose rows each have a heading cell: the public page's tariffs (age · regular · pass
// price) and the editors' table of a requested change (field · was · becomes).

type Row = { key: string; head: ReactNode; cells: ReactNode[] };

const TONES = {
  brand: {
    table: 'w-full border-collapse text-start',
    headRow: 'border-b-2 border-brand',
    row: 'border-b border-brand/30',
    rowHead: 'font-normal',
  },
  plain: { table: 'w-full text-start text-sm', headRow: '', row: 'border-t border-line/30 align-top', rowHead: 'font-semibold' },
} as const;

export function RowTable({
  columns,
  rows,
  tone = 'plain',
  className = '',
  cellClassName = () => '',
}: {
  /** The column headings; the first is the rows' heading column. */
  columns: ReactNode[];
  rows: Row[];
  tone?: keyof typeof TONES;
  className?: string;
  /** Extra classes of the data cells of column `i` (0 is the first after the heading cell). */
  cellClassName?: (i: number) => string;
}) {
  const style = TONES[tone];
  const pad = (last: boolean) => (last ? 'py-1' : 'py-1 pe-3');
  return (
    <table className={`${style.table} ${className}`}>
      <thead>
        <tr className={style.headRow}>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={pad(i === columns.length - 1)}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={style.row}>
            <th scope="row" className={`${pad(row.cells.length === 0)} ${style.rowHead}`}>
              {row.head}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i} className={`${pad(i === row.cells.length - 1)} ${cellClassName(i)}`}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
