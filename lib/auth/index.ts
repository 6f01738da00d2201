import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/accounts/service';
import { clientAddress } from '@/lib/limits/client-address';
import { endSession, startSession } from '@/lib/accounts/sessions';
import { authConfig } from './config';

// next-auth with a credentials provider (username or e-mail + password), JWT cookies that carry a
// server-side session (lib/accounts/sessions.ts, ADR 0012).
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      // Also reached by a POST straight to /api/auth/callback/credentials: the throttle is in authenticate().
      async authorize(credentials, request) {
        const identifier = typeof credentials?.identifier === 'string' ? credentials.identifier : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await authenticate(identifier, password, clientAddress(request.headers));
        if (!result.ok) return null;
        const { id, name, role, organisationId } = result.user;
        const sessionToken = await startSession(id, { userAgent: request.headers.get('user-agent') ?? '' });
        return { id, name, role, organisationId, sessionToken };
      },
    }),
  ],
  events: {
    // A sign-out through next-auth's own route (POST /api/auth/signout) ends the session too;
    // logoutAction ends it itself before calling signOut().
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await endSession(sid);
    },
  },
});
