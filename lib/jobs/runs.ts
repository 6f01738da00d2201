import { prisma } from '@/lib/db';

// Every run of a background job, as the editors see it at /redactie/taken: start, end, outcome and
// the error's message. pg-boss keeps its own job rows for a week; these are ours, in Prisma's schema.

/** Runs older than this are removed by the daily job. */
export const KEEP_RUNS_DAYS = 14;

const message = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 1000) || 'Onbekende fout';

/** Runs `work`, recorded as one JobRun; its error is recorded and thrown again (the queue retries). */
export async function recordRun<T>(
  job: string,
  { queueJobId, attempt, instance }: { queueJobId?: string; attempt: number; instance: string },
  work: () => Promise<T>,
): Promise<T> {
  const run = await prisma.jobRun.create({ data: { job, queueJobId, attempt, instance }, select: { id: true } });
  try {
    const result = await work();
    await prisma.jobRun.update({ where: { id: run.id }, data: { outcome: 'OK', finishedAt: new Date() } });
    return result;
  } catch (error) {
    console.error(`[jobs] ${job} failed (attempt ${attempt})`, error);
    await prisma.jobRun.update({ where: { id: run.id }, data: { outcome: 'FAILED', finishedAt: new Date(), error: message(error) } });
    throw error;
  }
}

export async function pruneJobRuns(now = new Date()): Promise<number> {
  const { count } = await prisma.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - KEEP_RUNS_DAYS * 86_400_000) } } });
  return count;
}
