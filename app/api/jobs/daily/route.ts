import { NextResponse, after } from 'next/server';
import { kickMailer } from '@/lib/mail/sender';
import { isJobRequest, markPagesFresh } from '@/lib/jobs';
import { pruneJobRuns } from '@/lib/jobs/runs';
import { logError } from '@/lib/log';
import { sendExpiryNotices } from '@/lib/discounts/expiry';
import { refreshPublicPages } from '@/lib/offers/public';
import { slugsChangingOn } from '@/lib/offers/catalog';
import { todayInDordrecht } from '@/lib/i18n/format';
import { clearExpiredLimits } from '@/lib/limits/limiter';
import { deleteExpiredSessions } from '@/lib/accounts/sessions';
import { removePersonalDataOfClosedPartners } from '@/lib/partners/retention';
import { sendApprovalReminders } from '@/lib/offers/reminders';

// Sent by the job worker to its own server (lib/jobs/definitions.ts: the jobs "daily", every hour, and
// "midnight", just after Dordrecht's midnight — each once per cluster): the public pages are made
// anew (actions past their last day drop out), partners are told once that an action has ended,
// sessions past their 8 hours, old rate-limit counters and old job runs are removed, and so are the
// people's data of partners that closed longer ago than PERSONAL_DATA_RETENTION_DAYS (ADR 0024), and
// partners who have not answered an approval request are reminded (ADR 0028).
// `?only=pages`: just the public pages, which every instance asks for itself at start
// (instrumentation.ts) — its own cache, not cluster work. Anyone else gets 404.
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!isJobRequest(request.headers.get('authorization'))) return new NextResponse(null, { status: 404 });
  try {
    if (new URL(request.url).searchParams.get('only') === 'pages') {
      refreshPublicPages();
      markPagesFresh();
      return NextResponse.json({ ok: true });
    }
    const notices = await sendExpiryNotices();
    const reminders = await sendApprovalReminders();
    // The queued mails go out now rather than at the mail job's next minute.
    if (notices + reminders > 0) after(kickMailer);
    await clearExpiredLimits();
    await deleteExpiredSessions();
    await pruneJobRuns();
    const closedPartnersCleared = await removePersonalDataOfClosedPartners();
    // The front caches too (lib/cache/front.ts): the lists, and the offers that end or start today.
    await refreshPublicPages(...(await slugsChangingOn(todayInDordrecht())));
    markPagesFresh();
    return NextResponse.json({ ok: true, notices, reminders, closedPartnersCleared });
  } catch (error) {
    return NextResponse.json({ ok: false, error: logError(error) }, { status: 500 });
  }
}
