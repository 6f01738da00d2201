import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/accounts/service';
import { authConfig } from './config';

// next-auth with a credentials provider (username or e-mail + password), JWT sessions.
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials) {
        const identifier = typeof credentials?.identifier === 'string' ? credentials.identifier : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await authenticate(identifier, password);
        if (!result.ok) return null;
        const { id, name, role, organisationId, sessionVersion } = result.user;
        return { id, name, role, organisationId, sessionVersion };
      },
    }),
  ],
});
