import { NextResponse } from 'next/server';

// Like the app's proxy.ts, it runs for none of the measured pages. (Without this file Next.js picks
// up the app's own, two folders up.)
export default function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ['/nooit/:path*'] };
