import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig, roleForPath } from '@/lib/auth/config';

// First line of defence for /partner/** and /redactie/**. Every page and server action checks the
// role again itself (lib/auth/session.ts, lib/auth/action.ts): this only saves a round trip.
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  const needed = roleForPath(request.nextUrl.pathname);
  if (!needed) return NextResponse.next();
  const role = request.auth?.user?.role;
  if (!role) {
    const login = new URL('/inloggen', request.nextUrl);
    login.searchParams.set('volgende', request.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  if (role !== needed) return NextResponse.redirect(new URL('/geen-toegang', request.nextUrl));
  return NextResponse.next();
});

export const config = { matcher: ['/partner/:path*', '/redactie/:path*'] };
