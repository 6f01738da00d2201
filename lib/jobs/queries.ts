import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import { JOBS, nextRunAt, type JobName } from '@/lib/jobs/definitions';

// What the editors' page "Achtergrondtaken" (/redactie/taken) shows per job. Editors only: anyone
// else gets null, whatever page calls it.

export type RunState = 'OK' | 'FAILED' | 'RUNNING' | 'INTERRUPTED';

export type JobOverview = {
  name: JobName;
  lastRun: { startedAt: Date; finishedAt: Date | null; durationMs: number | null; state: RunState; attempt: number } | null;
  lastError: { startedAt: Date; message: string } | null;
  nextRunAt: Date;
  failedLast24h: number;
};

export async function jobOverview(viewer: SessionUser, now = new Date()): Promise<JobOverview[] | null> {
  if (viewer.role !== 'EDITOR') return null;
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return Promise.all(
    JOBS.map(async (job): Promise<JobOverview> => {
      const [last, failure, failedLast24h] = await Promise.all([
        prisma.jobRun.findFirst({
          where: { job: job.name },
          orderBy: { startedAt: 'desc' },
          select: { startedAt: true, finishedAt: true, outcome: true, attempt: true },
        }),
        prisma.jobRun.findFirst({
          where: { job: job.name, outcome: 'FAILED' },
          orderBy: { startedAt: 'desc' },
          select: { startedAt: true, error: true },
        }),
        prisma.jobRun.count({ where: { job: job.name, outcome: 'FAILED', startedAt: { gte: dayAgo } } }),
      ]);
      // A run still "running" past the queue's time limit was cut off (a crash, a kill): the queue retries it.
      const cutOff = last?.outcome === 'RUNNING' && now.getTime() - last.startedAt.getTime() > job.expireInSeconds * 1000;
      return {
        name: job.name,
        lastRun: last && {
          startedAt: last.startedAt,
          finishedAt: last.finishedAt,
          durationMs: last.finishedAt ? last.finishedAt.getTime() - last.startedAt.getTime() : null,
          state: cutOff ? 'INTERRUPTED' : last.outcome,
          attempt: last.attempt,
        },
        lastError: failure && { startedAt: failure.startedAt, message: failure.error ?? '' },
        nextRunAt: nextRunAt(job.cron, now),
        failedLast24h,
      };
    }),
  );
}
