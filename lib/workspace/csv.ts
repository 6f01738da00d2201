import { prisma } from '@/lib/db';
import { audit } from '@/lib/audit';
import type { SessionUser } from '@/lib/accounts/service';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import type { Wait } from '@/lib/offers/waiting';
import type { ListKind, WorkspaceFilters } from './filters';
import { asEditor } from './list';
import { allWorkspaceOffers, type OfferRow } from './offers';
import { allWorkspacePartners, type PartnerRow } from './partners';

// "Exporteren (CSV)": a list as filtered, every row, for the municipality's own reports in Excel.
// Dutch Excel reads `;` as the separator and needs the UTF-8 byte order mark to see "é" as é.

const BOM = '\uFEFF';

/**
 * One cell: quoted when it holds the separator, a quote or a line break; a text starting with = + - @
 * (or a tab or carriage return) gets a ' in front, so that a spreadsheet shows it instead of running
 * it as a formula (a partner chooses its own name).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Array<string | number | null | undefined>) => `${cells.map(csvCell).join(';')}\r\n`;

const t = nl.workspace;
const waitCells = (wait: Wait | null, since: Date) => [
  wait ? t.waitingOn[wait.on].replace(/^wacht op /, '') : '',
  todayInDordrecht(since),
  wait ? wait.workingDays : '',
  wait ? (wait.overdue ? t.csv.yes : t.csv.no) : '',
];

const offerCells = (r: OfferRow) => [
  r.title,
  r.type,
  r.partner,
  r.kvkNumber,
  r.place,
  r.category,
  r.status,
  ...waitCells(r.wait, r.since),
  r.validUntil ?? '',
];
const partnerCells = (r: PartnerRow) => [
  r.name,
  r.legalName ?? '',
  r.kvkNumber,
  r.place,
  r.type,
  r.category,
  r.status,
  ...waitCells(r.wait, r.since),
];

/**
 * The export of a list as a stream of CSV, written batch by batch (never the whole list in memory),
 * and an audit entry of who exported what. For editors only: NotAnEditor for anyone else.
 */
export async function workspaceCsv(viewer: SessionUser | null, list: ListKind, filters: WorkspaceFilters, now = new Date()) {
  const editor = asEditor(viewer);
  const { pagina: _page, ...applied } = filters;
  const filename = t.csv.filename(list === 'offers' ? 'aanbod' : 'partners', todayInDordrecht(now));
  await audit(prisma, editor.id, 'workspace.exported', ['Workspace', list], applied);
  const batches: AsyncGenerator<string[]> =
    list === 'offers'
      ? map(allWorkspaceOffers(editor, filters, now), (rows) => rows.map((r) => csvLine(offerCells(r))))
      : map(allWorkspacePartners(editor, filters, now), (rows) => rows.map((r) => csvLine(partnerCells(r))));
  const encoder = new TextEncoder();
  const header = csvLine([...t.csv[list]]);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + header));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return { filename, stream };
}

async function* map<T, U>(source: AsyncGenerator<T>, f: (t: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield f(item);
}
