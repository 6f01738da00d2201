import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { startSmtpServer } from '../support/smtp-server';
import { simpleParser } from 'mailparser';
import { prisma } from '@/lib/db';
import { deliverDueMail, messageIdFor } from '@/lib/mail/sender';
import { resetDb } from '../support/db';

// A sender killed after the SMTP server accepted a message and before the row became SENT: the
// message is sent again later, with the same Message-ID, so a mail client shows it once.

type Received = { messageId: string; subject: string };
const received: Received[] = [];
/** Called when a message has arrived and before the server says "250 OK". */
let beforeAccepting: () => Promise<void> = async () => {};
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let smtpUrl: string;

beforeAll(async () => {
  smtp = await startSmtpServer({
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          received.push({ messageId: mail.messageId ?? '', subject: mail.subject ?? '' });
          await beforeAccepting();
          callback();
        })
        .catch(callback);
    },
  });
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await smtp.close();
  await prisma.$disconnect();
});

beforeEach(async () => {
  await resetDb();
  received.length = 0;
  beforeAccepting = async () => {};
});

/** The sender in a process of its own, as in production (the mail worker), that we can kill. */
function senderProcess(): ChildProcess {
  const script = `import('./lib/mail/sender.ts').then((m) => m.deliverDueMail({ smtpUrl: ${JSON.stringify(smtpUrl)} }))`;
  // A process group of its own: npx → tsx → node all go with one kill.
  return spawn('npx', ['tsx', '-e', script], { env: { ...process.env, SMTP_URL: smtpUrl }, stdio: 'ignore', detached: true });
}

async function until(condition: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('killed between "accepted" and "marked as sent": sent again with the same Message-ID', async () => {
  const row = await prisma.outboxMessage.create({
    data: { to: 'sanne@voorbeeld.nl', subject: 'Je aanbod staat online', template: 'OfferPublished', html: '<p>Hallo</p>', text: 'Hallo' },
  });

  // While the server accepts the message, the test holds the row: the sender's "mark as SENT"
  // has to wait, and the sender is killed while it waits.
  const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
  const child = senderProcess();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let accepted = false;
  beforeAccepting = async () => {
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM "OutboxMessage" WHERE id = $1 FOR UPDATE', [row.id]);
    accepted = true;
  };
  await until(async () => accepted, 'the SMTP server to accept the message');
  // The sender's update of the row is now waiting for the lock.
  await until(async () => {
    const waiting = await locker.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%OutboxMessage%'`);
    return (waiting.rowCount ?? 0) > 0;
  }, 'the sender to try to mark the message as sent');
  const backend = await locker.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%OutboxMessage%'`,
  );
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  // The connection of a killed client ends; its statement never commits.
  await locker.query('SELECT pg_terminate_backend($1)', [backend.rows[0].pid]);
  await locker.query('ROLLBACK');
  await locker.end();

  const afterCrash = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(afterCrash).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
  expect(received).toHaveLength(1);

  // The next round, after the backoff, sends it again: the same Message-ID.
  beforeAccepting = async () => {};
  const report = await deliverDueMail({ smtpUrl, now: () => new Date(Date.now() + 5 * 60 * 1000) });
  expect(report).toEqual({ sent: 1, failed: 0 });
  expect(received).toHaveLength(2);
  const expected = messageIdFor(row.id, 'Dordtpas <noreply@dordtpas.nl>');
  expect(expected).toMatch(/^<outbox\.[a-z0-9]+@dordtpas\.nl>$/);
  expect(received.map((m) => m.messageId)).toEqual([expected, expected]);
  expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'SENT' });
}, 60_000);

test('every outbox row has its own Message-ID', async () => {
  for (const subject of ['Eén', 'Twee']) {
    await prisma.outboxMessage.create({
      data: { to: 'sanne@voorbeeld.nl', subject, template: 'OfferPublished', html: '<p>x</p>', text: 'x' },
    });
  }
  await deliverDueMail({ smtpUrl });
  expect(new Set(received.map((m) => m.messageId)).size).toBe(2);
  expect(received.every((m) => /^<outbox\.[a-z0-9]+@dordtpas\.nl>$/.test(m.messageId))).toBe(true);
});
