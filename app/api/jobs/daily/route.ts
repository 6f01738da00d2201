import { NextResponse } from 'next/server';
import { isJobRequest, markPagesFresh } from '@/lib/jobs';
import { logError } from '@/lib/auth/action';
import { sendExpiryNotices } from '@/lib/actions/expiry';
import { refreshPublicPages } from '@/lib/offers/public';
import { clearExpiredLimits } from '@/lib/limits/limiter';

// Sent by the server to itself after midnight and every hour (instrumentation.ts): the public pages
// are made anew (actions past their last day drop out) and partners are told once that an action
// has ended; old rate-limit counters go. Anyone else gets 404.
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (!isJobRequest(request.headers.get('authorization'))) return new NextResponse(null, { status: 404 });
  try {
    const notices = await sendExpiryNotices();
    await clearExpiredLimits();
    refreshPublicPages();
    markPagesFresh();
    return NextResponse.json({ ok: true, notices });
  } catch (error) {
    return NextResponse.json({ ok: false, error: logError(error) }, { status: 500 });
  }
}
