import { prisma } from '@/lib/db';
import { registrationSchema, type RegistrationInput } from '@/lib/partners/schema';
import { validRegistrationForm } from './registration';

// Helpers for tests that go through the services against the real database.

let seq = 0;

/**
 * Service input from a valid registration form, with a KvK number, e-mail address and username of
 * its own (validRegistrationForm's counter gives a 9-digit KvK number after 99 calls).
 */
export function registrationInput(overrides: Record<string, string | undefined> = {}): RegistrationInput {
  seq++;
  const n = String(seq).padStart(4, '0');
  const form = validRegistrationForm({
    kvkNumber: `8765${n}`,
    email: `partner${n}@voorbeeld.nl`,
    username: `partner${n}`,
    ...overrides,
  });
  return registrationSchema.parse(form);
}

/** The token from a link in a mail's html, e.g. path '/aanmelden/bevestigen'. */
export function tokenFromHtml(html: string, path: string): string {
  const escaped = path.replace(/[/.?]/g, (c) => `\\${c}`);
  const match = new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(html);
  if (!match) throw new Error(`no ${path}?token=… link in the mail`);
  return match[1];
}

/** The outbox messages to an address, oldest first. */
export function mailsTo(to: string) {
  return prisma.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });
}

/** Rows per table, to show that a refused call wrote nothing. */
export async function rowCounts() {
  const [organisations, users, tokens, outbox, audit] = await Promise.all([
    prisma.organisation.count(),
    prisma.user.count(),
    prisma.emailToken.count(),
    prisma.outboxMessage.count(),
    prisma.auditEntry.count(),
  ]);
  return { organisations, users, tokens, outbox, audit };
}
