import { NextResponse } from 'next/server';
import { currentUser } from '@/lib/auth/session';
import { isOrgAdmin } from '@/lib/auth/roles';
import { portalText } from '@/lib/i18n/request';
import { organisationExport } from '@/lib/partners/export';

// "Gegevens downloaden (JSON)" (ADR 0024): the organisation's data as a file, for its beheerder only.
// proxy.ts sends a visitor without a session to the login page; this handler checks the session and
// the role itself and answers anyone else with a JSON refusal, never with another organisation's data.
export const dynamic = 'force-dynamic';

const refuse = (status: 401 | 403, message: string) =>
  NextResponse.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

export async function GET() {
  const user = await currentUser();
  const t = await portalText();
  if (!user) return refuse(401, t.app.notLoggedIn);
  if (!isOrgAdmin(user)) return refuse(403, t.app.noAccess);
  const exported = await organisationExport(user);
  if (!exported) return refuse(403, t.app.noAccess);
  return new NextResponse(JSON.stringify(exported.data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exported.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
