import { prisma } from '@/lib/db';
import type { PreparedMail } from './outbox';

// Who is told: every editor, or every confirmed user of a partner organisation. The mails are made
// (rendered) before the caller's transaction, which enqueues them with its change.

type Recipient = { name: string; email: string };
type Build = (user: Recipient) => Promise<PreparedMail>;

/** One mail per editor. */
export async function mailsToEditors(build: Build): Promise<PreparedMail[]> {
  const users = await prisma.user.findMany({ where: { role: 'EDITOR', disabledAt: null }, select: { name: true, email: true } });
  return Promise.all(users.map(build));
}

/** One mail per user of the organisation who confirmed their address. */
export async function mailsToPartners(organisationId: string, build: Build): Promise<PreparedMail[]> {
  const users = await prisma.user.findMany({
    where: { organisationId, role: 'PARTNER', emailConfirmedAt: { not: null } },
    select: { name: true, email: true },
  });
  return Promise.all(users.map(async (user) => ({ ...(await build(user)), organisationId })));
}
