import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { SessionUser } from '@/lib/accounts/service';

// "Exporteren (CSV)" (lib/workspace/csv.ts, the route handlers under /redactie): the list as filtered,
// every row, in the form Dutch Excel reads, for editors only — also when the route is called directly.

let who: SessionUser | null = null;
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => who }));

import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { csvCell, csvLine, workspaceCsv } from '@/lib/workspace/csv';
import { NO_WORKSPACE_FILTERS } from '@/lib/workspace/filters';
import { NotAnEditor } from '@/lib/workspace/list';
import { GET as exportOffers } from '@/app/(editor)/redactie/aanbod/export.csv/route';
import { GET as exportPartners } from '@/app/(editor)/redactie/partners/export.csv/route';
import { resetDb } from '../support/db';
import { makeEditor, makePartner } from '../support/offers';

beforeEach(async () => {
  await resetDb();
  who = null;
});
afterAll(() => prisma.$disconnect());

const get = (handler: typeof exportOffers, path: string) => handler(new NextRequest(`http://localhost:3000${path}`));

async function fixtures() {
  const editor = await makeEditor();
  const partner = await makePartner({ legalName: '=HYPERLINK("http://evil")', kvkNumber: '12345678' });
  const other = await makePartner({ legalName: 'Café "De Stoep"; Dordrecht', kvkNumber: '87654321' });
  await prisma.offer.create({
    data: {
      organisationId: other.organisationId,
      kind: 'DISCOUNT_ACTION',
      status: 'SUBMITTED',
      slug: 'stoep-korting',
      content: { title: '-50% op koffie\nen taart', category: 'uitje' },
      statusSince: new Date('2026-11-20T10:00:00Z'),
    },
  });
  return { editor, partner, other };
}

describe('csv cells', () => {
  test('quotes what holds ; " or a line break, doubles quotes, and disarms formulas', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvLine(['a', 'b;c'])).toBe('a;"b;c"\r\n');
  });
});

describe('the export routes', () => {
  test('nobody gets 401 and a partner 403, as JSON, and nothing is written to the audit', async () => {
    const { partner } = await fixtures();
    for (const handler of [exportOffers, exportPartners]) {
      who = null;
      const anonymous = await get(handler, '/redactie/aanbod/export.csv');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: nl.app.notLoggedIn });
      who = partner.actor;
      const refused = await get(handler, '/redactie/aanbod/export.csv');
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/json');
      expect(await refused.json()).toEqual({ error: nl.app.noAccess });
    }
    expect(await prisma.auditEntry.count({ where: { action: 'workspace.exported' } })).toBe(0);
    // The function behind them refuses a partner too.
    await expect(workspaceCsv(partner.actor, 'offers', NO_WORKSPACE_FILTERS)).rejects.toThrow(NotAnEditor);
  });

  test("an editor gets the partners as filtered: BOM, ';', a header, one line per partner, an audit entry", async () => {
    const { editor } = await fixtures();
    who = editor;
    const response = await get(exportPartners, '/redactie/partners/export.csv?zoek=12345678&pagina=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="dordtpas-partners-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(nl.workspace.csv.partners.join(';'));
    // The filtered partner only, on every page; its formula-looking name disarmed.
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/evil""\)";;12345678;Dordrecht;Tegoed en korting;/),
      '',
    ]);
    expect(lines[1]).toContain(';Nieuw;redactie;');
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'workspace.exported' } });
    expect(entry).toMatchObject({ actorId: editor.id, entityType: 'Workspace', entityId: 'partners' });
    expect(entry.data).toMatchObject({ zoek: '12345678', status: '' });
  });

  test('an editor gets the offers with quotes and line breaks kept inside their cell', async () => {
    const { editor } = await fixtures();
    who = editor;
    const text = (await (await get(exportOffers, '/redactie/aanbod/export.csv?status=nieuw')).text()).replace(/^\uFEFF/, '');
    const [header, ...rest] = text.split('\r\n');
    expect(header).toBe(nl.workspace.csv.offers.join(';'));
    expect(rest).toEqual([
      expect.stringMatching(
        /^"'-50% op koffie\nen taart";Kortingsactie;"Café ""De Stoep""; Dordrecht";87654321;Dordrecht;Sport en bewegen;Nieuw;redactie;2026-11-20;\d+;ja;$/,
      ),
      '',
    ]);
    const none = await (await get(exportOffers, '/redactie/aanbod/export.csv?status=afgewezen')).text();
    expect(none.replace(/^\uFEFF/, '')).toBe(`${header}\r\n`);
  });
});
