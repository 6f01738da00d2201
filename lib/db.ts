import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/shutdown';

// The single PrismaClient of the app, through the pg driver adapter (no native query engine).
// On globalThis in production too: every bundle of the app that imports this module shares the one
// pool, and the pool closes once, after the other shutdown hooks (lib/shutdown.ts).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function create(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX }) });
  onShutdown('database pool', () => client.$disconnect(), { last: true });
  return client;
}

export const prisma: PrismaClient = (globalForPrisma.prisma ??= create());

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
