import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// Every state change leaves an audit entry: who did what, when, to which record.
export function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
) {
  return tx.auditEntry.create({ data: entry });
}
