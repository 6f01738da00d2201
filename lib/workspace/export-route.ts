import { NextResponse, type NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/session';
import { withRole } from '@/lib/auth/roles';
import { nl } from '@/lib/i18n/nl';
import { parseWorkspaceFilters, type ListKind } from './filters';
import { workspaceCsv } from './csv';

// The route handlers of "Exporteren (CSV)" (/redactie/partners/export.csv, /redactie/aanbod/export.csv),
// with the list's filters in the URL. proxy.ts sends a visitor without a session to the login page; the
// handler checks the session and the role itself, as /partner/gegevens.json does, and answers anyone
// else with a JSON refusal; workspaceCsv() checks once more.

const refuse = (status: 401 | 403, message: string) =>
  NextResponse.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

export function exportHandler(list: ListKind) {
  return async function GET(request: NextRequest) {
    const user = await currentUser();
    if (!user) return refuse(401, nl.app.notLoggedIn);
    const editor = withRole(user, 'EDITOR');
    if (!editor) return refuse(403, nl.app.noAccess);
    const { filename, stream } = await workspaceCsv(editor, list, parseWorkspaceFilters(list, request.nextUrl.searchParams));
    return new NextResponse(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
