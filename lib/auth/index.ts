import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/accounts/service';
import { clientAddress } from '@/lib/limits/client-address';
import { authConfig } from './config';

// next-auth with a credentials provider (username or e-mail + password), JWT sessions.
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
        const { id, name, role, organisationId, sessionVersion } = result.user;
        return { id, name, role, organisationId, sessionVersion };
      },
    }),
  ],
});
